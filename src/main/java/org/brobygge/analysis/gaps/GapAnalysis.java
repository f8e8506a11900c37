package org.brobygge.analysis.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;

/**
 * The gaps of every ecosystem: each {@link GapDefinition} judged for each ecosystem of the
 * snapshot, as {@link GapFinding}s (severity, coverage, observed against expected ties, missing and
 * weak edges). See {@link GapFinding} for the formulas.
 *
 * <p>Everything is computed in the constructor and the result is read-only. Cost: for each
 * definition O(actors + ties) once, then for each ecosystem O(its members' ties); all seven gaps
 * over 260 ecosystems of a 100,000-actor, 1,000,000-tie network take a few seconds (see
 * BENCHMARKS.md).
 */
public final class GapAnalysis {

  private final EcosystemGraph graph;
  private final List<GapDefinition> definitions;
  private final HomeRegion home;
  private final int referenceYear;
  private final Map<String, List<GapFinding>> byGap = new LinkedHashMap<>();

  /**
   * @param graph the snapshot
   * @param definitions the gaps to judge, in the order answers list them; ids unique
   * @param home the home region, for the {@code HOME_COUNTRY} and {@code ABROAD} scopes
   * @param referenceYear "now" for judging how long ago a tie ended
   */
  public GapAnalysis(
      EcosystemGraph graph, List<GapDefinition> definitions, HomeRegion home, int referenceYear) {
    this.graph = Objects.requireNonNull(graph, "graph");
    this.definitions = List.copyOf(definitions);
    this.home = Objects.requireNonNull(home, "home");
    this.referenceYear = referenceYear;
    for (GapDefinition definition : this.definitions) {
      if (byGap.containsKey(definition.id())) {
        throw new IllegalArgumentException("duplicate gap id: " + definition.id());
      }
      byGap.put(definition.id(), judge(definition));
    }
  }

  public List<GapDefinition> definitions() {
    return definitions;
  }

  public int referenceYear() {
    return referenceYear;
  }

  /** Every finding, gap by gap in definition order, ecosystems in snapshot order within a gap. */
  public List<GapFinding> findings() {
    return byGap.values().stream().flatMap(List::stream).toList();
  }

  /** The findings of one gap, one per ecosystem in snapshot order; empty for an unknown gap. */
  public List<GapFinding> findings(String gap) {
    return byGap.getOrDefault(gap, List.of());
  }

  /** The seven (or however many are defined) findings of one ecosystem, in definition order. */
  public List<GapFinding> findingsOf(int ecosystem) {
    Objects.checkIndex(ecosystem, graph.ecosystemCount());
    return byGap.values().stream().map(list -> list.get(ecosystem)).toList();
  }

  public Optional<GapDefinition> definition(String gap) {
    return definitions.stream().filter(d -> d.id().equals(gap)).findFirst();
  }

  private List<GapFinding> judge(GapDefinition definition) {
    DefinitionContext context = new DefinitionContext(definition);
    List<GapFinding> findings = new ArrayList<>(graph.ecosystemCount());
    boolean[] member = new boolean[graph.actorCount()];
    boolean[] source = new boolean[graph.actorCount()];
    for (int e = 0; e < graph.ecosystemCount(); e++) {
      int[] members = graph.members(e);
      for (int a : members) {
        member[a] = true;
        source[a] = definition.source().matches(graph, a);
      }
      findings.add(judge(context, e, members, member, source));
      for (int a : members) {
        member[a] = false;
        source[a] = false;
      }
    }
    return findings;
  }

  private GapFinding judge(
      DefinitionContext c, int ecosystem, int[] members, boolean[] member, boolean[] source) {
    GapDefinition d = c.definition;
    // Degree sums of the target side, by scope (see DefinitionContext).
    long targetDegree = 0;
    int targetCount = 0;
    if (d.scope() == GapScope.ECOSYSTEM || d.scope() == GapScope.OTHER_ECOSYSTEMS) {
      for (int a : members) {
        if (c.targetBase[a]) {
          targetDegree += c.degree[a];
          targetCount++;
        }
      }
      if (d.scope() == GapScope.OTHER_ECOSYSTEMS) {
        targetDegree = c.targetBaseDegree - targetDegree;
        targetCount = c.targetBaseCount - targetCount;
      }
    } else {
      targetDegree = c.targetBaseDegree;
      targetCount = c.targetBaseCount;
    }

    int sourceCount = 0;
    int overlapCount = 0;
    long sourceDegree = 0;
    long overlapDegree = 0;
    double overlapSquares = 0;
    int strong = 0;
    int weakOnly = 0;
    int observed = 0;
    List<GapFinding.MissingEdge> missing = new ArrayList<>();
    List<GapFinding.WeakEdge> weak = new ArrayList<>();
    Map<Long, Aggregate> aggregates = new HashMap<>();
    for (int s : members) {
      if (!source[s]) {
        continue;
      }
      sourceCount++;
      sourceDegree += c.degree[s];
      boolean sourceIsTarget = isTarget(c, s, member);
      if (sourceIsTarget) {
        overlapCount++;
        overlapDegree += c.degree[s];
        overlapSquares += (double) c.degree[s] * c.degree[s];
      }
      aggregates.clear();
      for (int tie : graph.incidentTies(s)) {
        int kind = graph.tieKindIndex(tie);
        int other = graph.otherEnd(tie, s);
        if (other == s || !c.counts[kind] || !isTarget(c, other, member)) {
          continue;
        }
        // A tie between two source actors that are also targets is met from both ends.
        if (!(source[other] && sourceIsTarget) || s < other) {
          observed++;
        }
        aggregates
            .computeIfAbsent(((long) other << 7) | kind, k -> new Aggregate(other, kind))
            .add(graph.tieWeight(tie), graph.tieSince(tie), graph.tieUntil(tie));
      }
      if (aggregates.isEmpty()) {
        missing.add(new GapFinding.MissingEdge(graph.actorId(s), graph.actorName(s)));
        continue;
      }
      boolean anyStrong = false;
      for (Aggregate agg : aggregates.values()) {
        String kindId = c.kindIds[agg.kind];
        String reason = d.weakness().reason(kindId, agg.weight, agg.until, referenceYear);
        if (reason == null) {
          anyStrong = true;
        } else if (!(source[agg.other] && sourceIsTarget && agg.other < s)) {
          // a tie between two source actors on both sides is listed once, from its lower end
          weak.add(
              new GapFinding.WeakEdge(
                  graph.actorId(s),
                  graph.actorName(s),
                  graph.actorId(agg.other),
                  graph.actorName(agg.other),
                  kindId,
                  agg.weight,
                  agg.since == EcosystemGraph.NO_YEAR ? null : agg.since,
                  agg.until == EcosystemGraph.NO_YEAR ? null : agg.until,
                  reason));
        }
      }
      if (anyStrong) {
        strong++;
      } else {
        weakOnly++;
      }
    }

    String id = graph.ecosystemId(ecosystem);
    String name = graph.ecosystemName(ecosystem);
    String reason = null;
    if (sourceCount == 0) {
      reason = "no " + d.source().describe() + " among its " + members.length + " members";
    } else if (targetCount == 0 || (targetCount == 1 && overlapCount == 1)) {
      // a lone actor on both sides has nobody to be tied to
      reason = "no " + d.target().describe() + " " + scopeWords(d.scope());
      if (targetCount == 1) {
        reason = "its only " + d.source().describe() + " has no other one to be tied to";
      }
    }
    double expected =
        expectedTies(sourceDegree, targetDegree, overlapDegree, overlapSquares, c.tieCount);
    if (reason != null) {
      return new GapFinding(
          id,
          name,
          d.id(),
          false,
          reason,
          null,
          null,
          null,
          sourceCount,
          targetCount,
          0,
          0,
          0,
          observed,
          expected,
          null,
          List.of(),
          List.of());
    }
    // 1 - (strong + weakOnly/2)/n, computed from the open part so that one rounding gives the
    // nearest double: 1.0 - 4/5.0 is 0.19999999999999996, below the "mild" edge at 0.2.
    double severity = (missing.size() + weakOnly / 2.0) / sourceCount;
    return new GapFinding(
        id,
        name,
        d.id(),
        true,
        "",
        severity,
        GapLevel.of(severity).id(),
        (double) strong / sourceCount,
        sourceCount,
        targetCount,
        strong,
        weakOnly,
        missing.size(),
        observed,
        expected,
        expected > 0 ? observed / expected : null,
        missing,
        weak);
  }

  /**
   * Expected ties between sides S and T under the Chung-Lu null model: the sum over unordered pairs
   * {i in S, j in T, i != j} of k_i k_j / 2m, pairs inside the overlap counted once.
   */
  static double expectedTies(
      long sourceDegree,
      long targetDegree,
      long overlapDegree,
      double overlapSquares,
      long tieCount) {
    if (tieCount == 0) {
      return 0;
    }
    double orderedPairs = (double) sourceDegree * targetDegree - overlapSquares;
    double doubleCounted = ((double) overlapDegree * overlapDegree - overlapSquares) / 2.0;
    return Math.max(0, (orderedPairs - doubleCounted) / (2.0 * tieCount));
  }

  private boolean isTarget(DefinitionContext c, int actor, boolean[] member) {
    if (!c.targetBase[actor]) {
      return false;
    }
    return switch (c.definition.scope()) {
      case ECOSYSTEM -> member[actor];
      case OTHER_ECOSYSTEMS -> !member[actor];
      default -> true;
    };
  }

  private static String scopeWords(GapScope scope) {
    return switch (scope) {
      case ANYWHERE -> "anywhere in the network";
      case ECOSYSTEM -> "among its members";
      case HOME_COUNTRY -> "in the home country";
      case ABROAD -> "abroad";
      case OTHER_ECOSYSTEMS -> "in other ecosystems";
    };
  }

  /** What a definition needs once, whatever the ecosystem. */
  private final class DefinitionContext {
    final GapDefinition definition;
    final boolean[] counts; // by tie kind index
    final String[] kindIds; // by tie kind index
    final int[] degree; // counting ties per actor, self-ties left out
    final long tieCount; // counting ties, self-ties left out
    final boolean[] targetBase; // target selector and the ecosystem-independent part of the scope
    final long targetBaseDegree;
    final int targetBaseCount;

    DefinitionContext(GapDefinition definition) {
      this.definition = definition;
      kindIds = graph.tieKinds().stream().map(k -> k.id()).toArray(String[]::new);
      counts = new boolean[kindIds.length];
      for (int k = 0; k < counts.length; k++) {
        counts[k] = definition.counts(kindIds[k]);
      }
      degree = new int[graph.actorCount()];
      long ties = 0;
      for (int t = 0; t < graph.tieCount(); t++) {
        int from = graph.tieFrom(t);
        int to = graph.tieTo(t);
        if (counts[graph.tieKindIndex(t)] && from != to) {
          degree[from]++;
          degree[to]++;
          ties++;
        }
      }
      tieCount = ties;
      targetBase = new boolean[graph.actorCount()];
      long baseDegree = 0;
      int baseCount = 0;
      for (int a = 0; a < graph.actorCount(); a++) {
        boolean in =
            definition.target().matches(graph, a)
                && switch (definition.scope()) {
                  case ANYWHERE, ECOSYSTEM -> true;
                  case HOME_COUNTRY -> home.country().equals(graph.country(a));
                  case ABROAD -> home.isAbroad(graph.country(a));
                  case OTHER_ECOSYSTEMS -> graph.memberships(a).length > 0;
                };
        targetBase[a] = in;
        if (in) {
          baseDegree += degree[a];
          baseCount++;
        }
      }
      targetBaseDegree = baseDegree;
      targetBaseCount = baseCount;
    }
  }

  /** Parallel ties of one kind between two actors, taken together. */
  private static final class Aggregate {
    final int other;
    final int kind;
    double weight;
    int since = EcosystemGraph.NO_YEAR;
    int until = Integer.MIN_VALUE + 1; // below any year until a tie is seen
    boolean ongoing;

    Aggregate(int other, int kind) {
      this.other = other;
      this.kind = kind;
    }

    void add(double tieWeight, int tieSince, int tieUntil) {
      weight += tieWeight;
      if (tieSince != EcosystemGraph.NO_YEAR
          && (since == EcosystemGraph.NO_YEAR || tieSince < since)) {
        since = tieSince;
      }
      if (tieUntil == EcosystemGraph.NO_YEAR) {
        ongoing = true;
      } else if (tieUntil > until) {
        until = tieUntil;
      }
      if (ongoing) {
        until = EcosystemGraph.NO_YEAR;
      }
    }
  }
}

package org.brobygge.analysis.gaps;

import java.util.ArrayList;
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
  private final int minSourceActors;
  private final Map<String, List<GapFinding>> byGap = new LinkedHashMap<>();
  private final Map<String, GapRules> rules = new LinkedHashMap<>();

  /**
   * @param graph the snapshot
   * @param definitions the gaps to judge, in the order answers list them; ids unique
   * @param home the home region, for the {@code HOME_COUNTRY} and {@code ABROAD} scopes
   * @param referenceYear "now" for judging how long ago a tie ended
   */
  public GapAnalysis(
      EcosystemGraph graph, List<GapDefinition> definitions, HomeRegion home, int referenceYear) {
    this(graph, definitions, home, referenceYear, 1);
  }

  /**
   * As above, marking findings on fewer than {@code minSourceActors} source actors not judgeable
   * ({@link GapFinding#judgeable()}); the constructor above judges every applicable finding.
   */
  public GapAnalysis(
      EcosystemGraph graph,
      List<GapDefinition> definitions,
      HomeRegion home,
      int referenceYear,
      int minSourceActors) {
    if (minSourceActors < 1) {
      throw new IllegalArgumentException("minSourceActors must be at least 1: " + minSourceActors);
    }
    this.minSourceActors = minSourceActors;
    this.graph = Objects.requireNonNull(graph, "graph");
    this.definitions = List.copyOf(definitions);
    this.home = Objects.requireNonNull(home, "home");
    this.referenceYear = referenceYear;
    for (GapDefinition definition : this.definitions) {
      if (rules.containsKey(definition.id())) {
        throw new IllegalArgumentException("duplicate gap id: " + definition.id());
      }
      rules.put(definition.id(), new GapRules(graph, definition, home, referenceYear));
    }
    // Every gap reads the same ties of the same actors: gather them by partner and kind once, for
    // every member any gap's source selector picks.
    boolean[] mayBeSource = new boolean[graph.actorCount()];
    for (int a = 0; a < mayBeSource.length; a++) {
      if (graph.membershipCount(a) > 0) {
        for (GapRules r : rules.values()) {
          if (r.sourceSelected(a)) {
            mayBeSource[a] = true;
            break;
          }
        }
      }
    }
    TiesByPartner byPartner = TiesByPartner.ofActors(graph, mayBeSource);
    for (GapRules r : rules.values()) {
      byGap.put(r.definition().id(), judge(r, byPartner));
    }
  }

  public List<GapDefinition> definitions() {
    return definitions;
  }

  public int referenceYear() {
    return referenceYear;
  }

  /** The fewest source actors a finding is judged on. */
  public int minSourceActors() {
    return minSourceActors;
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

  /**
   * The rules one gap was judged by on this snapshot, to judge it again on a copy with other ties
   * ({@link GapRules#withTiesOf}); empty for an unknown gap.
   */
  public Optional<GapRules> rules(String gap) {
    return Optional.ofNullable(rules.get(gap));
  }

  private List<GapFinding> judge(GapRules gapRules, TiesByPartner byPartner) {
    DefinitionContext context = new DefinitionContext(gapRules);
    List<GapFinding> findings = new ArrayList<>(graph.ecosystemCount());
    GapSides.Scratch scratch = new GapSides.Scratch(graph); // lent to each ecosystem in turn
    for (int e = 0; e < graph.ecosystemCount(); e++) {
      GapSides sides = new GapSides(context.rules, e, scratch, byPartner);
      findings.add(judge(context, sides));
      sides.release();
    }
    return findings;
  }

  /** The finding of one ecosystem's sides: their counts and evidence, and the null model's. */
  private GapFinding judge(DefinitionContext c, GapSides sides) {
    GapDefinition d = c.rules.definition();
    int ecosystem = sides.ecosystem();
    int[] members = sides.membersNoCopy();
    // Degree sum of the target side, from the members' part as the target count is (GapScope).
    long targetMemberDegree = 0;
    for (int a : members) {
      if (c.rules.targetIgnoringMembership(a)) {
        targetMemberDegree += c.degree[a];
      }
    }
    long targetDegree = d.scope().amongAdmitted(c.targetBaseDegree, targetMemberDegree);

    long sourceDegree = 0;
    long overlapDegree = 0;
    double overlapSquares = 0;
    int observed = 0;
    List<GapFinding.MissingEdge> missing = new ArrayList<>();
    List<GapFinding.WeakEdge> weak = new ArrayList<>();
    for (int i = 0; i < sides.sourceCount(); i++) {
      int s = sides.sourceAt(i);
      sourceDegree += c.degree[s];
      boolean sourceIsTarget = sides.isTarget(s);
      if (sourceIsTarget) {
        overlapDegree += c.degree[s];
        overlapSquares += (double) c.degree[s] * c.degree[s];
      }
      int from = sides.acrossStart(i);
      int to = sides.acrossEnd(i);
      if (from == to) {
        missing.add(new GapFinding.MissingEdge(graph.actorId(s), graph.actorName(s)));
        continue;
      }
      TiesByPartner ties = sides.byPartner();
      for (int k = from; k < to; k++) {
        int entry = sides.acrossEntry(k);
        int other = ties.partner(entry);
        // A tie between two source actors that are also targets is met from both ends: it is
        // counted and listed once, from its lower end.
        boolean metTwice = sourceIsTarget && sides.isSource(other);
        if (!metTwice || s < other) {
          observed += ties.tieCount(entry);
        }
        if (sides.acrossWeak(k) && !(metTwice && other < s)) {
          int kind = ties.kind(entry);
          double weight = ties.weight(entry);
          int since = ties.since(entry);
          int until = ties.until(entry);
          weak.add(
              new GapFinding.WeakEdge(
                  graph.actorId(s),
                  graph.actorName(s),
                  graph.actorId(other),
                  graph.actorName(other),
                  c.rules.kindId(kind),
                  weight,
                  since == EcosystemGraph.NO_YEAR ? null : since,
                  until == EcosystemGraph.NO_YEAR ? null : until,
                  c.rules.weakReason(kind, weight, until).orElseThrow()));
        }
      }
    }

    String id = graph.ecosystemId(ecosystem);
    String name = graph.ecosystemName(ecosystem);
    int sourceCount = sides.sourceCount();
    int targetCount = sides.targetCount();
    double expected =
        expectedTies(sourceDegree, targetDegree, overlapDegree, overlapSquares, c.tieCount);
    if (!sides.applicable()) {
      String reason;
      if (sourceCount == 0) {
        reason = "no " + d.source().describe() + " among its " + members.length + " members";
      } else if (targetCount == 1) {
        // a lone actor on both sides has nobody to be tied to
        reason = "its only " + d.source().describe() + " has no other one to be tied to";
      } else {
        reason = "no " + d.target().describe() + " " + d.scope().words();
      }
      return new GapFinding(
          id,
          name,
          d.id(),
          false,
          reason,
          false,
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
    double severity = sides.severity();
    int strong = sides.count(Coverage.STRONG);
    boolean judgeable = sourceCount >= minSourceActors;
    return new GapFinding(
        id,
        name,
        d.id(),
        true,
        judgeable
            ? ""
            : "only "
                + sourceCount
                + " source actor"
                + (sourceCount == 1 ? "" : "s")
                + " ("
                + d.source().describe()
                + "); at least "
                + minSourceActors
                + " are needed to judge",
        judgeable,
        severity,
        GapLevel.of(severity).id(),
        (double) strong / sourceCount,
        sourceCount,
        targetCount,
        strong,
        sides.count(Coverage.WEAK_ONLY),
        sides.count(Coverage.MISSING),
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

  /** What the null model needs of a definition once, whatever the ecosystem. */
  private final class DefinitionContext {
    final GapRules rules;
    final int[] degree; // counting ties per actor, self-ties left out
    final long tieCount; // counting ties, self-ties left out
    final long targetBaseDegree; // over the actors the rules admit ignoring membership

    DefinitionContext(GapRules rules) {
      this.rules = rules;
      degree = new int[graph.actorCount()];
      long ties = 0;
      for (int t = 0; t < graph.tieCount(); t++) {
        int from = graph.tieFrom(t);
        int to = graph.tieTo(t);
        if (rules.counts(graph.tieKindIndex(t)) && from != to) {
          degree[from]++;
          degree[to]++;
          ties++;
        }
      }
      tieCount = ties;
      long baseDegree = 0;
      for (int a = 0; a < graph.actorCount(); a++) {
        if (rules.targetIgnoringMembership(a)) {
          baseDegree += degree[a];
        }
      }
      targetBaseDegree = baseDegree;
    }
  }
}

package org.brobygge.analysis.bridges;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;

/**
 * One gap of one ecosystem as two sides of actors: its source-side members, who may stand on the
 * other side (target selector and scope relative to the ecosystem), and how each source actor is
 * tied across, by the rules of {@code GapAnalysis}: counting kinds only, parallel ties of one kind
 * to one partner taken together, weak by the definition's {@code Weakness}. {@code GapSidesTest}
 * holds the counts equal to {@code GapAnalysis}'s findings on the sample, so that the
 * recommendations and brokers work on exactly the gap the findings describe.
 *
 * <p>Cost: O(actors) for the sides, then O(ties of the source actors).
 */
final class GapSides {

  private final EcosystemGraph graph;
  private final GapDefinition definition;
  private final int ecosystem;
  private final boolean[] member;
  private final boolean[] source;
  private final boolean[] target;
  private final boolean[] counts; // by tie kind index
  private final int[] sources;
  private final int targetCount;
  private final Map<Integer, Coverage> coverage = new HashMap<>();
  private final Map<Integer, List<CountingTie>> ties = new HashMap<>();

  /**
   * A counting tie (or parallel ties of one kind taken together) from a source actor across the
   * gap.
   *
   * @param weakReason why it is weak, null when strong
   */
  record CountingTie(
      int other, int kind, String kindId, double weight, int since, int until, String weakReason) {
    boolean weak() {
      return weakReason != null;
    }
  }

  GapSides(
      EcosystemGraph graph,
      GapDefinition definition,
      HomeRegion home,
      int referenceYear,
      int ecosystem) {
    this.graph = Objects.requireNonNull(graph, "graph");
    this.definition = Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(home, "home");
    Objects.checkIndex(ecosystem, graph.ecosystemCount());
    this.ecosystem = ecosystem;
    int n = graph.actorCount();
    member = new boolean[n];
    source = new boolean[n];
    target = new boolean[n];
    int[] members = graph.members(ecosystem);
    for (int a : members) {
      member[a] = true;
    }
    int sourceCount = 0;
    for (int a : members) {
      if (definition.source().matches(graph, a)) {
        source[a] = true;
        sourceCount++;
      }
    }
    int targets = 0;
    for (int a = 0; a < n; a++) {
      boolean in =
          definition.target().matches(graph, a)
              && switch (definition.scope()) {
                case ANYWHERE -> true;
                case ECOSYSTEM -> member[a];
                case HOME_COUNTRY -> home.country().equals(graph.country(a));
                case ABROAD -> home.isAbroad(graph.country(a));
                case OTHER_ECOSYSTEMS -> !member[a] && graph.memberships(a).length > 0;
              };
      target[a] = in;
      if (in) {
        targets++;
      }
    }
    targetCount = targets;
    sources = new int[sourceCount];
    int i = 0;
    for (int a : members) {
      if (source[a]) {
        sources[i++] = a;
      }
    }
    List<String> kindIds = graph.tieKinds().stream().map(k -> k.id()).toList();
    counts = new boolean[kindIds.size()];
    for (int k = 0; k < counts.length; k++) {
      counts[k] = definition.counts(kindIds.get(k));
    }
    for (int s : sources) {
      List<CountingTie> list = countingTies(s, kindIds, referenceYear);
      ties.put(s, list);
      Coverage c = Coverage.MISSING;
      for (CountingTie t : list) {
        if (!t.weak()) {
          c = Coverage.STRONG;
          break;
        }
        c = Coverage.WEAK_ONLY;
      }
      coverage.put(s, c);
    }
  }

  private List<CountingTie> countingTies(int s, List<String> kindIds, int referenceYear) {
    // parallel ties of one kind to one partner, taken together: summed weight, earliest start,
    // latest end (none if one is ongoing)
    Map<Long, double[]> byPartnerAndKind = new HashMap<>();
    for (int tie : graph.incidentTies(s)) {
      int other = graph.otherEnd(tie, s);
      int kind = graph.tieKindIndex(tie);
      if (other == s || !counts[kind] || !target[other]) {
        continue;
      }
      double[] agg =
          byPartnerAndKind.computeIfAbsent(
              ((long) other << 7) | kind,
              k -> new double[] {0, EcosystemGraph.NO_YEAR, Integer.MIN_VALUE + 1, 0});
      agg[0] += graph.tieWeight(tie);
      int since = graph.tieSince(tie);
      if (since != EcosystemGraph.NO_YEAR && (agg[1] == EcosystemGraph.NO_YEAR || since < agg[1])) {
        agg[1] = since;
      }
      int until = graph.tieUntil(tie);
      if (until == EcosystemGraph.NO_YEAR) {
        agg[3] = 1; // ongoing
      } else if (until > agg[2]) {
        agg[2] = until;
      }
    }
    List<CountingTie> list = new ArrayList<>(byPartnerAndKind.size());
    byPartnerAndKind.forEach(
        (key, agg) -> {
          int other = (int) (key >>> 7);
          int kind = (int) (key & 0x7f);
          int until = agg[3] == 1 ? EcosystemGraph.NO_YEAR : (int) agg[2];
          String kindId = kindIds.get(kind);
          list.add(
              new CountingTie(
                  other,
                  kind,
                  kindId,
                  agg[0],
                  (int) agg[1],
                  until,
                  definition.weakness().reason(kindId, agg[0], until, referenceYear)));
        });
    list.sort(
        (a, b) ->
            a.other() != b.other() ? Integer.compare(a.other(), b.other()) : a.kind() - b.kind());
    return list;
  }

  EcosystemGraph graph() {
    return graph;
  }

  GapDefinition definition() {
    return definition;
  }

  int ecosystem() {
    return ecosystem;
  }

  boolean isMember(int actor) {
    return member[actor];
  }

  boolean isSource(int actor) {
    return source[actor];
  }

  boolean isTarget(int actor) {
    return target[actor];
  }

  /** Whether ties of the kind with this index count for the gap. */
  boolean counts(int kindIndex) {
    return counts[kindIndex];
  }

  /** The source-side members, ascending. */
  int[] sources() {
    return sources.clone();
  }

  int sourceCount() {
    return sources.length;
  }

  int targetCount() {
    return targetCount;
  }

  /** How source actor {@code s} is tied across; null for an actor not on the source side. */
  Coverage coverage(int s) {
    return coverage.get(s);
  }

  /** The counting ties from source actor {@code s} across the gap, by partner then kind. */
  List<CountingTie> countingTies(int s) {
    return ties.getOrDefault(s, List.of());
  }

  /** Whether {@code s} has a counting tie (weak or strong) to {@code other} across the gap. */
  boolean tiedAcross(int s, int other) {
    for (CountingTie t : countingTies(s)) {
      if (t.other() == other) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the gap can be judged, as {@code GapAnalysis} decides: there are source actors, and
   * someone on the other side other than a lone actor that is on both.
   */
  boolean applicable() {
    if (sources.length == 0 || targetCount == 0) {
      return false;
    }
    if (targetCount == 1) {
      for (int s : sources) {
        if (target[s]) {
          return false;
        }
      }
    }
    return true;
  }

  int count(Coverage c) {
    return (int) Arrays.stream(sources).filter(s -> coverage.get(s) == c).count();
  }

  /** {@code GapFinding}'s severity: (missing + weakOnly / 2) / sources; NaN if not applicable. */
  double severity() {
    if (!applicable()) {
      return Double.NaN;
    }
    return (count(Coverage.MISSING) + count(Coverage.WEAK_ONLY) / 2.0) / sources.length;
  }
}

package org.brobygge.analysis.trends;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.brobygge.analysis.gaps.GapAnalysis;
import org.brobygge.analysis.gaps.GapFinding;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Sector;

/**
 * Every ecosystem in one year ({@link EcosystemYear}): the network as of that year ({@link
 * EcosystemGraph#asOf(int)}) and its gap analysis judged at that year, with each severity's
 * bootstrap interval. A trend is these profiles year by year.
 *
 * <p>Computed in the constructor, read-only. Cost: O(ties) for the new and ended ties, O(members)
 * for the sectors, and per applicable finding one {@link SeverityBootstrap#interval} (some 0.1 ms
 * for 1,000 replicates); the gap analysis itself is the caller's.
 */
public final class YearProfile {

  private final int year;
  private final List<EcosystemYear> ecosystems;

  /**
   * @param graph the network as of the year
   * @param gaps its gap analysis, at that year as the reference year
   * @param bootstrap how intervals are drawn
   * @param seed the seed each interval's own seed is derived from
   */
  public YearProfile(
      EcosystemGraph graph, GapAnalysis gaps, SeverityBootstrap bootstrap, long seed) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(gaps, "gaps");
    Objects.requireNonNull(bootstrap, "bootstrap");
    this.year = gaps.referenceYear();
    int e = graph.ecosystemCount();
    List<String> kinds = graph.tieKinds().stream().map(k -> k.id()).toList();
    int[][] begun = new int[e][kinds.size()];
    int[][] ended = new int[e][kinds.size()];
    for (int t = 0; t < graph.tieCount(); t++) {
      boolean begins = graph.tieSince(t) == year;
      boolean ends = graph.tieUntil(t) == year;
      if (!begins && !ends) {
        continue;
      }
      int kind = graph.tieKindIndex(t);
      int from = graph.tieFrom(t);
      int to = graph.tieTo(t);
      for (int eco : touched(graph, from, to)) {
        if (begins) {
          begun[eco][kind]++;
        }
        if (ends) {
          ended[eco][kind]++;
        }
      }
    }
    List<EcosystemYear> list = new ArrayList<>(e);
    for (int eco = 0; eco < e; eco++) {
      Map<Sector, Integer> bySector = new EnumMap<>(Sector.class);
      for (Sector s : Sector.values()) {
        bySector.put(s, 0);
      }
      int smes = 0;
      for (int a : graph.members(eco)) {
        bySector.merge(graph.sector(a), 1, Integer::sum);
        if (graph.isSme(a)) {
          smes++;
        }
      }
      List<GapPoint> points = new ArrayList<>();
      for (GapFinding f : gaps.findingsOf(eco)) {
        points.add(GapPoint.of(year, f, bootstrap, seed));
      }
      list.add(
          new EcosystemYear(
              year,
              graph.ecosystemId(eco),
              graph.memberCount(eco),
              bySector,
              smes,
              byKind(kinds, begun[eco]),
              byKind(kinds, ended[eco]),
              points));
    }
    ecosystems = List.copyOf(list);
  }

  /** The ecosystems either end is a member of, each once. */
  private static int[] touched(EcosystemGraph graph, int from, int to) {
    int[] a = graph.memberships(from);
    if (from == to) {
      return a;
    }
    int[] b = graph.memberships(to);
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    return java.util.stream.IntStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
        .distinct()
        .toArray();
  }

  private static Map<String, Integer> byKind(List<String> kinds, int[] counts) {
    Map<String, Integer> map = new TreeMap<>();
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] > 0) {
        map.put(kinds.get(k), counts[k]);
      }
    }
    return map;
  }

  public int year() {
    return year;
  }

  /** Every ecosystem that year, in snapshot order. */
  public List<EcosystemYear> ecosystems() {
    return ecosystems;
  }

  public EcosystemYear ecosystem(int ecosystem) {
    return ecosystems.get(ecosystem);
  }
}

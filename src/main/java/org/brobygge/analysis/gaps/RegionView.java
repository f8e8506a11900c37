package org.brobygge.analysis.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The region's view of its gaps: each gap's ecosystems ranked from worst to best, and each
 * ecosystem's gap profile beside the region's median, ready to draw as a radar chart.
 *
 * <p>Only applicable findings are ranked and enter the median, and by default only judgeable ones
 * (on at least the minimum of source actors, {@link GapFinding#judgeable()}): a test ecosystem of
 * three actors would otherwise sit in every ranking and median. An ecosystem's profile shows its
 * severity wherever the gap applies, null where it cannot be judged. The median of an even count is
 * the mean of the middle two.
 *
 * @param rankings per gap id, worst first (ties broken by ecosystem id)
 * @param medians per gap id, the median severity over the ecosystems where it applies (null if
 *     none)
 * @param profiles per ecosystem id, its severity per gap id (null where not applicable)
 */
public record RegionView(
    Map<String, List<Ranked>> rankings,
    Map<String, Double> medians,
    Map<String, Map<String, Double>> profiles) {

  /** One ecosystem's place on one gap, 1 being the worst. */
  public record Ranked(
      int rank, String ecosystemId, String ecosystemName, double severity, String level) {}

  /** The region without the findings on too few source actors. */
  public static RegionView of(GapAnalysis analysis) {
    return of(analysis, false);
  }

  /**
   * @param includeSmall true: rank findings on too few source actors too, and count them in the
   *     medians
   */
  public static RegionView of(GapAnalysis analysis, boolean includeSmall) {
    Objects.requireNonNull(analysis, "analysis");
    Map<String, List<Ranked>> rankings = new LinkedHashMap<>();
    Map<String, Double> medians = new LinkedHashMap<>();
    Map<String, Map<String, Double>> profiles = new LinkedHashMap<>();
    for (GapDefinition definition : analysis.definitions()) {
      List<GapFinding> applicable =
          new ArrayList<>(
              analysis.findings(definition.id()).stream()
                  .filter(f -> includeSmall ? f.applicable() : f.judgeable())
                  .toList());
      applicable.sort(
          Comparator.comparingDouble(GapFinding::severity)
              .reversed()
              .thenComparing(GapFinding::ecosystemId));
      List<Ranked> ranked = new ArrayList<>();
      for (int i = 0; i < applicable.size(); i++) {
        GapFinding f = applicable.get(i);
        ranked.add(new Ranked(i + 1, f.ecosystemId(), f.ecosystemName(), f.severity(), f.level()));
      }
      rankings.put(definition.id(), List.copyOf(ranked));
      medians.put(
          definition.id(),
          median(applicable.stream().mapToDouble(GapFinding::severity).sorted().toArray()));
      for (GapFinding f : analysis.findings(definition.id())) {
        profiles
            .computeIfAbsent(f.ecosystemId(), k -> new LinkedHashMap<>())
            .put(definition.id(), f.severity());
      }
    }
    return new RegionView(rankings, medians, profiles);
  }

  static Double median(double[] sorted) {
    if (sorted.length == 0) {
      return null;
    }
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
  }
}

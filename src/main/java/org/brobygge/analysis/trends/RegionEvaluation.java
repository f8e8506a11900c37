package org.brobygge.analysis.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.brobygge.graph.EcosystemGraph;

/**
 * Every ecosystem ranked by how it developed between two years: most gaps improved less gaps worse
 * first, then the larger mean fall of severity over the gaps judged in both years, then id.
 *
 * @param baselineYear the baseline
 * @param followUpYear the follow-up
 * @param ecosystems best developed first
 */
public record RegionEvaluation(int baselineYear, int followUpYear, List<Ranked> ecosystems) {

  public RegionEvaluation {
    ecosystems = List.copyOf(ecosystems);
  }

  /**
   * One ecosystem's place.
   *
   * @param rank 1 = developed most
   * @param improved gaps judged in both years whose follow-up interval lies below the baseline's
   * @param worse gaps judged in both years whose follow-up interval lies above the baseline's
   * @param noClearChange gaps judged in both years whose intervals overlap
   * @param notComparable gaps not applicable in one of the two years
   * @param tooFewActors gaps applicable in both years but with fewer source actors than the
   *     configured minimum in one of them ({@link GapPoint#judgeable()}): one actor would decide
   *     their verdict, so they count towards neither the verdicts nor the rank
   * @param meanSeverityChange follow-up minus baseline severity, averaged over the gaps judged in
   *     both years (negative: gaps closing); null when no gap is
   */
  public record Ranked(
      int rank,
      String ecosystemId,
      String ecosystemName,
      int improved,
      int worse,
      int noClearChange,
      int notComparable,
      int tooFewActors,
      Double meanSeverityChange) {}

  /**
   * @param graph any snapshot of the network (for the ecosystems' names)
   * @param baseline every ecosystem at the baseline
   * @param followUp every ecosystem at the follow-up
   */
  public static RegionEvaluation of(
      EcosystemGraph graph, YearProfile baseline, YearProfile followUp) {
    Objects.requireNonNull(graph, "graph");
    record Row(
        String id,
        String name,
        int improved,
        int worse,
        int unclear,
        int none,
        int tooFew,
        Double mean) {}
    List<Row> rows = new ArrayList<>();
    for (int e = 0; e < graph.ecosystemCount(); e++) {
      List<GapChange> changes = GapChange.between(baseline.ecosystem(e), followUp.ecosystem(e));
      int[] counts = new int[Verdict.values().length];
      double sum = 0;
      int judged = 0;
      int tooFew = 0;
      for (GapChange c : changes) {
        if (c.baseline().applicable()
            && c.followUp().applicable()
            && !(c.baseline().judgeable() && c.followUp().judgeable())) {
          tooFew++; // a rank decided by one actor's tie would mislead (GapDefinitions)
          continue;
        }
        counts[c.verdict().ordinal()]++;
        if (c.baseline().severity().isPresent() && c.followUp().severity().isPresent()) {
          sum += c.followUp().severity().get() - c.baseline().severity().get();
          judged++;
        }
      }
      rows.add(
          new Row(
              graph.ecosystemId(e),
              graph.ecosystemName(e),
              counts[Verdict.IMPROVED.ordinal()],
              counts[Verdict.WORSE.ordinal()],
              counts[Verdict.NO_CLEAR_CHANGE.ordinal()],
              counts[Verdict.NOT_COMPARABLE.ordinal()],
              tooFew,
              judged == 0 ? null : sum / judged));
    }
    rows.sort(
        Comparator.comparingInt((Row r) -> r.improved() - r.worse())
            .reversed()
            .thenComparingDouble(r -> r.mean() == null ? 0 : r.mean())
            .thenComparing(Row::id));
    List<Ranked> ranked = new ArrayList<>();
    for (Row r : rows) {
      ranked.add(
          new Ranked(
              ranked.size() + 1,
              r.id(),
              r.name(),
              r.improved(),
              r.worse(),
              r.unclear(),
              r.none(),
              r.tooFew(),
              r.mean()));
    }
    return new RegionEvaluation(baseline.year(), followUp.year(), ranked);
  }
}

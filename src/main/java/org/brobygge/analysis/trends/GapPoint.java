package org.brobygge.analysis.trends;

import java.util.Optional;
import org.brobygge.analysis.gaps.GapFinding;

/**
 * One gap of one ecosystem in one year: the finding's figures and the severity's interval.
 *
 * @param year the year judged
 * @param gap the gap id
 * @param applicable whether the gap can be judged that year
 * @param judgeable false when not applicable, or when the ecosystem had fewer source actors that
 *     year than the configured minimum ({@link GapFinding#judgeable()}): the figures are given, but
 *     one actor would decide them
 * @param severity (missing + weakOnly / 2) / sourceActors; empty when not applicable
 * @param interval the severity's bootstrap interval; empty when not applicable
 * @param coverage strong / sourceActors; empty when not applicable
 * @param sourceActors source-side members that year
 * @param strong source actors with a strong tie across
 * @param weakOnly source actors with weak ties only
 * @param missing source actors with no tie across
 * @param observedTies counting ties across
 * @param expectedTies ties expected across under the null model
 */
public record GapPoint(
    int year,
    String gap,
    boolean applicable,
    boolean judgeable,
    Optional<Double> severity,
    Optional<SeverityInterval> interval,
    Optional<Double> coverage,
    int sourceActors,
    int strong,
    int weakOnly,
    int missing,
    int observedTies,
    double expectedTies) {

  /** The point of {@code finding}, its interval drawn with {@code seed}. */
  static GapPoint of(int year, GapFinding finding, SeverityBootstrap bootstrap, long seed) {
    Optional<SeverityInterval> interval =
        finding.applicable()
            ? Optional.of(
                bootstrap.interval(
                    finding.strong(),
                    finding.weakOnly(),
                    finding.missing(),
                    SeverityBootstrap.seedFor(seed, finding.ecosystemId(), finding.gap(), year)))
            : Optional.empty();
    return new GapPoint(
        year,
        finding.gap(),
        finding.applicable(),
        finding.judgeable(),
        Optional.ofNullable(finding.severity()),
        interval,
        Optional.ofNullable(finding.coverage()),
        finding.sourceActors(),
        finding.strong(),
        finding.weakOnly(),
        finding.missing(),
        finding.observedTies(),
        finding.expectedTies());
  }
}

package org.brobygge.analysis.gaps;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One gap judged for one ecosystem, with the evidence a strategist can act on.
 *
 * <p>Of the ecosystem's source-side actors ({@code sourceActors}), {@code strong} have at least one
 * strong counting tie to the other side, {@code weakOnly} have counting ties that are all weak, and
 * {@code missing} have none. Then
 *
 * <pre>
 *   coverage = strong / sourceActors
 *   severity = 1 - (strong + weakOnly / 2) / sourceActors
 * </pre>
 *
 * so 0 means every actor has a strong tie across the gap and 1 that none has any tie at all; an
 * actor whose ties are all weak counts as half closed. {@link #level()} is the id of the {@link
 * GapLevel} band the severity falls in: none below 0.2, mild below 0.4, moderate below 0.6, severe
 * from 0.6.
 *
 * <p>{@code observedTies} counts the counting ties between the two sides one by one (parallel ties
 * too, as the degrees of the null model count them), {@code expectedTies} what a degree-preserving
 * null model (Chung-Lu: a tie between i and j with probability k_i k_j / 2m, k the counting-kind
 * degree) predicts for sides of these sizes and degrees, so a small ecosystem is not judged by its
 * size alone. Their ratio is below 1 where the sides are tied less than their activity predicts.
 *
 * @param applicable false when the gap cannot be judged; severity, coverage and ratio are then null
 * @param reason why it is not applicable or not judgeable, or empty
 * @param judgeable false when it is not applicable, or when the ecosystem has fewer source actors
 *     than the configured minimum ({@code brobygge.gaps.min-source-actors}): the figures are then
 *     given but one actor would decide the level, so the finding stays out of the region's rankings
 *     and medians (unless asked for) and the plan says so
 * @param level {@link GapLevel#id()} of the severity's band, null when not applicable; checked
 *     against the severity, so that the band is decided by {@link GapLevel} alone
 * @param missingEdges each source actor with no counting tie across the gap
 * @param weakEdges every weak counting tie across the gap, with why it is weak; a tie between two
 *     source actors that are also on the other side (inter-firm) is listed once
 */
public record GapFinding(
    String ecosystemId,
    String ecosystemName,
    String gap,
    boolean applicable,
    String reason,
    boolean judgeable,
    Double severity,
    String level,
    Double coverage,
    int sourceActors,
    int targetActors,
    int strong,
    int weakOnly,
    int missing,
    int observedTies,
    double expectedTies,
    Double observedToExpected,
    List<MissingEdge> missingEdges,
    List<WeakEdge> weakEdges) {

  public GapFinding {
    String band = severity == null ? null : GapLevel.of(severity).id();
    if (!Objects.equals(level, band)) {
      throw new IllegalArgumentException(
          "level " + level + " does not match severity " + severity + " (" + band + ")");
    }
    if (judgeable && !applicable) {
      throw new IllegalArgumentException("a finding that is not applicable is not judgeable");
    }
    missingEdges = List.copyOf(missingEdges);
    weakEdges = List.copyOf(weakEdges);
  }

  /** Applicable, but on fewer source actors than the minimum: the figures stand on too few. */
  public boolean tooFewActors() {
    return applicable && !judgeable;
  }

  /** The band of the severity; empty when the gap is not applicable. */
  public Optional<GapLevel> gapLevel() {
    return severity == null ? Optional.empty() : Optional.of(GapLevel.of(severity));
  }

  /** A source-side actor with no counting tie across the gap at all. */
  public record MissingEdge(String actorId, String actorName) {}

  /**
   * A weak tie across the gap (parallel ties of one kind between the two actors taken together).
   *
   * @param since earliest start year, or null
   * @param until latest end year, or null when ongoing or unknown
   * @param reason why it counts as weak
   */
  public record WeakEdge(
      String actorId,
      String actorName,
      String otherId,
      String otherName,
      String kind,
      double weight,
      Integer since,
      Integer until,
      String reason) {}
}

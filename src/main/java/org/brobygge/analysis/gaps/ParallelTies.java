package org.brobygge.analysis.gaps;

import java.util.Optional;
import org.brobygge.graph.EcosystemGraph;

/**
 * The counting ties of one kind between a source actor and one partner across a gap, taken
 * together, as every gap rule judges them: their weights summed, the earliest start, the latest end
 * (none when any of them is ongoing), weak or strong by the gap's {@link Weakness} on those values.
 * So two parallel projects of weight 1 weigh 2, and an old tie renewed by an ongoing one is
 * ongoing.
 *
 * <p>Built by {@link GapSides} only: it is filled tie by tie with {@link #add}, then judged once
 * with {@link #judge}; what callers see is read-only. Why it is weak is put into words only when
 * asked ({@link #weakReason()}): most weak ties are only counted.
 */
public final class ParallelTies {

  private static final int NO_END_SEEN = Integer.MIN_VALUE + 1; // below any year

  private final int other;
  private final int kind;
  private final String kindId;
  private int ties;
  private double weight;
  private int since = EcosystemGraph.NO_YEAR;
  private int latestEnd = NO_END_SEEN;
  private boolean ongoing;
  private boolean weak;
  private Weakness weakness; // set by judge, for the words of weakReason
  private int referenceYear;

  /**
   * @param other the partner's actor index
   * @param kind the tie kind's index in the snapshot
   * @param kindId the tie kind's id
   */
  ParallelTies(int other, int kind, String kindId) {
    this.other = other;
    this.kind = kind;
    this.kindId = kindId;
  }

  /** Takes one more tie in; {@link EcosystemGraph#NO_YEAR} for an unknown start or no end. */
  void add(double tieWeight, int tieSince, int tieUntil) {
    ties++;
    weight += tieWeight;
    if (tieSince != EcosystemGraph.NO_YEAR
        && (since == EcosystemGraph.NO_YEAR || tieSince < since)) {
      since = tieSince;
    }
    if (tieUntil == EcosystemGraph.NO_YEAR) {
      ongoing = true;
    } else if (tieUntil > latestEnd) {
      latestEnd = tieUntil;
    }
  }

  /** Decides weak or strong, once all ties are in. */
  void judge(Weakness weakness, int referenceYear) {
    judge(weakness, referenceYear, weakness.threshold(kindId));
  }

  /**
   * As above, with the kind's threshold already looked up ({@link GapRules} does once per kind).
   */
  void judge(Weakness weakness, int referenceYear, double threshold) {
    this.weakness = weakness;
    this.referenceYear = referenceYear;
    weak = weakness.isWeak(threshold, weight, until(), referenceYear);
  }

  /** The partner's actor index. */
  public int other() {
    return other;
  }

  /** The tie kind's index in the snapshot. */
  public int kind() {
    return kind;
  }

  public String kindId() {
    return kindId;
  }

  /** How many ties were taken together (1 without parallel ties). */
  public int tieCount() {
    return ties;
  }

  /** The summed weight. */
  public double weight() {
    return weight;
  }

  /** The earliest start year, or {@link EcosystemGraph#NO_YEAR} when none is known. */
  public int since() {
    return since;
  }

  /** The latest end year, or {@link EcosystemGraph#NO_YEAR} when one of the ties is ongoing. */
  public int until() {
    return ongoing || latestEnd == NO_END_SEEN ? EcosystemGraph.NO_YEAR : latestEnd;
  }

  /** Whether one of the ties has no end. */
  public boolean ongoing() {
    return ongoing;
  }

  public boolean weak() {
    return weak;
  }

  /** Why the ties are weak taken together; empty when they are strong. */
  public Optional<String> weakReason() {
    return weak ? weakness.reason(kindId, weight, until(), referenceYear) : Optional.empty();
  }

  @Override
  public String toString() {
    return "ParallelTies[other="
        + other
        + ", kind="
        + kindId
        + ", ties="
        + ties
        + ", weight="
        + weight
        + ", since="
        + since
        + ", until="
        + until()
        + ", weak="
        + weakReason().orElse("no")
        + "]";
  }
}

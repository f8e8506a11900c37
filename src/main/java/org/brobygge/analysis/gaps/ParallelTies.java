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
 * <p>Made by {@link GapSides} from the {@link TiesByPartner} entry of the pair and kind, judged by
 * the gap's rules; read-only. Why it is weak is put into words only when asked ({@link
 * #weakReason()}).
 */
public final class ParallelTies {

  private final int other;
  private final int kind;
  private final String kindId;
  private final int ties;
  private final double weight;
  private final int since;
  private final int until;
  private final boolean weak;
  private final Weakness weakness; // for the words of weakReason
  private final int referenceYear;

  ParallelTies(TiesByPartner byPartner, int entry, GapRules rules) {
    other = byPartner.partner(entry);
    kind = byPartner.kind(entry);
    kindId = rules.kindId(kind);
    ties = byPartner.tieCount(entry);
    weight = byPartner.weight(entry);
    since = byPartner.since(entry);
    until = byPartner.until(entry);
    weak = rules.weak(kind, weight, until);
    weakness = rules.definition().weakness();
    referenceYear = rules.referenceYear();
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
    return until;
  }

  /** Whether one of the ties has no end. */
  public boolean ongoing() {
    return until == EcosystemGraph.NO_YEAR;
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

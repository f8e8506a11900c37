package org.brobygge.analysis.bridges;

/** Why a pair became a candidate at all. */
public enum CandidateBasis {
  /** The two share at least one partner: the pair came from the source actor's two-step reach. */
  SHARED_PARTNERS("shared_partners"),
  /**
   * The source actor reaches nobody on the other side in two steps, so the other side's
   * best-connected actors are offered instead: a fallback, with no link-prediction evidence.
   */
  BEST_CONNECTED("best_connected"),
  /** The two are already tied across the gap, weakly. */
  WEAK_TIE("weak_tie");

  private final String id;

  CandidateBasis(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}

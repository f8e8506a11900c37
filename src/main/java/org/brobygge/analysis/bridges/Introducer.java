package org.brobygge.analysis.bridges;

/**
 * Someone who can introduce the two actors of a recommendation.
 *
 * <p>How close the introducer is to each side is counted in <b>ties of any kind</b>: 2 when it has
 * a research tie and a trade tie with the source actor. Weights are not summed here: a trade tie's
 * weight is money and a research tie's is shared projects, so their sum has no unit; a count does.
 * Introducers are ranked by the weaker side's count (then the sum of both, then id), short paths by
 * the fewest ties on any of their three steps.
 *
 * @param actor the introducer
 * @param via how it is placed between them
 * @param tieToSource number of ties (of any kind) between it and the source actor, 0 if none
 * @param tieToTarget number of ties between it and the target actor ({@link Via#SHARED_PARTNER}),
 *     or between {@code through} and the target ({@link Via#SHORT_PATH}); 0 if none
 * @param through for {@link Via#SHORT_PATH}, the partner of the introducer who works with the
 *     target; null otherwise
 */
public record Introducer(
    ActorRef actor, Via via, int tieToSource, int tieToTarget, ActorRef through) {

  /** How an introducer is placed between the two actors. */
  public enum Via {
    /** Tied to both. */
    SHARED_PARTNER("shared_partner"),
    /** Tied to the source actor and to a partner of the target: a path of three steps. */
    SHORT_PATH("short_path"),
    /**
     * No path of three steps or fewer joins the two: the ecosystem's best-connected intermediary
     * (its cluster organisation, a science park) is named as the one to arrange a meeting.
     */
    ECOSYSTEM_INTERMEDIARY("ecosystem_intermediary");

    private final String id;

    Via(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }
}

package org.brobygge.analysis.bridges;

/**
 * Someone who can introduce the two actors of a recommendation.
 *
 * @param actor the introducer
 * @param via how it is placed between them
 * @param tieToSource merged weight of its tie to the source actor, 0 if none
 * @param tieToTarget merged weight of its tie to the target actor ({@link Via#SHARED_PARTNER}), or
 *     of {@code through}'s tie to the target ({@link Via#SHORT_PATH}); 0 if none
 * @param through for {@link Via#SHORT_PATH}, the partner of the introducer who works with the
 *     target; null otherwise
 */
public record Introducer(
    ActorRef actor, Via via, double tieToSource, double tieToTarget, ActorRef through) {

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

package org.brobygge.analysis.gaps;

import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;

/**
 * Where the other side of a gap may sit, relative to the ecosystem judged, and the one rule for
 * whether an actor is admitted there. The rule has two parts so that the part that is the same for
 * every ecosystem can be computed once per snapshot ({@link #admitsIgnoringMembership}) and the
 * part that depends on the judged ecosystem is a test of one flag ({@link #admitsMembership}).
 */
public enum GapScope {
  /** Any actor in the network. */
  ANYWHERE,
  /** Members of the same ecosystem. */
  ECOSYSTEM,
  /** Actors in the home country (see {@link org.brobygge.model.HomeRegion}). */
  HOME_COUNTRY,
  /** Actors whose country is known and is not the home country. */
  ABROAD,
  /** Members of some other ecosystem that are not members of this one. */
  OTHER_ECOSYSTEMS;

  /**
   * Whether the scope admits {@code actor} as a partner across a gap of an ecosystem that {@code
   * actor} is a member of ({@code member}) or not.
   */
  public boolean admits(EcosystemGraph graph, HomeRegion home, int actor, boolean member) {
    return admitsMembership(member) && admitsIgnoringMembership(graph, home, actor);
  }

  /**
   * The part of {@link #admits} that is the same for every ecosystem: the home country, abroad
   * (country known and not the home one), a member of some ecosystem; always true for {@link
   * #ANYWHERE} and {@link #ECOSYSTEM}.
   */
  public boolean admitsIgnoringMembership(EcosystemGraph graph, HomeRegion home, int actor) {
    return switch (this) {
      case ANYWHERE, ECOSYSTEM -> true;
      case HOME_COUNTRY -> home.country().equals(graph.country(actor));
      case ABROAD -> home.isAbroad(graph.country(actor));
      case OTHER_ECOSYSTEMS -> graph.membershipCount(actor) > 0;
    };
  }

  /**
   * The part of {@link #admits} that depends on the judged ecosystem: {@link #ECOSYSTEM} admits its
   * members only, {@link #OTHER_ECOSYSTEMS} its non-members only, the others either.
   */
  public boolean admitsMembership(boolean member) {
    return switch (this) {
      case ECOSYSTEM -> member;
      case OTHER_ECOSYSTEMS -> !member;
      case ANYWHERE, HOME_COUNTRY, ABROAD -> true;
    };
  }

  /**
   * A count or sum over the admitted actors of one ecosystem, from the same over the actors {@link
   * #admitsIgnoringMembership admitted ignoring membership} ({@code all}) and over the ecosystem's
   * members among those ({@code members}): O(members) per ecosystem instead of O(actors).
   */
  public long amongAdmitted(long all, long members) {
    return switch (this) {
      case ECOSYSTEM -> members;
      case OTHER_ECOSYSTEMS -> all - members;
      case ANYWHERE, HOME_COUNTRY, ABROAD -> all;
    };
  }

  /** Where the scope looks, in words for a reason: "in the home country". */
  String words() {
    return switch (this) {
      case ANYWHERE -> "anywhere in the network";
      case ECOSYSTEM -> "among its members";
      case HOME_COUNTRY -> "in the home country";
      case ABROAD -> "abroad";
      case OTHER_ECOSYSTEMS -> "in other ecosystems";
    };
  }
}

package org.brobygge.analysis.gaps;

/** Where the other side of a gap may sit, relative to the ecosystem judged. */
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
  OTHER_ECOSYSTEMS
}

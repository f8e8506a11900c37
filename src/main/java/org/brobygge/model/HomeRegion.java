package org.brobygge.model;

import java.util.Objects;

/**
 * The region whose strategy the analyses serve. An actor whose country differs from {@link
 * #country()} is abroad.
 *
 * @param region NUTS code, e.g. SE332 for Norrbotten
 * @param country ISO 3166 alpha-2 code, e.g. SE
 */
public record HomeRegion(String region, String country) {
  public HomeRegion {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(country, "country");
  }

  public boolean isAbroad(String actorCountry) {
    return actorCountry != null && !actorCountry.isEmpty() && !actorCountry.equals(country);
  }
}

package org.brobygge.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An organisation in the network: a firm, university, agency, association.
 *
 * @param id stable key, unique among actors
 * @param name display name
 * @param sector one of the four quadruple-helix sectors
 * @param roles what it does; may be empty, never null
 * @param region NUTS code or region name where it sits; may be empty
 * @param country ISO 3166 alpha-2 code (CORDIS's EL and UK are kept as given); may be empty
 * @param ecosystems ids of the ecosystems it is a member of, in file order
 * @param attributes optional attributes kept as given (size, sme, website and any other column)
 */
public record Actor(
    String id,
    String name,
    Sector sector,
    Set<Role> roles,
    String region,
    String country,
    List<String> ecosystems,
    Map<String, Object> attributes) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sector, "sector");
    roles =
        roles.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(roles)); // enum order for stable output
    region = region == null ? "" : region;
    country = country == null ? "" : country;
    ecosystems = List.copyOf(ecosystems);
    attributes = Map.copyOf(attributes);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}

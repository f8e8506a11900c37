package org.brobygge.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole network as plain values: what an import reads and what the generator makes.
 *
 * <p>An actor's {@link Actor#ecosystems()} are memberships without years; {@code memberships} (the
 * rows of {@code memberships.csv}) give the years of a membership, and may name actors or
 * ecosystems of the database that this data does not hold. A pair in both is one membership, with
 * the row's years.
 */
public record EcosystemData(
    List<Ecosystem> ecosystems, List<Actor> actors, List<Tie> ties, List<Membership> memberships) {
  public EcosystemData {
    ecosystems = List.copyOf(ecosystems);
    actors = List.copyOf(actors);
    ties = List.copyOf(ties);
    memberships = List.copyOf(memberships);
  }

  /** Data without membership years. */
  public EcosystemData(List<Ecosystem> ecosystems, List<Actor> actors, List<Tie> ties) {
    this(ecosystems, actors, ties, List.of());
  }

  /**
   * Every membership once: the actors' ecosystems in actor and file order (with the years of a
   * {@link #memberships()} row for the same pair), then the rows that no actor lists.
   */
  public List<Membership> allMemberships() {
    Map<String, Membership> rows = new LinkedHashMap<>();
    for (Membership m : memberships) {
      rows.putIfAbsent(key(m.actor(), m.ecosystem()), m);
    }
    List<Membership> all = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Actor a : actors) {
      for (String e : a.ecosystems()) {
        if (!seen.add(key(a.id(), e))) {
          continue;
        }
        Membership row = rows.remove(key(a.id(), e));
        all.add(row != null ? row : new Membership(a.id(), e, null, null));
      }
    }
    all.addAll(rows.values());
    return all;
  }

  private static String key(String actor, String ecosystem) {
    return actor + '\n' + ecosystem;
  }
}

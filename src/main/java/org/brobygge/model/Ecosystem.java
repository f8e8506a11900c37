package org.brobygge.model;

import java.util.Objects;

/**
 * An ecosystem (a cluster in older strategies): a named group of actors that a region develops
 * together, such as Space or Mining in Norrbotten.
 *
 * @param id stable key, unique among ecosystems
 * @param name display name
 * @param region where it is anchored, a NUTS code or name; may be empty
 */
public record Ecosystem(String id, String name, String region) {
  public Ecosystem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    region = region == null ? "" : region;
  }
}

package org.brobygge.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an actor does in the ecosystem. An actor has a set of roles: a university does research and
 * education, a regional fund is a public body with the capital role.
 */
public enum Role {
  RESEARCH("research"),
  EDUCATION("education"),
  CAPITAL("capital"),
  AUTHORITY("authority"),
  FIRM("firm"),
  INTERMEDIARY("intermediary");

  private final String id;

  Role(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /**
   * The bit of this role in a role mask, as {@link org.brobygge.graph.EcosystemGraph} stores it.
   */
  public int bit() {
    return 1 << ordinal();
  }

  public static Optional<Role> fromId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Role::id).toList();
  }
}

package org.brobygge.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The four sectors of the quadruple helix. {@link #id()} is the stable name used in files and the
 * API.
 */
public enum Sector {
  ACADEMIA("academia"),
  BUSINESS("business"),
  PUBLIC("public"),
  CIVIL_SOCIETY("civil_society");

  private final String id;

  Sector(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The sector whose id is {@code id} (exact, lower case), if any. */
  public static Optional<Sector> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Sector::id).toList();
  }
}

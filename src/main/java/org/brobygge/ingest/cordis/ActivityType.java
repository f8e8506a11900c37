package org.brobygge.ingest.cordis;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;

/** CORDIS's {@code activityType} of a participant, and the sector and roles it is read as. */
public enum ActivityType {
  HES("higher or secondary education", Sector.ACADEMIA, EnumSet.of(Role.RESEARCH, Role.EDUCATION)),
  REC("research organisation", Sector.ACADEMIA, EnumSet.of(Role.RESEARCH)),
  PRC("private for-profit entity", Sector.BUSINESS, EnumSet.of(Role.FIRM)),
  PUB("public body", Sector.PUBLIC, EnumSet.of(Role.AUTHORITY)),
  OTH("other", Sector.CIVIL_SOCIETY, EnumSet.noneOf(Role.class));

  private final String label;
  private final Sector sector;
  private final Set<Role> roles;

  ActivityType(String label, Sector sector, Set<Role> roles) {
    this.label = label;
    this.sector = sector;
    this.roles = Set.copyOf(roles);
  }

  public String label() {
    return label;
  }

  public Sector sector() {
    return sector;
  }

  public Set<Role> roles() {
    return roles;
  }

  /** The type whose code is {@code code} (upper case, as CORDIS writes it). */
  public static Optional<ActivityType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
  }

  static String codes() {
    return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
  }
}

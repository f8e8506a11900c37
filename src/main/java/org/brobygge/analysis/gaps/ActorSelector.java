package org.brobygge.analysis.gaps;

import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;

/**
 * Which actors stand on one side of a gap. An actor matches when it has any of {@code anyRole} (or
 * {@code anyRole} is empty), its sector is one of {@code anySector} (or that is empty), and it has
 * none of {@code noneOfRoles}.
 *
 * @param anyRole at least one of these roles; empty: any
 * @param anySector one of these sectors; empty: any
 * @param noneOfRoles none of these roles; empty: no exclusion
 */
public record ActorSelector(Set<Role> anyRole, Set<Sector> anySector, Set<Role> noneOfRoles) {

  /** Every actor. */
  public static final ActorSelector ANY = new ActorSelector(Set.of(), Set.of(), Set.of());

  public ActorSelector {
    anyRole = anyRole == null ? Set.of() : Set.copyOf(anyRole);
    anySector = anySector == null ? Set.of() : Set.copyOf(anySector);
    noneOfRoles = noneOfRoles == null ? Set.of() : Set.copyOf(noneOfRoles);
  }

  public static ActorSelector role(Role role) {
    return new ActorSelector(Set.of(role), Set.of(), Set.of());
  }

  public boolean matches(EcosystemGraph graph, int actor) {
    return matcher(graph).test(actor);
  }

  /**
   * {@link #matches} for one snapshot, with the role masks and sectors worked out once: what a loop
   * over every actor uses.
   */
  public IntPredicate matcher(EcosystemGraph graph) {
    Objects.requireNonNull(graph, "graph");
    int any = mask(anyRole);
    int none = mask(noneOfRoles);
    boolean[] sectorIn = new boolean[Sector.values().length];
    for (Sector sector : Sector.values()) {
      sectorIn[sector.ordinal()] = anySector.isEmpty() || anySector.contains(sector);
    }
    return actor -> {
      int mask = graph.roleMask(actor);
      return sectorIn[graph.sector(actor).ordinal()]
          && (any == 0 || (mask & any) != 0)
          && (mask & none) == 0;
    };
  }

  /** Plain words for messages: "actors with role firm", "actors in sector public". */
  public String describe() {
    StringBuilder text = new StringBuilder("actors");
    if (!anyRole.isEmpty()) {
      text.append(" with role ").append(join(anyRole.stream().map(Role::id).sorted().toList()));
    }
    if (!anySector.isEmpty()) {
      text.append(anyRole.isEmpty() ? " in sector " : " and in sector ")
          .append(join(anySector.stream().map(Sector::id).sorted().toList()));
    }
    if (!noneOfRoles.isEmpty()) {
      text.append(anyRole.isEmpty() && anySector.isEmpty() ? " without role " : " but not role ")
          .append(join(noneOfRoles.stream().map(Role::id).sorted().toList()));
    }
    return text.toString();
  }

  private static String join(java.util.List<String> ids) {
    return String.join(" or ", ids);
  }

  private static int mask(Set<Role> roles) {
    int mask = 0;
    for (Role role : roles) {
      mask |= role.bit();
    }
    return mask;
  }
}

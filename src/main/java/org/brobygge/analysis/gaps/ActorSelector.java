package org.brobygge.analysis.gaps;

import java.util.Set;
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
    if (!anySector.isEmpty() && !anySector.contains(graph.sector(actor))) {
      return false;
    }
    int mask = graph.roleMask(actor);
    if (!anyRole.isEmpty() && (mask & mask(anyRole)) == 0) {
      return false;
    }
    return (mask & mask(noneOfRoles)) == 0;
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

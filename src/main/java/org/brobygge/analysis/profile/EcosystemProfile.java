package org.brobygge.analysis.profile;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;

/**
 * Who is in an ecosystem and how it is tied: members by sector and by role, and its ties split into
 * internal ones (both actors are members) and boundary ones (exactly one is), by kind.
 *
 * <p>An actor with several roles counts once under each; an actor in several ecosystems counts in
 * each. A self-tie of a member is internal. Cost: O(members + their ties).
 *
 * @param ecosystem ecosystem index in the snapshot
 * @param members member count
 * @param bySector members per sector, every sector present (0 when none)
 * @param byRole members per role, every role present
 * @param internalTies ties with both ends members
 * @param boundaryTies ties with one end a member and the other not
 * @param internalByKind internal ties per tie kind id, kinds with none left out
 * @param boundaryByKind boundary ties per tie kind id
 */
public record EcosystemProfile(
    int ecosystem,
    int members,
    Map<Sector, Integer> bySector,
    Map<Role, Integer> byRole,
    int internalTies,
    int boundaryTies,
    Map<String, Integer> internalByKind,
    Map<String, Integer> boundaryByKind) {

  /** The profile of ecosystem {@code ecosystem} in {@code graph}. */
  public static EcosystemProfile of(EcosystemGraph graph, int ecosystem) {
    Objects.requireNonNull(graph, "graph");
    Objects.checkIndex(ecosystem, graph.ecosystemCount());
    int[] members = graph.members(ecosystem);
    boolean[] member = new boolean[graph.actorCount()];
    Map<Sector, Integer> bySector = new EnumMap<>(Sector.class);
    Map<Role, Integer> byRole = new EnumMap<>(Role.class);
    Arrays.stream(Sector.values()).forEach(s -> bySector.put(s, 0));
    Arrays.stream(Role.values()).forEach(r -> byRole.put(r, 0));
    for (int actor : members) {
      member[actor] = true;
      bySector.merge(graph.sector(actor), 1, Integer::sum);
      for (Role role : Role.values()) {
        if (graph.hasRole(actor, role)) {
          byRole.merge(role, 1, Integer::sum);
        }
      }
    }
    int kinds = graph.tieKinds().size();
    int[] internal = new int[kinds];
    int[] boundary = new int[kinds];
    for (int actor : members) {
      for (int tie : graph.incidentTies(actor)) {
        int other = graph.otherEnd(tie, actor);
        if (!member[other]) {
          boundary[graph.tieKindIndex(tie)]++;
        } else if (other >= actor) {
          internal[graph.tieKindIndex(tie)]++; // each internal tie once, from its lower end
        }
      }
    }
    return new EcosystemProfile(
        ecosystem,
        members.length,
        bySector,
        byRole,
        Arrays.stream(internal).sum(),
        Arrays.stream(boundary).sum(),
        byKind(graph, internal),
        byKind(graph, boundary));
  }

  private static Map<String, Integer> byKind(EcosystemGraph graph, int[] counts) {
    Map<String, Integer> byKind = new LinkedHashMap<>();
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] > 0) {
        byKind.put(graph.tieKinds().get(k).id(), counts[k]);
      }
    }
    return byKind;
  }
}

package org.brobygge.web.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brobygge.analysis.profile.EcosystemProfile;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.store.Snapshots;
import org.brobygge.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ecosystems")
@Tag(name = "Ecosystems", description = "Ecosystems (clusters), their members and ties")
class EcosystemController {

  private final Snapshots snapshots;

  EcosystemController(Snapshots snapshots) {
    this.snapshots = snapshots;
  }

  record TieCountsResponse(
      int internal,
      int boundary,
      Map<String, Integer> internalByKind,
      Map<String, Integer> boundaryByKind) {}

  record EcosystemResponse(
      String id,
      String name,
      String region,
      int members,
      Map<String, Integer> membersBySector,
      Map<String, Integer> membersByRole,
      TieCountsResponse ties) {}

  record MemberResponse(
      String id, String name, String sector, List<String> roles, String country) {}

  record EcosystemDetailResponse(
      String id,
      String name,
      String region,
      int memberCount,
      Map<String, Integer> membersBySector,
      Map<String, Integer> membersByRole,
      TieCountsResponse ties,
      Map<String, List<MemberResponse>> members) {}

  @GetMapping
  @Operation(
      summary = "All ecosystems",
      description =
          "Each ecosystem with member counts by sector and role, and its internal ties (both"
              + " actors members) and boundary ties (one actor a member), by tie kind.")
  List<EcosystemResponse> list() {
    EcosystemGraph graph = snapshots.current();
    List<EcosystemResponse> result = new ArrayList<>();
    for (int e = 0; e < graph.ecosystemCount(); e++) {
      EcosystemProfile profile = EcosystemProfile.of(graph, e);
      result.add(
          new EcosystemResponse(
              graph.ecosystemId(e),
              graph.ecosystemName(e),
              graph.ecosystemRegion(e),
              profile.members(),
              bySector(profile),
              byRole(profile),
              ties(profile)));
    }
    return result;
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "One ecosystem",
      description =
          "Counts as in the list, and the members grouped by sector, each with its roles."
              + " Unknown id: 404.")
  EcosystemDetailResponse get(@PathVariable String id) {
    EcosystemGraph graph = snapshots.current();
    int e = graph.ecosystemIndex(id).orElseThrow(() -> ApiException.notFound("Ecosystem", id));
    EcosystemProfile profile = EcosystemProfile.of(graph, e);
    Map<String, List<MemberResponse>> members = new LinkedHashMap<>();
    for (Sector sector : Sector.values()) {
      members.put(sector.id(), new ArrayList<>());
    }
    for (int actor : graph.members(e)) {
      members
          .get(graph.sector(actor).id())
          .add(
              new MemberResponse(
                  graph.actorId(actor),
                  graph.actorName(actor),
                  graph.sector(actor).id(),
                  graph.roles(actor).stream().map(Role::id).toList(),
                  graph.country(actor)));
    }
    members
        .values()
        .forEach(
            list ->
                list.sort(
                    Comparator.comparing(MemberResponse::name).thenComparing(MemberResponse::id)));
    return new EcosystemDetailResponse(
        graph.ecosystemId(e),
        graph.ecosystemName(e),
        graph.ecosystemRegion(e),
        profile.members(),
        bySector(profile),
        byRole(profile),
        ties(profile),
        members);
  }

  private static Map<String, Integer> bySector(EcosystemProfile profile) {
    Map<String, Integer> map = new LinkedHashMap<>();
    profile.bySector().forEach((s, n) -> map.put(s.id(), n));
    return map;
  }

  private static Map<String, Integer> byRole(EcosystemProfile profile) {
    Map<String, Integer> map = new LinkedHashMap<>();
    profile.byRole().forEach((r, n) -> map.put(r.id(), n));
    return map;
  }

  private static TieCountsResponse ties(EcosystemProfile profile) {
    return new TieCountsResponse(
        profile.internalTies(),
        profile.boundaryTies(),
        profile.internalByKind(),
        profile.boundaryByKind());
  }
}

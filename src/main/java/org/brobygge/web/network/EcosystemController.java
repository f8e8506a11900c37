package org.brobygge.web.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brobygge.analysis.profile.EcosystemProfile;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Role;
import org.brobygge.session.AnalysisSession;
import org.brobygge.session.AnalysisSessions;
import org.brobygge.web.ApiException;
import org.brobygge.web.SnapshotAnswer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ecosystems")
@Tag(name = "Ecosystems")
@SnapshotAnswer
class EcosystemController {

  private final AnalysisSessions sessions;

  EcosystemController(AnalysisSessions sessions) {
    this.sessions = sessions;
  }

  /** Keys of the answers kept with the session: computed once per snapshot, not per request. */
  private record ListKey() {}

  private record DetailKey(int ecosystem) {}

  record TieCountsResponse(
      int internal,
      int boundary,
      Map<String, Integer> internalByKind,
      Map<String, Integer> boundaryByKind) {}

  record EcosystemResponse(
      @Schema(example = "space") String id,
      @Schema(example = "Space") String name,
      @Schema(description = "NUTS-3 code", example = "SE332") String region,
      @Schema(description = "how many actors are members", example = "52") int members,
      Map<String, Integer> membersBySector,
      Map<String, Integer> membersByRole,
      TieCountsResponse ties) {}

  record MemberResponse(
      String id, String name, String sector, List<String> roles, String country) {}

  /**
   * As in the list, and the member actors themselves. The rule in every answer: {@code members} and
   * {@code membersBy...} are numbers of actors, {@code actors} lists them.
   */
  record EcosystemDetailResponse(
      String id,
      String name,
      String region,
      int members,
      Map<String, Integer> membersBySector,
      Map<String, Integer> membersByRole,
      TieCountsResponse ties,
      @Schema(description = "the members, by sector (in the order of membersBySector) then name")
          List<MemberResponse> actors) {}

  @GetMapping
  @Operation(
      summary = "All ecosystems",
      description =
          "Each ecosystem with member counts by sector and role, and its internal ties (both"
              + " actors members) and boundary ties (one actor a member), by tie kind.")
  List<EcosystemResponse> list() {
    AnalysisSession session = sessions.current();
    return session.derived(new ListKey(), () -> list(session.graph()));
  }

  private static List<EcosystemResponse> list(EcosystemGraph graph) {
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
          "Counts as in the list, and the member actors (by sector, then name), each with its"
              + " roles. Unknown id: 404.")
  EcosystemDetailResponse get(@PathVariable String id) {
    AnalysisSession session = sessions.current();
    EcosystemGraph graph = session.graph();
    int e = graph.ecosystemIndex(id).orElseThrow(() -> ApiException.notFound("Ecosystem", id));
    return session.derived(new DetailKey(e), () -> detail(graph, e));
  }

  private static EcosystemDetailResponse detail(EcosystemGraph graph, int e) {
    EcosystemProfile profile = EcosystemProfile.of(graph, e);
    List<Integer> sorted = new ArrayList<>();
    for (int actor : graph.members(e)) {
      sorted.add(actor);
    }
    sorted.sort(
        Comparator.comparing((Integer a) -> graph.sector(a))
            .thenComparing(graph::actorName)
            .thenComparing(graph::actorId));
    List<MemberResponse> actors = new ArrayList<>();
    for (int actor : sorted) {
      actors.add(
          new MemberResponse(
              graph.actorId(actor),
              graph.actorName(actor),
              graph.sector(actor).id(),
              graph.roles(actor).stream().map(Role::id).toList(),
              graph.country(actor)));
    }
    return new EcosystemDetailResponse(
        graph.ecosystemId(e),
        graph.ecosystemName(e),
        graph.ecosystemRegion(e),
        profile.members(),
        bySector(profile),
        byRole(profile),
        ties(profile),
        actors);
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

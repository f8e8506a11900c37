package org.brobygge.web.centrality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.brobygge.analysis.centrality.Brokerage;
import org.brobygge.analysis.centrality.BrokerageRoles;
import org.brobygge.analysis.centrality.GroupMixing;
import org.brobygge.analysis.centrality.Grouping;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.web.AsOf;
import org.brobygge.web.Choice;
import org.brobygge.web.NetworkViews;
import org.brobygge.web.Scope;
import org.brobygge.web.SnapshotAnswer;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Brokerage")
@SnapshotAnswer
class BrokerageController {

  /** How actors are grouped: by sector, or by their first ecosystem. */
  enum GroupBy {
    SECTOR,
    ECOSYSTEM
  }

  private final NetworkViews views;

  BrokerageController(NetworkViews views) {
    this.views = views;
  }

  record ActorRolesResponse(
      String id,
      String name,
      String group,
      long coordinator,
      long itinerant,
      long gatekeeper,
      long representative,
      long liaison,
      long total) {}

  record GroupResponse(String group, int actors, Double eiIndex) {}

  record BrokerageResponse(
      String groupBy,
      String scope,
      @Schema(description = "Krackhardt-Stern E-I index of the whole network, (E - I) / (E + I)")
          Double eiIndex,
      @Schema(description = "the E-I index expected if ties ignored groups") Double expectedEiIndex,
      @Schema(description = "Newman's attribute assortativity of the grouping")
          Double assortativity,
      List<GroupResponse> groups,
      @Schema(description = "blockDensities[g][h]: ties between groups g and h / possible pairs")
          Double[][] blockDensities,
      List<ActorRolesResponse> actors) {}

  @GetMapping("/api/brokerage")
  @Operation(
      summary = "Brokerage roles per actor and how groups mix",
      description =
          "Gould & Fernandez (1989) roles for every actor (ties read as symmetric directed ties;"
              + " two-paths a-b-c with a and c not tied), groups by sector or by ecosystem (an"
              + " actor in several ecosystems goes to its first; actors in none to '(none)'),"
              + " ordered by total brokerage. Also the E-I index, assortativity and block"
              + " densities of the grouping. Bad groupBy: 400 with the valid choices.")
  BrokerageResponse brokerage(
      @Parameter(description = "sector or ecosystem") @RequestParam(defaultValue = "sector")
          GroupBy groupBy,
      @ParameterObject Scope scope,
      @Parameter(description = "at most this many actors; empty: every actor")
          @RequestParam(required = false)
          @Min(value = 1, message = "must be 1 or more, not ${validatedValue}")
          Integer limit,
      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) Integer asOf) {
    NetworkView view = views.viewAsOf(scope, asOf);
    EcosystemGraph graph = view.snapshot();
    Grouping grouping =
        groupBy == GroupBy.SECTOR ? Grouping.bySector(view) : Grouping.byEcosystem(view);
    Brokerage brokerage = new Brokerage(view, grouping);
    GroupMixing mixing = new GroupMixing(view, grouping);
    List<ActorRolesResponse> actors = new ArrayList<>();
    for (int v = 0; v < view.vertexCount(); v++) {
      BrokerageRoles r = brokerage.roles(v);
      int actor = view.actor(v);
      actors.add(
          new ActorRolesResponse(
              graph.actorId(actor),
              graph.actorName(actor),
              grouping.name(grouping.groupOf(v)),
              r.coordinator(),
              r.itinerant(),
              r.gatekeeper(),
              r.representative(),
              r.liaison(),
              r.total()));
    }
    actors.sort(
        Comparator.comparingLong(ActorRolesResponse::total)
            .reversed()
            .thenComparing(ActorRolesResponse::id));
    int[] sizes = grouping.groupSizes();
    List<GroupResponse> groups = new ArrayList<>();
    Double[][] densities = new Double[grouping.size()][grouping.size()];
    for (int g = 0; g < grouping.size(); g++) {
      groups.add(new GroupResponse(grouping.name(g), sizes[g], finite(mixing.eiIndex(g))));
      for (int h = 0; h < grouping.size(); h++) {
        densities[g][h] = finite(mixing.blockDensity(g, h));
      }
    }
    return new BrokerageResponse(
        Choice.id(groupBy),
        view.scope(),
        finite(mixing.eiIndex()),
        finite(mixing.expectedEiIndex()),
        finite(mixing.attributeAssortativity()),
        groups,
        densities,
        limit == null ? actors : actors.subList(0, Math.min(limit, actors.size())));
  }

  /** Undefined values (no ties, one group) leave as JSON null rather than NaN. */
  static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }
}

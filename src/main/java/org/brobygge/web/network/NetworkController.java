package org.brobygge.web.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.brobygge.analysis.centrality.NetworkSummary;
import org.brobygge.graph.NetworkView;
import org.brobygge.web.AsOf;
import org.brobygge.web.NetworkViews;
import org.brobygge.web.Scope;
import org.brobygge.web.SnapshotAnswer;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Network")
@SnapshotAnswer
class NetworkController {

  /** Articulation points whose cut-off actors are listed; the rest are named only. */
  static final int DETAILED_ARTICULATION_POINTS = 100;

  private final NetworkViews views;

  NetworkController(NetworkViews views) {
    this.views = views;
  }

  record ActorRef(String id, String name) {}

  record ArticulationPointResponse(
      String id,
      String name,
      @Schema(
              description =
                  "actors that lose their only link to the rest of their component if this actor"
                      + " leaves; null beyond the first "
                      + DETAILED_ARTICULATION_POINTS
                      + " articulation points")
          List<ActorRef> cutsOff) {}

  record SummaryResponse(
      String scope,
      int actors,
      @Schema(description = "ties of the simple graph: parallel ties between two actors count once")
          int ties,
      double density,
      double degreeCentralisation,
      int components,
      @Schema(description = "component sizes, largest first") List<Integer> componentSizes,
      int isolates,
      List<List<ActorRef>> bridges,
      List<ArticulationPointResponse> articulationPoints) {}

  @GetMapping("/api/network/summary")
  @Operation(
      summary = "Network summary",
      description =
          "Size, density = 2m/(n(n-1)), Freeman degree centralisation, components, bridges and"
              + " articulation points (\"if this actor leaves, these actors lose their only"
              + " link\"), for the whole network or one ecosystem's members. Directed kinds are"
              + " read as undirected and parallel ties merged. Unknown ecosystem: 404.")
  SummaryResponse summary(
      @ParameterObject Scope scope,
      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) Integer asOf) {
    NetworkView view = views.viewAsOf(scope, asOf);
    NetworkSummary summary = new NetworkSummary(view);
    List<Integer> points = summary.articulationPoints();
    return new SummaryResponse(
        view.scope(),
        summary.actors(),
        summary.ties(),
        summary.density(),
        summary.degreeCentralisation(),
        summary.componentSizes().size(),
        summary.componentSizes(),
        summary.isolates(),
        summary.bridges().stream().map(p -> List.of(ref(view, p[0]), ref(view, p[1]))).toList(),
        java.util.stream.IntStream.range(0, points.size())
            .mapToObj(
                i ->
                    new ArticulationPointResponse(
                        ref(view, points.get(i)).id(),
                        ref(view, points.get(i)).name(),
                        i < DETAILED_ARTICULATION_POINTS
                            ? summary.separatedBy(points.get(i)).stream()
                                .map(w -> ref(view, w))
                                .toList()
                            : null))
            .toList());
  }

  private static ActorRef ref(NetworkView view, int vertex) {
    int actor = view.actor(vertex);
    return new ActorRef(view.snapshot().actorId(actor), view.snapshot().actorName(actor));
  }
}

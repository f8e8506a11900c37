package org.brobygge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.brobygge.analysis.centrality.CentralityMeasures;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.analysis.centrality.NetworkView;
import org.brobygge.analysis.centrality.StructuralHoles;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.store.Snapshots;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Centrality", description = "Per-actor network measures, comparable with NetworkX")
class CentralityController {

  /**
   * Largest view on which the O(n m) measures (betweenness, closeness, harmonic) are computed
   * exactly within a request. Larger views answer 422 until the sampled estimate exists.
   */
  static final int EXACT_PATH_MEASURES_MAX_ACTORS = 20_000;

  private static final EnumSet<Measure> ALL_PAIRS =
      EnumSet.of(
          Measure.BETWEENNESS,
          Measure.BETWEENNESS_NORMALIZED,
          Measure.CLOSENESS,
          Measure.HARMONIC,
          Measure.HARMONIC_NORMALIZED);

  private final Snapshots snapshots;

  CentralityController(Snapshots snapshots) {
    this.snapshots = snapshots;
  }

  record ScoreResponse(int rank, String id, String name, String sector, double value) {}

  record CentralityResponse(
      String measure,
      String scope,
      int actors,
      @Schema(description = "damping factor used (pagerank measures only)") Double damping,
      List<ScoreResponse> scores) {}

  record MetricsResponse(
      String id,
      String name,
      String scope,
      @Schema(description = "every measure on the chosen scope, by measure id")
          Map<String, Double> metrics) {}

  @GetMapping("/api/centrality")
  @Operation(
      summary = "One measure for every actor, ranked",
      description =
          "Measures: degree, strength, degree_centrality, betweenness, betweenness_normalized,"
              + " closeness, harmonic, harmonic_normalized, pagerank, pagerank_weighted,"
              + " eigenvector, eigenvector_max1, katz, clustering, coreness. Computed on the simple"
              + " undirected graph (parallel ties merged, weights summed); weights count only in"
              + " strength and pagerank_weighted. Scope: the whole network or one ecosystem's"
              + " members. Unknown measure or bad parameter: 400 with the valid choices.")
  CentralityResponse centrality(
      @Parameter(description = "measure id") @RequestParam String measure,
      @Parameter(description = "ecosystem id; empty: the whole network")
          @RequestParam(required = false)
          String ecosystem,
      @Parameter(description = "at most this many actors; empty: every actor")
          @RequestParam(required = false)
          Integer limit,
      @Parameter(description = "desc (highest first, default) or asc")
          @RequestParam(defaultValue = "desc")
          String order,
      @Parameter(description = "PageRank damping factor in [0, 1)")
          @RequestParam(defaultValue = "" + CentralityMeasures.DAMPING_FACTOR_DEFAULT)
          double damping) {
    Measure m =
        Measure.byId(measure)
            .orElseThrow(() -> ApiException.badChoice("measure", measure, Measure.ids()));
    if (!order.equals("desc") && !order.equals("asc")) {
      throw ApiException.badChoice("order", order, List.of("desc", "asc"));
    }
    if (limit != null && limit < 1) {
      throw ApiException.badParameter("limit", "limit must be 1 or more, not " + limit);
    }
    if (!(damping >= 0 && damping < 1)) {
      throw ApiException.badParameter("damping", "damping must be in [0, 1), not " + damping);
    }
    NetworkView view = Scopes.view(snapshots.current(), ecosystem);
    requireFeasible(view, EnumSet.of(m));
    CentralityMeasures measures = new CentralityMeasures(view, EnumSet.of(m), damping);
    double[] scores = measures.scores(m);
    Comparator<Integer> byScore = Comparator.comparingDouble(v -> scores[v]);
    if (order.equals("desc")) {
      byScore = byScore.reversed();
    }
    EcosystemGraph graph = view.snapshot();
    Comparator<Integer> ranking = byScore.thenComparing(v -> graph.actorId(view.actor(v)));
    List<Integer> vertices =
        IntStream.range(0, view.vertexCount())
            .boxed()
            .sorted(ranking)
            .limit(limit == null ? Long.MAX_VALUE : limit)
            .toList();
    List<ScoreResponse> result =
        IntStream.range(0, vertices.size())
            .mapToObj(
                i -> {
                  int actor = view.actor(vertices.get(i));
                  return new ScoreResponse(
                      i + 1,
                      graph.actorId(actor),
                      graph.actorName(actor),
                      graph.sector(actor).id(),
                      scores[vertices.get(i)]);
                })
            .toList();
    boolean pagerank = m == Measure.PAGERANK || m == Measure.PAGERANK_WEIGHTED;
    return new CentralityResponse(
        m.id(), view.scope(), view.vertexCount(), pagerank ? damping : null, result);
  }

  @GetMapping("/api/actors/{id}/metrics")
  @Operation(
      summary = "Every measure for one actor",
      description =
          "All measures of /api/centrality for one actor, and Burt's constraint, effective size and"
              + " efficiency (weighted), on the whole network or on one"
              + " ecosystem it belongs to. Unknown actor or ecosystem: 404; an ecosystem the actor"
              + " is not a member of: 400.")
  MetricsResponse metrics(
      @PathVariable String id,
      @Parameter(description = "ecosystem id; empty: the whole network")
          @RequestParam(required = false)
          String ecosystem) {
    EcosystemGraph graph = snapshots.current();
    int actor = graph.actorIndex(id).orElseThrow(() -> ApiException.notFound("Actor", id));
    NetworkView view = Scopes.view(graph, ecosystem);
    int vertex = -1;
    for (int v = 0; v < view.vertexCount(); v++) {
      if (view.actor(v) == actor) {
        vertex = v;
      }
    }
    if (vertex < 0) {
      throw ApiException.badParameter(
          "ecosystem", "actor '" + id + "' is not a member of ecosystem '" + ecosystem + "'");
    }
    EnumSet<Measure> all = EnumSet.allOf(Measure.class);
    requireFeasible(view, all);
    CentralityMeasures measures = new CentralityMeasures(view, all);
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (Measure m : Measure.values()) {
      metrics.put(m.id(), BrokerageController.finite(measures.score(m, vertex)));
    }
    StructuralHoles holes = new StructuralHoles(view);
    metrics.put("constraint", BrokerageController.finite(holes.constraint(vertex)));
    metrics.put("effective_size", BrokerageController.finite(holes.effectiveSize(vertex)));
    metrics.put("efficiency", BrokerageController.finite(holes.efficiency(vertex)));
    return new MetricsResponse(id, graph.actorName(actor), view.scope(), metrics);
  }

  static void requireFeasible(NetworkView view, EnumSet<Measure> measures) {
    EnumSet<Measure> allPairs = EnumSet.copyOf(measures);
    allPairs.retainAll(ALL_PAIRS);
    if (!allPairs.isEmpty() && view.vertexCount() > EXACT_PATH_MEASURES_MAX_ACTORS) {
      throw ApiException.tooLarge(
          "Exact "
              + allPairs.iterator().next().id()
              + " on "
              + view.vertexCount()
              + " actors would take too long for a request (limit "
              + EXACT_PATH_MEASURES_MAX_ACTORS
              + "). Ask for one ecosystem (ecosystem=...) or another measure; a sampled estimate"
              + " is not available yet.");
    }
  }
}

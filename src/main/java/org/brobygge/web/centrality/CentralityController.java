package org.brobygge.web.centrality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.brobygge.analysis.centrality.CentralityMeasures;
import org.brobygge.analysis.centrality.ComputeCost;
import org.brobygge.analysis.centrality.ComputeLimits;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.analysis.centrality.MeasureFamily;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.web.ApiException;
import org.brobygge.web.AsOf;
import org.brobygge.web.NetworkViews;
import org.brobygge.web.Scope;
import org.brobygge.web.SnapshotAnswer;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Measures")
@SnapshotAnswer
class CentralityController {

  /** The message of damping's bounds; the advice puts the name in front. */
  static final String DAMPING = "must be in [0, 1), not ${validatedValue}";

  /** Which end of the ranking comes first. */
  enum Order {
    DESC,
    ASC
  }

  private final NetworkViews views;

  CentralityController(NetworkViews views) {
    this.views = views;
  }

  record ScoreResponse(
      @Schema(example = "1") int rank,
      @Schema(example = "a0001") String id,
      @Schema(example = "Hällberget University of Technology") String name,
      @Schema(description = "academia, business, public or civil_society", example = "academia")
          String sector,
      @Schema(
              description =
                  "the measure's value; null where it has none (Burt's measures of an actor"
                      + " without ties), ranked last in either order",
              nullable = true,
              example = "0.1184")
          Double value) {}

  @Schema(description = "how betweenness was computed")
  record BetweennessMethod(
      @Schema(description = "exact (Brandes) or sampled (Brandes-Pich estimate, linearly scaled)")
          String method,
      @Schema(description = "pivots the estimate used; null when exact") Integer pivots,
      @Schema(description = "seed that chose the pivots; null when exact") Long seed) {

    static BetweennessMethod of(CentralityMeasures measures, long seed) {
      int pivots = measures.betweennessPivots();
      return pivots == 0
          ? new BetweennessMethod("exact", null, null)
          : new BetweennessMethod("sampled", pivots, seed);
    }
  }

  @Schema(description = "how closeness and harmonic were computed")
  record ClosenessMethod(
      @Schema(
              description =
                  "exact (a breadth-first search from every actor) or sampled (estimated from"
                      + " searches from actors chosen at random in each connected component:"
                      + " Eppstein-Wang, stratified by component)")
          String method,
      @Schema(
              description =
                  "breadth-first searches the estimate ran: the sources asked for (pivots, or"
                      + " brobygge.analysis.closeness-sources) spread over the components, at"
                      + " least "
                      + CentralityMeasures.CLOSENESS_MIN_SOURCES_PER_COMPONENT
                      + " in each (every actor of a smaller one); null when exact")
          Integer searches,
      @Schema(description = "seed that chose the sources; null when exact") Long seed) {

    static ClosenessMethod of(CentralityMeasures measures, long seed) {
      int searches = measures.closenessSearches();
      return searches == 0
          ? new ClosenessMethod("exact", null, null)
          : new ClosenessMethod("sampled", searches, seed);
    }
  }

  record CentralityResponse(
      String measure,
      String scope,
      int actors,
      @Schema(description = "damping factor used (pagerank measures only)") Double damping,
      @Schema(description = "how betweenness was computed (betweenness measures only)")
          BetweennessMethod betweenness,
      @Schema(description = "how closeness and harmonic were computed (those measures only)")
          ClosenessMethod closeness,
      List<ScoreResponse> scores) {}

  record MetricsResponse(
      String id,
      String name,
      String scope,
      @Schema(description = "how betweenness was computed") BetweennessMethod betweenness,
      @Schema(description = "every measure on the chosen scope, by measure id")
          Map<String, Double> metrics) {}

  record MeasureResponse(
      @Schema(description = "the value of the measure parameter", example = "constraint") String id,
      @Schema(example = "Constraint (Burt): low = spans structural holes") String label) {}

  @GetMapping("/api/measures")
  @Operation(
      summary = "The measures /api/centrality ranks by",
      description = "Each measure's id (the `measure` parameter) and a name in plain words.")
  List<MeasureResponse> measureList() {
    return Arrays.stream(Measure.values())
        .map(m -> new MeasureResponse(m.id(), m.label()))
        .toList();
  }

  @GetMapping("/api/centrality")
  @Operation(
      summary = "One measure for every actor, ranked",
      description =
          "Measures: "
              + MeasureIdsInApiDocs.PLACEHOLDER
              + ". Computed on the simple undirected graph (parallel ties merged, weights"
              + " summed); weights count only in strength, pagerank_weighted and Burt's"
              + " constraint, effective_size and efficiency, which have no value (null, ranked"
              + " last) for an actor without ties. Scope: the whole network, one ecosystem's"
              + " members or one actor's ego network. Betweenness is exact up to "
              + ComputeLimits.EXACT_BETWEENNESS_MAX_ACTORS_DEFAULT
              + " actors in scope and above that a seeded estimate (Brandes-Pich with"
              + " Geisberger-Sanders-Schultes linear scaling) from "
              + ComputeLimits.BETWEENNESS_PIVOTS_DEFAULT
              + " pivots (or from `pivots` when given); the `betweenness` field says which."
              + " Closeness and harmonic (and harmonic_normalized) are exact up to "
              + ComputeLimits.EXACT_CLOSENESS_MAX_ACTORS_DEFAULT
              + " actors and above that a seeded estimate from about "
              + ComputeLimits.CLOSENESS_SOURCES_DEFAULT
              + " breadth-first searches (or `pivots` when given) spread over the connected"
              + " components (Eppstein-Wang; Spearman's rho with the exact values 0.996 at 500 on"
              + " a 10,000-actor network); the `closeness` field says which, and one actor's exact"
              + " value is at /api/actors/{id}/metrics. These are the defaults of"
              + " brobygge.analysis.*. Unknown measure or bad parameter: 400 with the valid"
              + " choices.")
  CentralityResponse centrality(
      @Parameter(description = "measure id") @RequestParam Measure measure,
      @ParameterObject Scope scope,
      @Parameter(description = "at most this many actors; empty: every actor")
          @RequestParam(required = false)
          @Min(value = 1, message = "must be 1 or more, not ${validatedValue}")
          Integer limit,
      @Parameter(description = "desc (highest first, default) or asc")
          @RequestParam(defaultValue = "desc")
          Order order,
      @Parameter(description = "PageRank damping factor in [0, 1)")
          @RequestParam(defaultValue = "" + CentralityMeasures.DAMPING_FACTOR_DEFAULT)
          @DecimalMin(value = "0", message = DAMPING)
          @DecimalMax(value = "1", inclusive = false, message = DAMPING)
          double damping,
      @Parameter(
              description =
                  "betweenness from this many randomly chosen pivots, closeness and harmonic"
                      + " from about this many (1 or more; at least the number of actors means"
                      + " exact); empty: betweenness exact up to "
                      + ComputeLimits.EXACT_BETWEENNESS_MAX_ACTORS_DEFAULT
                      + " actors, else "
                      + ComputeLimits.BETWEENNESS_PIVOTS_DEFAULT
                      + " pivots, closeness exact up to "
                      + ComputeLimits.EXACT_CLOSENESS_MAX_ACTORS_DEFAULT
                      + " actors, else about "
                      + ComputeLimits.CLOSENESS_SOURCES_DEFAULT
                      + " searches")
          @RequestParam(required = false)
          @Min(value = 1, message = "must be 1 or more, not ${validatedValue}")
          Integer pivots,
      @Parameter(
              description =
                  "seed that chooses the pivots or sources; empty: "
                      + ComputeLimits.SEED_DEFAULT
                      + " (brobygge.analysis.betweenness-seed)")
          @RequestParam(required = false)
          Long seed,
      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) Integer asOf) {
    Measure m = measure;
    NetworkView view = views.viewAsOf(scope, asOf);
    long pivotSeed = seed == null ? views.limits().seed() : seed;
    CentralityMeasures measures =
        views.measures(view, EnumSet.of(m), views.options(view, damping, pivots, pivotSeed));
    double[] scores = measures.scores(m);
    Comparator<Integer> byScore = Comparator.comparingDouble(v -> scores[v]);
    if (order == Order.DESC) {
      byScore = byScore.reversed();
    }
    EcosystemGraph graph = view.snapshot();
    // an actor without a value (NaN) comes after every value, whichever the order
    Comparator<Integer> ranking =
        Comparator.<Integer, Boolean>comparing(v -> Double.isNaN(scores[v]))
            .thenComparing(byScore)
            .thenComparing(v -> graph.actorId(view.actor(v)));
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
                      BrokerageController.finite(scores[vertices.get(i)]));
                })
            .toList();
    boolean pagerank = m.family() == MeasureFamily.PAGERANK;
    return new CentralityResponse(
        m.id(),
        view.scope(),
        view.vertexCount(),
        pagerank ? damping : null,
        m.cost() == ComputeCost.SAMPLED ? BetweennessMethod.of(measures, pivotSeed) : null,
        m.cost() == ComputeCost.ALL_PAIRS_PATHS ? ClosenessMethod.of(measures, pivotSeed) : null,
        result);
  }

  @GetMapping("/api/actors/{id}/metrics")
  @Operation(
      summary = "Every measure for one actor",
      description =
          "Every measure of /api/measures for one actor (null where it has none: Burt's"
              + " measures of an actor without ties), on the whole network or on one ecosystem it"
              + " belongs to."
              + " Closeness and harmonic come from one search from the actor, at any size;"
              + " betweenness as in /api/centrality (exact up to "
              + ComputeLimits.EXACT_BETWEENNESS_MAX_ACTORS_DEFAULT
              + " actors, else estimated from "
              + ComputeLimits.BETWEENNESS_PIVOTS_DEFAULT
              + " pivots with seed "
              + ComputeLimits.SEED_DEFAULT
              + " by default). Results are kept until the data change, so the first call on a large"
              + " network is the slow one. Unknown actor or ecosystem: 404; an ecosystem the"
              + " actor is not a member of: 400.")
  MetricsResponse metrics(
      @PathVariable String id,
      @Parameter(description = "ecosystem id; empty: the whole network")
          @RequestParam(required = false)
          String ecosystem,
      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) Integer asOf) {
    NetworkView view = views.viewAsOf(new Scope(ecosystem, null), asOf);
    EcosystemGraph graph = view.snapshot();
    int actor = graph.actorIndex(id).orElseThrow(() -> ApiException.notFound("Actor", id));
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
    // every measure of every actor with the default options (kept for the next actor's request;
    // the warm-up has computed all but Burt's on the whole network), but closeness and harmonic,
    // which come exact from one search from this actor
    Set<Measure> perNetwork = EnumSet.complementOf(Measure.withCost(ComputeCost.ALL_PAIRS_PATHS));
    CentralityMeasures all =
        views.measures(
            view,
            perNetwork,
            views.options(
                view, CentralityMeasures.DAMPING_FACTOR_DEFAULT, null, views.limits().seed()));
    CentralityMeasures.PathScores paths = CentralityMeasures.pathScores(view, vertex);
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (Measure m : Measure.values()) {
      double value =
          m.cost() == ComputeCost.ALL_PAIRS_PATHS ? paths.score(m) : all.score(m, vertex);
      metrics.put(m.id(), BrokerageController.finite(value));
    }
    return new MetricsResponse(
        id,
        graph.actorName(actor),
        view.scope(),
        BetweennessMethod.of(all, views.limits().seed()),
        metrics);
  }
}

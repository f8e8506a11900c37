package org.brobygge.web.centrality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.brobygge.analysis.centrality.CentralityMeasures;
import org.brobygge.analysis.centrality.ComputeCost;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.analysis.centrality.StructuralHoles;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.store.ScoreWriter;
import org.brobygge.store.Snapshots;
import org.brobygge.web.ApiException;
import org.brobygge.web.NetworkViews;
import org.brobygge.web.WriteAccess;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Centrality")
class AnalysisWriteController {

  /** Neo4j property names are this prefix and the score id: {@code score_pagerank}. */
  static final String PREFIX = "score_";

  static final List<String> HOLES = List.of("constraint", "effective_size", "efficiency");

  private final NetworkViews views;
  private final Snapshots snapshots;
  private final ScoreWriter writer;

  AnalysisWriteController(NetworkViews views, Snapshots snapshots, ScoreWriter writer) {
    this.views = views;
    this.snapshots = snapshots;
    this.writer = writer;
  }

  record WriteRequest(
      @Schema(
              description =
                  "score ids: any measure of /api/centrality, or constraint, effective_size,"
                      + " efficiency",
              example = "[\"pagerank\", \"betweenness\", \"constraint\"]")
          List<String> measures) {}

  record WriteResponse(
      @Schema(description = "actors written") int actors,
      @Schema(description = "the Neo4j properties set on every actor") List<String> properties,
      @Schema(description = "how betweenness was computed, when asked for")
          CentralityController.BetweennessMethod betweenness,
      @Schema(description = "data version the scores belong to (DatabaseState.scoresVersion)")
          String version,
      long millis) {}

  @PostMapping("/api/analysis/write")
  @SecurityRequirement(name = WriteAccess.SCHEME)
  @ApiResponse(
      responseCode = "401",
      description = "No write token (Authorization: Bearer); nothing written",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "403",
      description = "Wrong write token; nothing written",
      content = @Content(mediaType = "application/problem+json"))
  @Operation(
      summary = "Store scores on the actors in Neo4j",
      description =
          "Computes the chosen scores on the whole network and sets them as properties"
              + " score_<id> on every :Actor node, in one transaction, for Cypher and Bloom"
              + " (examples in cypher/scores.cypher). The (:DatabaseState) node records the data"
              + " version they belong to (scoresVersion; current while it equals version),"
              + " scoreProperties and scoresWrittenAt. Re-importing an actor drops its scores:"
              + " write again after an import. Betweenness and the size limits are as in"
              + " /api/centrality. Unknown score id or none: 400; closeness or harmonic above"
              + " their size limit: 422; data changed while computing: 409.")
  WriteResponse write(@RequestBody WriteRequest request) {
    List<String> valid = Stream.concat(Measure.ids().stream(), HOLES.stream()).toList();
    if (request == null || request.measures() == null || request.measures().isEmpty()) {
      throw ApiException.badParameter(
          "measures",
          "name at least one score to write, e.g. {\"measures\": [\"pagerank\", \"betweenness\"]};"
              + " valid: "
              + String.join(", ", valid));
    }
    EnumSet<Measure> measures = EnumSet.noneOf(Measure.class);
    List<String> holes = new ArrayList<>();
    for (String id : request.measures()) {
      if (HOLES.contains(id)) {
        holes.add(id);
      } else {
        measures.add(
            Measure.byId(id)
                .orElseThrow(() -> ApiException.badChoice("measures", "measure", id, valid)));
      }
    }
    NetworkView view = views.view(null, null);
    EcosystemGraph graph = view.snapshot();
    views.requireFeasible(view, measures);
    Map<String, double[]> scores = new LinkedHashMap<>();
    CentralityController.BetweennessMethod betweenness = null;
    if (!measures.isEmpty()) {
      long seed = views.limits().seed();
      CentralityMeasures computed =
          views.measures(
              view,
              measures,
              views.options(view, CentralityMeasures.DAMPING_FACTOR_DEFAULT, null, seed));
      for (Measure m : measures) {
        scores.put(PREFIX + m.id(), computed.scores(m));
      }
      if (measures.stream().anyMatch(m -> m.cost() == ComputeCost.SAMPLED)) {
        betweenness = CentralityController.BetweennessMethod.of(computed, seed);
      }
    }
    if (!holes.isEmpty()) {
      StructuralHoles structuralHoles = new StructuralHoles(view);
      int n = view.vertexCount();
      for (String id : holes) {
        double[] values = new double[n];
        for (int v = 0; v < n; v++) {
          values[v] =
              switch (id) {
                case "constraint" -> structuralHoles.constraint(v);
                case "effective_size" -> structuralHoles.effectiveSize(v);
                default -> structuralHoles.efficiency(v);
              };
        }
        scores.put(PREFIX + id, values);
      }
    }
    List<String> ids = new ArrayList<>(view.vertexCount());
    for (int v = 0; v < view.vertexCount(); v++) {
      ids.add(graph.actorId(view.actor(v)));
    }
    String version = snapshots.versionOf(graph).orElseThrow(AnalysisWriteController::changed);
    ScoreWriter.Written written =
        writer.write(ids, scores, version).orElseThrow(AnalysisWriteController::changed);
    return new WriteResponse(
        written.actors(), written.properties(), betweenness, version, written.millis());
  }

  private static ApiException changed() {
    return ApiException.conflict(
        "Data changed",
        "The data changed (an import) while the scores were computed; nothing was written."
            + " Send the request again.");
  }
}

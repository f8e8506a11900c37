package org.brobygge.web.centrality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brobygge.analysis.centrality.ComputeCost;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.store.ScoreWriter;
import org.brobygge.store.Snapshots;
import org.brobygge.web.ApiException;
import org.brobygge.web.NetworkViews;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Measures")
class AnalysisWriteController {

  /** Neo4j property names are this prefix and the score id: {@code score_pagerank}. */
  static final String PREFIX = "score_";

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
              description = "measure ids, any of /api/measures",
              example = "[\"pagerank\", \"betweenness\", \"constraint\"]")
          List<String> measures) {}

  record WriteResponse(
      @Schema(description = "actors written") int actors,
      @Schema(description = "the Neo4j properties set on every actor") List<String> properties,
      @Schema(description = "how betweenness was computed, when asked for")
          CentralityController.BetweennessMethod betweenness,
      @Schema(description = "how closeness and harmonic were computed, when asked for")
          CentralityController.ClosenessMethod closeness,
      @Schema(description = "data version the scores belong to (DatabaseState.scoresVersion)")
          String version,
      long millis) {}

  @PostMapping("/api/analysis/write")
  @Operation(
      summary = "Store scores on the actors in Neo4j",
      description =
          "Computes the chosen scores on the whole network and sets them as properties"
              + " score_<id> on every :Actor node, in one transaction, for Cypher and Bloom"
              + " (examples in cypher/scores.cypher). The (:DatabaseState) node records the data"
              + " version they belong to (scoresVersion; current while it equals version),"
              + " scoreProperties and scoresWrittenAt. Re-importing an actor drops its scores:"
              + " write again after an import. Betweenness, closeness and their size limits are as"
              + " in /api/centrality. Unknown score id or none: 400; data changed while computing:"
              + " 409.")
  WriteResponse write(@RequestBody WriteRequest request) {
    List<String> valid = Measure.ids();
    if (request == null || request.measures() == null || request.measures().isEmpty()) {
      throw ApiException.badParameter(
          "measures",
          "name at least one score to write, e.g. {\"measures\": [\"pagerank\", \"betweenness\"]};"
              + " valid: "
              + String.join(", ", valid));
    }
    List<Measure> chosen = new ArrayList<>();
    for (String id : request.measures()) {
      chosen.add(
          Measure.byId(id)
              .orElseThrow(() -> ApiException.badChoice("measures", "measure", id, valid)));
    }
    NetworkView view = views.view(null, null);
    EcosystemGraph graph = view.snapshot();
    Scores computed = Scores.compute(views, view, chosen);
    Map<String, double[]> scores = new LinkedHashMap<>();
    computed.values().forEach((id, values) -> scores.put(PREFIX + id, values));
    CentralityController.BetweennessMethod betweenness = null;
    if (computed.measures() != null
        && chosen.stream().anyMatch(m -> m.cost() == ComputeCost.SAMPLED)) {
      betweenness =
          CentralityController.BetweennessMethod.of(computed.measures(), views.limits().seed());
    }
    CentralityController.ClosenessMethod closeness = null;
    if (computed.measures() != null
        && chosen.stream().anyMatch(m -> m.cost() == ComputeCost.ALL_PAIRS_PATHS)) {
      closeness =
          CentralityController.ClosenessMethod.of(computed.measures(), views.limits().seed());
    }
    List<String> ids = new ArrayList<>(view.vertexCount());
    for (int v = 0; v < view.vertexCount(); v++) {
      ids.add(graph.actorId(view.actor(v)));
    }
    String version = snapshots.versionOf(graph).orElseThrow(AnalysisWriteController::changed);
    ScoreWriter.Written written =
        writer.write(ids, scores, version).orElseThrow(AnalysisWriteController::changed);
    return new WriteResponse(
        written.actors(), written.properties(), betweenness, closeness, version, written.millis());
  }

  private static ApiException changed() {
    return ApiException.conflict(
        "Data changed",
        "The data changed (an import) while the scores were computed; nothing was written."
            + " Send the request again.");
  }
}

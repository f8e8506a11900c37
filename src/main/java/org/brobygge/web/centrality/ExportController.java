package org.brobygge.web.centrality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brobygge.analysis.centrality.CentralityMeasures;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.export.NetworkExport;
import org.brobygge.graph.NetworkView;
import org.brobygge.web.AsOf;
import org.brobygge.web.NetworkViews;
import org.brobygge.web.Scope;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Export")
class ExportController {

  static final String DEFAULT_MEASURES = "degree,strength,pagerank";

  /** Response header saying how betweenness was computed: exact, or sampled with its pivots. */
  static final String BETWEENNESS_HEADER = "Brobygge-Betweenness";

  /** Response header saying how closeness was computed: exact, or sampled with its searches. */
  static final String CLOSENESS_HEADER = "Brobygge-Closeness";

  private final NetworkViews views;

  ExportController(NetworkViews views) {
    this.views = views;
  }

  @GetMapping("/api/export")
  @Operation(
      summary = "Export the network",
      description =
          "GEXF 1.2 (opens in Gephi), GraphML or one CSV table (element=node rows with actor"
              + " columns and scores, element=edge rows with source, target, kind, directed,"
              + " weight, since, until). Actors carry id, label, sector, roles, region, country,"
              + " ecosystems and the chosen scores. Edges form a multigraph: one edge per tie,"
              + " never summed across kinds, each with its kind, whether the kind is directed"
              + " (then source is the provider or supplier) and its weight in that kind's own"
              + " unit; two actors with a research and a trade tie have two edges. The file"
              + " imports back through POST /api/imports/graph. Betweenness and closeness follow"
              + " /api/centrality (each sampled above its size threshold); the response headers "
              + BETWEENNESS_HEADER
              + " and "
              + CLOSENESS_HEADER
              + " say 'exact' or 'sampled; pivots=k; seed=s' ('searches=k' for closeness)."
              + " Unknown format or measure: 400 with the valid choices.")
  @ApiResponse(
      responseCode = "200",
      description =
          "The file, as an attachment named after the scope (brobygge-network.gexf,"
              + " brobygge-space.graphml ...)",
      content = {
        @Content(
            mediaType = "application/gexf+xml",
            schema = @Schema(type = "string", description = "GEXF 1.2 (Gephi)")),
        @Content(
            mediaType = "application/graphml+xml",
            schema = @Schema(type = "string", description = "GraphML (yEd, NetworkX)")),
        @Content(
            mediaType = "text/csv",
            schema =
                @Schema(
                    type = "string",
                    description =
                        "one CSV table: element (node or edge), id, label, sector, roles,"
                            + " region, country, ecosystems, source, target, kind, directed,"
                            + " weight, since, until and one column per measure"))
      })
  ResponseEntity<StreamingResponseBody> export(
      @Parameter(description = "gexf, graphml or csv") @RequestParam(defaultValue = "gexf")
          NetworkExport.Format format,
      @ParameterObject Scope scope,
      @Parameter(
              description =
                  "comma-separated measure ids to attach, any of /api/measures (Burt's"
                      + " constraint, effective_size and efficiency are left out for an actor"
                      + " without ties); empty for none")
          @RequestParam(defaultValue = DEFAULT_MEASURES)
          List<Measure> measures,
      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) Integer asOf) {
    NetworkExport.Format f = format;
    List<Measure> chosen = measures.stream().filter(m -> m != null).toList();
    NetworkView view = views.viewAsOf(scope, asOf);
    Scores computed = Scores.compute(views, view, chosen);
    Map<String, double[]> scores = computed.values();
    CentralityMeasures measured = computed.measures();
    String betweenness = method("pivots", measured == null ? 0 : measured.betweennessPivots());
    String closeness = method("searches", measured == null ? 0 : measured.closenessSearches());
    String ego = scope.ego();
    String ecosystem = scope.ecosystem();
    String name =
        "brobygge-"
            + (ego != null && !ego.isBlank()
                ? "ego-" + ego
                : ecosystem == null || ecosystem.isBlank() ? "network" : ecosystem)
            + "."
            + f.name().toLowerCase(Locale.ROOT);
    StreamingResponseBody body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          NetworkExport.write(view, f, scores, writer);
          writer.flush();
        };
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.mediaType() + ";charset=UTF-8"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(safeFileName(name)).build().toString())
        .header(BETWEENNESS_HEADER, betweenness)
        .header(CLOSENESS_HEADER, closeness)
        .body(body);
  }

  /** A header's account of a sampled measure: "exact", or "sampled; pivots=k; seed=s". */
  private String method(String sample, int size) {
    return size > 0
        ? "sampled; " + sample + "=" + size + "; seed=" + views.limits().seed()
        : "exact";
  }

  /**
   * The download's file name with every character but letters, digits, dot, dash and underscore
   * made an underscore: an id is the user's text, and a quote or a semicolon in it must not add a
   * parameter to the header (ContentDisposition quotes it as well).
   */
  static String safeFileName(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}

package org.brobygge.web.centrality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
@Tag(name = "Export", description = "The network with its scores, for Gephi, yEd, NetworkX")
class ExportController {

  static final String DEFAULT_MEASURES = "degree,strength,pagerank";

  /** Response header saying how betweenness was computed: exact, or sampled with its pivots. */
  static final String BETWEENNESS_HEADER = "Brobygge-Betweenness";

  private final NetworkViews views;

  ExportController(NetworkViews views) {
    this.views = views;
  }

  @GetMapping("/api/export")
  @Operation(
      summary = "Export the network",
      description =
          "GEXF 1.2 (opens in Gephi), GraphML or one CSV table (element=node rows with actor"
              + " columns and scores, element=edge rows with source, target, weight). Actors"
              + " carry id, label, sector, roles, country, ecosystems and the chosen measures;"
              + " ties are merged per pair with summed weights. Betweenness follows"
              + " /api/centrality (sampled above its size threshold); the response header "
              + BETWEENNESS_HEADER
              + " says 'exact' or 'sampled; pivots=k; seed=s'. Unknown format or measure: 400"
              + " with the valid choices.")
  ResponseEntity<StreamingResponseBody> export(
      @Parameter(description = "gexf, graphml or csv") @RequestParam(defaultValue = "gexf")
          NetworkExport.Format format,
      @ParameterObject Scope scope,
      @Parameter(description = "comma-separated measure ids to attach; empty for none")
          @RequestParam(defaultValue = DEFAULT_MEASURES)
          List<Measure> measures,
      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) Integer asOf) {
    NetworkExport.Format f = format;
    EnumSet<Measure> chosen = EnumSet.noneOf(Measure.class);
    for (Measure m : measures) {
      if (m != null) {
        chosen.add(m);
      }
    }
    NetworkView view = views.viewAsOf(scope, asOf);
    views.requireFeasible(view, chosen);
    Map<String, double[]> scores = new LinkedHashMap<>();
    String betweenness = "exact";
    if (!chosen.isEmpty()) {
      CentralityMeasures computed =
          views.measures(
              view,
              chosen,
              views.options(
                  view, CentralityMeasures.DAMPING_FACTOR_DEFAULT, null, views.limits().seed()));
      if (computed.betweennessPivots() > 0) {
        betweenness =
            "sampled; pivots=" + computed.betweennessPivots() + "; seed=" + views.limits().seed();
      }
      for (Measure m : chosen) {
        scores.put(m.id(), computed.scores(m));
      }
    }
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
        .body(body);
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

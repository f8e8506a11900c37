package org.brobygge.web.bridges;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.brobygge.analysis.bridges.ClusterPlan;
import org.brobygge.analysis.bridges.LinkPredictionIndex;
import org.brobygge.export.ClusterPlanHtml;
import org.brobygge.export.ClusterPlanMarkdown;
import org.brobygge.session.AnalysisSession;
import org.brobygge.session.AnalysisSessions;
import org.brobygge.web.ApiException;
import org.brobygge.web.AsOf;
import org.brobygge.web.SnapshotAnswer;
import org.hibernate.validator.constraints.Range;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Plans")
@SnapshotAnswer
class PlanController {

  static final String MARKDOWN = "text/markdown";
  static final MediaType MARKDOWN_UTF8 = new MediaType("text", "markdown", StandardCharsets.UTF_8);
  static final int MAX_ACTIONS = 20;

  private final AnalysisSessions sessions;

  PlanController(AnalysisSessions sessions) {
    this.sessions = sessions;
  }

  @GetMapping(value = "/api/ecosystems/{id}/plan", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The ecosystem's cluster plan",
      description =
          "Its profile (members by sector and role, locomotives by degree), the seven gaps with"
              + " severity, rank and evidence, the top actions per gap (one per actor, with"
              + " introducers and why) and their effect by what-if, the brokers, the effect of all"
              + " actions together and the baseline to measure again. As JSON, or as Markdown for"
              + " a strategist with 'Accept: text/markdown', or as an HTML fragment of the same"
              + " content with 'Accept: text/html' (what the web app's plan page shows). Unknown ecosystem: 404; unknown"
              + " index, actions outside 1-20: 400.")
  PlanResponse plan(
      @PathVariable String id,
      @Parameter(description = "link-prediction index of the recommendations")
          @RequestParam(required = false)
          LinkPredictionIndex index,
      @Parameter(
              description =
                  "actions per gap at a mild or worse level, 1 to 20 (2 at most for a"
                      + " gap at level none)")
          @RequestParam(defaultValue = "" + ClusterPlan.ACTIONS_DEFAULT)
          @Range(min = 1, max = MAX_ACTIONS, message = ApiException.RANGE)
          int actions,
      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) Integer asOf) {
    return PlanResponse.of(compute(id, index, actions, asOf));
  }

  @GetMapping(value = "/api/ecosystems/{id}/plan", produces = MARKDOWN)
  ResponseEntity<String> markdown(
      @PathVariable String id,
      @RequestParam(required = false) LinkPredictionIndex index,
      @RequestParam(defaultValue = "" + ClusterPlan.ACTIONS_DEFAULT)
          @Range(min = 1, max = MAX_ACTIONS, message = ApiException.RANGE)
          int actions,
      @RequestParam(required = false) Integer asOf) {
    return ResponseEntity.ok()
        .contentType(MARKDOWN_UTF8)
        .body(ClusterPlanMarkdown.render(compute(id, index, actions, asOf)));
  }

  @GetMapping(value = "/api/ecosystems/{id}/plan", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> html(
      @PathVariable String id,
      @RequestParam(required = false) LinkPredictionIndex index,
      @RequestParam(defaultValue = "" + ClusterPlan.ACTIONS_DEFAULT)
          @Range(min = 1, max = MAX_ACTIONS, message = ApiException.RANGE)
          int actions,
      @RequestParam(required = false) Integer asOf) {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(ClusterPlanHtml.render(compute(id, index, actions, asOf)));
  }

  private ClusterPlan compute(String id, LinkPredictionIndex index, int actions, Integer asOf) {
    LinkPredictionIndex chosen = index == null ? LinkPredictionIndex.DEFAULT : index;
    AnalysisSession state = AsOf.session(sessions, asOf);
    int e = BridgeController.requireEcosystem(state, id);
    return state.plan(e, chosen, actions);
  }
}

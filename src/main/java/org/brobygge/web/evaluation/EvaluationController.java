package org.brobygge.web.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.brobygge.analysis.trends.YearProfile;
import org.brobygge.export.EvaluationMarkdown;
import org.brobygge.graph.YearRange;
import org.brobygge.session.AnalysisSession;
import org.brobygge.session.AnalysisSessions;
import org.brobygge.web.ApiException;
import org.brobygge.web.AsOf;
import org.brobygge.web.SnapshotAnswer;
import org.brobygge.web.evaluation.TrendResponses.EcosystemTrendResponse;
import org.brobygge.web.evaluation.TrendResponses.EvaluationResponse;
import org.brobygge.web.evaluation.TrendResponses.RegionEvaluationResponse;
import org.brobygge.web.evaluation.TrendResponses.RegionTrendResponse;
import org.brobygge.web.evaluation.TrendResponses.YearResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Evaluation")
@SnapshotAnswer
class EvaluationController {

  static final String MARKDOWN = "text/markdown";
  static final MediaType MARKDOWN_UTF8 = new MediaType("text", "markdown", StandardCharsets.UTF_8);

  /** Years a trend covers unless told otherwise: the reference year and the ten before it. */
  static final int DEFAULT_TREND_YEARS = 11;

  private final AnalysisSessions sessions;

  EvaluationController(AnalysisSessions sessions) {
    this.sessions = sessions;
  }

  record YearsResponse(
      @io.swagger.v3.oas.annotations.media.Schema(
              description = "the first year asOf, from, baseline and followUp accept")
          int first,
      @io.swagger.v3.oas.annotations.media.Schema(description = "the last year they accept")
          int last,
      @io.swagger.v3.oas.annotations.media.Schema(description = "the default year")
          int referenceYear) {}

  @GetMapping("/api/years")
  @Operation(
      summary = "The years the data covers",
      description =
          "From the first to the last year any tie or membership names, widened to the reference"
              + " year: the years asOf, from/to, baseline and followUp accept.")
  YearsResponse years() {
    AnalysisSession current = sessions.current();
    YearRange years = current.years();
    return new YearsResponse(years.first(), years.last(), current.year());
  }

  @GetMapping("/api/ecosystems/{id}/trend")
  @Operation(
      summary = "One ecosystem year by year",
      description =
          "For each year from..to, on the network as it stood that year: members by sector, ties"
              + " begun and ended by kind, and each gap's severity with its 95% bootstrap"
              + " interval, coverage and observed/expected ties. Default: the reference year and"
              + " the ten years before it, within the data's years. A year outside the data's"
              + " years, or from after to: 400. Unknown ecosystem: 404.")
  EcosystemTrendResponse ecosystemTrend(
      @PathVariable String id,
      @Parameter(description = "first year") @RequestParam(required = false) Integer from,
      @Parameter(description = "last year; default the reference year")
          @RequestParam(required = false)
          Integer to) {
    AnalysisSession current = sessions.current();
    int e = requireEcosystem(current, id);
    YearRange years = range(current, from, to);
    return trend(current, current.trend(years), e, years, null);
  }

  @GetMapping("/api/gaps/trend")
  @Operation(
      summary = "Every ecosystem year by year",
      description = "As /api/ecosystems/{id}/trend for every ecosystem, optionally one gap only.")
  RegionTrendResponse gapsTrend(
      @Parameter(description = "first year") @RequestParam(required = false) Integer from,
      @Parameter(description = "last year; default the reference year")
          @RequestParam(required = false)
          Integer to,
      @Parameter(description = "gap id; default every gap") @RequestParam(required = false)
          String gap) {
    AnalysisSession current = sessions.current();
    if (gap != null && !gap.isBlank() && current.definitions().byId(gap).isEmpty()) {
      throw ApiException.badChoice("gap", gap, current.definitions().ids());
    }
    String only = gap == null || gap.isBlank() ? null : gap;
    YearRange years = range(current, from, to);
    List<YearProfile> profiles = current.trend(years);
    List<EcosystemTrendResponse> list = new ArrayList<>();
    for (int e = 0; e < current.graph().ecosystemCount(); e++) {
      list.add(trend(current, profiles, e, years, only));
    }
    return new RegionTrendResponse(years.first(), years.last(), list);
  }

  @GetMapping(
      value = "/api/ecosystems/{id}/evaluation",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "One ecosystem's evaluation between a baseline and a follow-up",
      description =
          "Each gap before and after with its verdict (improved / worse only when the 95%"
              + " bootstrap intervals do not overlap, else no-clear-change), in how many gaps the"
              + " ecosystem developed forward, members who joined and left by sector, ties across"
              + " each gap begun and ended, the locomotives then and now, and which of the"
              + " baseline plan's recommended ties were formed. JSON, or Markdown with 'Accept:"
              + " text/markdown'. A year outside the data's years or a follow-up before the"
              + " baseline: 400. Unknown ecosystem: 404.")
  EvaluationResponse evaluation(
      @PathVariable String id,
      @Parameter(description = "the baseline year") @RequestParam int baseline,
      @Parameter(description = "the follow-up year; default the reference year")
          @RequestParam(required = false)
          Integer followUp) {
    return EvaluationResponse.of(computeEvaluation(id, baseline, followUp));
  }

  @GetMapping(value = "/api/ecosystems/{id}/evaluation", produces = MARKDOWN)
  ResponseEntity<String> evaluationMarkdown(
      @PathVariable String id,
      @RequestParam int baseline,
      @RequestParam(required = false) Integer followUp) {
    return ResponseEntity.ok()
        .contentType(MARKDOWN_UTF8)
        .body(EvaluationMarkdown.render(computeEvaluation(id, baseline, followUp)));
  }

  @GetMapping(value = "/api/evaluation", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The region's ecosystems ranked by their development",
      description =
          "Every ecosystem between the two years: gaps improved, worse, with no clear change and"
              + " not comparable, ranked by improved less worse, then by the mean change of"
              + " severity. JSON, or Markdown with 'Accept: text/markdown'.")
  RegionEvaluationResponse regionEvaluation(
      @Parameter(description = "the baseline year") @RequestParam int baseline,
      @Parameter(description = "the follow-up year; default the reference year")
          @RequestParam(required = false)
          Integer followUp) {
    AnalysisSession current = sessions.current();
    int after = checkYears(current, baseline, followUp);
    return RegionEvaluationResponse.of(current.regionEvaluation(baseline, after));
  }

  @GetMapping(value = "/api/evaluation", produces = MARKDOWN)
  ResponseEntity<String> regionEvaluationMarkdown(
      @RequestParam int baseline, @RequestParam(required = false) Integer followUp) {
    AnalysisSession current = sessions.current();
    int after = checkYears(current, baseline, followUp);
    return ResponseEntity.ok()
        .contentType(MARKDOWN_UTF8)
        .body(EvaluationMarkdown.render(current.regionEvaluation(baseline, after)));
  }

  private org.brobygge.analysis.trends.Evaluation computeEvaluation(
      String id, int baseline, Integer followUp) {
    AnalysisSession current = sessions.current();
    int e = requireEcosystem(current, id);
    int after = checkYears(current, baseline, followUp);
    return current.evaluation(e, baseline, after);
  }

  /** The follow-up year, both years checked. */
  private static int checkYears(AnalysisSession current, int baseline, Integer followUp) {
    int after = followUp == null ? current.year() : followUp;
    AsOf.session(current, "baseline", baseline);
    AsOf.session(current, "followUp", after);
    if (after < baseline) {
      throw ApiException.badParameter(
          "followUp",
          "the follow-up "
              + after
              + " is before the baseline "
              + baseline
              + "; give a follow-up year at or after the baseline");
    }
    return after;
  }

  private static YearRange range(AnalysisSession current, Integer from, Integer to) {
    YearRange covered = current.years();
    int last = to == null ? current.year() : to;
    int first = from == null ? Math.max(covered.first(), last - DEFAULT_TREND_YEARS + 1) : from;
    requireYear(covered, "from", first);
    requireYear(covered, "to", last);
    if (first > last) {
      throw ApiException.badParameter(
          "from", "from " + first + " is after to " + last + "; give from at or before to");
    }
    return new YearRange(first, last);
  }

  private static void requireYear(YearRange covered, String parameter, int year) {
    if (!covered.contains(year)) {
      throw ApiException.badParameter(
          parameter,
          parameter
              + " "
              + year
              + " is outside the years the data covers, "
              + covered
              + "; give a year in that range");
    }
  }

  private static EcosystemTrendResponse trend(
      AnalysisSession current, List<YearProfile> profiles, int e, YearRange years, String gap) {
    return new EcosystemTrendResponse(
        current.graph().ecosystemId(e),
        current.graph().ecosystemName(e),
        years.first(),
        years.last(),
        profiles.stream().map(p -> YearResponse.of(p.ecosystem(e), gap)).toList());
  }

  private static int requireEcosystem(AnalysisSession current, String id) {
    return current
        .graph()
        .ecosystemIndex(id)
        .orElseThrow(() -> ApiException.notFound("Ecosystem", id));
  }
}

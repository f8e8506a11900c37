package org.brobygge.web.gaps;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapFinding;
import org.brobygge.analysis.gaps.InterEcosystemMatrix;
import org.brobygge.analysis.gaps.RegionView;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.session.AnalysisSession;
import org.brobygge.session.AnalysisSessions;
import org.brobygge.web.ApiException;
import org.brobygge.web.AsOf;
import org.brobygge.web.SnapshotAnswer;
import org.hibernate.validator.constraints.Range;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Gaps")
@SnapshotAnswer
class GapController {

  static final int MAX_EVIDENCE = 100_000;

  private final AnalysisSessions sessions;

  GapController(AnalysisSessions sessions) {
    this.sessions = sessions;
  }

  static final String INCLUDE_SMALL =
      "true: rank findings on fewer source actors than brobygge.gaps.min-source-actors (default"
          + " 5) too, and count them in the medians";

  record FindingResponse(
      @Schema(example = "composites") String ecosystem,
      @Schema(example = "Composite materials") String ecosystemName,
      @Schema(
              description =
                  "research, education, capital, authority, inter_firm, inter_ecosystem or"
                      + " global_market",
              example = "inter_firm")
          String gap,
      boolean applicable,
      @Schema(
              description =
                  "why the gap cannot be judged here (not applicable, or too few source actors);"
                      + " empty when judgeable")
          String reason,
      @Schema(
              description =
                  "false when not applicable or on fewer source actors than"
                      + " brobygge.gaps.min-source-actors (default 5): the figures are given, but"
                      + " the finding is left out of the region's rankings and medians")
          boolean judgeable,
      @Schema(
              description =
                  "0 (no gap) to 1 (every source actor missing): (missing + weakOnly / 2) /"
                      + " sourceActors; null when not applicable",
              example = "0.82")
          Double severity,
      @Schema(
              description =
                  "none (below 0.2), mild (from 0.2), moderate (from 0.4) or severe (from 0.6)",
              example = "severe")
          String level,
      @Schema(description = "share of source actors with a strong tie across", example = "0.18")
          Double coverage,
      @Schema(description = "actors on the gap's source side, e.g. the firms", example = "22")
          int sourceActors,
      @Schema(description = "actors on the other side, who could close it", example = "214")
          int targetActors,
      @Schema(description = "source actors with a strong tie across", example = "4") int strong,
      @Schema(description = "source actors with weak ties across only", example = "0") int weakOnly,
      @Schema(description = "source actors with no tie across", example = "18") int missing,
      int observedTies,
      double expectedTies,
      Double observedToExpected,
      int weakEdgeCount,
      boolean evidenceTruncated,
      List<MissingEdgeResponse> missingEdges,
      List<WeakEdgeResponse> weakEdges) {

    static FindingResponse of(GapFinding f, int evidenceLimit) {
      boolean truncated =
          f.missingEdges().size() > evidenceLimit || f.weakEdges().size() > evidenceLimit;
      return new FindingResponse(
          f.ecosystemId(),
          f.ecosystemName(),
          f.gap(),
          f.applicable(),
          f.reason(),
          f.judgeable(),
          f.severity(),
          f.level(),
          f.coverage(),
          f.sourceActors(),
          f.targetActors(),
          f.strong(),
          f.weakOnly(),
          f.missing(),
          f.observedTies(),
          f.expectedTies(),
          f.observedToExpected(),
          f.weakEdges().size(),
          truncated,
          f.missingEdges().subList(0, Math.min(evidenceLimit, f.missingEdges().size())).stream()
              .map(m -> new MissingEdgeResponse(m.actorId(), m.actorName()))
              .toList(),
          f.weakEdges().subList(0, Math.min(evidenceLimit, f.weakEdges().size())).stream()
              .map(
                  w ->
                      new WeakEdgeResponse(
                          w.actorId(),
                          w.actorName(),
                          w.otherId(),
                          w.otherName(),
                          w.kind(),
                          w.weight(),
                          w.since(),
                          w.until(),
                          w.reason()))
              .toList());
    }
  }

  @Schema(description = "a source-side actor with no counting tie across the gap")
  record MissingEdgeResponse(String actorId, String actorName) {}

  @Schema(description = "a weak tie across the gap, parallel ties of one kind taken together")
  record WeakEdgeResponse(
      String actorId,
      String actorName,
      String otherId,
      String otherName,
      String kind,
      double weight,
      @Schema(description = "earliest start year, or null") Integer since,
      @Schema(description = "latest end year, or null when ongoing or unknown") Integer until,
      @Schema(description = "why it counts as weak") String reason) {}

  record RankedResponse(
      @Schema(description = "1 = the worst of the region") int rank,
      String ecosystemId,
      String ecosystemName,
      double severity,
      String level) {}

  record RegionResponse(
      @Schema(description = "per gap, the ecosystems where it can be judged, worst first")
          Map<String, List<RankedResponse>> rankings,
      @Schema(description = "per gap, the median severity over those ecosystems")
          Map<String, Double> medians,
      @Schema(description = "per ecosystem, its severity per gap (null where not applicable)")
          Map<String, Map<String, Double>> profiles) {

    static RegionResponse of(RegionView region) {
      Map<String, List<RankedResponse>> rankings = new LinkedHashMap<>();
      region
          .rankings()
          .forEach(
              (gap, ranked) ->
                  rankings.put(
                      gap,
                      ranked.stream()
                          .map(
                              r ->
                                  new RankedResponse(
                                      r.rank(),
                                      r.ecosystemId(),
                                      r.ecosystemName(),
                                      r.severity(),
                                      r.level()))
                          .toList()));
      return new RegionResponse(rankings, region.medians(), region.profiles());
    }
  }

  record PairResponse(
      String a,
      String b,
      int observed,
      @Schema(description = "ties expected under the degree-preserving null model")
          double expected) {}

  record SpannerResponse(
      String actorId,
      String actorName,
      @Schema(description = "a member of both ecosystems") boolean memberOfBoth,
      @Schema(description = "its counting ties into the ecosystem it is not a member of")
          int tiesAcross) {}

  record EcosystemGapsResponse(
      String ecosystem,
      String ecosystemName,
      int referenceYear,
      @Schema(description = "severity per gap, null where not applicable: the radar chart")
          Map<String, Double> profile,
      @Schema(description = "the region's median severity per gap")
          Map<String, Double> regionMedian,
      @Schema(description = "the ecosystem's rank per gap, 1 = worst; null where not applicable")
          Map<String, Integer> rank,
      List<FindingResponse> findings) {}

  record SelectorResponse(List<String> roles, List<String> sectors, List<String> notRoles) {}

  record DefinitionResponse(
      String id,
      String name,
      String description,
      SelectorResponse source,
      SelectorResponse target,
      String scope,
      List<String> tieKinds,
      double weakWeightAtOrBelow,
      Map<String, Double> weakWeightAtOrBelowByKind,
      int weakIfEndedYearsAgo) {}

  record DefinitionsResponse(int referenceYear, List<DefinitionResponse> definitions) {}

  record MatrixResponse(
      List<String> ecosystems,
      @Schema(description = "observed[i][j]: ties between members of ecosystems i and j")
          int[][] observed,
      @Schema(description = "expected[i][j] under the degree-preserving null model")
          double[][] expected,
      List<PairResponse> neverConnected,
      List<PairSpannersResponse> spanners) {}

  record PairSpannersResponse(String a, String b, List<SpannerResponse> actors) {}

  @GetMapping("/api/gaps")
  @Operation(
      summary = "Gap findings, filterable",
      description =
          "One finding per ecosystem and gap: severity in [0,1] = 1 - (strong + weakOnly/2) /"
              + " sourceActors, coverage, observed against expected ties, and the evidence (every"
              + " missing edge and every weak edge, up to evidenceLimit each). Unknown ecosystem:"
              + " 404; unknown gap: 400 with the valid ids.")
  List<FindingResponse> findings(
      @Parameter(description = "ecosystem id") @RequestParam(required = false) String ecosystem,
      @Parameter(description = "gap id") @RequestParam(required = false) String gap,
      @Parameter(description = "at most this many missing and weak edges per finding")
          @RequestParam(defaultValue = "" + MAX_EVIDENCE)
          @Range(min = 0, max = MAX_EVIDENCE, message = ApiException.RANGE)
          int evidenceLimit,
      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) Integer asOf) {
    AnalysisSession result = AsOf.session(sessions, asOf);
    List<GapFinding> findings;
    if (gap != null && !gap.isBlank()) {
      requireGap(gap);
      findings = result.gaps().findings(gap);
    } else {
      findings = result.gaps().findings();
    }
    if (ecosystem != null && !ecosystem.isBlank()) {
      requireEcosystem(result, ecosystem);
      findings = findings.stream().filter(f -> f.ecosystemId().equals(ecosystem)).toList();
    }
    return findings.stream().map(f -> FindingResponse.of(f, evidenceLimit)).toList();
  }

  @GetMapping("/api/ecosystems/{id}/gaps")
  @Operation(
      summary = "One ecosystem's seven gaps beside the region",
      description =
          "The ecosystem's findings, its severity profile with the region's median per gap (a"
              + " radar chart) and its rank per gap. Unknown ecosystem: 404.")
  EcosystemGapsResponse ecosystemGaps(
      @PathVariable String id,
      @Parameter(description = "at most this many missing and weak edges per finding")
          @RequestParam(defaultValue = "" + MAX_EVIDENCE)
          @Range(min = 0, max = MAX_EVIDENCE, message = ApiException.RANGE)
          int evidenceLimit,
      @Parameter(description = INCLUDE_SMALL) @RequestParam(defaultValue = "false")
          boolean includeSmall,
      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) Integer asOf) {
    AnalysisSession result = AsOf.session(sessions, asOf);
    int e = requireEcosystem(result, id);
    RegionView region = result.region(includeSmall);
    Map<String, Integer> rank = new LinkedHashMap<>();
    region
        .rankings()
        .forEach(
            (gap, ranked) ->
                rank.put(
                    gap,
                    ranked.stream()
                        .filter(r -> r.ecosystemId().equals(id))
                        .map(RegionView.Ranked::rank)
                        .findFirst()
                        .orElse(null)));
    return new EcosystemGapsResponse(
        id,
        result.graph().ecosystemName(e),
        result.gaps().referenceYear(),
        region.profiles().get(id),
        region.medians(),
        rank,
        result.gaps().findingsOf(e).stream()
            .map(f -> FindingResponse.of(f, evidenceLimit))
            .toList());
  }

  @GetMapping("/api/gaps/region")
  @Operation(
      summary = "The region: ecosystems ranked on each gap, medians and profiles",
      description =
          "Rankings worst first; profiles give each ecosystem's severity per gap. Findings on"
              + " fewer source actors than brobygge.gaps.min-source-actors are left out of the"
              + " rankings and medians unless includeSmall=true.")
  RegionResponse region(
      @Parameter(description = INCLUDE_SMALL) @RequestParam(defaultValue = "false")
          boolean includeSmall,
      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) Integer asOf) {
    return RegionResponse.of(AsOf.session(sessions, asOf).region(includeSmall));
  }

  @GetMapping("/api/gaps/matrix")
  @Operation(
      summary = "Inter-ecosystem matrix",
      description =
          "Ties between the members of every pair of ecosystems against the degree-preserving"
              + " expectation, the pairs that never connect, and up to five boundary-spanning"
              + " actors per connected pair (members of both, or tied into both).")
  MatrixResponse matrix(
      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) Integer asOf) {
    AnalysisSession result = AsOf.session(sessions, asOf);
    InterEcosystemMatrix matrix =
        result
            .matrix()
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "No gap is judged against the other ecosystems (scope"
                            + " other-ecosystems); the matrix needs one"));
    int n = matrix.ecosystemIds().size();
    int[][] observed = new int[n][n];
    double[][] expected = new double[n][n];
    List<PairSpannersResponse> spanners = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        observed[i][j] = matrix.observed(i, j);
        expected[i][j] = matrix.expected(i, j);
        if (i < j && !matrix.spanners(i, j).isEmpty()) {
          spanners.add(
              new PairSpannersResponse(
                  matrix.ecosystemIds().get(i),
                  matrix.ecosystemIds().get(j),
                  matrix.spanners(i, j).stream()
                      .map(
                          x ->
                              new SpannerResponse(
                                  x.actorId(), x.actorName(), x.memberOfBoth(), x.tiesAcross()))
                      .toList()));
        }
      }
    }
    return new MatrixResponse(
        matrix.ecosystemIds(),
        observed,
        expected,
        matrix.neverConnected().stream()
            .map(p -> new PairResponse(p.a(), p.b(), p.observed(), p.expected()))
            .toList(),
        spanners);
  }

  @GetMapping("/api/gaps/definitions")
  @Operation(
      summary = "The gap definitions in force",
      description =
          "Who stands on each side, which tie kinds count, what makes a tie weak, and the"
              + " reference year. Defaults shipped with the app (DefaultGapDefinitions),"
              + " overridable under brobygge.gaps.")
  DefinitionsResponse definitions() {
    var definitions = sessions.definitions();
    return new DefinitionsResponse(
        definitions.referenceYear(),
        definitions.definitions().stream().map(GapController::definition).toList());
  }

  private static DefinitionResponse definition(GapDefinition d) {
    return new DefinitionResponse(
        d.id(),
        d.name(),
        d.description(),
        selector(d.source()),
        selector(d.target()),
        d.scope().name().toLowerCase().replace('_', '-'),
        d.tieKinds().stream().sorted().toList(),
        d.weakness().weightAtOrBelow(),
        d.weakness().weightAtOrBelowByKind(),
        d.weakness().endedYearsAgo());
  }

  private static SelectorResponse selector(org.brobygge.analysis.gaps.ActorSelector s) {
    return new SelectorResponse(
        s.anyRole().stream().map(Role::id).sorted().toList(),
        s.anySector().stream().map(Sector::id).sorted().toList(),
        s.noneOfRoles().stream().map(Role::id).sorted().toList());
  }

  private void requireGap(String gap) {
    if (sessions.definitions().byId(gap).isEmpty()) {
      throw ApiException.badChoice("gap", gap, sessions.definitions().ids());
    }
  }

  private static int requireEcosystem(AnalysisSession result, String id) {
    return result
        .graph()
        .ecosystemIndex(id)
        .orElseThrow(() -> ApiException.notFound("Ecosystem", id));
  }
}

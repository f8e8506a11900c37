package org.brobygge.web.bridges;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.ArrayList;
import java.util.List;
import org.brobygge.analysis.bridges.ActorRef;
import org.brobygge.analysis.bridges.BridgeRecommendation;
import org.brobygge.analysis.bridges.BridgeRecommender;
import org.brobygge.analysis.bridges.GapBroker;
import org.brobygge.analysis.bridges.HoldOutEvaluation;
import org.brobygge.analysis.bridges.LinkPredictionIndex;
import org.brobygge.analysis.bridges.ProposedTie;
import org.brobygge.analysis.bridges.SeverityChange;
import org.brobygge.analysis.bridges.WhatIf;
import org.brobygge.analysis.gaps.Coverage;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapFinding;
import org.brobygge.session.AnalysisSession;
import org.brobygge.session.AnalysisSessions;
import org.brobygge.web.ApiException;
import org.brobygge.web.AsOf;
import org.brobygge.web.ReadOnly;
import org.brobygge.web.SnapshotAnswer;
import org.hibernate.validator.constraints.Range;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Bridges")
@SnapshotAnswer
class BridgeController {

  static final int MAX_LIMIT = 500;
  static final int MAX_PROPOSED_TIES = 10_000;

  /** The hold-out evaluation walks every two-step pair; above this it is refused (422). */
  static final int MAX_EVALUATION_ACTORS = 20_000;

  private final AnalysisSessions sessions;

  /** The message of the evaluation share's bounds; the advice puts the name in front. */
  static final String SHARE = "must be greater than 0 and less than 1, not ${validatedValue}";

  BridgeController(AnalysisSessions sessions) {
    this.sessions = sessions;
  }

  // ------------------------------------------------------------------------ responses

  record PartsResponse(
      String index,
      @Schema(description = "the index for the pair on the whole network") double indexValue,
      @Schema(description = "indexValue relative to the best candidate of this gap, 0 to 1")
          double likelihood,
      int sharedPartners,
      @Schema(description = "missing, weak_only or strong") String sourceCoverage,
      @Schema(description = "the target's coverage where it is on the source side too")
          String targetCoverage,
      @Schema(description = "source actors' worth of the gap the tie closes (1, 0.5, 0...)")
          double gapEffect,
      @Schema(description = "fall in the ecosystem's severity if this tie alone is made strong")
          double severityDrop) {}

  record IntroducerResponse(
      ActorRefResponse actor,
      @Schema(description = "shared_partner, short_path or ecosystem_intermediary") String via,
      @Schema(
              description =
                  "number of ties of any kind between the introducer and the source actor (a"
                      + " count, since weights of different kinds have different units)")
          int tieToSource,
      @Schema(
              description =
                  "number of ties of any kind between the introducer (or, on a short path, its"
                      + " partner 'through') and the target actor")
          int tieToTarget,
      @Schema(description = "for a short path: the introducer's partner who works with the target")
          ActorRefResponse through) {}

  record RecommendationResponse(
      @Schema(description = "new_tie or strengthen") String type,
      @Schema(description = "shared_partners, best_connected (a fallback) or weak_tie")
          String basis,
      ActorRefResponse source,
      ActorRefResponse target,
      @Schema(description = "0.5 likelihood + 0.5 gapEffect") double score,
      PartsResponse parts,
      List<IntroducerResponse> introducers,
      ProposedTieResponse proposedTie,
      String rationale) {

    static RecommendationResponse of(BridgeRecommendation r) {
      var p = r.parts();
      return new RecommendationResponse(
          r.type().id(),
          r.basis().id(),
          ActorRefResponse.of(r.source()),
          ActorRefResponse.of(r.target()),
          r.score(),
          new PartsResponse(
              p.index(),
              p.indexValue(),
              p.likelihood(),
              p.sharedPartners(),
              p.sourceCoverage().id(),
              p.targetCoverage().map(Coverage::id).orElse(null),
              p.gapEffect(),
              p.severityDrop()),
          r.introducers().stream()
              .map(
                  i ->
                      new IntroducerResponse(
                          ActorRefResponse.of(i.actor()),
                          i.via().id(),
                          i.tieToSource(),
                          i.tieToTarget(),
                          ActorRefResponse.of(i.through())))
              .toList(),
          ProposedTieResponse.of(r.proposedTie()),
          r.rationale());
    }
  }

  record GapRecommendationsResponse(
      String gap,
      String gapName,
      boolean applicable,
      Double severity,
      String level,
      int sourceActors,
      @Schema(description = "candidate ties found, fallbacks and weak ties included")
          int candidates,
      List<RecommendationResponse> recommendations) {}

  record RecommendationsResponse(
      String ecosystem,
      String ecosystemName,
      String index,
      int limit,
      List<GapRecommendationsResponse> gaps) {}

  record RolesResponse(
      long liaison, long gatekeeper, long representative, long itinerant, long coordinator) {}

  record BrokerResponse(
      ActorRefResponse actor,
      @Schema(description = "source, target or neither") String side,
      RolesResponse roles,
      long brokeredPairs,
      @Schema(description = "brokered pairs whose source-side end lacks a strong tie")
          long gapPairs,
      int sourcePartners,
      int uncoveredSourcePartners,
      int targetPartners,
      @Schema(description = "Burt's constraint on the whole network; null for an isolate")
          Double constraint,
      String summary) {}

  record BrokersResponse(
      String gap,
      String ecosystem,
      String ecosystemName,
      Double severity,
      List<BrokerResponse> brokers) {}

  record TieRequest(
      @Schema(description = "actor id (the provider for capital)") String from,
      @Schema(description = "actor id") String to,
      @Schema(description = "tie kind id") String kind,
      @Schema(
              description =
                  "> 0; default: a weight that counts as strong in every gap (2, or 1 for"
                      + " capital and trade)")
          Double weight,
      Integer since,
      @Schema(description = "null: ongoing") Integer until) {}

  record WhatIfRequest(List<TieRequest> ties) {}

  record WhatIfResponse(
      int proposedTies,
      @Schema(description = "the gaps whose severity changes") List<SeverityChangeResponse> changed,
      @Schema(description = "every gap of every ecosystem, before and after")
          List<SeverityChangeResponse> changes) {}

  record SeverityChangeResponse(
      String ecosystemId,
      String ecosystemName,
      String gap,
      @Schema(description = "null where the gap cannot be judged") Double before,
      Double after,
      @Schema(description = "after - before; negative: the gap closes") Double change,
      String levelBefore,
      String levelAfter) {

    static SeverityChangeResponse of(SeverityChange c) {
      return new SeverityChangeResponse(
          c.ecosystemId(),
          c.ecosystemName(),
          c.gap(),
          c.before(),
          c.after(),
          c.change(),
          c.levelBefore(),
          c.levelAfter());
    }
  }

  record ActorRefResponse(String id, String name, String sector) {
    static ActorRefResponse of(ActorRef a) {
      return a == null ? null : new ActorRefResponse(a.id(), a.name(), a.sector());
    }
  }

  @Schema(description = "the tie to make, ready for POST /api/what-if")
  record ProposedTieResponse(
      String from, String to, String kind, double weight, Integer since, Integer until) {
    static ProposedTieResponse of(ProposedTie t) {
      return new ProposedTieResponse(t.from(), t.to(), t.kind(), t.weight(), t.since(), t.until());
    }
  }

  record AtKResponse(int k, int hits, double precision) {}

  record MethodResultResponse(
      String method, String description, double auc, List<AtKResponse> precision) {
    static MethodResultResponse of(HoldOutEvaluation.MethodResult m) {
      return new MethodResultResponse(
          m.method(),
          m.description(),
          m.auc(),
          m.precision().stream()
              .map(p -> new AtKResponse(p.k(), p.hits(), p.precision()))
              .toList());
    }
  }

  record EvaluationResponse(
      String index,
      double share,
      long seed,
      @Schema(description = "tied pairs of actors of different sectors that lie across a gap")
          int crossSectorTies,
      int hiddenTies,
      int negatives,
      int recommendedPairs,
      List<MethodResultResponse> methods) {}

  // ----------------------------------------------------------------------- endpoints

  @GetMapping("/api/recommendations")
  @Operation(
      summary = "Recommended bridges for one ecosystem, per gap",
      description =
          "Candidate ties between the ecosystem's actors on a gap's source side and actors on its"
              + " other side, found in their two-step neighbourhoods (or, for an actor that"
              + " reaches nobody there, the other side's best-connected actors, basis"
              + " best_connected), plus strengthening of weak ties. score = 0.5 likelihood"
              + " (link-prediction index relative to the gap's best candidate) + 0.5 gap effect"
              + " (1 for an actor with no tie across, 0.5 with weak ties only, 0 with a strong"
              + " one). At most 3 per source actor. Unknown ecosystem: 404; unknown gap or index,"
              + " limit outside 1-500: 400.")
  RecommendationsResponse recommendations(
      @Parameter(description = "ecosystem id", required = true) @RequestParam(required = false)
          String ecosystem,
      @Parameter(description = "gap id; empty: every gap") @RequestParam(required = false)
          String gap,
      @Parameter(description = "recommendations per gap, 1 to 500")
          @RequestParam(defaultValue = "10")
          @Range(min = 1, max = MAX_LIMIT, message = ApiException.RANGE)
          int limit,
      @Parameter(
              description =
                  "resource_allocation (default), adamic_adar, jaccard or common_neighbours")
          @RequestParam(required = false)
          LinkPredictionIndex index,
      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) Integer asOf) {
    LinkPredictionIndex chosen = index(index);
    AnalysisSession state = AsOf.session(sessions, asOf);
    int e = requireEcosystem(state, ecosystem);
    List<GapRecommendationsResponse> gaps = new ArrayList<>();
    for (GapDefinition d : gaps(gap)) {
      BridgeRecommender r = state.recommender(e, d, chosen);
      GapFinding f = state.gaps().findings(d.id()).get(e);
      gaps.add(
          new GapRecommendationsResponse(
              d.id(),
              d.name(),
              f.applicable(),
              f.severity(),
              f.level(),
              f.sourceActors(),
              r.candidateCount(),
              r.top(limit).stream().map(RecommendationResponse::of).toList()));
    }
    return new RecommendationsResponse(
        ecosystem, state.graph().ecosystemName(e), chosen.id(), limit, gaps);
  }

  @GetMapping("/api/gaps/{gap}/brokers")
  @Operation(
      summary = "The actors placed to bridge one gap of one ecosystem",
      description =
          "Actors tied to an actor on the gap's source side and to one on its other side who are"
              + " not tied to each other: the open pairs they broker, by Gould-Fernandez role"
              + " with the sides as groups (liaison: on neither side; gatekeeper: on the other"
              + " side; representative: on the source side), ranked by pairs whose source-side"
              + " end lacks a strong tie, then all pairs, then low Burt constraint. Unknown gap,"
              + " limit outside 1-500: 400; unknown ecosystem: 404.")
  BrokersResponse brokers(
      @PathVariable String gap,
      @Parameter(description = "ecosystem id", required = true) @RequestParam(required = false)
          String ecosystem,
      @Parameter(description = "at most this many brokers, 1 to 500")
          @RequestParam(defaultValue = "10")
          @Range(min = 1, max = MAX_LIMIT, message = ApiException.RANGE)
          int limit,
      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) Integer asOf) {
    GapDefinition d = requireGap(gap);
    AnalysisSession state = AsOf.session(sessions, asOf);
    int e = requireEcosystem(state, ecosystem);
    GapFinding f = state.gaps().findings(d.id()).get(e);
    return new BrokersResponse(
        d.id(),
        ecosystem,
        state.graph().ecosystemName(e),
        f.severity(),
        state.brokers(e, d).top(limit).stream().map(BridgeController::broker).toList());
  }

  @PostMapping("/api/what-if")
  @ReadOnly
  @Operation(
      summary = "Every gap before and after proposed ties",
      description =
          "Adds the proposed ties to a copy of the current snapshot in memory and judges every"
              + " gap of every ecosystem again; the database is not touched. A tie between two"
              + " actors already tied with that kind adds to it (weights summed, latest end), so"
              + " it can strengthen a weak tie. Problems (unknown actor or kind, the same actor"
              + " twice, weight <= 0, until before since) answer 400 with every problem under"
              + " 'errors', each naming the tie's index and field.")
  @ApiResponse(responseCode = "200", description = "the severities before and after")
  @ApiResponse(responseCode = "400", description = "a proposed tie cannot be applied")
  WhatIfResponse whatIf(@RequestBody WhatIfRequest request) {
    if (request == null || request.ties() == null) {
      throw ApiException.badParameter("ties", "give the proposed ties as {\"ties\": [...]}");
    }
    if (request.ties().size() > MAX_PROPOSED_TIES) {
      throw ApiException.badParameter(
          "ties",
          "at most " + MAX_PROPOSED_TIES + " proposed ties at once, not " + request.ties().size());
    }
    AnalysisSession state = sessions.current();
    List<GapDefinition> definitions = state.gaps().definitions();
    List<ProposedTie> ties =
        request.ties().stream()
            .map(
                t ->
                    t == null
                        ? null
                        : new ProposedTie(
                            t.from(),
                            t.to(),
                            t.kind(),
                            t.weight() != null
                                ? t.weight()
                                : t.kind() == null ? 1 : WhatIf.strongWeight(definitions, t.kind()),
                            t.since(),
                            t.until()))
            .toList();
    WhatIf whatIf = state.whatIf(ties);
    return new WhatIfResponse(
        ties.size(),
        whatIf.changed().stream().map(SeverityChangeResponse::of).toList(),
        whatIf.changes().stream().map(SeverityChangeResponse::of).toList());
  }

  @GetMapping("/api/recommendations/evaluation")
  @Operation(
      summary = "How well the recommendations predict hidden ties",
      description =
          "Hides a seeded share of the tied pairs of actors of different sectors that lie across"
              + " a gap, recommends on the rest, and reports AUC (against a seeded sample of"
              + " never-tied pairs) and precision at 10, 20, 50 and 100 for the recommender, its"
              + " likelihood part alone, the index alone, common neighbours and a random ranking."
              + " Cached per database state. Above 20,000 actors: 422.")
  EvaluationResponse evaluation(
      @Parameter(description = "link-prediction index of the recommender")
          @RequestParam(required = false)
          LinkPredictionIndex index,
      @Parameter(description = "share of the ties to hide, between 0 and 1")
          @RequestParam(defaultValue = "" + HoldOutEvaluation.SHARE_DEFAULT)
          @DecimalMin(value = "0", inclusive = false, message = SHARE)
          @DecimalMax(value = "1", inclusive = false, message = SHARE)
          double share,
      @Parameter(description = "random seed") @RequestParam(defaultValue = "1") long seed) {
    LinkPredictionIndex chosen = index(index);
    AnalysisSession state = sessions.current();
    if (state.graph().actorCount() > MAX_EVALUATION_ACTORS) {
      throw ApiException.tooLarge(
          "The evaluation walks every two-step pair and runs the recommender for every gap of"
              + " every ecosystem; it is offered up to "
              + MAX_EVALUATION_ACTORS
              + " actors, and the network has "
              + state.graph().actorCount()
              + ".");
    }
    HoldOutEvaluation e = state.evaluation(chosen, share, seed);
    return new EvaluationResponse(
        chosen.id(),
        share,
        seed,
        e.crossSectorTies(),
        e.hiddenTies(),
        e.negatives(),
        e.recommendedPairs(),
        e.methods().stream().map(MethodResultResponse::of).toList());
  }

  // ------------------------------------------------------------------------- helpers

  private static BrokerResponse broker(GapBroker b) {
    var r = b.roles();
    return new BrokerResponse(
        ActorRefResponse.of(b.actor()),
        b.side(),
        new RolesResponse(
            r.liaison(), r.gatekeeper(), r.representative(), r.itinerant(), r.coordinator()),
        b.brokeredPairs(),
        b.gapPairs(),
        b.sourcePartners(),
        b.uncoveredSourcePartners(),
        b.targetPartners(),
        Double.isNaN(b.constraint()) ? null : b.constraint(),
        b.summary());
  }

  private static LinkPredictionIndex index(LinkPredictionIndex index) {
    return index == null ? LinkPredictionIndex.DEFAULT : index;
  }

  private List<GapDefinition> gaps(String gap) {
    if (gap == null || gap.isBlank()) {
      return sessions.definitions().definitions();
    }
    return List.of(requireGap(gap));
  }

  private GapDefinition requireGap(String gap) {
    var definitions = sessions.definitions();
    return definitions
        .byId(gap)
        .orElseThrow(() -> ApiException.badChoice("gap", gap, definitions.ids()));
  }

  static int requireEcosystem(AnalysisSession state, String ecosystem) {
    if (ecosystem == null || ecosystem.isBlank()) {
      var graph = state.graph();
      throw ApiException.missing(
          "ecosystem",
          java.util.stream.IntStream.range(0, graph.ecosystemCount())
              .mapToObj(graph::ecosystemId)
              .toList());
    }
    return state
        .graph()
        .ecosystemIndex(ecosystem)
        .orElseThrow(() -> ApiException.notFound("Ecosystem", ecosystem));
  }
}

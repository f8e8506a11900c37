package org.brobygge.web.bridges;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.brobygge.analysis.bridges.ClusterPlan;
import org.brobygge.analysis.bridges.GapBroker;
import org.brobygge.analysis.centrality.BrokerageRoles;
import org.brobygge.analysis.gaps.GapFinding;
import org.brobygge.web.bridges.BridgeController.ActorRefResponse;
import org.brobygge.web.bridges.BridgeController.ProposedTieResponse;
import org.brobygge.web.bridges.BridgeController.SeverityChangeResponse;

/**
 * The cluster plan as the API answers it: the core's {@link ClusterPlan} field for field, so the
 * JSON is what it was when the core record was the answer, but a change to the core no longer
 * changes the API unnoticed.
 */
record PlanResponse(
    String ecosystemId,
    String ecosystemName,
    String region,
    int referenceYear,
    String index,
    ProfileResponse profile,
    List<GapPlanResponse> gaps,
    @Schema(description = "other ecosystems this one has no tie with")
        List<NeverTiedResponse> neverTied,
    @Schema(description = "every gap before and after all actions together")
        List<SeverityChangeResponse> allActions,
    @Schema(description = "the figures to measure again later") List<BaselineResponse> baseline) {

  record LocomotiveResponse(ActorRefResponse actor, int partners, int partnersInEcosystem) {}

  record ProfileResponse(
      int members,
      Map<String, Integer> bySector,
      Map<String, Integer> byRole,
      int internalTies,
      int boundaryTies,
      List<LocomotiveResponse> locomotives) {}

  record IntroducerResponse(ActorRefResponse actor, String via, ActorRefResponse through) {}

  record ActionResponse(
      String type,
      String basis,
      ActorRefResponse source,
      ActorRefResponse target,
      double score,
      double severityDrop,
      List<IntroducerResponse> introducers,
      ProposedTieResponse proposedTie,
      String rationale) {}

  record WeakTieResponse(
      String actorId,
      String actorName,
      String otherId,
      String otherName,
      String kind,
      double weight,
      Integer since,
      Integer until,
      String reason) {}

  record RolesResponse(
      long coordinator, long itinerant, long gatekeeper, long representative, long liaison) {}

  record BrokerResponse(
      ActorRefResponse actor,
      String side,
      RolesResponse roles,
      long brokeredPairs,
      long gapPairs,
      int sourcePartners,
      int uncoveredSourcePartners,
      int targetPartners,
      double constraint,
      String summary) {}

  record GapPlanResponse(
      String gap,
      String name,
      String description,
      boolean applicable,
      String reason,
      @io.swagger.v3.oas.annotations.media.Schema(
              description =
                  "false when not applicable or on fewer source actors than"
                      + " brobygge.gaps.min-source-actors: not ranked, not in the region's median")
          boolean judgeable,
      Double severity,
      String level,
      Integer rank,
      int rankedEcosystems,
      Double regionMedian,
      int sourceActors,
      String sourcePlural,
      String targetPlural,
      int strong,
      int weakOnly,
      int missing,
      int observedTies,
      double expectedTies,
      List<String> withoutTie,
      List<WeakTieResponse> weakOnlyTies,
      int weakOnlyTieCount,
      int weakTieCount,
      List<ActionResponse> actions,
      Double severityAfterActions,
      String levelAfterActions,
      List<BrokerResponse> brokers) {}

  record NeverTiedResponse(
      String ecosystemId,
      String ecosystemName,
      double expectedTies,
      List<ActionResponse> bridges) {}

  record BaselineResponse(
      String gap,
      Double severity,
      Double coverage,
      int sourceActors,
      int strong,
      int weakOnly,
      int missing,
      int observedTies,
      double expectedTies) {}

  static PlanResponse of(ClusterPlan p) {
    ClusterPlan.Profile profile = p.profile();
    return new PlanResponse(
        p.ecosystemId(),
        p.ecosystemName(),
        p.region(),
        p.referenceYear(),
        p.index(),
        new ProfileResponse(
            profile.members(),
            profile.bySector(),
            profile.byRole(),
            profile.internalTies(),
            profile.boundaryTies(),
            profile.locomotives().stream()
                .map(
                    l ->
                        new LocomotiveResponse(
                            ActorRefResponse.of(l.actor()), l.partners(), l.partnersInEcosystem()))
                .toList()),
        p.gaps().stream().map(PlanResponse::gap).toList(),
        p.neverTied().stream()
            .map(
                n ->
                    new NeverTiedResponse(
                        n.ecosystemId(),
                        n.ecosystemName(),
                        n.expectedTies(),
                        n.bridges().stream().map(PlanResponse::action).toList()))
            .toList(),
        p.allActions().stream().map(SeverityChangeResponse::of).toList(),
        p.baseline().stream()
            .map(
                b ->
                    new BaselineResponse(
                        b.gap(),
                        b.severity(),
                        b.coverage(),
                        b.sourceActors(),
                        b.strong(),
                        b.weakOnly(),
                        b.missing(),
                        b.observedTies(),
                        b.expectedTies()))
            .toList());
  }

  private static GapPlanResponse gap(ClusterPlan.GapPlan g) {
    return new GapPlanResponse(
        g.gap(),
        g.name(),
        g.description(),
        g.applicable(),
        g.reason(),
        g.judgeable(),
        g.severity(),
        g.level(),
        g.rank(),
        g.rankedEcosystems(),
        g.regionMedian(),
        g.sourceActors(),
        g.sourcePlural(),
        g.targetPlural(),
        g.strong(),
        g.weakOnly(),
        g.missing(),
        g.observedTies(),
        g.expectedTies(),
        g.withoutTie(),
        g.weakOnlyTies().stream().map(PlanResponse::weakTie).toList(),
        g.weakOnlyTieCount(),
        g.weakTieCount(),
        g.actions().stream().map(PlanResponse::action).toList(),
        g.severityAfterActions(),
        g.levelAfterActions(),
        g.brokers().stream().map(PlanResponse::broker).toList());
  }

  private static WeakTieResponse weakTie(GapFinding.WeakEdge w) {
    return new WeakTieResponse(
        w.actorId(),
        w.actorName(),
        w.otherId(),
        w.otherName(),
        w.kind(),
        w.weight(),
        w.since(),
        w.until(),
        w.reason());
  }

  private static ActionResponse action(ClusterPlan.Action a) {
    return new ActionResponse(
        a.type(),
        a.basis(),
        ActorRefResponse.of(a.source()),
        ActorRefResponse.of(a.target()),
        a.score(),
        a.severityDrop(),
        a.introducers().stream()
            .map(
                i ->
                    new IntroducerResponse(
                        ActorRefResponse.of(i.actor()), i.via(), ActorRefResponse.of(i.through())))
            .toList(),
        a.proposedTie() == null ? null : ProposedTieResponse.of(a.proposedTie()),
        a.rationale());
  }

  private static BrokerResponse broker(GapBroker b) {
    BrokerageRoles r = b.roles();
    return new BrokerResponse(
        ActorRefResponse.of(b.actor()),
        b.side(),
        r == null
            ? null
            : new RolesResponse(
                r.coordinator(), r.itinerant(), r.gatekeeper(), r.representative(), r.liaison()),
        b.brokeredPairs(),
        b.gapPairs(),
        b.sourcePartners(),
        b.uncoveredSourcePartners(),
        b.targetPartners(),
        b.constraint(),
        b.summary());
  }
}

package org.brobygge.web.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brobygge.analysis.bridges.ActorRef;
import org.brobygge.analysis.bridges.ClusterPlan;
import org.brobygge.analysis.trends.EcosystemYear;
import org.brobygge.analysis.trends.Evaluation;
import org.brobygge.analysis.trends.GapChange;
import org.brobygge.analysis.trends.GapPoint;
import org.brobygge.analysis.trends.RegionEvaluation;
import org.brobygge.model.Sector;

/** The HTTP shapes of trends and evaluations. */
final class TrendResponses {

  private TrendResponses() {}

  @Schema(description = "one gap in one year")
  record PointResponse(
      int year,
      String gap,
      boolean applicable,
      @Schema(
              description =
                  "false when not applicable, or when fewer source actors than"
                      + " brobygge.gaps.min-source-actors stood on the source side that year: the"
                      + " figures are given, but too few actors to judge by")
          boolean judgeable,
      @Schema(description = "(missing + weakOnly/2) / sourceActors; null where not applicable")
          Double severity,
      @Schema(description = "lower end of the severity's 95% bootstrap interval") Double low,
      @Schema(description = "upper end of the severity's 95% bootstrap interval") Double high,
      Double coverage,
      int sourceActors,
      int strong,
      int weakOnly,
      int missing,
      int observedTies,
      double expectedTies) {

    static PointResponse of(GapPoint p) {
      return new PointResponse(
          p.year(),
          p.gap(),
          p.applicable(),
          p.judgeable(),
          p.severity().orElse(null),
          p.interval().map(i -> i.low()).orElse(null),
          p.interval().map(i -> i.high()).orElse(null),
          p.coverage().orElse(null),
          p.sourceActors(),
          p.strong(),
          p.weakOnly(),
          p.missing(),
          p.observedTies(),
          p.expectedTies());
    }
  }

  record YearResponse(
      int year,
      int members,
      @Schema(description = "members by sector id") Map<String, Integer> membersBySector,
      @Schema(description = "members that are SMEs (their sme is true) that year") int smes,
      @Schema(description = "ties begun that year with a member at one end, by kind")
          Map<String, Integer> newTiesByKind,
      @Schema(description = "ties whose last year it was, with a member at one end, by kind")
          Map<String, Integer> endedTiesByKind,
      List<PointResponse> gaps) {

    static YearResponse of(EcosystemYear y, String gap) {
      Map<String, Integer> sectors = new LinkedHashMap<>();
      for (Sector s : Sector.values()) {
        sectors.put(s.id(), y.membersBySector().getOrDefault(s, 0));
      }
      return new YearResponse(
          y.year(),
          y.members(),
          sectors,
          y.smes(),
          y.newTiesByKind(),
          y.endedTiesByKind(),
          y.gaps().stream()
              .filter(p -> gap == null || p.gap().equals(gap))
              .map(PointResponse::of)
              .toList());
    }
  }

  record EcosystemTrendResponse(
      String ecosystem, String ecosystemName, int from, int to, List<YearResponse> years) {}

  record RegionTrendResponse(int from, int to, List<EcosystemTrendResponse> ecosystems) {}

  record ChangeResponse(
      String gap,
      PointResponse baseline,
      PointResponse followUp,
      @Schema(
              description =
                  "improved / worse when the two intervals do not overlap, no-clear-change when"
                      + " they do, not-comparable when the gap cannot be judged in one year")
          String verdict) {
    static ChangeResponse of(GapChange c) {
      return new ChangeResponse(
          c.gap(),
          PointResponse.of(c.baseline()),
          PointResponse.of(c.followUp()),
          c.verdict().id());
    }
  }

  record ActorResponse(String id, String name, String sector) {
    static ActorResponse of(ActorRef a) {
      return new ActorResponse(a.id(), a.name(), a.sector());
    }
  }

  record LocomotiveResponse(ActorResponse actor, int partners, int partnersInEcosystem) {
    static LocomotiveResponse of(ClusterPlan.Locomotive l) {
      return new LocomotiveResponse(
          ActorResponse.of(l.actor()), l.partners(), l.partnersInEcosystem());
    }
  }

  record TiesAcrossResponse(String gap, int begun, int ended) {}

  record FirmsResponse(int before, int after, int smesBefore, int smesAfter, int smesJoined) {}

  record PlannedTieResponse(
      String gap,
      String type,
      ActorResponse source,
      ActorResponse target,
      boolean formed,
      @Schema(description = "first year a counting tie between the two began; null if none")
          Integer formedIn) {}

  record EvaluationResponse(
      String ecosystem,
      String ecosystemName,
      int baseline,
      int followUp,
      @Schema(description = "gaps called improved: where the ecosystem developed forward")
          int improved,
      int worse,
      int gapCount,
      List<ChangeResponse> gaps,
      int membersBefore,
      int membersAfter,
      Map<String, Integer> joinedBySector,
      Map<String, Integer> leftBySector,
      @Schema(
              description =
                  "business members and SMEs (sme true) at both years, and the SMEs among the"
                      + " members who joined")
          FirmsResponse firms,
      List<TiesAcrossResponse> tiesAcross,
      List<LocomotiveResponse> locomotivesThen,
      List<LocomotiveResponse> locomotivesNow,
      long plannedTiesFormed,
      List<PlannedTieResponse> plannedTies) {

    static EvaluationResponse of(Evaluation e) {
      return new EvaluationResponse(
          e.ecosystemId(),
          e.ecosystemName(),
          e.baselineYear(),
          e.followUpYear(),
          e.improved(),
          e.worse(),
          e.gaps().size(),
          e.gaps().stream().map(ChangeResponse::of).toList(),
          e.membersBefore(),
          e.membersAfter(),
          new java.util.TreeMap<>(e.joinedBySector()),
          new java.util.TreeMap<>(e.leftBySector()),
          new FirmsResponse(
              e.firms().before(),
              e.firms().after(),
              e.firms().smesBefore(),
              e.firms().smesAfter(),
              e.firms().smesJoined()),
          e.tiesAcross().stream()
              .map(t -> new TiesAcrossResponse(t.gap(), t.begun(), t.ended()))
              .toList(),
          e.locomotivesThen().stream().map(LocomotiveResponse::of).toList(),
          e.locomotivesNow().stream().map(LocomotiveResponse::of).toList(),
          e.plannedTiesFormed(),
          e.plannedTies().stream()
              .map(
                  p ->
                      new PlannedTieResponse(
                          p.gap(),
                          p.type(),
                          ActorResponse.of(p.source()),
                          ActorResponse.of(p.target()),
                          p.formed(),
                          p.formedIn()))
              .toList());
    }
  }

  record RankedResponse(
      int rank,
      String ecosystem,
      String ecosystemName,
      int improved,
      int worse,
      int noClearChange,
      @Schema(description = "gaps not applicable in one of the two years") int notComparable,
      @Schema(
              description =
                  "gaps applicable in both years but with fewer source actors than"
                      + " brobygge.gaps.min-source-actors in one: one actor would decide their"
                      + " verdict, so they are left out of the verdicts, the mean and the rank")
          int tooFewActors,
      @Schema(description = "follow-up minus baseline severity, mean over gaps judged in both")
          Double meanSeverityChange) {}

  record RegionEvaluationResponse(int baseline, int followUp, List<RankedResponse> ecosystems) {
    static RegionEvaluationResponse of(RegionEvaluation r) {
      return new RegionEvaluationResponse(
          r.baselineYear(),
          r.followUpYear(),
          r.ecosystems().stream()
              .map(
                  x ->
                      new RankedResponse(
                          x.rank(),
                          x.ecosystemId(),
                          x.ecosystemName(),
                          x.improved(),
                          x.worse(),
                          x.noClearChange(),
                          x.notComparable(),
                          x.tooFewActors(),
                          x.meanSeverityChange()))
              .toList());
    }
  }
}

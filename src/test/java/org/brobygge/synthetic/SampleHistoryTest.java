package org.brobygge.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.brobygge.analysis.centrality.ComputeLimits;
import org.brobygge.analysis.gaps.DefaultGapDefinitions;
import org.brobygge.analysis.trends.Evaluation;
import org.brobygge.analysis.trends.GapChange;
import org.brobygge.analysis.trends.Verdict;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Actor;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.Membership;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKinds;
import org.brobygge.session.AnalysisSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample's planted history ({@link SampleHistory}, data/sample/README.md "History"): the
 * evaluation from the baseline to the follow-up calls exactly the planted improvements "improved"
 * and nothing in the stagnating ecosystem changes. The expected verdicts come from the plant
 * ({@link SampleHistory#IMPROVEMENTS}, {@link SampleHistory#STAGNATING}), not from a run.
 */
class SampleHistoryTest {

  static EcosystemData sample;
  static AnalysisSession session;

  @BeforeAll
  static void sample() {
    sample =
        SyntheticNetworkGenerator.norrbottenLaplandSample(SyntheticNetworkGenerator.SAMPLE_SEED);
    session =
        AnalysisSession.of(
            EcosystemGraph.of(sample),
            DefaultGapDefinitions.at(2026),
            new HomeRegion("SE332", "SE"),
            TieKinds.withExtra(List.of()),
            ComputeLimits.DEFAULTS);
  }

  private static Evaluation evaluation(String ecosystem) {
    int e = session.graph().ecosystemIndex(ecosystem).orElseThrow();
    return session.evaluation(e, SampleHistory.BASELINE, SampleHistory.FOLLOW_UP);
  }

  @Test
  void theEvaluationCallsExactlyThePlantedImprovementsImproved() {
    Set<String> planted = new TreeSet<>();
    SampleHistory.IMPROVEMENTS.forEach(i -> planted.add(i.ecosystem() + "/" + i.gap()));
    Set<String> improved = new TreeSet<>();
    for (var e : sample.ecosystems()) {
      for (GapChange c : evaluation(e.id()).gaps()) {
        if (c.verdict() == Verdict.IMPROVED) {
          improved.add(e.id() + "/" + c.gap());
        }
      }
    }

    assertThat(improved).isEqualTo(planted);
  }

  @Test
  void theStagnatingEcosystemShowsNoClearChangeInAnyGap() {
    Evaluation e = evaluation(SampleHistory.STAGNATING);

    assertThat(e.gaps())
        .allSatisfy(
            c -> assertThat(c.verdict()).isIn(Verdict.NO_CLEAR_CHANGE, Verdict.NOT_COMPARABLE));
    assertThat(e.gaps()).anyMatch(c -> c.verdict() == Verdict.NO_CLEAR_CHANGE);
    assertThat(e.membersAfter()).isEqualTo(e.membersBefore());
    assertThat(e.tiesAcross()).allSatisfy(t -> assertThat(t.begun()).isZero());
  }

  @Test
  void everyPlantedTieAcrossTheGapBeginsBetweenTheBaselineAndTheFollowUp() {
    Map<String, Actor> actors = new HashMap<>();
    sample.actors().forEach(a -> actors.put(a.id(), a));
    for (SampleHistory.Improvement i : SampleHistory.IMPROVEMENTS) {
      List<Tie> across = new ArrayList<>();
      for (Tie t : sample.ties()) {
        Actor from = actors.get(t.from());
        Actor to = actors.get(t.to());
        if (across(from, to, i) || across(to, from, i)) {
          across.add(t);
        }
      }
      // ongoing after the baseline: begun after it, by the follow-up
      assertThat(across)
          .as(i.ecosystem())
          .filteredOn(t -> t.until() == null || t.until() > SampleHistory.BASELINE)
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t.since()).isBetween(SampleHistory.BASELINE + 1, 2024));
    }
  }

  private static boolean across(Actor firm, Actor partner, SampleHistory.Improvement i) {
    return firm.hasRole(org.brobygge.model.Role.FIRM)
        && firm.ecosystems().contains(i.ecosystem())
        && !firm.ecosystems().contains(SampleHistory.STAGNATING)
        && !partner.ecosystems().contains(SampleHistory.STAGNATING)
        && partner.hasRole(i.partner());
  }

  @Test
  void membershipsBeginIn2016OrLaterAndNoneEndsSoThe2026NetworkHasEveryMember() {
    Set<String> pairs = new HashSet<>();
    for (Membership m : sample.memberships()) {
      assertThat(m.since()).isBetween(SampleHistory.FIRST_YEAR, 2025);
      assertThat(m.until()).isNull();
      pairs.add(m.actor() + " " + m.ecosystem());
    }
    Set<String> listed = new HashSet<>();
    sample.actors().forEach(a -> a.ecosystems().forEach(e -> listed.add(a.id() + " " + e)));
    assertThat(pairs).isEqualTo(listed);
    assertThat(sample.memberships()).anyMatch(m -> m.since() > SampleHistory.BASELINE);
    assertThat(sample.memberships())
        .filteredOn(m -> m.ecosystem().equals(SampleHistory.STAGNATING))
        .allSatisfy(m -> assertThat(m.since()).isEqualTo(SampleHistory.FIRST_YEAR));
  }
}

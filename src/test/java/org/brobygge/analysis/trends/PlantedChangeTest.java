package org.brobygge.analysis.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.brobygge.analysis.gaps.DefaultGapDefinitions;
import org.brobygge.analysis.gaps.GapAnalysis;
import org.brobygge.analysis.gaps.GapDefinitions;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;

/**
 * Networks where the change between a baseline and a follow-up is planted, so the verdict is known
 * before anything is computed.
 *
 * <pre>
 *   ecosystem e: 40 firms f00..f39 (members since 2016); five research institutes r0..r4 outside it
 *   2018:        f00..f07 each get one strong research tie (weight 3) to an institute
 *   research severity as of 2020 = 32 missing / 40 = 0.8
 * </pre>
 *
 * Improved: 20 more firms (f08..f27) get a strong research tie in 2021, 2022 or 2023, so as of 2023
 * severity = 12 / 40 = 0.3 and the observed ties go from 8 to 28. Unchanged: nothing happens after
 * 2018. Worse: the baseline has 30 firms tied (0.25), and 30 untied firms join in 2022 (40 / 70).
 */
class PlantedChangeTest {

  private static final HomeRegion HOME = new HomeRegion("SE332", "SE");
  private static final GapDefinitions DEFINITIONS = DefaultGapDefinitions.at(2026);
  private static final SeverityBootstrap BOOTSTRAP = new SeverityBootstrap();

  private static EcosystemGraph.Builder firmsAndInstitutes(int firms) {
    EcosystemGraph.Builder b = EcosystemGraph.builder().ecosystem("e", "E", "SE332");
    for (int r = 0; r < 5; r++) {
      b.actor("r" + r, "Institute " + r, Sector.ACADEMIA, Set.of(Role.RESEARCH), "SE332", "SE");
    }
    for (int f = 0; f < firms; f++) {
      b.actor(firm(f), "Firm " + f, Sector.BUSINESS, Set.of(Role.FIRM), "SE332", "SE");
    }
    return b;
  }

  private static String firm(int f) {
    return String.format("f%02d", f);
  }

  private static void researchTie(EcosystemGraph.Builder b, int f, int year) {
    b.tie(firm(f), "r" + (f % 5), TieKind.RESEARCH, 3, year, null);
  }

  private static EcosystemGraph network(int tiedAtBaseline, int tiedLater) {
    EcosystemGraph.Builder b = firmsAndInstitutes(40);
    for (int f = 0; f < 40; f++) {
      b.membership(firm(f), "e", 2016, null);
    }
    for (int f = 0; f < tiedAtBaseline; f++) {
      researchTie(b, f, 2018);
    }
    for (int f = tiedAtBaseline; f < tiedAtBaseline + tiedLater; f++) {
      researchTie(b, f, 2021 + f % 3);
    }
    return b.build();
  }

  private static EcosystemYear year(EcosystemGraph whole, int year) {
    EcosystemGraph then = whole.asOf(year);
    GapAnalysis gaps = new GapAnalysis(then, DEFINITIONS.definitions(), HOME, year);
    return new YearProfile(then, gaps, BOOTSTRAP, SeverityBootstrap.SEED_DEFAULT).ecosystem(0);
  }

  private static GapChange research(EcosystemGraph whole) {
    return GapChange.between(year(whole, 2020), year(whole, 2023)).get(0);
  }

  @Test
  void twentyNewResearchTiesCloseMostOfTheGapAndAreCalledImproved() {
    GapChange change = research(network(8, 20));

    assertThat(change.gap()).isEqualTo("research");
    assertThat(change.baseline().severity()).contains(0.8);
    assertThat(change.followUp().severity()).contains(0.3);
    assertThat(change.baseline().observedTies()).isEqualTo(8);
    assertThat(change.followUp().observedTies()).isEqualTo(28);
    assertThat(change.verdict()).isEqualTo(Verdict.IMPROVED);
  }

  @Test
  void theYearsInBetweenCountTheTiesBegunEachYear() {
    EcosystemGraph whole = network(8, 20);
    // f08..f27 begin in 2021 + f % 3: f09, f12, ..., f27 in 2021 (7), f10..f25 in 2022 (6) ...
    assertThat(year(whole, 2021).newTiesByKind()).containsEntry("research", 7);
    assertThat(year(whole, 2022).newTiesByKind()).containsEntry("research", 6);
    assertThat(year(whole, 2023).newTiesByKind()).containsEntry("research", 7);
    assertThat(year(whole, 2022).gaps().get(0).severity()).contains((40 - 8 - 7 - 6) / 40.0);
    assertThat(year(whole, 2020).membersBySector()).containsEntry(Sector.BUSINESS, 40);
  }

  @Test
  void aNetworkWhereNothingChangesIsNeverCalledImprovedOrWorse() {
    for (int tied : new int[] {0, 8, 20, 39, 40}) {
      List<GapChange> changes =
          GapChange.between(year(network(tied, 0), 2020), year(network(tied, 0), 2023));
      for (GapChange c : changes) {
        assertThat(c.verdict())
            .as("%d tied, %s", tied, c.gap())
            .isIn(Verdict.NO_CLEAR_CHANGE, Verdict.NOT_COMPARABLE);
        assertThat(c.followUp().severity()).isEqualTo(c.baseline().severity());
      }
    }
  }

  /** Two ties among 40 firms move the severity by 0.05: within the noise, not "improved". */
  @Test
  void twoNewTiesAreNoClearChange() {
    GapChange change = research(network(8, 2));
    assertThat(change.followUp().severity()).contains(0.75);
    assertThat(change.verdict()).isEqualTo(Verdict.NO_CLEAR_CHANGE);
  }

  @Test
  void untiedNewMembersMakeTheGapWorse() {
    EcosystemGraph.Builder b = firmsAndInstitutes(70);
    for (int f = 0; f < 40; f++) {
      b.membership(firm(f), "e", 2016, null);
    }
    for (int f = 40; f < 70; f++) {
      b.membership(firm(f), "e", 2022, null);
    }
    for (int f = 0; f < 30; f++) {
      researchTie(b, f, 2018);
    }
    GapChange change = research(b.build());

    assertThat(change.baseline().severity()).contains(0.25);
    assertThat(change.baseline().sourceActors()).isEqualTo(40);
    assertThat(change.followUp().severity()).contains(40 / 70.0);
    assertThat(change.followUp().sourceActors()).isEqualTo(70);
    assertThat(change.verdict()).isEqualTo(Verdict.WORSE);
  }

  @Test
  void aFollowUpBeforeTheBaselineIsRejected() {
    EcosystemGraph whole = network(8, 0);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> GapChange.between(year(whole, 2023), year(whole, 2020)))
        .withMessageContaining("before the baseline");
  }

  private static org.brobygge.session.AnalysisSession session(EcosystemGraph graph) {
    return org.brobygge.session.AnalysisSession.of(
        graph,
        DEFINITIONS,
        HOME,
        org.brobygge.model.TieKinds.withExtra(List.of()),
        org.brobygge.analysis.centrality.ComputeLimits.DEFAULTS);
  }

  @Test
  void theEvaluationCountsTheGapsImprovedTheTiesBegunAndWhoJoined() {
    EcosystemGraph.Builder b = firmsAndInstitutes(45);
    for (int f = 0; f < 40; f++) {
      b.membership(firm(f), "e", 2016, null);
    }
    for (int f = 40; f < 45; f++) {
      b.membership(firm(f), "e", 2022, null); // five firms join, tied at once
      researchTie(b, f, 2022);
    }
    for (int f = 0; f < 8; f++) {
      researchTie(b, f, 2018);
    }
    for (int f = 8; f < 28; f++) {
      researchTie(b, f, 2021 + f % 3);
    }
    Evaluation e = session(b.build()).evaluation(0, 2020, 2023);

    assertThat(e.gaps().get(0).verdict()).isEqualTo(Verdict.IMPROVED);
    assertThat(e.gaps().get(0).followUp().severity()).contains(12 / 45.0);
    assertThat(e.improved()).isEqualTo(1);
    assertThat(e.worse()).isZero();
    assertThat(e.membersBefore()).isEqualTo(40);
    assertThat(e.membersAfter()).isEqualTo(45);
    assertThat(e.joinedBySector()).containsEntry("business", 5).containsEntry("academia", 0);
    assertThat(e.leftBySector().values()).allMatch(n -> n == 0);
    assertThat(e.tiesAcross().get(0)).isEqualTo(new Evaluation.TiesAcross("research", 25, 0));
    assertThat(e.locomotivesThen()).isNotEmpty();
  }

  /** The plan made at the baseline recommends ties; the one formed afterwards is found. */
  @Test
  void theBaselinePlansRecommendedTieThatWasFormedIsFound() {
    EcosystemGraph baseline = network(8, 0);
    var plan =
        session(baseline)
            .asOf(2020)
            .plan(0, org.brobygge.analysis.bridges.LinkPredictionIndex.DEFAULT, 5);
    var action = plan.gaps().get(0).actions().get(0);
    EcosystemGraph.Builder b = baseline.toBuilder();
    b.tie(action.source().id(), action.target().id(), TieKind.RESEARCH, 3, 2022, null);
    Evaluation e = session(b.build()).evaluation(0, 2020, 2023);

    assertThat(e.plannedTies()).isNotEmpty();
    var first = e.plannedTies().get(0);
    assertThat(first.source().id()).isEqualTo(action.source().id());
    assertThat(first.formedIn()).isEqualTo(2022);
    assertThat(e.plannedTiesFormed()).isEqualTo(1);
  }

  @Test
  void theRegionRanksTheEcosystemThatImprovedFirst() {
    EcosystemGraph.Builder b = firmsAndInstitutes(80);
    b.ecosystem("still", "Still", "SE332");
    for (int f = 0; f < 40; f++) {
      b.membership(firm(f), "e", 2016, null);
      b.membership(firm(40 + f), "still", 2016, null);
    }
    for (int f = 0; f < 8; f++) {
      researchTie(b, f, 2018);
      researchTie(b, 40 + f, 2018);
    }
    for (int f = 8; f < 28; f++) {
      researchTie(b, f, 2021);
    }
    RegionEvaluation region = session(b.build()).regionEvaluation(2020, 2023);

    assertThat(region.ecosystems())
        .extracting(RegionEvaluation.Ranked::ecosystemId)
        .containsExactly("e", "still");
    assertThat(region.ecosystems().get(0).improved()).isEqualTo(1);
    assertThat(region.ecosystems().get(1).improved()).isZero();
    assertThat(region.ecosystems().get(1).worse()).isZero();
  }

  /**
   * Four firms (fewer than the 5 source actors a gap is judged on), none tied to research in 2020,
   * all four by 2023: severity 1.0 to 0.0, intervals [1, 1] and [0, 0], "improved" by the intervals
   * alone. One actor moves the severity by 0.25, so the region counts the gap under too few actors
   * and ranks the ecosystem on nothing.
   */
  @Test
  void aGapWithTooFewActorsIsCountedApartAndDoesNotRank() {
    EcosystemGraph.Builder b = firmsAndInstitutes(44);
    b.ecosystem("small", "Small", "SE332");
    for (int f = 0; f < 40; f++) {
      b.membership(firm(f), "e", 2016, null);
    }
    for (int f = 40; f < 44; f++) {
      b.membership(firm(f), "small", 2016, null);
      researchTie(b, f, 2021);
    }
    for (int f = 0; f < 8; f++) {
      researchTie(b, f, 2018);
    }
    EcosystemGraph whole = b.build();
    GapChange smallResearch = session(whole).evaluation(1, 2020, 2023).gaps().get(0);
    assertThat(smallResearch.verdict()).as("by the intervals alone").isEqualTo(Verdict.IMPROVED);
    assertThat(smallResearch.followUp().judgeable()).isFalse();

    RegionEvaluation region = session(whole).regionEvaluation(2020, 2023);

    RegionEvaluation.Ranked small =
        region.ecosystems().stream()
            .filter(r -> r.ecosystemId().equals("small"))
            .findFirst()
            .orElseThrow();
    assertThat(small.improved()).isZero();
    assertThat(small.worse()).isZero();
    assertThat(small.tooFewActors()).isPositive();
    assertThat(
            small.improved()
                + small.worse()
                + small.noClearChange()
                + small.notComparable()
                + small.tooFewActors())
        .as("every gap counted once")
        .isEqualTo(DEFINITIONS.definitions().size());
    assertThat(small.rank()).isEqualTo(2);
  }
}

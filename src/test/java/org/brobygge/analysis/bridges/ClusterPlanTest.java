package org.brobygge.analysis.bridges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.brobygge.analysis.gaps.GapAnalysis;
import org.brobygge.analysis.gaps.HandNetwork;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.TieKinds;
import org.brobygge.synthetic.SyntheticNetworkGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plans of the sample's ecosystems, against its planted gaps (data/sample/README.md). */
class ClusterPlanTest {

  private static EcosystemGraph sample;
  private static GapAnalysis analysis;
  private static LinkNetwork network;

  @BeforeAll
  static void sample() {
    sample = EcosystemGraph.of(SyntheticNetworkGenerator.norrbottenLaplandSample(42));
    analysis = new GapAnalysis(sample, HandNetwork.definitions(), HandNetwork.HOME, 2026);
    network = LinkNetwork.of(sample);
  }

  static ClusterPlan plan(String ecosystem) {
    return ClusterPlan.of(
        network,
        analysis,
        HandNetwork.HOME,
        TieKinds.builtIn(),
        sample.ecosystemIndex(ecosystem).orElseThrow(),
        LinkPredictionIndex.DEFAULT,
        ClusterPlan.ACTIONS_DEFAULT);
  }

  @Test
  void creativesPlanTakesFiveFirmsOutOfItsResearchGap() {
    ClusterPlan plan = plan("creative");

    assertThat(plan.ecosystemName()).isEqualTo("Creative industries");
    assertThat(plan.profile().members()).isEqualTo(54);
    assertThat(plan.profile().byRole()).containsEntry("firm", 29);
    assertThat(plan.profile().locomotives()).hasSize(5);
    assertThat(plan.gaps()).hasSize(7);
    ClusterPlan.GapPlan research = plan.gaps().get(0);
    assertThat(research.gap()).isEqualTo("research");
    assertThat(research.severity()).isEqualTo(1.0);
    assertThat(research.rank()).isEqualTo(1);
    assertThat(research.rankedEcosystems()).isEqualTo(13);
    assertThat(research.missing()).isEqualTo(29);
    assertThat(research.withoutTie()).hasSize(ClusterPlan.EVIDENCE);
    assertThat(research.actions()).hasSize(5);
    assertThat(research.actions()).extracting(a -> a.source().id()).doesNotHaveDuplicates();
    assertThat(research.actions()).allSatisfy(a -> assertThat(a.introducers()).isNotEmpty());
    assertThat(research.severityAfterActions()).isEqualTo(24.0 / 29);
    assertThat(research.brokers()).hasSize(ClusterPlan.BROKERS);
    // the plan's other actions can only narrow the research gap further
    SeverityChange all =
        plan.allActions().stream().filter(c -> c.gap().equals("research")).findFirst().get();
    assertThat(all.after()).isLessThanOrEqualTo(24.0 / 29);
    assertThat(plan.baseline()).hasSize(7);
    assertThat(plan.baseline().get(0).severity()).isEqualTo(1.0);
  }

  @Test
  void theHealthySpaceEcosystemGetsAFewSmallStepsPerGap() {
    ClusterPlan plan = plan("space");

    assertThat(plan.gaps()).allSatisfy(g -> assertThat(g.level()).isEqualTo("none"));
    assertThat(plan.gaps()).allSatisfy(g -> assertThat(g.actions().size()).isLessThanOrEqualTo(2));
  }

  @Test
  void compositesInterFirmActionsEachHelpNewFirms() {
    ClusterPlan.GapPlan interFirm =
        plan("composites").gaps().stream()
            .filter(g -> g.gap().equals("inter_firm"))
            .findFirst()
            .orElseThrow();

    Set<String> helped = new HashSet<>();
    for (ClusterPlan.Action a : interFirm.actions()) {
      assertThat(helped.add(a.source().id())).isTrue();
      helped.add(a.target().id());
    }
    // two firms without a firm partner per action: 10 of the 18 such firms
    assertThat(interFirm.severityAfterActions())
        .isCloseTo(interFirm.severity() - 10.0 / interFirm.sourceActors(), within(1e-12));
  }

  @Test
  void miningsWeakCapitalIsShownAsTheWeakTiesOfTheActorsThatOnlyHaveWeakOnes() {
    ClusterPlan.GapPlan capital = plan("mining").gaps().get(2);

    assertThat(capital.gap()).isEqualTo("capital");
    assertThat(capital.weakOnly()).isEqualTo(40);
    assertThat(capital.weakOnlyTieCount()).isGreaterThanOrEqualTo(capital.weakOnly());
    assertThat(capital.weakTieCount()).isGreaterThan(capital.weakOnlyTieCount());
    assertThat(capital.actions())
        .extracting(ClusterPlan.Action::type)
        .contains("strengthen", "new_tie");
  }

  @Test
  void namesTheWinterTestingEcosystemsThatNeverTieAndBridgesBetweenThem() {
    ClusterPlan plan = plan("arctic_test");
    int lapTesting = sample.ecosystemIndex("lap_testing").orElseThrow();
    var matrix =
        new org.brobygge.analysis.gaps.InterEcosystemMatrix(
            sample, HandNetwork.gap("inter_ecosystem"));

    assertThat(plan.neverTied())
        .extracting(ClusterPlan.NeverTied::ecosystemId)
        .containsExactlyElementsOf(
            matrix.neverConnected().stream()
                .filter(p -> p.a().equals("arctic_test") || p.b().equals("arctic_test"))
                .map(p -> p.a().equals("arctic_test") ? p.b() : p.a())
                .toList())
        .contains("lap_testing");
    ClusterPlan.NeverTied never = plan.neverTied().get(0);
    assertThat(never.bridges()).hasSize(ClusterPlan.BRIDGES_PER_PAIR);
    assertThat(never.bridges())
        .allSatisfy(
            b -> {
              int target = sample.actorIndex(b.target().id()).orElseThrow();
              assertThat(sample.memberships(target)).contains(lapTesting);
            });
    assertThat(plan("space").neverTied()).isEmpty();
  }

  @Test
  void refusesFewerThanOneAction() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ClusterPlan.of(
                    network,
                    analysis,
                    HandNetwork.HOME,
                    TieKinds.builtIn(),
                    0,
                    LinkPredictionIndex.DEFAULT,
                    0));
  }
}

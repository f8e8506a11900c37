package org.brobygge.analysis.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.brobygge.analysis.communities.CommunityGraphs.builder;
import static org.brobygge.analysis.communities.CommunityGraphs.referenceValue;

import java.util.List;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.junit.jupiter.api.Test;

class EcosystemFitTest {

  private static final double REFERENCE = 1e-9;

  /**
   * Two K4s {0..3} and {4..7} joined by 3-4, and an isolate 8. Declared: alpha {0,1,2,4} (split
   * 3:1), beta {5,6}, gamma {5,7} (5 counts for beta, declared first); 3 and 8 in none. The second
   * K4 holds all of beta and gamma: they merge.
   */
  private static NetworkView cliques() {
    EcosystemGraph.Builder b =
        builder(9, 0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3, 4, 5, 4, 6, 4, 7, 5, 6, 5, 7, 6, 7, 3, 4);
    b.ecosystem("alpha", "Alpha", "").ecosystem("beta", "Beta", "").ecosystem("gamma", "Gamma", "");
    for (int a : new int[] {0, 1, 2, 4}) {
      b.membership("a" + a, "alpha");
    }
    b.membership("a5", "beta").membership("a6", "beta");
    b.membership("a5", "gamma").membership("a7", "gamma");
    return NetworkView.whole(b.build());
  }

  private static EcosystemFit fit() {
    return new EcosystemFit(
        new CommunityDetection(cliques(), CommunityAlgorithm.GREEDY_MODULARITY));
  }

  @Test
  void actorsTakeTheirFirstEcosystemOrNone() {
    var fit = fit();

    assertThat(fit.detection().communities()).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 2);
    assertThat(fit.declaredLabel(5)).isEqualTo("beta");
    assertThat(fit.declaredLabel(7)).isEqualTo("gamma");
    assertThat(fit.declaredLabel(3)).isEqualTo(EcosystemFit.NONE);
  }

  @Test
  void agreementMatchesScikitLearn() {
    var fit = fit();

    assertThat(fit.normalizedMutualInformation())
        .isCloseTo(referenceValue("ecosystem_fit", "nmi"), within(REFERENCE));
    assertThat(fit.adjustedRandIndex())
        .isCloseTo(referenceValue("ecosystem_fit", "ari"), within(REFERENCE));
  }

  @Test
  void reportsTheEcosystemSpreadOverTwoCommunitiesWithShares() {
    assertThat(fit().splits())
        .containsExactly(
            new EcosystemSplit(
                "alpha",
                4,
                List.of(new CommunityShare(0, 3, 0.75), new CommunityShare(1, 1, 0.25))));
  }

  @Test
  void reportsTheCommunityHoldingMostOfTwoEcosystems() {
    assertThat(fit().merges())
        .containsExactly(
            new EcosystemMerge(
                1,
                4,
                List.of(new EcosystemShare("beta", 2, 1.0), new EcosystemShare("gamma", 1, 1.0))));
  }

  @Test
  void networkWithoutEcosystemsNeitherSplitsNorMerges() {
    var fit =
        new EcosystemFit(
            new CommunityDetection(
                CommunityGraphs.graph(4, 0, 1, 2, 3), CommunityAlgorithm.LABEL_PROPAGATION));

    assertThat(fit.splits()).isEmpty();
    assertThat(fit.merges()).isEmpty();
    assertThat(fit.declaredLabel(0)).isEqualTo(EcosystemFit.NONE);
    assertThat(fit.normalizedMutualInformation()).isZero();
  }
}

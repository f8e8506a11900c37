package org.brobygge.analysis.bridges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.brobygge.analysis.gaps.HandNetwork;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.synthetic.SyntheticNetworkGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hold-out evaluation on the sample network: the recommender must beat a random ranking. The
 * figures (printed) go into BENCHMARKS.md and README.md.
 */
class HoldOutEvaluationTest {

  private static EcosystemGraph sample;
  private static HoldOutEvaluation evaluation;

  @BeforeAll
  static void evaluate() {
    sample = EcosystemGraph.of(SyntheticNetworkGenerator.norrbottenLaplandSample(42));
    evaluation = evaluate(HoldOutEvaluation.SEED_DEFAULT);
    System.out.printf(
        "hold-out on the sample: %d of %d tied cross-sector pairs across a gap hidden, %d"
            + " negatives, %d pairs recommended%n",
        evaluation.hiddenTies(),
        evaluation.crossSectorTies(),
        evaluation.negatives(),
        evaluation.recommendedPairs());
    for (var m : evaluation.methods()) {
      System.out.printf(
          "  %-24s AUC %.3f  precision %s%n",
          m.method(),
          m.auc(),
          m.precision().stream().map(p -> "@" + p.k() + " " + p.hits()).toList());
    }
  }

  private static HoldOutEvaluation evaluate(long seed) {
    return new HoldOutEvaluation(
        sample,
        HandNetwork.definitions(),
        HandNetwork.HOME,
        HandNetwork.YEAR,
        LinkPredictionIndex.DEFAULT,
        HoldOutEvaluation.SHARE_DEFAULT,
        seed,
        HoldOutEvaluation.K_DEFAULT);
  }

  @Test
  void recommenderBeatsARandomRanking() {
    double recommender = evaluation.method("recommender").auc();
    double random = evaluation.method("random").auc();

    assertThat(recommender).isGreaterThan(0.65);
    assertThat(recommender).isGreaterThan(random + 0.1);
    assertThat(random).isBetween(0.4, 0.6);
    assertThat(hitsAt100("recommender")).isGreaterThan(hitsAt100("random"));
  }

  /**
   * The likelihood part ranks the hidden pairs at least as well as plain common neighbours. The
   * combined score puts actors without a tie first, a priority rather than a prediction: on this
   * seed it matches common neighbours to within a hundredth of AUC (the figures are printed and
   * reported in README.md rather than asserted as a win).
   */
  @Test
  void likelihoodIsAtLeastAsGoodAsCommonNeighboursAndTheGapEffectCostsLittle() {
    double commonNeighbours = evaluation.method("common_neighbours").auc();

    assertThat(evaluation.method("recommender_likelihood").auc())
        .isGreaterThanOrEqualTo(commonNeighbours);
    assertThat(evaluation.method("recommender").auc()).isGreaterThan(commonNeighbours - 0.01);
  }

  @Test
  void hidesATenthOfTheTiedCrossSectorPairsAcrossAGap() {
    assertThat(evaluation.hiddenTies())
        .isEqualTo((int) Math.round(0.1 * evaluation.crossSectorTies()));
    assertThat(evaluation.negatives()).isEqualTo(HoldOutEvaluation.NEGATIVES);
    assertThat(evaluation.methods())
        .extracting(HoldOutEvaluation.MethodResult::method)
        .containsExactly(
            "recommender",
            "recommender_likelihood",
            "resource_allocation",
            "common_neighbours",
            "random");
  }

  @Test
  void theSameSeedGivesTheSameFigures() {
    assertThat(evaluate(HoldOutEvaluation.SEED_DEFAULT).methods()).isEqualTo(evaluation.methods());
  }

  @Test
  void refusesAShareOutsideZeroToOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new HoldOutEvaluation(
                    sample,
                    HandNetwork.definitions(),
                    HandNetwork.HOME,
                    HandNetwork.YEAR,
                    LinkPredictionIndex.DEFAULT,
                    1.0,
                    1,
                    List.of(10)));
  }

  private static int hitsAt100(String method) {
    return evaluation.method(method).precision().stream()
        .filter(p -> p.k() == 100)
        .findFirst()
        .orElseThrow()
        .hits();
  }
}

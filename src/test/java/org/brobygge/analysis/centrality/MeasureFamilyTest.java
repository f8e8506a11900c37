package org.brobygge.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the web layer reads from {@link Measure} instead of its own lists: each measure's family and
 * cost, and that a request computes only the families it needs.
 */
class MeasureFamilyTest {

  /** The cost classes as the size limits (ComputeLimits) are documented, listed by hand. */
  private static final Map<ComputeCost, Set<Measure>> COSTS =
      Map.of(
          ComputeCost.SAMPLED,
          EnumSet.of(Measure.BETWEENNESS, Measure.BETWEENNESS_NORMALIZED),
          ComputeCost.ALL_PAIRS_PATHS,
          EnumSet.of(Measure.CLOSENESS, Measure.HARMONIC, Measure.HARMONIC_NORMALIZED),
          ComputeCost.TWO_STEP,
          EnumSet.of(Measure.CONSTRAINT, Measure.EFFECTIVE_SIZE, Measure.EFFICIENCY),
          ComputeCost.LINEAR,
          EnumSet.of(
              Measure.DEGREE,
              Measure.STRENGTH,
              Measure.DEGREE_CENTRALITY,
              Measure.PAGERANK,
              Measure.PAGERANK_WEIGHTED,
              Measure.EIGENVECTOR,
              Measure.EIGENVECTOR_MAX1,
              Measure.KATZ,
              Measure.CLUSTERING,
              Measure.CORENESS));

  @ParameterizedTest
  @EnumSource(Measure.class)
  void everyMeasureHasAFamilyThatListsItAndACost(Measure measure) {
    assertThat(measure.family()).isNotNull();
    assertThat(measure.family().measures()).contains(measure);
    assertThat(measure.cost()).isNotNull().isEqualTo(measure.family().cost());
    assertThat(COSTS.get(measure.cost())).as(measure.id()).contains(measure);
  }

  @Test
  void familiesPartitionTheMeasures() {
    assertThat(
            Arrays.stream(MeasureFamily.values())
                .flatMap(f -> f.measures().stream())
                .collect(Collectors.toList()))
        .containsExactlyInAnyOrder(Measure.values());
    assertThat(Measure.ids()).doesNotHaveDuplicates();
  }

  @Test
  void withCostGivesTheMeasuresOfThatCost() {
    for (ComputeCost cost : ComputeCost.values()) {
      assertThat(Measure.withCost(cost)).as(cost.name()).isEqualTo(COSTS.get(cost));
    }
  }

  @ParameterizedTest
  @EnumSource(Measure.class)
  void oneMeasureComputesOnlyItsFamily(Measure measure) {
    var measures = new CentralityMeasures(ReferenceGraphs.karate(), EnumSet.of(measure));

    // Katz's default alpha and its bound need lambda_max, from the eigenvector family
    Set<MeasureFamily> expected =
        measure == Measure.KATZ
            ? EnumSet.of(MeasureFamily.KATZ, MeasureFamily.EIGENVECTOR)
            : EnumSet.of(measure.family());
    assertThat(measures.families()).isEqualTo(expected);
    assertThat(measures.measures()).containsExactly(measure);
    assertThat(Double.isNaN(measures.largestEigenvalue()))
        .isEqualTo(!expected.contains(MeasureFamily.EIGENVECTOR));
  }

  @Test
  void aKatzAlphaGivenIsCheckedEvenWithoutKatz() {
    var view = ReferenceGraphs.karate();
    var options = CentralityMeasures.Options.defaults().withKatzAlpha(0.01);
    var degree = new CentralityMeasures(view, EnumSet.of(Measure.DEGREE), options);

    assertThat(degree.families()).containsExactly(MeasureFamily.DEGREE, MeasureFamily.EIGENVECTOR);
    assertThat(degree.katzAlpha()).isEqualTo(0.01);
    // karate's lambda_max is 6.7257 (NetworkX: max(numpy.linalg.eigvalsh(A))), so 1/lambda < 0.2
    assertThatThrownBy(
            () ->
                new CentralityMeasures(
                    view,
                    EnumSet.of(Measure.DEGREE),
                    CentralityMeasures.Options.defaults().withKatzAlpha(0.2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noMeasureComputesNothing() {
    var measures = new CentralityMeasures(ReferenceGraphs.karate(), EnumSet.noneOf(Measure.class));

    assertThat(measures.families()).isEmpty();
    assertThat(measures.katzAlpha()).isNaN();
  }

  /** a - b - c, by hand: closeness (2/3, 1, 2/3), harmonic (1.5, 2, 1.5), normalised by 2. */
  @Test
  void pathScoresGiveEachAllPairsMeasureOfOneActor() {
    var view = ReferenceGraphs.graph(3, 0, 1, 1, 2);

    var end = CentralityMeasures.pathScores(view, 0);
    var middle = CentralityMeasures.pathScores(view, 1);

    assertThat(end.score(Measure.CLOSENESS)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(end.score(Measure.HARMONIC)).isEqualTo(1.5);
    assertThat(end.score(Measure.HARMONIC_NORMALIZED)).isEqualTo(0.75);
    assertThat(middle.score(Measure.CLOSENESS)).isEqualTo(1);
    assertThat(middle.score(Measure.HARMONIC)).isEqualTo(2);
    for (Measure m : Measure.withCost(ComputeCost.ALL_PAIRS_PATHS)) {
      assertThat(end.score(m)).as(m.id()).isFinite();
    }
    for (Measure m : EnumSet.complementOf(Measure.withCost(ComputeCost.ALL_PAIRS_PATHS))) {
      assertThatThrownBy(() -> end.score(m)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(MeasureFamily.class)
  void eachFamilyClassRefusesTheMeasuresOfOtherFamilies(MeasureFamily family) {
    var view = ReferenceGraphs.graph(3, 0, 1, 1, 2);
    var a = WeightedAdjacency.of(view);
    FamilyScores scores =
        switch (family) {
          case DEGREE -> new DegreeScores(a);
          case BETWEENNESS -> new BetweennessScores(view, 0, 0);
          case CLOSENESS -> new ClosenessScores(a);
          case PAGERANK -> new PageRankScores(WeightedAdjacency.of(view), 0.85, family.measures());
          case EIGENVECTOR -> new EigenvectorScores(a);
          case KATZ -> new KatzScores(a, 0.5, Math.sqrt(2));
          case CLUSTERING -> new ClusteringScores(a);
          case CORENESS -> new CorenessScores(WeightedAdjacency.of(view));
          case STRUCTURAL_HOLES -> new StructuralHoles(view);
        };

    for (Measure m : Measure.values()) {
      if (m.family() == family) {
        assertThat(scores.scores(m)).as(m.id()).hasSize(3);
      } else {
        assertThatThrownBy(() -> scores.scores(m)).isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @Test
  void measuresComeTogetherWithTheirFamilyButPageRanksVariantsAlone() {
    assertThat(Measure.BETWEENNESS.computedTogether())
        .containsExactly(Measure.BETWEENNESS, Measure.BETWEENNESS_NORMALIZED);
    assertThat(Measure.HARMONIC.computedTogether())
        .containsExactly(Measure.CLOSENESS, Measure.HARMONIC, Measure.HARMONIC_NORMALIZED);
    assertThat(Measure.KATZ.computedTogether()).containsExactly(Measure.KATZ);
    assertThat(Measure.PAGERANK.computedTogether()).containsExactly(Measure.PAGERANK);
    assertThat(Measure.PAGERANK_WEIGHTED.computedTogether())
        .containsExactly(Measure.PAGERANK_WEIGHTED);
  }
}

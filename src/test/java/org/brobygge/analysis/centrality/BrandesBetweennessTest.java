package org.brobygge.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BrandesBetweennessTest {

  /** graph|pivots -> node -> NetworkX's estimate, from sampled_betweenness_reference.py. */
  static Stream<Arguments> reference() {
    return cases("sampled_betweenness_reference_values.csv");
  }

  /**
   * graph|pivots -> node -> the linearly scaled estimate counted from NetworkX's shortest paths,
   * from sampled_betweenness_linear_reference.py.
   */
  static Stream<Arguments> linearReference() {
    return cases("sampled_betweenness_linear_reference_values.csv");
  }

  private static Stream<Arguments> cases(String file) {
    Map<String, Map<String, Double>> cases = new LinkedHashMap<>();
    for (String[] row : CentralityMeasuresTest.rows(file)) {
      cases
          .computeIfAbsent(row[0] + "|" + row[1], k -> new LinkedHashMap<>())
          .put(row[2], Double.parseDouble(row[3]));
    }
    return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reference")
  void estimateFromGivenPivotsMatchesNetworkXSubsetBetweenness(
      String graphAndPivots, Map<String, Double> expected) {
    assertMatches(graphAndPivots, expected, BrandesBetweenness::estimate);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("linearReference")
  void linearScaledEstimateMatchesTheReferenceCountedFromNetworkXShortestPaths(
      String graphAndPivots, Map<String, Double> expected) {
    assertMatches(graphAndPivots, expected, BrandesBetweenness::linearScaled);
  }

  private static void assertMatches(
      String graphAndPivots,
      Map<String, Double> expected,
      BiFunction<NetworkView, int[], double[]> estimator) {
    String[] parts = graphAndPivots.split("\\|");
    EcosystemGraph snapshot =
        parts[0].equals("karate")
            ? CentralityMeasuresTest.karate()
            : CentralityMeasuresTest.extraGraph(parts[0]);
    NetworkView view = NetworkView.whole(snapshot);
    int[] pivots =
        Arrays.stream(parts[1].split(";"))
            .mapToInt(id -> snapshot.actorIndex(id).orElseThrow())
            .sorted()
            .toArray();

    double[] estimate = estimator.apply(view, pivots);

    assertThat(expected).hasSize(view.vertexCount());
    for (var e : expected.entrySet()) {
      int vertex = snapshot.actorIndex(e.getKey()).orElseThrow(); // whole view: vertex = actor
      assertThat(estimate[vertex])
          .as(graphAndPivots + " node " + e.getKey())
          .isCloseTo(e.getValue(), within(1e-9));
    }
  }

  @Test
  void everyActorAsPivotIsExactBetweenness() {
    NetworkView view = NetworkView.whole(CentralityMeasuresTest.karate());
    int[] all = BrandesBetweenness.pivots(34, 34, 5);
    double[] exact =
        new CentralityMeasures(view, EnumSet.of(Measure.BETWEENNESS)).scores(Measure.BETWEENNESS);

    assertThat(BrandesBetweenness.estimate(view, all)).containsExactly(exact, within(1e-9));
  }

  @Test
  void linearScaledFromEveryActorIsExactBetweennessOnEveryReferenceGraph() {
    for (EcosystemGraph snapshot :
        List.of(
            CentralityMeasuresTest.karate(),
            CentralityMeasuresTest.extraGraph("florentine"),
            CentralityMeasuresTest.extraGraph("disconnected"))) {
      NetworkView view = NetworkView.whole(snapshot);
      int n = view.vertexCount();
      assertThat(BrandesBetweenness.linearScaled(view, BrandesBetweenness.pivots(n, n, 3)))
          .containsExactly(BrandesBetweenness.exact(view), within(1e-9));
    }
  }

  @Test
  void linearScaledAverageOverManySeedsApproachesExactValue() {
    // unbiased: the mean of the k=4 estimate over 4,000 seeds lies near the exact value,
    // also for the small values Brandes-Pich overestimates near its pivots
    NetworkView view = NetworkView.whole(CentralityMeasuresTest.karate());
    double[] exact = BrandesBetweenness.exact(view);
    double[] mean = new double[34];
    int runs = 4000;
    for (int seed = 0; seed < runs; seed++) {
      double[] estimate =
          BrandesBetweenness.linearScaled(view, BrandesBetweenness.pivots(34, 4, seed));
      for (int v = 0; v < 34; v++) {
        mean[v] += estimate[v] / runs;
      }
    }
    for (int v : new int[] {0, 33, 2, 31}) { // four of the five largest exact values
      assertThat(mean[v]).as("actor " + v).isCloseTo(exact[v], within(0.05 * exact[v]));
    }
  }

  @Test
  void exactAgreesWithJGraphTsBrandesOnTheUnweightedGraph() {
    for (EcosystemGraph snapshot :
        List.of(
            CentralityMeasuresTest.karate(),
            CentralityMeasuresTest.extraGraph("florentine"),
            CentralityMeasuresTest.extraGraph("disconnected"))) {
      NetworkView view = NetworkView.whole(snapshot);
      var jgrapht =
          new org.jgrapht.alg.scoring.BetweennessCentrality<>(
                  new org.jgrapht.graph.AsUnweightedGraph<>(view.graph()))
              .getScores();
      double[] ours = BrandesBetweenness.exact(view);
      for (int v = 0; v < view.vertexCount(); v++) {
        assertThat(ours[v]).isCloseTo(jgrapht.get(v), within(1e-9));
      }
    }
  }

  @Test
  void pivotsAreDistinctSortedAndReproducibleForASeed() {
    int[] a = BrandesBetweenness.pivots(1000, 50, 42);

    assertThat(a).hasSize(50).isSorted().doesNotHaveDuplicates();
    assertThat(Arrays.stream(a).allMatch(v -> v >= 0 && v < 1000)).isTrue();
    assertThat(BrandesBetweenness.pivots(1000, 50, 42)).containsExactly(a);
    assertThat(BrandesBetweenness.pivots(1000, 50, 43)).isNotEqualTo(a);
    assertThatThrownBy(() -> BrandesBetweenness.pivots(10, 11, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0, 10]");
  }

  @Test
  void averageOverManySeedsApproachesExactValue() {
    // unbiased: the mean of the k=4 estimate over 4,000 seeds lies near the exact value
    NetworkView view = NetworkView.whole(CentralityMeasuresTest.karate());
    double[] exact =
        new CentralityMeasures(view, EnumSet.of(Measure.BETWEENNESS)).scores(Measure.BETWEENNESS);
    double[] mean = new double[34];
    int runs = 4000;
    for (int seed = 0; seed < runs; seed++) {
      double[] estimate = BrandesBetweenness.estimate(view, BrandesBetweenness.pivots(34, 4, seed));
      for (int v = 0; v < 34; v++) {
        mean[v] += estimate[v] / runs;
      }
    }
    // actor 0 (the instructor, exact 231.07) and 33 (the president, 160.14) dominate
    assertThat(mean[0]).isCloseTo(exact[0], within(0.05 * exact[0]));
    assertThat(mean[33]).isCloseTo(exact[33], within(0.05 * exact[33]));
  }

  @Test
  void centralityMeasuresUsesThePivotsAskedForAndSaysSo() {
    NetworkView view = NetworkView.whole(CentralityMeasuresTest.karate());
    var options = CentralityMeasures.Options.defaults().withPivots(6, 11);
    var sampled =
        new CentralityMeasures(
            view, EnumSet.of(Measure.BETWEENNESS, Measure.BETWEENNESS_NORMALIZED), options);

    double[] expected = BrandesBetweenness.linearScaled(view, BrandesBetweenness.pivots(34, 6, 11));
    assertThat(sampled.betweennessPivots()).isEqualTo(6);
    assertThat(sampled.scores(Measure.BETWEENNESS)).containsExactly(expected, within(0.0));
    assertThat(sampled.score(Measure.BETWEENNESS_NORMALIZED, 0))
        .isCloseTo(expected[0] * 2 / (33.0 * 32.0), within(1e-12));

    var asManyAsActors =
        new CentralityMeasures(view, EnumSet.of(Measure.BETWEENNESS), options.withPivots(34, 11));
    assertThat(asManyAsActors.betweennessPivots()).isZero();
    assertThat(List.of(asManyAsActors.score(Measure.BETWEENNESS, 0)))
        .singleElement()
        .satisfies(v -> assertThat(v).isCloseTo(231.0714285714286, within(1e-9)));
  }
}

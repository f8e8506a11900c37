package org.brobygge.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.brobygge.analysis.centrality.CentralityMeasures.Options;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.synthetic.SyntheticNetworkGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClosenessScoresTest {

  private static final EnumSet<Measure> PATHS =
      EnumSet.of(Measure.CLOSENESS, Measure.HARMONIC, Measure.HARMONIC_NORMALIZED);

  /** graph|sources -> node -> {closeness, harmonic}, from sampled_closeness_reference.py. */
  static Stream<Arguments> reference() {
    Map<String, Map<String, double[]>> cases = new LinkedHashMap<>();
    for (String[] row : CentralityMeasuresTest.rows("sampled_closeness_reference_values.csv")) {
      cases
          .computeIfAbsent(row[0] + "|" + row[1], k -> new LinkedHashMap<>())
          .put(row[2], new double[] {Double.parseDouble(row[3]), Double.parseDouble(row[4])});
    }
    return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  private static EcosystemGraph graph(String name) {
    return name.equals("karate")
        ? CentralityMeasuresTest.karate()
        : CentralityMeasuresTest.extraGraph(name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reference")
  void estimateFromGivenSourcesMatchesTheReferenceFromNetworkXDistances(
      String graphAndSources, Map<String, double[]> expected) {
    String[] parts = graphAndSources.split("\\|");
    EcosystemGraph snapshot = graph(parts[0]);
    NetworkView view = NetworkView.whole(snapshot);
    int[] sources =
        Arrays.stream(parts[1].split(";"))
            .mapToInt(id -> snapshot.actorIndex(id).orElseThrow())
            .toArray();

    ClosenessScores estimate = ClosenessScores.fromSources(WeightedAdjacency.of(view), sources);

    assertThat(expected).hasSize(view.vertexCount());
    int n = view.vertexCount();
    for (var e : expected.entrySet()) {
      int vertex = snapshot.actorIndex(e.getKey()).orElseThrow(); // whole view: vertex = actor
      String node = graphAndSources + " node " + e.getKey();
      assertThat(estimate.scores(Measure.CLOSENESS)[vertex])
          .as(node)
          .isCloseTo(e.getValue()[0], within(1e-9));
      assertThat(estimate.scores(Measure.HARMONIC)[vertex])
          .as(node)
          .isCloseTo(e.getValue()[1], within(1e-9));
      assertThat(estimate.scores(Measure.HARMONIC_NORMALIZED)[vertex])
          .as(node)
          .isCloseTo(e.getValue()[1] / (n - 1), within(1e-9));
    }
  }

  @Test
  void componentsOfUpTo32ActorsAreSearchedWholeSoSmallNetworksStayExact() {
    // the reference graph's components have 10, 3, 3 and 1 actors: 1 source asked, all searched
    NetworkView view = NetworkView.whole(graph("disconnected"));
    CentralityMeasures exact = new CentralityMeasures(view, PATHS);
    CentralityMeasures asked =
        new CentralityMeasures(view, PATHS, Options.defaults().withClosenessSources(1, 5));

    assertThat(asked.closenessSearches()).as("every searchable actor: reported exact").isZero();
    for (Measure m : PATHS) {
      assertThat(asked.scores(m)).containsExactly(exact.scores(m), within(1e-12));
    }
  }

  @Test
  void sourcesAreSpreadOverTheComponentsInProportionWithAFloorOf32() {
    // components of 1,000, 100, 10 and 1 vertices; 100 sources asked of 1,111
    int[] componentStart = {0, 1000, 1100, 1110, 1111};

    int[] chosen = ClosenessScores.sources(componentStart, 100, 9);

    int[] perComponent = new int[4];
    for (int s : chosen) {
      int c = 0;
      while (s >= componentStart[c + 1]) {
        c++;
      }
      perComponent[c]++;
    }
    // ceil(100 * 1000/1111) = 91; the 100-vertex component gets the floor, 32; the 10 all; the
    // isolate none (its values are 0 without a search)
    assertThat(perComponent).containsExactly(91, 32, 10, 0);
    assertThat(chosen).isSorted().doesNotHaveDuplicates();
    assertThat(ClosenessScores.sources(componentStart, 100, 9)).isEqualTo(chosen);
    assertThat(ClosenessScores.sources(componentStart, 100, 10)).isNotEqualTo(chosen);
  }

  @Test
  void harmonicEstimateIsUnbiased() {
    // the mean of the estimate over many seeds lies near the exact value for every actor
    NetworkView view = NetworkView.whole(generated());
    int n = view.vertexCount();
    double[] exact = new CentralityMeasures(view, PATHS).scores(Measure.HARMONIC);
    double[] mean = new double[n];
    int runs = 400;
    for (int seed = 0; seed < runs; seed++) {
      double[] estimate =
          new CentralityMeasures(
                  view,
                  EnumSet.of(Measure.HARMONIC),
                  Options.defaults().withClosenessSources(10, seed))
              .scores(Measure.HARMONIC);
      for (int v = 0; v < n; v++) {
        mean[v] += estimate[v] / runs;
      }
    }
    for (int v = 0; v < n; v++) {
      assertThat(mean[v]).as("actor " + v).isCloseTo(exact[v], within(0.02 * exact[v] + 1e-9));
    }
  }

  @Test
  void estimateRanksTheActorsAsTheExactValuesDo() {
    NetworkView view = NetworkView.whole(generated());
    CentralityMeasures exact = new CentralityMeasures(view, PATHS);
    CentralityMeasures estimate =
        new CentralityMeasures(view, PATHS, Options.defaults().withClosenessSources(100, 42));
    CentralityMeasures again =
        new CentralityMeasures(view, PATHS, Options.defaults().withClosenessSources(100, 42));

    // about 100: the giant component's share of them, and at least 32 in any other component
    assertThat(estimate.closenessSearches()).isBetween(90, 300);
    assertThat(exact.closenessSearches()).isZero();
    for (Measure m : PATHS) {
      assertThat(new SpearmansCorrelation().correlation(exact.scores(m), estimate.scores(m)))
          .as(m.id())
          .isGreaterThan(0.95);
      assertThat(again.scores(m)).as("same seed, same values").isEqualTo(estimate.scores(m));
    }
  }

  /** 1,500 actors and 6,000 ties of the generator: a giant component and some small ones. */
  private static EcosystemGraph generated() {
    return EcosystemGraph.of(SyntheticNetworkGenerator.scaled(1500, 6000, 3));
  }
}

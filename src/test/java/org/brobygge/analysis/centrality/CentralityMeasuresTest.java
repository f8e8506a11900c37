package org.brobygge.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CentralityMeasuresTest {

  private static final double EXACT = 1e-9;
  private static final double REFERENCE = 1e-6;

  // ---- the edge-case ladder ----

  @Test
  void emptyViewHasEveryMeasureAndNoValues() {
    var measures = new CentralityMeasures(NetworkView.whole(EcosystemGraph.builder().build()));

    assertThat(measures.measures()).containsExactlyElementsOf(EnumSet.allOf(Measure.class));
    for (Measure m : Measure.values()) {
      assertThat(measures.scores(m)).isEmpty();
    }
  }

  @Test
  void loneActorFollowsNetworkXConventions() {
    var measures = new CentralityMeasures(NetworkView.whole(graph(List.of("a"), List.of())));

    Map<Measure, Double> expected = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      expected.put(m, 0.0);
    }
    expected.put(Measure.DEGREE_CENTRALITY, 1.0); // NetworkX: 1 when n <= 1
    // NetworkX: nan for Burt's measures of an actor without ties
    MeasureFamily.STRUCTURAL_HOLES.measures().forEach(m -> expected.put(m, Double.NaN));
    expected.put(Measure.PAGERANK, 1.0);
    expected.put(Measure.PAGERANK_WEIGHTED, 1.0);
    expected.put(Measure.EIGENVECTOR, 1.0);
    expected.put(Measure.EIGENVECTOR_MAX1, 1.0);
    expected.put(Measure.KATZ, 1.0);
    expected.forEach((m, value) -> assertThat(measures.score(m, 0)).as(m.id()).isEqualTo(value));
  }

  @Test
  void twoTiedActorsAreSymmetric() {
    var measures =
        new CentralityMeasures(
            NetworkView.whole(graph(List.of("a", "b"), List.of(new Edge("a", "b", 3)))));

    Map<Measure, Double> expected = new EnumMap<>(Measure.class);
    expected.put(Measure.DEGREE, 1.0);
    expected.put(Measure.STRENGTH, 3.0);
    expected.put(Measure.DEGREE_CENTRALITY, 1.0);
    expected.put(Measure.BETWEENNESS, 0.0);
    expected.put(Measure.BETWEENNESS_NORMALIZED, 0.0);
    expected.put(Measure.CLOSENESS, 1.0);
    expected.put(Measure.HARMONIC, 1.0);
    expected.put(Measure.HARMONIC_NORMALIZED, 1.0);
    expected.put(Measure.PAGERANK, 0.5);
    expected.put(Measure.PAGERANK_WEIGHTED, 0.5);
    expected.put(Measure.EIGENVECTOR, Math.sqrt(0.5));
    expected.put(Measure.EIGENVECTOR_MAX1, 1.0);
    expected.put(Measure.KATZ, Math.sqrt(0.5));
    expected.put(Measure.CLUSTERING, 0.0);
    expected.put(Measure.CORENESS, 1.0);
    // a dyad: each the other's only contact, fully constrained, nothing redundant
    expected.put(Measure.CONSTRAINT, 1.0);
    expected.put(Measure.EFFECTIVE_SIZE, 1.0);
    expected.put(Measure.EFFICIENCY, 1.0);
    assertThat(expected).containsOnlyKeys(EnumSet.allOf(Measure.class));
    expected.forEach(
        (m, value) ->
            assertThat(measures.scores(m))
                .as(m.id())
                .containsExactly(new double[] {value, value}, within(EXACT)));
    assertThat(measures.largestEigenvalue()).isCloseTo(1.0, within(EXACT));
  }

  @Test
  void disconnectedViewMatchesNetworkX() {
    assertMatchesExtraReference("disconnected");
  }

  // ---- small graphs computed by hand ----

  /** a - b - c: a bipartite graph, on which power iteration on A alone oscillates. */
  @Test
  void pathOfThreeComputedByHand() {
    var view =
        NetworkView.whole(
            graph(List.of("a", "b", "c"), List.of(new Edge("a", "b", 1), new Edge("b", "c", 2))));
    var measures = new CentralityMeasures(view, EnumSet.allOf(Measure.class), 0.85, 0.5);

    assertThat(measures.scores(Measure.BETWEENNESS)).containsExactly(0, 1, 0);
    assertThat(measures.scores(Measure.BETWEENNESS_NORMALIZED)).containsExactly(0, 1, 0);
    assertThat(measures.scores(Measure.CLOSENESS))
        .containsExactly(new double[] {2.0 / 3, 1, 2.0 / 3}, within(EXACT));
    assertThat(measures.scores(Measure.HARMONIC)).containsExactly(1.5, 2, 1.5);
    assertThat(measures.scores(Measure.STRENGTH)).containsExactly(1, 3, 2);
    // A x = sqrt(2) x for x = (1, sqrt 2, 1) / 2
    assertThat(measures.largestEigenvalue()).isCloseTo(Math.sqrt(2), within(EXACT));
    assertThat(measures.eigenvectorConverged()).isTrue();
    assertThat(measures.scores(Measure.EIGENVECTOR))
        .containsExactly(new double[] {0.5, Math.sqrt(0.5), 0.5}, within(EXACT));
    // x = 1 + 0.5 A x: x_a = 1 + x_b / 2, x_b = 1 + x_a, so x = (3, 4, 3), norm sqrt 34
    double norm = Math.sqrt(34);
    assertThat(measures.scores(Measure.KATZ))
        .containsExactly(new double[] {3 / norm, 4 / norm, 3 / norm}, within(EXACT));
    // PageRank: p = (1-d)/3 + d q/2 at the ends, q = (1-d)/3 + 2 d p in the middle, so
    // p = (1 + d/2) / (3 (1 + d)) and q = 1 - 2p
    double end = (1 + 0.85 / 2) / (3 * (1 + 0.85));
    assertThat(measures.scores(Measure.PAGERANK))
        .containsExactly(new double[] {end, 1 - 2 * end, end}, within(EXACT));
  }

  @Test
  void triangleWithPendantComputedByHand() {
    // a, b, c a triangle; d hangs from c
    var view =
        NetworkView.whole(
            graph(
                List.of("a", "b", "c", "d"),
                List.of(
                    new Edge("a", "b", 1),
                    new Edge("b", "c", 1),
                    new Edge("a", "c", 1),
                    new Edge("c", "d", 1))));
    var measures = new CentralityMeasures(view);

    assertThat(measures.scores(Measure.CLUSTERING))
        .containsExactly(new double[] {1, 1, 1.0 / 3, 0}, within(EXACT));
    assertThat(measures.scores(Measure.CORENESS)).containsExactly(2, 2, 2, 1);
    assertThat(measures.scores(Measure.BETWEENNESS)).containsExactly(0, 0, 2, 0);
    assertThat(measures.scores(Measure.BETWEENNESS_NORMALIZED))
        .containsExactly(new double[] {0, 0, 2 * 2.0 / (3 * 2), 0}, within(EXACT));
    assertThat(measures.scores(Measure.DEGREE_CENTRALITY))
        .containsExactly(new double[] {2.0 / 3, 2.0 / 3, 1, 1.0 / 3}, within(EXACT));
  }

  // ---- parameters and the result's contract ----

  @Test
  void rejectsParametersOutOfRange() {
    var view = NetworkView.whole(karate());
    Set<Measure> all = EnumSet.allOf(Measure.class);

    assertThatThrownBy(() -> new CentralityMeasures(view, all, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("damping");
    assertThatThrownBy(() -> new CentralityMeasures(view, all, -0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CentralityMeasures(view, all, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CentralityMeasures(view, all, 0.85, -1))
        .isInstanceOf(IllegalArgumentException.class);
    // karate's lambda_max is about 6.73, so alpha 0.2 diverges
    assertThatThrownBy(() -> new CentralityMeasures(view, all, 0.85, 0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1/lambda_max");
    assertThatThrownBy(() -> new CentralityMeasures(null, all))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void computesOnlyTheMeasuresAskedFor() {
    var measures = new CentralityMeasures(NetworkView.whole(karate()), EnumSet.of(Measure.DEGREE));

    assertThat(measures.measures()).containsExactly(Measure.DEGREE);
    assertThat(measures.katzAlpha()).isNaN();
    assertThatThrownBy(() -> measures.scores(Measure.BETWEENNESS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("betweenness");
  }

  @Test
  void scoresAreACopy() {
    var measures = new CentralityMeasures(NetworkView.whole(karate()), EnumSet.of(Measure.DEGREE));

    measures.scores(Measure.DEGREE)[0] = -1;

    assertThat(measures.score(Measure.DEGREE, 0)).isEqualTo(16);
  }

  @Test
  void defaultKatzAlphaIsHalfTheInverseOfTheLargestEigenvalue() {
    var measures = new CentralityMeasures(NetworkView.whole(karate()));

    assertThat(measures.katzAlpha() * measures.largestEigenvalue())
        .isCloseTo(CentralityMeasures.KATZ_ALPHA_SHARE_DEFAULT, within(EXACT));
    assertThat(measures.dampingFactor()).isEqualTo(0.85);
  }

  @Test
  void measureIdsAreUniqueAndResolve() {
    assertThat(Measure.ids()).doesNotHaveDuplicates().hasSize(Measure.values().length);
    for (Measure m : Measure.values()) {
      assertThat(Measure.byId(m.id())).contains(m);
    }
    assertThat(Measure.byId("nonsense")).isEmpty();
  }

  // ---- published and generated reference values ----

  /** karate_reference_values.csv's measure names, as given by the shared reference README. */
  private static final Map<String, Measure> KARATE_NAMES =
      Map.ofEntries(
          Map.entry("degree", Measure.DEGREE),
          Map.entry("degree_centrality", Measure.DEGREE_CENTRALITY),
          Map.entry("betweenness_raw", Measure.BETWEENNESS),
          Map.entry("betweenness_normalized", Measure.BETWEENNESS_NORMALIZED),
          Map.entry("closeness", Measure.CLOSENESS),
          Map.entry("harmonic_raw", Measure.HARMONIC),
          Map.entry("harmonic_normalized", Measure.HARMONIC_NORMALIZED),
          Map.entry("pagerank_0.85_unweighted", Measure.PAGERANK),
          Map.entry("pagerank_0.85_weighted", Measure.PAGERANK_WEIGHTED),
          Map.entry("eigenvector_l2", Measure.EIGENVECTOR),
          Map.entry("eigenvector_max1", Measure.EIGENVECTOR_MAX1),
          Map.entry("clustering", Measure.CLUSTERING));

  static Stream<Arguments> karateReference() {
    Map<String, Map<String, Double>> byMeasure =
        readValues("karate_reference_values.csv", "karate");
    return KARATE_NAMES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> Arguments.of(e.getKey(), e.getValue(), byMeasure.get(e.getKey())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("karateReference")
  void karateMatchesNetworkX(String name, Measure measure, Map<String, Double> expected) {
    EcosystemGraph snapshot = karate();
    var measures = new CentralityMeasures(NetworkView.whole(snapshot), EnumSet.of(measure));

    assertThat(expected).hasSize(34);
    assertMatches(snapshot, measures.scores(measure), expected, name);
  }

  @Test
  void measuresComputedApartCombineAsIfComputedTogether() {
    var view = NetworkView.whole(karate());
    var options = CentralityMeasures.Options.defaults().withPivots(10, 3);
    var together =
        new CentralityMeasures(
            view, EnumSet.of(Measure.KATZ, Measure.BETWEENNESS, Measure.PAGERANK), options);

    var combined =
        CentralityMeasures.combine(
            List.of(
                new CentralityMeasures(view, EnumSet.of(Measure.PAGERANK), options),
                new CentralityMeasures(view, EnumSet.of(Measure.KATZ), options),
                new CentralityMeasures(view, EnumSet.of(Measure.BETWEENNESS), options)));

    assertThat(combined.measures()).isEqualTo(together.measures());
    for (Measure m : together.measures()) {
      assertThat(combined.scores(m)).as(m.id()).isEqualTo(together.scores(m));
    }
    assertThat(combined.katzAlpha()).isEqualTo(together.katzAlpha());
    assertThat(combined.largestEigenvalue()).isEqualTo(together.largestEigenvalue());
    assertThat(combined.betweennessPivots()).isEqualTo(10);
    var other = new CentralityMeasures(NetworkView.whole(karate()), EnumSet.of(Measure.DEGREE));
    assertThatThrownBy(() -> CentralityMeasures.combine(List.of(combined, other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different views");
  }

  @Test
  void pathScoresOfOneActorAreThoseOfTheAllActorsComputation() {
    var view = NetworkView.whole(extraGraph("disconnected"));
    var all =
        new CentralityMeasures(
            view, EnumSet.of(Measure.CLOSENESS, Measure.HARMONIC, Measure.HARMONIC_NORMALIZED));

    // the same sums; only the order in which the harmonic terms are added differs
    for (int v = 0; v < view.vertexCount(); v++) {
      var one = CentralityMeasures.pathScores(view, v);
      assertThat(one.closeness()).isEqualTo(all.score(Measure.CLOSENESS, v));
      assertThat(one.harmonic()).isCloseTo(all.score(Measure.HARMONIC, v), within(1e-12));
      assertThat(one.harmonicNormalized())
          .isCloseTo(all.score(Measure.HARMONIC_NORMALIZED, v), within(1e-12));
    }
    assertThat(CentralityMeasures.pathScores(view, 0).closeness()).isPositive();
  }

  @Test
  void karateKatzAndCorenessMatchNetworkX() {
    assertMatchesExtraReference("karate");
  }

  @Test
  void florentineFamiliesMatchNetworkX() {
    assertMatchesExtraReference("florentine");
  }

  /**
   * Every measure in centrality_reference_values.csv for {@code name}, with the default parameters
   * and with the explicit ones the generator used (katz_alpha_0.1, pagerank_0.5).
   */
  private static void assertMatchesExtraReference(String name) {
    EcosystemGraph snapshot = name.equals("karate") ? karate() : extraGraph(name);
    var view = NetworkView.whole(snapshot);
    Map<String, Map<String, Double>> reference =
        readValues("centrality_reference_values.csv", name);
    var defaults = new CentralityMeasures(view);
    var katzAlpha = new CentralityMeasures(view, EnumSet.of(Measure.KATZ), 0.85, 0.1);
    var damping = new CentralityMeasures(view, EnumSet.of(Measure.PAGERANK), 0.5);

    assertThat(defaults.eigenvectorConverged()).isTrue();
    for (var entry : reference.entrySet()) {
      String measure = entry.getKey();
      double[] actual =
          switch (measure) {
            case "katz_default" -> defaults.scores(Measure.KATZ);
            case "katz_alpha_0.1" -> katzAlpha.scores(Measure.KATZ);
            case "pagerank_0.5" -> damping.scores(Measure.PAGERANK);
            default ->
                defaults.scores(
                    Measure.byId(measure)
                        .orElseThrow(() -> new AssertionError("unknown measure " + measure)));
          };
      assertMatches(snapshot, actual, entry.getValue(), name + " " + measure);
    }
    assertThat(reference.keySet())
        .containsAll(Measure.ids().stream().filter(id -> !id.equals("katz")).toList())
        .contains("katz_default", "katz_alpha_0.1", "pagerank_0.5");
  }

  private static void assertMatches(
      EcosystemGraph snapshot, double[] actual, Map<String, Double> expected, String what) {
    assertThat(actual).as(what).hasSize(expected.size());
    double worst = 0;
    for (var e : expected.entrySet()) {
      int vertex = snapshot.actorIndex(e.getKey()).getAsInt(); // whole view: vertex = actor
      if (Double.isNaN(e.getValue())) { // NetworkX's nan: no value (Burt's, an isolate)
        assertThat(actual[vertex]).as(what + " of " + e.getKey()).isNaN();
        continue;
      }
      assertThat(actual[vertex])
          .as(what + " of " + e.getKey())
          .isCloseTo(e.getValue(), within(REFERENCE));
      worst = Math.max(worst, Math.abs(actual[vertex] - e.getValue()));
    }
    if (Boolean.getBoolean("brobygge.printDeviations")) {
      System.out.printf("deviation %-40s %.3e%n", what, worst);
    }
  }

  // ---- fixtures ----

  private record Edge(String source, String target, double weight) {}

  private static EcosystemGraph graph(List<String> actors, List<Edge> edges) {
    EcosystemGraph.Builder b = EcosystemGraph.builder();
    for (String id : actors) {
      b.actor(id, id, Sector.BUSINESS, Set.of(Role.FIRM), "", "SE");
    }
    for (Edge e : edges) {
      b.tie(e.source(), e.target(), TieKind.COLLABORATION, e.weight(), null, null);
    }
    return b.build();
  }

  /** Zachary's karate club from karate.csv: actors "0".."33", so actor index = member number. */
  static EcosystemGraph karate() {
    List<String> actors = new ArrayList<>();
    for (int i = 0; i < 34; i++) {
      actors.add(Integer.toString(i));
    }
    List<Edge> edges = new ArrayList<>();
    for (String[] row : rows("karate.csv")) {
      edges.add(new Edge(row[0], row[1], Double.parseDouble(row[2])));
    }
    return graph(actors, edges);
  }

  static EcosystemGraph extraGraph(String name) {
    Set<String> actors = new LinkedHashSet<>();
    for (String[] row : rows("centrality_nodes.csv")) {
      if (row[0].equals(name)) {
        actors.add(row[1]);
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (String[] row : rows("centrality_graphs.csv")) {
      if (row[0].equals(name)) {
        edges.add(new Edge(row[1], row[2], Double.parseDouble(row[3])));
      }
    }
    return graph(List.copyOf(actors), edges);
  }

  /** measure -> node -> value for one graph of a {@code graph,measure,node,value} file. */
  private static Map<String, Map<String, Double>> readValues(String file, String graph) {
    Map<String, Map<String, Double>> values = new LinkedHashMap<>();
    for (String[] row : rows(file)) {
      if (row[0].equals(graph)) {
        values
            .computeIfAbsent(row[1], k -> new HashMap<>())
            .put(row[2], Double.parseDouble(row[3]));
      }
    }
    return values;
  }

  /** The data rows of a reference CSV: no comment lines, no header, no quoting in these files. */
  static List<String[]> rows(String file) {
    var in = CentralityMeasuresTest.class.getResourceAsStream("/reference/" + file);
    if (in == null) {
      throw new IllegalStateException("missing test resource reference/" + file);
    }
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .skip(1)
          .map(line -> line.split(","))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

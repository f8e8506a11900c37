package org.brobygge.analysis.bridges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.jgrapht.Graph;
import org.jgrapht.alg.linkprediction.LinkPredictionIndexNotWellDefinedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkPredictionIndexTest {

  // ---- the ladder: one actor, two actors, isolated pair, a path

  @Test
  void twoActorsWithoutPartnersScoreZeroOnEveryIndex() {
    LinkNetwork network = LinkNetwork.of(graph(2));

    for (LinkPredictionIndex index : LinkPredictionIndex.values()) {
      assertThat(index.value(network, 0, 1)).as(index.id()).isZero();
    }
  }

  @Test
  void jaccardOfTwoActorsWithoutPartnersIsZeroWhereJGraphTThrows() {
    EcosystemGraph graph = graph(2);
    Graph<Integer, Integer> jgrapht = NetworkView.whole(graph).graph();

    assertThat(LinkPredictionIndex.JACCARD.value(LinkNetwork.of(graph), 0, 1)).isZero();
    assertThatThrownBy(() -> LinkPredictionIndex.JACCARD.algorithm(jgrapht).predict(0, 1))
        .isInstanceOf(LinkPredictionIndexNotWellDefinedException.class);
  }

  @Test
  void aPathOfThreeGivesTheEndsOneSharedPartner() {
    // 0 - 1 - 2: the ends share 1, whose degree is 2
    LinkNetwork network = LinkNetwork.of(graph(3, 0, 1, 1, 2));

    assertThat(LinkPredictionIndex.COMMON_NEIGHBOURS.value(network, 0, 2)).isEqualTo(1.0);
    assertThat(LinkPredictionIndex.RESOURCE_ALLOCATION.value(network, 0, 2)).isEqualTo(0.5);
    assertThat(LinkPredictionIndex.ADAMIC_ADAR.value(network, 0, 2))
        .isCloseTo(1 / Math.log(2), within(1e-15));
    assertThat(LinkPredictionIndex.JACCARD.value(network, 0, 2)).isEqualTo(1.0);
    // tied neighbours share nobody; the union of {1} and {0, 2} has 3 members... of which none
    // common
    assertThat(LinkPredictionIndex.JACCARD.value(network, 0, 1)).isZero();
  }

  @Test
  void aHandComputedGraphWithAHub() {
    // 0 and 1 share 2 (degree 2) and the hub 3 (degree 4); 4 hangs on the hub
    LinkNetwork network = LinkNetwork.of(graph(5, 0, 2, 1, 2, 0, 3, 1, 3, 3, 4, 3, 2));
    // degrees: 0:2, 1:2, 2:3 (0, 1, 3), 3:4 (0, 1, 4, 2), 4:1

    assertThat(LinkPredictionIndex.COMMON_NEIGHBOURS.value(network, 0, 1)).isEqualTo(2.0);
    assertThat(LinkPredictionIndex.RESOURCE_ALLOCATION.value(network, 0, 1))
        .isCloseTo(1.0 / 3 + 1.0 / 4, within(1e-15));
    assertThat(LinkPredictionIndex.ADAMIC_ADAR.value(network, 0, 1))
        .isCloseTo(1 / Math.log(3) + 1 / Math.log(4), within(1e-15));
    assertThat(LinkPredictionIndex.JACCARD.value(network, 0, 1)).isEqualTo(1.0); // {2,3} both
    assertThat(LinkPredictionIndex.JACCARD.value(network, 0, 4))
        .isCloseTo(1.0 / 2, within(1e-15)); // {2,3} and {3}
  }

  @Test
  void parallelAndDirectedTiesCountAsOnePartner() {
    EcosystemGraph graph =
        EcosystemGraph.builder()
            .actor("a", "A", Sector.BUSINESS, Set.of(Role.FIRM), "", "")
            .actor("b", "B", Sector.BUSINESS, Set.of(Role.FIRM), "", "")
            .actor("w", "W", Sector.PUBLIC, Set.of(Role.CAPITAL), "", "")
            .tie("w", "a", TieKind.CAPITAL, 1, null, null)
            .tie("a", "w", TieKind.TRADE, 2, null, null)
            .tie("w", "b", TieKind.CAPITAL, 3, null, null)
            .tie("w", "w", TieKind.COLLABORATION, 1, null, null)
            .build();
    LinkNetwork network = LinkNetwork.of(graph);

    assertThat(network.degree(2)).isEqualTo(2);
    assertThat(network.weight(0, 2)).isEqualTo(3.0);
    assertThat(network.strength(2)).isEqualTo(6.0);
    assertThat(LinkPredictionIndex.RESOURCE_ALLOCATION.value(network, 0, 1)).isEqualTo(0.5);
  }

  // ---- references: NetworkX 2.8.8 and JGraphT on every pair

  @ParameterizedTest
  @ValueSource(strings = {"karate", "florentine", "small"})
  void everyIndexOfEveryPairMatchesNetworkX(String name) {
    EcosystemGraph graph = referenceGraph(name);
    LinkNetwork network = LinkNetwork.of(graph);
    int rows = 0;
    for (String[] row : rows("link_prediction_reference_values.csv")) {
      if (!row[0].equals(name)) {
        continue;
      }
      LinkPredictionIndex index = LinkPredictionIndex.byId(row[1]).orElseThrow();
      int u = Integer.parseInt(row[2]);
      int v = Integer.parseInt(row[3]);
      assertThat(index.value(network, u, v))
          .as("%s %s(%d, %d)", name, index.id(), u, v)
          .isCloseTo(Double.parseDouble(row[4]), within(1e-12));
      rows++;
    }
    int n = graph.actorCount();
    assertThat(rows).isEqualTo(4 * n * (n - 1) / 2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"karate", "florentine", "small"})
  void everyIndexOfEveryPairMatchesJGraphTWhereItIsDefined(String name) {
    EcosystemGraph graph = referenceGraph(name);
    LinkNetwork network = LinkNetwork.of(graph);
    Graph<Integer, Integer> jgrapht = NetworkView.whole(graph).graph();
    int undefined = 0;
    for (LinkPredictionIndex index : LinkPredictionIndex.values()) {
      var algorithm = index.algorithm(jgrapht);
      for (int u = 0; u < graph.actorCount(); u++) {
        for (int v = u + 1; v < graph.actorCount(); v++) {
          double expected;
          try {
            expected = algorithm.predict(u, v);
          } catch (LinkPredictionIndexNotWellDefinedException e) {
            undefined++; // Jaccard of two isolated actors: NetworkX and Brobygge answer 0
            assertThat(index).isEqualTo(LinkPredictionIndex.JACCARD);
            assertThat(index.value(network, u, v)).isZero();
            continue;
          }
          assertThat(index.value(network, u, v))
              .as("%s %s(%d, %d)", name, index.id(), u, v)
              .isCloseTo(expected, within(1e-12));
        }
      }
    }
    assertThat(undefined).isEqualTo(name.equals("small") ? 1 : 0); // the isolated pair 8, 9
  }

  @Test
  void idsAreStableAndResourceAllocationIsTheDefault() {
    assertThat(LinkPredictionIndex.ids())
        .containsExactly("resource_allocation", "adamic_adar", "jaccard", "common_neighbours");
    assertThat(LinkPredictionIndex.DEFAULT).isEqualTo(LinkPredictionIndex.RESOURCE_ALLOCATION);
    assertThat(LinkPredictionIndex.byId("adamic_adar")).hasValue(LinkPredictionIndex.ADAMIC_ADAR);
    assertThat(LinkPredictionIndex.byId("katz")).isEmpty();
  }

  // ---- helpers

  /** n firms and the ties given as pairs of indices. */
  static EcosystemGraph graph(int n, int... pairs) {
    EcosystemGraph.Builder b = EcosystemGraph.builder();
    for (int i = 0; i < n; i++) {
      b.actor("a" + i, "a" + i, Sector.BUSINESS, Set.of(Role.FIRM), "", "SE");
    }
    for (int i = 0; i < pairs.length; i += 2) {
      b.tie("a" + pairs[i], "a" + pairs[i + 1], TieKind.COLLABORATION, 1, null, null);
    }
    return b.build();
  }

  static EcosystemGraph referenceGraph(String name) {
    int n = 0;
    for (String[] row : rows("link_prediction_nodes.csv")) {
      if (row[0].equals(name)) {
        n = Integer.parseInt(row[1]);
      }
    }
    List<Integer> pairs = new ArrayList<>();
    if (name.equals("karate")) {
      for (String[] row : rows("karate.csv")) {
        pairs.add(Integer.parseInt(row[0]));
        pairs.add(Integer.parseInt(row[1]));
      }
    } else {
      for (String[] row : rows("link_prediction_graphs.csv")) {
        if (row[0].equals(name)) {
          pairs.add(Integer.parseInt(row[1]));
          pairs.add(Integer.parseInt(row[2]));
        }
      }
    }
    return graph(n, pairs.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The data rows of a reference CSV: no header, no '#' comments. */
  static List<String[]> rows(String file) {
    var in = LinkPredictionIndexTest.class.getResourceAsStream("/reference/" + file);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String[]> rows = new ArrayList<>();
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split(","));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

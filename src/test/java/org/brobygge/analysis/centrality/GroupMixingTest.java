package org.brobygge.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.brobygge.analysis.centrality.ReferenceGraphs.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GroupMixingTest {

  private static final double EXACT = 1e-9;
  private static final double REFERENCE = 1e-6;
  private static final List<String> AB = List.of("A", "B");

  // ---- the edge-case ladder

  @Test
  void emptyNetworkHasNoMixing() {
    var mixing =
        new GroupMixing(
            NetworkView.whole(EcosystemGraph.builder().build()), Grouping.of(AB, new int[0]));

    assertThat(mixing.eiIndex()).isNaN();
    assertThat(mixing.eiIndex(0)).isNaN();
    assertThat(mixing.expectedEiIndex()).isNaN();
    assertThat(mixing.attributeAssortativity()).isNaN();
    assertThat(mixing.blockDensity(0, 1)).isNaN();
    assertThat(mixing.mixingMatrix()).isDeepEqualTo(new long[2][2]);
  }

  @Test
  void loneActorHasNoTiesToMix() {
    var mixing = new GroupMixing(graph(1), Grouping.of(AB, new int[] {0}));

    assertThat(mixing.actorEiIndex(0)).isNaN();
    assertThat(mixing.blockDensity(0, 0)).isNaN(); // a group of one has no pair within
    assertThat(mixing.blockDensity(0, 1)).isNaN(); // B is empty
  }

  @Test
  void isolateHasNoEiIndexButCountsAsAPossiblePartner() {
    var mixing = new GroupMixing(graph(3, 0, 1), Grouping.of(AB, new int[] {0, 1, 1}));

    assertThat(mixing.actorEiIndex(2)).isNaN();
    assertThat(mixing.actorEiIndex(0)).isEqualTo(1.0);
    assertThat(mixing.blockDensity(0, 1)).isCloseTo(0.5, within(EXACT));
    assertThat(mixing.blockDensity(1, 1)).isCloseTo(0.0, within(EXACT));
  }

  @Test
  void starAcrossGroupsIsAllExternal() {
    var mixing =
        new GroupMixing(graph(4, 0, 1, 0, 2, 0, 3), Grouping.of(AB, new int[] {0, 1, 1, 1}));

    assertThat(mixing.eiIndex()).isEqualTo(1.0);
    assertThat(mixing.eiIndex(0)).isEqualTo(1.0);
    assertThat(mixing.eiIndex(1)).isEqualTo(1.0);
    assertThat(mixing.attributeAssortativity()).isCloseTo(-1.0, within(EXACT));
    assertThat(mixing.blockDensity(0, 1)).isCloseTo(1.0, within(EXACT));
  }

  @Test
  void oneGroupHasNoAssortativityLikeNetworkX() {
    var mixing = new GroupMixing(graph(3, 0, 1, 1, 2), Grouping.of(AB, new int[] {0, 0, 0}));

    assertThat(mixing.attributeAssortativity()).isNaN();
    assertThat(mixing.eiIndex()).isEqualTo(-1.0);
  }

  @Test
  void separateGroupsArePerfectlyAssortative() {
    var mixing = new GroupMixing(graph(4, 0, 1, 2, 3), Grouping.of(AB, new int[] {0, 0, 1, 1}));

    assertThat(mixing.attributeAssortativity()).isCloseTo(1.0, within(EXACT));
  }

  @Test
  void rejectsGroupingOfAnotherSize() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new GroupMixing(graph(2, 0, 1), Grouping.of(AB, new int[] {0})));
  }

  // ---- hand-computed

  @Test
  void fiveActorsInTwoGroupsByHand() {
    // A = {0, 1, 2}, B = {3, 4}; ties 0-1, 0-2 (A), 3-4 (B), 2-3, 1-4 (across)
    var mixing =
        new GroupMixing(
            graph(5, 0, 1, 0, 2, 2, 3, 3, 4, 1, 4), Grouping.of(AB, new int[] {0, 0, 0, 1, 1}));

    assertThat(mixing.mixingMatrix()).isDeepEqualTo(new long[][] {{2, 2}, {2, 1}});
    assertThat(mixing.eiIndex()).isCloseTo(-0.2, within(EXACT)); // (2 - 3) / 5
    assertThat(mixing.eiIndex(0)).isCloseTo(0.0, within(EXACT)); // (2 - 2) / 4
    assertThat(mixing.eiIndex(1)).isCloseTo(1.0 / 3, within(EXACT)); // (2 - 1) / 3
    assertThat(mixing.actorEiIndex(0)).isEqualTo(-1.0);
    assertThat(mixing.actorEiIndex(4)).isEqualTo(0.0);
    assertThat(mixing.blockDensity(0, 0)).isCloseTo(2.0 / 3, within(EXACT));
    assertThat(mixing.blockDensity(1, 1)).isCloseTo(1.0, within(EXACT));
    assertThat(mixing.blockDensity(0, 1)).isCloseTo(1.0 / 3, within(EXACT));
    assertThat(mixing.blockDensity(1, 0)).isCloseTo(1.0 / 3, within(EXACT));
    assertThat(mixing.expectedEiIndex()).isCloseTo(0.2, within(EXACT)); // (6 - 4) / 10 pairs
    // e_AA = 4/10, e_BB = 2/10, a = (0.6, 0.4): r = (0.6 - 0.52) / (1 - 0.52)
    assertThat(mixing.attributeAssortativity()).isCloseTo(1.0 / 6, within(EXACT));
  }

  @Test
  void weightsDoNotCount() {
    var mixing =
        new GroupMixing(
            ReferenceGraphs.weightedGraph(3, 0, 1, 9, 1, 2, 1),
            Grouping.of(AB, new int[] {0, 0, 1}));

    assertThat(mixing.eiIndex()).isEqualTo(0.0);
  }

  // ---- reference graphs

  @Test
  void karateByClubMatchesReference() {
    var mixing = new GroupMixing(ReferenceGraphs.karate(), ReferenceGraphs.karateClubs());
    JsonNode expected = ReferenceGraphs.karateGroupMeasures().get("karate_club_mixing");
    List<String> clubs = mixing.grouping().names();

    assertThat(mixing.grouping().groupSizes()).containsExactly(17, 17);
    assertThat(mixing.eiIndex()).isCloseTo(expected.get("EI_index").asDouble(), within(REFERENCE));
    assertThat(mixing.expectedEiIndex())
        .isCloseTo(expected.get("EI_expected_if_random_density").asDouble(), within(REFERENCE));
    assertThat(mixing.attributeAssortativity())
        .isCloseTo(expected.get("attribute_assortativity").asDouble(), within(REFERENCE));
    long internal = mixing.ties(0, 0) + mixing.ties(1, 1);
    assertThat(internal).isEqualTo(expected.get("internal_edges").asLong());
    assertThat(mixing.ties(0, 1)).isEqualTo(expected.get("external_edges").asLong());
    for (int g = 0; g < 2; g++) {
      for (int h = 0; h < 2; h++) {
        String key = clubs.get(g) + "|" + clubs.get(h);
        assertThat(mixing.ties(g, h))
            .as(key)
            .isEqualTo(
                expected
                    .get("mixing_counts_symmetric")
                    .get(clubs.get(g))
                    .get(clubs.get(h))
                    .asLong());
        assertThat(mixing.blockDensity(g, h))
            .as(key)
            .isCloseTo(expected.get("block_density").get(key).asDouble(), within(REFERENCE));
      }
    }
    JsonNode nodeEi = expected.get("node_EI");
    assertThat(nodeEi.size()).isEqualTo(34);
    for (int v = 0; v < 34; v++) {
      assertThat(mixing.actorEiIndex(v))
          .as("vertex %d", v)
          .isCloseTo(nodeEi.get(Integer.toString(v)).asDouble(), within(REFERENCE));
    }
  }

  @Test
  void lesMiserablesInThreeGroupsMatchesNetworkXAndDefinitions() {
    var view = ReferenceGraphs.load("lesmis_edges.csv");
    int[] groupOf = new int[view.vertexCount()];
    Arrays.setAll(groupOf, v -> v % 3);
    var mixing = new GroupMixing(view, Grouping.of(List.of("0", "1", "2"), groupOf));
    String file = "holes_reference_values.csv";

    assertThat(mixing.attributeAssortativity())
        .isCloseTo(
            ReferenceGraphs.values(file, "lesmis", "attribute_assortativity").get(""),
            within(REFERENCE));
    assertThat(mixing.eiIndex())
        .isCloseTo(ReferenceGraphs.values(file, "lesmis", "ei_index").get(""), within(REFERENCE));
    ReferenceGraphs.values(file, "lesmis", "ei_index_group")
        .forEach(
            (g, value) ->
                assertThat(mixing.eiIndex(Integer.parseInt(g)))
                    .as("group %s", g)
                    .isCloseTo(value, within(REFERENCE)));
    for (int g = 0; g < 3; g++) {
      int from = g;
      ReferenceGraphs.values(file, "lesmis", "block_density_" + g)
          .forEach(
              (h, value) ->
                  assertThat(mixing.blockDensity(from, Integer.parseInt(h)))
                      .as("block %d|%s", from, h)
                      .isCloseTo(value, within(REFERENCE)));
    }
    Map<String, Double> actorEi = ReferenceGraphs.values(file, "lesmis", "ei_index_actor");
    assertThat(actorEi).hasSize(view.vertexCount());
    actorEi.forEach(
        (v, value) ->
            assertThat(mixing.actorEiIndex(Integer.parseInt(v)))
                .as("vertex %s", v)
                .isCloseTo(value, within(REFERENCE)));
  }
}

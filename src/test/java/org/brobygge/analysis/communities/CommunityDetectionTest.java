package org.brobygge.analysis.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.brobygge.analysis.communities.CommunityAlgorithm.GREEDY_MODULARITY;
import static org.brobygge.analysis.communities.CommunityAlgorithm.LABEL_PROPAGATION;
import static org.brobygge.analysis.communities.CommunityGraphs.graph;
import static org.brobygge.analysis.communities.CommunityGraphs.karate;
import static org.brobygge.analysis.communities.CommunityGraphs.karateClubs;
import static org.brobygge.analysis.communities.CommunityGraphs.referenceLabels;
import static org.brobygge.analysis.communities.CommunityGraphs.referenceValue;

import org.brobygge.graph.NetworkView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommunityDetectionTest {

  private static final double EXACT = 1e-12;
  private static final double REFERENCE = 1e-9;

  /** Two triangles {0,1,2} and {3,4,5} joined by the tie 2-3. */
  private static final NetworkView TWO_TRIANGLES =
      graph(6, 0, 1, 1, 2, 0, 2, 3, 4, 4, 5, 3, 5, 2, 3);

  // ---- the edge-case ladder

  @ParameterizedTest
  @EnumSource(CommunityAlgorithm.class)
  void emptyNetworkHasNoCommunities(CommunityAlgorithm algorithm) {
    var detection = new CommunityDetection(graph(0), algorithm);

    assertThat(detection.communityCount()).isZero();
    assertThat(detection.modularity()).isNaN();
  }

  @ParameterizedTest
  @EnumSource(CommunityAlgorithm.class)
  void loneActorIsItsOwnCommunity(CommunityAlgorithm algorithm) {
    var detection = new CommunityDetection(graph(1), algorithm);

    assertThat(detection.communities()).containsExactly(0);
    assertThat(detection.modularity()).isNaN();
  }

  @ParameterizedTest
  @EnumSource(CommunityAlgorithm.class)
  void actorsWithoutTiesAreSingletonsInVertexOrder(CommunityAlgorithm algorithm) {
    var detection = new CommunityDetection(graph(3), algorithm);

    assertThat(detection.communities()).containsExactly(0, 1, 2);
  }

  @ParameterizedTest
  @EnumSource(CommunityAlgorithm.class)
  void twoActorsWithATieFormOneCommunity(CommunityAlgorithm algorithm) {
    var detection = new CommunityDetection(graph(2, 0, 1), algorithm);

    assertThat(detection.communities()).containsExactly(0, 0);
    assertThat(detection.modularity()).isCloseTo(0.0, within(EXACT));
  }

  @ParameterizedTest
  @EnumSource(CommunityAlgorithm.class)
  void disconnectedCliquesAreNumberedLargestFirstThenByLowestVertex(CommunityAlgorithm algorithm) {
    // a triangle {0,1,2}, an isolate 3, a K4 {4..7}, a tie {8,9}
    var view = graph(10, 0, 1, 1, 2, 0, 2, 4, 5, 4, 6, 4, 7, 5, 6, 5, 7, 6, 7, 8, 9);

    var detection = new CommunityDetection(view, algorithm);

    assertThat(detection.communities()).containsExactly(1, 1, 1, 3, 0, 0, 0, 0, 2, 2);
    assertThat(detection.members(0)).containsExactly(4, 5, 6, 7);
    assertThat(detection.size(3)).isEqualTo(1);
  }

  // ---- a hand-computed graph

  @ParameterizedTest
  @EnumSource(CommunityAlgorithm.class)
  void twoTrianglesJoinedByOneTieSplitIntoTheTriangles(CommunityAlgorithm algorithm) {
    var detection = new CommunityDetection(TWO_TRIANGLES, algorithm);

    assertThat(detection.communities()).containsExactly(0, 0, 0, 1, 1, 1);
    // m = 7, each triangle: L = 3, d = 7; Q = 2 (3/7 - (7/14)^2) = 5/14
    assertThat(detection.modularity()).isCloseTo(5.0 / 14, within(EXACT));
    assertThat(detection.modularity())
        .isCloseTo(referenceValue("two_triangles", "modularity"), within(REFERENCE));
  }

  @Test
  void modularityOfOneCommunityIsZeroAndOfSingletonsIsNegative() {
    var g = TWO_TRIANGLES.graph();

    assertThat(Modularity.of(g, new int[6])).isCloseTo(0.0, within(EXACT));
    // singletons: -sum (d_v/2m)^2 = -(4*2^2 + 2*3^2)/14^2 = -34/196
    assertThat(Modularity.of(g, new int[] {0, 1, 2, 3, 4, 5}))
        .isCloseTo(-34.0 / 196, within(EXACT));
  }

  @Test
  void modularityRefusesAPartitionOfAnotherSize() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Modularity.of(TWO_TRIANGLES.graph(), new int[5]));
  }

  // ---- the published reference graph

  @Test
  void modularityOfKarateClubsMatchesNetworkX() {
    assertThat(Modularity.of(karate().graph(), karateClubs()))
        .isCloseTo(referenceValue("karate_clubs", "modularity"), within(REFERENCE));
  }

  @Test
  void greedyModularityOnKarateFindsNetworkXsPartition() {
    var detection = new CommunityDetection(karate(), GREEDY_MODULARITY);

    assertThat(detection.communities()).containsExactly(referenceLabels("karate_greedy", "labels"));
    assertThat(detection.modularity())
        .isCloseTo(referenceValue("karate_greedy", "modularity"), within(REFERENCE));
  }

  @Test
  void labelPropagationOnKarateIsReproducibleForASeed() {
    for (long seed : new long[] {1, 7, 42, 2026}) {
      var first = new CommunityDetection(karate(), LABEL_PROPAGATION, seed);
      var again = new CommunityDetection(karate(), LABEL_PROPAGATION, seed);

      assertThat(again.communities()).as("seed %d", seed).containsExactly(first.communities());
      assertThat(again.modularity()).isEqualTo(first.modularity());
      assertThat(first.modularity())
          .isCloseTo(Modularity.of(karate().graph(), first.communities()), within(EXACT));
    }
  }

  @Test
  void labelPropagationOnKarateFindsStructure() {
    var detection = new CommunityDetection(karate(), LABEL_PROPAGATION, 42);

    assertThat(detection.communityCount()).isBetween(2, 6);
    assertThat(detection.modularity()).isGreaterThan(0.3);
  }

  @Test
  void algorithmsAreFoundByTheirIds() {
    assertThat(CommunityAlgorithm.byId("Label_Propagation")).contains(LABEL_PROPAGATION);
    assertThat(CommunityAlgorithm.byId("louvain")).isEmpty();
    assertThat(CommunityAlgorithm.ids()).containsExactly("label_propagation", "greedy_modularity");
  }
}

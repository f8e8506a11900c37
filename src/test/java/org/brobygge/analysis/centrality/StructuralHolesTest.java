package org.brobygge.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;
import static org.brobygge.analysis.centrality.ReferenceGraphs.graph;
import static org.brobygge.analysis.centrality.ReferenceGraphs.weightedGraph;

import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.junit.jupiter.api.Test;

class StructuralHolesTest {

  private static final double EXACT = 1e-9;
  private static final double REFERENCE = 1e-6;

  // ---- the edge-case ladder

  @Test
  void emptyNetworkHasNoScores() {
    var holes = new StructuralHoles(NetworkView.whole(EcosystemGraph.builder().build()));

    assertThat(holes.constraints()).isEmpty();
    assertThat(holes.effectiveSizes()).isEmpty();
    assertThat(holes.efficiencies()).isEmpty();
  }

  @Test
  void loneActorIsNaNLikeNetworkX() {
    var holes = new StructuralHoles(graph(1));

    assertThat(holes.constraint(0)).isNaN();
    assertThat(holes.effectiveSize(0)).isNaN();
    assertThat(holes.efficiency(0)).isNaN();
  }

  @Test
  void isolateBesideATieIsNaNAndTheDyadIsFullyConstrained() {
    var holes = new StructuralHoles(graph(3, 0, 1));

    assertThat(holes.constraint(2)).isNaN();
    assertThat(holes.effectiveSize(2)).isNaN();
    assertThat(holes.constraint(0)).isCloseTo(1.0, within(EXACT));
    assertThat(holes.effectiveSize(0)).isCloseTo(1.0, within(EXACT));
    assertThat(holes.efficiency(0)).isCloseTo(1.0, within(EXACT));
  }

  @Test
  void starCentreSpansAllHolesAndLeavesDependOnIt() {
    // centre 0 and four leaves: c = 4 * (1/4)^2, effective size 4, efficiency 1
    var holes = new StructuralHoles(graph(5, 0, 1, 0, 2, 0, 3, 0, 4));

    assertThat(holes.constraint(0)).isCloseTo(0.25, within(EXACT));
    assertThat(holes.effectiveSize(0)).isCloseTo(4.0, within(EXACT));
    assertThat(holes.efficiency(0)).isCloseTo(1.0, within(EXACT));
    for (int leaf = 1; leaf <= 4; leaf++) {
      assertThat(holes.constraint(leaf)).isCloseTo(1.0, within(EXACT));
      assertThat(holes.effectiveSize(leaf)).isCloseTo(1.0, within(EXACT));
    }
  }

  @Test
  void cliqueMembersAreRedundant() {
    // triangle: p = 1/2, each contact reached directly 1/2 and via the third 1/4: 2 * (3/4)^2
    var holes = new StructuralHoles(graph(3, 0, 1, 1, 2, 0, 2));

    for (int v = 0; v < 3; v++) {
      assertThat(holes.constraint(v)).isCloseTo(1.125, within(EXACT));
      assertThat(holes.effectiveSize(v)).isCloseTo(1.0, within(EXACT));
      assertThat(holes.efficiency(v)).isCloseTo(0.5, within(EXACT));
    }
  }

  @Test
  void rejectsNullView() {
    assertThatNullPointerException().isThrownBy(() -> new StructuralHoles(null));
  }

  // ---- hand-computed

  @Test
  void unweightedStarWithOneClosedPairByHand() {
    // 0-1, 0-2, 0-3, 1-2
    var holes = new StructuralHoles(graph(4, 0, 1, 0, 2, 0, 3, 1, 2), false);

    // c_0 = (1/3 + 1/3 * 1/2)^2 * 2 + (1/3)^2 = 1/2 + 1/9
    assertThat(holes.constraint(0)).isCloseTo(11.0 / 18, within(EXACT));
    // c_1 = (1/2 + 1/2 * 1/2)^2 + (1/2 + 1/2 * 1/3)^2 = 9/16 + 4/9
    assertThat(holes.constraint(1)).isCloseTo(145.0 / 144, within(EXACT));
    assertThat(holes.constraint(3)).isCloseTo(1.0, within(EXACT));
    // Borgatti: deg - 2t/deg
    assertThat(holes.effectiveSize(0)).isCloseTo(3 - 2.0 / 3, within(EXACT));
    assertThat(holes.effectiveSize(1)).isCloseTo(1.0, within(EXACT));
    assertThat(holes.efficiency(0)).isCloseTo(7.0 / 9, within(EXACT));
    assertThat(holes.efficiency(1)).isCloseTo(0.5, within(EXACT));
  }

  @Test
  void weightedTriangleWithTailByHand() {
    // 0-1 (2), 0-2 (1), 1-2 (1), 2-3 (3); strengths 3, 3, 5, 3; largest ties 2, 2, 3, 3
    var holes = new StructuralHoles(weightedGraph(4, 0, 1, 2, 0, 2, 1, 1, 2, 1, 2, 3, 3));

    assertThat(holes.weighted()).isTrue();
    // c_0 = (2/3 + 1/3 * 1/5)^2 + (1/3 + 2/3 * 1/3)^2 = 121/225 + 25/81
    assertThat(holes.constraint(0)).isCloseTo(1714.0 / 2025, within(EXACT));
    // c_2 = (1/5 + 1/5 * 2/3)^2 * 2 + (3/5)^2
    assertThat(holes.constraint(2)).isCloseTo(131.0 / 225, within(EXACT));
    assertThat(holes.constraint(3)).isCloseTo(1.0, within(EXACT));
    // e_0 = 2 - p_02 m_12 - p_01 m_21 = 2 - 1/3 * 1/2 - 2/3 * 1/3
    assertThat(holes.effectiveSize(0)).isCloseTo(29.0 / 18, within(EXACT));
    // e_2 = 3 - p_21 m_01 - p_20 m_10 = 3 - 1/5 - 1/5
    assertThat(holes.effectiveSize(2)).isCloseTo(13.0 / 5, within(EXACT));
    assertThat(holes.efficiency(2)).isCloseTo(13.0 / 15, within(EXACT));
  }

  @Test
  void parallelTiesCountAsOneHeavierTie() {
    var merged = new StructuralHoles(weightedGraph(3, 0, 1, 1, 0, 1, 2, 1, 2, 1));
    var single = new StructuralHoles(weightedGraph(3, 0, 1, 3, 1, 2, 1));

    for (int v = 0; v < 3; v++) {
      assertThat(merged.constraint(v)).isCloseTo(single.constraint(v), within(EXACT));
      assertThat(merged.effectiveSize(v)).isCloseTo(single.effectiveSize(v), within(EXACT));
    }
  }

  @Test
  void unweightedIgnoresWeights() {
    var weighted = new StructuralHoles(weightedGraph(4, 0, 1, 2, 0, 2, 1, 1, 2, 1, 2, 3, 3), false);
    var plain = new StructuralHoles(graph(4, 0, 1, 0, 2, 1, 2, 2, 3), false);

    assertThat(weighted.constraints()).containsExactly(plain.constraints(), within(EXACT));
    assertThat(weighted.effectiveSizes()).containsExactly(plain.effectiveSizes(), within(EXACT));
  }

  // ---- reference graphs

  @Test
  void karateUnweightedMatchesSharedReference() {
    var holes = new StructuralHoles(ReferenceGraphs.karate(), false);
    String file = "karate_reference_values.csv";

    assertMatches(holes::constraint, ReferenceGraphs.values(file, "karate", "constraint"));
    assertMatches(holes::effectiveSize, ReferenceGraphs.values(file, "karate", "effective_size"));
    assertMatches(holes::efficiency, ReferenceGraphs.values(file, "karate", "efficiency_burt"));
  }

  @Test
  void karateWeightedMatchesNetworkX() {
    var holes = new StructuralHoles(ReferenceGraphs.karate());
    String file = "holes_reference_values.csv";

    assertMatches(holes::constraint, ReferenceGraphs.values(file, "karate", "constraint_weighted"));
    assertMatches(
        holes::effectiveSize, ReferenceGraphs.values(file, "karate", "effective_size_weighted"));
    assertMatches(holes::efficiency, ReferenceGraphs.values(file, "karate", "efficiency_weighted"));
  }

  @Test
  void florentineFamiliesMatchNetworkX() {
    var holes = new StructuralHoles(ReferenceGraphs.load("florentine_edges.csv"), false);
    String file = "holes_reference_values.csv";

    assertMatches(holes::constraint, ReferenceGraphs.values(file, "florentine", "constraint"));
    assertMatches(
        holes::effectiveSize, ReferenceGraphs.values(file, "florentine", "effective_size"));
    assertMatches(holes::efficiency, ReferenceGraphs.values(file, "florentine", "efficiency"));
  }

  @Test
  void lesMiserablesWeightedAndUnweightedMatchNetworkX() {
    var view = ReferenceGraphs.load("lesmis_edges.csv");
    var weighted = new StructuralHoles(view, true);
    var plain = new StructuralHoles(view, false);
    String file = "holes_reference_values.csv";

    assertMatches(
        weighted::constraint, ReferenceGraphs.values(file, "lesmis", "constraint_weighted"));
    assertMatches(
        weighted::effectiveSize, ReferenceGraphs.values(file, "lesmis", "effective_size_weighted"));
    assertMatches(
        weighted::efficiency, ReferenceGraphs.values(file, "lesmis", "efficiency_weighted"));
    assertMatches(plain::constraint, ReferenceGraphs.values(file, "lesmis", "constraint"));
    assertMatches(plain::effectiveSize, ReferenceGraphs.values(file, "lesmis", "effective_size"));
    assertMatches(plain::efficiency, ReferenceGraphs.values(file, "lesmis", "efficiency"));
  }

  // ---- as measures, through CentralityMeasures

  @Test
  void measuresOfTheFamilyMatchNetworkXWeighted() {
    String file = "holes_reference_values.csv";
    for (String graph : new String[] {"karate", "lesmis"}) {
      var view =
          graph.equals("karate")
              ? ReferenceGraphs.karate()
              : ReferenceGraphs.load("lesmis_edges.csv");
      var measures = new CentralityMeasures(view, MeasureFamily.STRUCTURAL_HOLES.measures());

      assertThat(measures.families()).containsExactly(MeasureFamily.STRUCTURAL_HOLES);
      assertMatches(
          v -> measures.score(Measure.CONSTRAINT, v),
          ReferenceGraphs.values(file, graph, "constraint_weighted"));
      assertMatches(
          v -> measures.score(Measure.EFFECTIVE_SIZE, v),
          ReferenceGraphs.values(file, graph, "effective_size_weighted"));
      assertMatches(
          v -> measures.score(Measure.EFFICIENCY, v),
          ReferenceGraphs.values(file, graph, "efficiency_weighted"));
    }
  }

  @Test
  void measuresAreNaNForAnIsolateAndDefinedForTheOthers() {
    var measures =
        new CentralityMeasures(graph(3, 0, 1), MeasureFamily.STRUCTURAL_HOLES.measures());

    for (Measure m : MeasureFamily.STRUCTURAL_HOLES.measures()) {
      assertThat(m.definedForIsolates()).isFalse();
      assertThat(measures.score(m, 2)).as(m.id()).isNaN();
      assertThat(measures.score(m, 0)).as(m.id()).isCloseTo(1.0, within(EXACT));
    }
  }

  private static void assertMatches(IntToDoubleFunction measure, Map<String, Double> expected) {
    expected.forEach(
        (node, value) ->
            assertThat(measure.applyAsDouble(Integer.parseInt(node)))
                .as("vertex %s", node)
                .isCloseTo(value, within(REFERENCE)));
  }
}

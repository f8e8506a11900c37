package org.brobygge.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.brobygge.analysis.centrality.ReferenceGraphs.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;

class HelixMutualInformationTest {

  private static final double EXACT = 1e-9;

  @Test
  void noUnitsCarryNoInformation() {
    var helix = new HelixMutualInformation(new int[0], 4);

    assertThat(helix.mutualInformation()).isEqualTo(0.0);
    assertThat(helix.entropy(0b1111)).isEqualTo(0.0);
  }

  @Test
  void oneDimensionIsItsEntropy() {
    var helix = new HelixMutualInformation(new int[] {0, 1}, 1);

    assertThat(helix.mutualInformation()).isCloseTo(1.0, within(EXACT));
  }

  @Test
  void independentDimensionsShareNothing() {
    var helix = new HelixMutualInformation(new int[] {0b00, 0b01, 0b10, 0b11}, 2);

    assertThat(helix.entropy(0b01)).isCloseTo(1.0, within(EXACT));
    assertThat(helix.entropy(0b11)).isCloseTo(2.0, within(EXACT));
    assertThat(helix.mutualInformation()).isCloseTo(0.0, within(EXACT));
  }

  @Test
  void identicalDimensionsShareOneBitInTwoThreeAndFourDimensions() {
    // H of every subset is 1: T = 2 - 1, 3 - 3 + 1, 4 - 6 + 4 - 1
    assertThat(new HelixMutualInformation(new int[] {0b00, 0b11}, 2).mutualInformation())
        .isCloseTo(1.0, within(EXACT));
    assertThat(new HelixMutualInformation(new int[] {0b000, 0b111}, 3).mutualInformation())
        .isCloseTo(1.0, within(EXACT));
    assertThat(new HelixMutualInformation(new int[] {0b0000, 0b1111}, 4).mutualInformation())
        .isCloseTo(1.0, within(EXACT));
  }

  @Test
  void exclusiveOrIsOneBitOfSynergy() {
    // X, Y fair and independent, Z = X xor Y: T = 3 * 1 - 3 * 2 + 2 = -1
    var helix = new HelixMutualInformation(new int[] {0b000, 0b011, 0b101, 0b110}, 3);

    assertThat(helix.mutualInformation()).isCloseTo(-1.0, within(EXACT));
  }

  @Test
  void unevenPairByHand() {
    // (x, y) = (1,1), (1,0), (0,0), (0,0): H_x = 1, H_y = H(1/4), H_xy = 1.5; T = 3/4 log2(4/3)
    var helix = new HelixMutualInformation(new int[] {0b11, 0b01, 0b00, 0b00}, 2);

    double hQuarter = -(0.25 * log2(0.25) + 0.75 * log2(0.75));
    assertThat(helix.entropy(0b10)).isCloseTo(hQuarter, within(EXACT));
    assertThat(helix.entropy(0b11)).isCloseTo(1.5, within(EXACT));
    assertThat(helix.mutualInformation()).isCloseTo(0.75 * log2(4.0 / 3), within(EXACT));
  }

  @Test
  void constantDimensionCancelsOut() {
    // the uneven pair with a third dimension present in every unit
    var helix = new HelixMutualInformation(new int[] {0b111, 0b101, 0b100, 0b100}, 3);

    assertThat(helix.mutualInformation()).isCloseTo(0.0, within(EXACT));
  }

  @Test
  void rejectsBadDimensionsAndUnits() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new HelixMutualInformation(new int[0], 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new HelixMutualInformation(new int[0], 11));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new HelixMutualInformation(new int[] {0b100}, 2));
  }

  @Test
  void neighbourhoodUnitsHoldTheSectorsAroundEachActor() {
    // u (academia) - f (business) - g (public), c (civil society) alone
    EcosystemGraph.Builder b = EcosystemGraph.builder();
    b.actor("u", "u", Sector.ACADEMIA, Set.of(), "", "SE");
    b.actor("f", "f", Sector.BUSINESS, Set.of(), "", "SE");
    b.actor("g", "g", Sector.PUBLIC, Set.of(), "", "SE");
    b.actor("c", "c", Sector.CIVIL_SOCIETY, Set.of(), "", "SE");
    b.tie("u", "f", TieKind.RESEARCH, 1, null, null);
    b.tie("f", "g", TieKind.AUTHORITY, 1, null, null);
    var view = NetworkView.whole(b.build());

    var helix = HelixMutualInformation.ofNeighbourhoods(view, Grouping.bySector(view));

    assertThat(helix.dimensions()).isEqualTo(4);
    assertThat(helix.units()).containsExactly(0b0011, 0b0111, 0b0110, 0b1000);
  }

  @Test
  void lesMiserablesInFourGroupsMatchesIndependentPython() {
    var view = ReferenceGraphs.load("lesmis_edges.csv");
    int[] groupOf = new int[view.vertexCount()];
    Arrays.setAll(groupOf, v -> v % 4);
    var helix =
        HelixMutualInformation.ofNeighbourhoods(
            view, Grouping.of(List.of("0", "1", "2", "3"), groupOf));
    String file = "holes_reference_values.csv";

    assertThat(helix.mutualInformation())
        .isCloseTo(
            ReferenceGraphs.values(file, "lesmis", "helix_mutual_information").get(""),
            within(1e-9));
    ReferenceGraphs.values(file, "lesmis", "helix_entropy")
        .forEach(
            (dims, h) -> {
              int subset = dims.chars().map(c -> 1 << (c - '0')).sum();
              assertThat(helix.entropy(subset)).as("H(%s)", dims).isCloseTo(h, within(1e-9));
            });
  }

  @Test
  void isolatedActorsAreUnitsOfTheirOwnGroup() {
    var helix =
        HelixMutualInformation.ofNeighbourhoods(
            graph(2), Grouping.of(List.of("A", "B"), new int[] {0, 1}));

    assertThat(helix.units()).containsExactly(0b01, 0b10);
    assertThat(helix.mutualInformation()).isCloseTo(1.0, within(EXACT)); // x = not y
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}

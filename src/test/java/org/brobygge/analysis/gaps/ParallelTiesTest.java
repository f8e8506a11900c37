package org.brobygge.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;

class ParallelTiesTest {

  // the research gap: weak at weight <= 1 or ended more than 6 years before 2026

  /** f and r with these research ties between them, judged as the research gap of 2026. */
  private static ParallelTies researchTies(double[] weights, Integer[] since, Integer[] until) {
    EcosystemGraph.Builder b =
        EcosystemGraph.builder()
            .ecosystem("e", "E", "SE332")
            .actor("f", "F", Sector.BUSINESS, Set.of(Role.FIRM), "SE332", "SE")
            .actor("r", "R", Sector.ACADEMIA, Set.of(Role.RESEARCH), "SE332", "SE")
            .membership("f", "e");
    for (int i = 0; i < weights.length; i++) {
      b.tie(
          i % 2 == 0 ? "f" : "r",
          i % 2 == 0 ? "r" : "f",
          TieKind.RESEARCH,
          weights[i],
          since[i],
          until[i]);
    }
    EcosystemGraph graph = b.build();
    GapSides sides =
        new GapSides(graph, HandNetwork.gap("research"), HandNetwork.HOME, HandNetwork.YEAR, 0);
    return sides.countingTies(graph.actorIndex("f").orElseThrow()).get(0);
  }

  @Test
  void sumsWeightsTakesTheEarliestStartAndTheLatestEnd() {
    ParallelTies t =
        researchTies(
            new double[] {1, 0.5, 0.25},
            new Integer[] {2012, 2010, null},
            new Integer[] {2014, 2018, 2016});

    assertThat(t.tieCount()).isEqualTo(3);
    assertThat(t.weight()).isEqualTo(1.75);
    assertThat(t.since()).isEqualTo(2010);
    assertThat(t.until()).isEqualTo(2018);
    assertThat(t.ongoing()).isFalse();
    // 2018 < 2026 - 6
    assertThat(t.weakReason()).hasValue("ended 2018, more than 6 years before 2026");
  }

  @Test
  void oneOngoingTieMakesThemOngoingWhateverTheOrder() {
    ParallelTies ongoingLast =
        researchTies(new double[] {1, 1}, new Integer[] {2005, 2021}, new Integer[] {2010, null});
    ParallelTies ongoingFirst =
        researchTies(new double[] {1, 1}, new Integer[] {2021, 2005}, new Integer[] {null, 2010});
    for (ParallelTies t : new ParallelTies[] {ongoingLast, ongoingFirst}) {
      assertThat(t.ongoing()).isTrue();
      assertThat(t.until()).isEqualTo(EcosystemGraph.NO_YEAR);
      assertThat(t.since()).isEqualTo(2005);
      assertThat(t.weight()).isEqualTo(2.0);
      assertThat(t.weak()).isFalse(); // 2 > 1 and no end
      assertThat(t.weakReason()).isEmpty();
    }
  }

  @Test
  void noKnownStartStaysUnknown() {
    ParallelTies t = researchTies(new double[] {0.5}, new Integer[] {null}, new Integer[] {null});

    assertThat(t.since()).isEqualTo(EcosystemGraph.NO_YEAR);
    assertThat(t.weakReason()).hasValue("weight 0.5 <= 1");
  }

  /**
   * Through the sides: f has two research ties of weight 1 to r (each weak alone, 2 together:
   * strong) and a trade tie of weight 0.5 to r, which stays apart as another kind (weak: the
   * shipped threshold for trade is 0.5).
   */
  @Test
  void theSidesTakeParallelTiesOfOneKindTogetherAndKeepKindsApart() {
    EcosystemGraph graph =
        EcosystemGraph.builder()
            .ecosystem("e", "E", "SE332")
            .actor("f", "F", Sector.BUSINESS, Set.of(Role.FIRM), "SE332", "SE")
            .actor("r", "R", Sector.ACADEMIA, Set.of(Role.RESEARCH), "SE332", "SE")
            .membership("f", "e")
            .tie("f", "r", TieKind.RESEARCH, 1, 2018, 2019)
            .tie("r", "f", TieKind.RESEARCH, 1, 2023, null)
            .tie("f", "r", TieKind.TRADE, 0.5, 2024, null)
            .build();
    GapSides sides =
        new GapSides(graph, HandNetwork.gap("research"), HandNetwork.HOME, HandNetwork.YEAR, 0);
    int f = graph.actorIndex("f").orElseThrow();

    assertThat(sides.countingTies(f)).hasSize(2);
    ParallelTies research =
        sides.countingTies(f).stream().filter(t -> t.kindId().equals("research")).findFirst().get();
    assertThat(research.tieCount()).isEqualTo(2);
    assertThat(research.weight()).isEqualTo(2.0);
    assertThat(research.since()).isEqualTo(2018);
    assertThat(research.ongoing()).isTrue();
    assertThat(research.weak()).isFalse();
    ParallelTies trade =
        sides.countingTies(f).stream().filter(t -> t.kindId().equals("trade")).findFirst().get();
    assertThat(trade.weakReason()).hasValue("weight 0.5 <= 0.5");
    assertThat(sides.coverage(f)).hasValue(Coverage.STRONG);
  }
}

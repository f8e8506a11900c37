package org.brobygge.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;

class ParallelTiesTest {

  private static final Weakness WEAKNESS = new Weakness(1, Map.of(), 6); // weak: <= 1 or < 2020

  @Test
  void sumsWeightsTakesTheEarliestStartAndTheLatestEnd() {
    ParallelTies t = new ParallelTies(7, 0, "research");
    t.add(1, 2012, 2014);
    t.add(0.5, 2010, 2018);
    t.add(0.25, EcosystemGraph.NO_YEAR, 2016);
    t.judge(WEAKNESS, 2026);

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
    ParallelTies ongoingLast = new ParallelTies(7, 0, "research");
    ongoingLast.add(1, 2005, 2010);
    ongoingLast.add(1, 2021, EcosystemGraph.NO_YEAR);
    ParallelTies ongoingFirst = new ParallelTies(7, 0, "research");
    ongoingFirst.add(1, 2021, EcosystemGraph.NO_YEAR);
    ongoingFirst.add(1, 2005, 2010);
    for (ParallelTies t : new ParallelTies[] {ongoingLast, ongoingFirst}) {
      t.judge(WEAKNESS, 2026);
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
    ParallelTies t = new ParallelTies(7, 0, "research");
    t.add(0.5, EcosystemGraph.NO_YEAR, EcosystemGraph.NO_YEAR);
    t.judge(WEAKNESS, 2026);

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

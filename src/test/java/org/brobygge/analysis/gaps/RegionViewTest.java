package org.brobygge.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;

class RegionViewTest {

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(RegionView.median(new double[] {})).isNull();
    assertThat(RegionView.median(new double[] {0.4})).isEqualTo(0.4);
    assertThat(RegionView.median(new double[] {0.1, 0.2, 0.9})).isEqualTo(0.2);
    assertThat(RegionView.median(new double[] {0.0, 0.5, 0.5, 1.0})).isEqualTo(0.5);
  }

  /**
   * Research gap by hand: ecosystem "none" has a firm with no research tie (severity 1), "half" a
   * strong and a missing firm (0.5), "full" one strong firm (0), "empty" no firm (not applicable).
   */
  @Test
  void ranksWorstFirstAndLeavesInapplicableOut() {
    EcosystemGraph.Builder b = EcosystemGraph.builder();
    for (String e : new String[] {"full", "half", "none", "empty"}) {
      b.ecosystem(e, e, "");
    }
    b.actor("r", "r", Sector.ACADEMIA, Set.of(Role.RESEARCH), "", "SE");
    String[][] firms = {{"f1", "full"}, {"h1", "half"}, {"h2", "half"}, {"n1", "none"}};
    for (String[] firm : firms) {
      b.actor(firm[0], firm[0], Sector.BUSINESS, Set.of(Role.FIRM), "", "SE");
      b.membership(firm[0], firm[1]);
    }
    b.tie("f1", "r", TieKind.RESEARCH, 5, 2020, null);
    b.tie("h1", "r", TieKind.RESEARCH, 5, 2020, null);
    GapAnalysis analysis =
        new GapAnalysis(
            b.build(),
            DefaultGapDefinitions.at(2026).definitions(),
            new HomeRegion("SE332", "SE"),
            2026);

    RegionView region = RegionView.of(analysis);

    assertThat(region.rankings().get("research"))
        .extracting(r -> r.rank() + ":" + r.ecosystemId() + ":" + r.severity())
        .containsExactly("1:none:1.0", "2:half:0.5", "3:full:0.0");
    assertThat(region.medians().get("research")).isEqualTo(0.5);
    assertThat(region.profiles().get("empty")).containsEntry("research", null);
    assertThat(region.profiles().get("half")).containsEntry("research", 0.5);
  }
}

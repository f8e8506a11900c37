package org.brobygge.analysis.bridges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brobygge.analysis.gaps.Coverage;
import org.brobygge.analysis.gaps.HandNetwork;
import org.brobygge.graph.EcosystemGraph;
import org.junit.jupiter.api.Test;

class ActorGapCoverageTest {

  /** HandNetwork's research gap by hand: f1 strong, f2 weak only, f3 and f4 missing, of four. */
  @Test
  void handNetworkMembersStandAcrossTheResearchGapAsCountedByHand() {
    EcosystemGraph graph = HandNetwork.graph();
    List<ActorGapCoverage> all =
        ActorGapCoverage.of(
            graph, List.of(HandNetwork.gap("research")), HandNetwork.HOME, HandNetwork.YEAR, 0);

    assertThat(all)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.gap()).isEqualTo("research");
              assertThat(c.applicable()).isTrue();
              assertThat(c.sourceActors()).isEqualTo(4);
            });
    ActorGapCoverage research = all.get(0);
    int[] members = graph.members(0);
    for (int i = 0; i < members.length; i++) {
      String id = graph.actorId(members[i]);
      Coverage expected =
          switch (id) {
            case "f1" -> Coverage.STRONG;
            case "f2" -> Coverage.WEAK_ONLY;
            case "f3", "f4" -> Coverage.MISSING;
            default -> null;
          };
      assertThat(research.coverage(i)).as(id).isEqualTo(java.util.Optional.ofNullable(expected));
      double drop =
          switch (id) {
            case "f2" -> 0.125; // half an actor of four
            case "f3", "f4" -> 0.25; // one actor of four
            default -> 0.0;
          };
      assertThat(research.severityDrop(i)).as(id).isEqualTo(drop);
    }
  }
}

package org.brobygge.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.synthetic.SyntheticNetworkGenerator;
import org.junit.jupiter.api.Test;

class GapSidesTest {

  @Test
  void handNetworkResearchGapHasOneStrongOneWeakAndTwoMissingFirms() {
    EcosystemGraph graph = HandNetwork.graph();

    GapSides sides =
        new GapSides(graph, HandNetwork.gap("research"), HandNetwork.HOME, HandNetwork.YEAR, 0);

    assertThat(sides.sourceCount()).isEqualTo(4);
    assertThat(sides.targetCount()).isEqualTo(2);
    assertThat(sides.coverage(HandNetwork.actor(graph, "f1"))).isEqualTo(Coverage.STRONG);
    assertThat(sides.coverage(HandNetwork.actor(graph, "f2"))).isEqualTo(Coverage.WEAK_ONLY);
    assertThat(sides.coverage(HandNetwork.actor(graph, "f3"))).isEqualTo(Coverage.MISSING);
    assertThat(sides.coverage(HandNetwork.actor(graph, "f4"))).isEqualTo(Coverage.MISSING);
    assertThat(sides.coverage(HandNetwork.actor(graph, "c"))).isNull();
    assertThat(sides.severity()).isEqualTo(0.625);
    assertThat(sides.countingTies(HandNetwork.actor(graph, "f2")))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.kindId()).isEqualTo("research");
              assertThat(t.weight()).isEqualTo(1.0);
              assertThat(t.weakReason()).hasValue("weight 1 <= 1");
            });
  }

  /** The sides must be the gap the findings describe: same counts on every ecosystem and gap. */
  @Test
  void agreesWithGapAnalysisOnEveryFindingOfTheSample() {
    EcosystemGraph graph = EcosystemGraph.of(SyntheticNetworkGenerator.norrbottenLaplandSample(42));
    List<GapDefinition> definitions = HandNetwork.definitions();
    GapAnalysis analysis = new GapAnalysis(graph, definitions, HandNetwork.HOME, HandNetwork.YEAR);

    for (GapDefinition d : definitions) {
      for (int e = 0; e < graph.ecosystemCount(); e++) {
        GapFinding f = analysis.findings(d.id()).get(e);
        GapSides sides = new GapSides(graph, d, HandNetwork.HOME, HandNetwork.YEAR, e);
        String where = d.id() + " of " + graph.ecosystemId(e);
        assertThat(sides.applicable()).as(where).isEqualTo(f.applicable());
        assertThat(sides.sourceCount()).as(where).isEqualTo(f.sourceActors());
        assertThat(sides.targetCount()).as(where).isEqualTo(f.targetActors());
        assertThat(sides.count(Coverage.STRONG)).as(where).isEqualTo(f.strong());
        assertThat(sides.count(Coverage.WEAK_ONLY)).as(where).isEqualTo(f.weakOnly());
        assertThat(sides.count(Coverage.MISSING)).as(where).isEqualTo(f.missing());
        if (f.applicable()) {
          assertThat(sides.severity()).as(where).isEqualTo(f.severity());
        }
      }
    }
  }
}

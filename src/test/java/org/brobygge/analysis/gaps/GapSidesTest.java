package org.brobygge.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
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
    assertThat(sides.coverage(HandNetwork.actor(graph, "f1"))).hasValue(Coverage.STRONG);
    assertThat(sides.coverage(HandNetwork.actor(graph, "f2"))).hasValue(Coverage.WEAK_ONLY);
    assertThat(sides.coverage(HandNetwork.actor(graph, "f3"))).hasValue(Coverage.MISSING);
    assertThat(sides.coverage(HandNetwork.actor(graph, "f4"))).hasValue(Coverage.MISSING);
    assertThat(sides.coverage(HandNetwork.actor(graph, "c"))).isEmpty();
    assertThat(sides.hasCoverage(HandNetwork.actor(graph, "c"), Coverage.MISSING)).isFalse();
    assertThatThrownBy(() -> sides.sourceCoverage(HandNetwork.actor(graph, "c")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not on the source side");
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

  /**
   * The weak edges of one source actor are listed by partner (actor index), then kind index, with
   * parallel ties of one kind summed in the order the snapshot lists them: a fixed order, whatever
   * order the ties were read in (issue 10: the order of a hash map's buckets before).
   */
  @Test
  void listsTiesAcrossByPartnerThenKindWhateverTheOrderTheyWereAddedIn() {
    EcosystemGraph graph =
        EcosystemGraph.builder()
            .ecosystem("e", "E", "SE332")
            .actor("f", "F", Sector.BUSINESS, Set.of(Role.FIRM), "SE332", "SE")
            .actor("r1", "R1", Sector.ACADEMIA, Set.of(Role.RESEARCH), "SE332", "SE")
            .actor("r2", "R2", Sector.ACADEMIA, Set.of(Role.RESEARCH), "SE332", "SE")
            .actor("r3", "R3", Sector.ACADEMIA, Set.of(Role.RESEARCH), "SE332", "SE")
            .membership("f", "e")
            .tie("f", "r3", TieKind.RESEARCH, 0.5, 2020, null)
            .tie("r2", "f", TieKind.TRADE, 0.25, 2021, null)
            .tie("f", "r1", TieKind.RESEARCH, 0.5, 2022, null)
            .tie("f", "r2", TieKind.RESEARCH, 0.25, 2019, null)
            .tie("r2", "f", TieKind.RESEARCH, 0.5, 2018, 2021)
            .build();
    GapDefinition research = HandNetwork.gap("research");
    int f = HandNetwork.actor(graph, "f");

    GapSides sides = new GapSides(graph, research, HandNetwork.HOME, HandNetwork.YEAR, 0);

    // kinds are indexed in the order first met: research 0, trade 1
    assertThat(sides.countingTies(f))
        .extracting(t -> graph.actorId(t.other()) + " " + t.kindId() + " " + t.weight())
        .containsExactly("r1 research 0.5", "r2 research 0.75", "r2 trade 0.25", "r3 research 0.5");
    GapFinding finding =
        new GapAnalysis(graph, List.of(research), HandNetwork.HOME, HandNetwork.YEAR)
            .findings()
            .get(0);
    assertThat(finding.weakEdges())
        .extracting(w -> w.otherId() + " " + w.kind())
        .containsExactly("r1 research", "r2 research", "r2 trade", "r3 research");
    assertThat(finding.weakEdges().get(1).since()).isEqualTo(2018);
    assertThat(finding.weakEdges().get(1).until()).isNull(); // one of the two is ongoing
  }

  /** A what-if's copy with a tie added is judged as if the rules had been built on it afresh. */
  @Test
  void rulesOnACopyWithTiesAddedJudgeAsRulesBuiltOnIt() {
    EcosystemGraph graph = HandNetwork.graph();
    EcosystemGraph changed =
        graph.toBuilder().tie("f3", "r2", TieKind.RESEARCH, 2, 2025, null).build();
    for (GapDefinition d : HandNetwork.definitions()) {
      GapSides shared =
          new GapRules(graph, d, HandNetwork.HOME, HandNetwork.YEAR).withTiesOf(changed).sides(0);
      GapSides fresh = new GapRules(changed, d, HandNetwork.HOME, HandNetwork.YEAR).sides(0);
      assertThat(shared.applicable()).as(d.id()).isEqualTo(fresh.applicable());
      assertThat(shared.targetCount()).as(d.id()).isEqualTo(fresh.targetCount());
      for (Coverage c : Coverage.values()) {
        assertThat(shared.count(c)).as(d.id() + " " + c).isEqualTo(fresh.count(c));
      }
    }
    GapSides research =
        new GapRules(graph, HandNetwork.gap("research"), HandNetwork.HOME, HandNetwork.YEAR)
            .withTiesOf(changed)
            .sides(0);
    assertThat(research.coverage(HandNetwork.actor(changed, "f3"))).hasValue(Coverage.STRONG);
    EcosystemGraph otherActors =
        HandNetwork.builder()
            .actor("y", "Y", Sector.BUSINESS, Set.of(Role.FIRM), "SE332", "SE")
            .build();
    assertThatThrownBy(
            () ->
                new GapRules(graph, HandNetwork.gap("research"), HandNetwork.HOME, HandNetwork.YEAR)
                    .withTiesOf(otherActors))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package org.brobygge.analysis.bridges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.brobygge.analysis.gaps.Coverage;
import org.brobygge.analysis.gaps.GapAnalysis;
import org.brobygge.analysis.gaps.HandNetwork;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.TieKinds;
import org.brobygge.synthetic.SyntheticNetworkGenerator;
import org.junit.jupiter.api.Test;

class WhatIfTest {

  private final EcosystemGraph graph = HandNetwork.graph();
  private final GapAnalysis before =
      new GapAnalysis(graph, HandNetwork.definitions(), HandNetwork.HOME, HandNetwork.YEAR);

  private WhatIf whatIf(ProposedTie... ties) {
    return new WhatIf(graph, before, HandNetwork.HOME, TieKinds.builtIn(), Arrays.asList(ties));
  }

  @Test
  void aNewResearchTieForAMissingFirmLowersTheResearchGapByAQuarter() {
    WhatIf w = whatIf(new ProposedTie("f3", "r2", "research", 2, 2026, null));

    SeverityChange research = w.change("e", "research");
    assertThat(research.before()).isEqualTo(0.625);
    assertThat(research.after()).isEqualTo(0.375);
    assertThat(research.change()).isEqualTo(-0.25);
    assertThat(research.levelBefore()).isEqualTo("severe");
    assertThat(research.levelAfter()).isEqualTo("mild");
    assertThat(w.changed()).containsExactly(research);
    assertThat(w.changes()).hasSize(HandNetwork.definitions().size());
  }

  @Test
  void aParallelTieMakesAWeakTieStrong() {
    WhatIf w = whatIf(new ProposedTie("r2", "f2", "research", 2, 2026, null));

    assertThat(w.change("e", "research").after()).isEqualTo(0.5); // f2 strong: (2 + 0) / 4
  }

  @Test
  void leavesTheSnapshotAsItWas() {
    whatIf(new ProposedTie("f3", "r2", "research", 2, 2026, null));

    assertThat(graph.tieCount()).isEqualTo(8);
    assertThat(before.findings("research").get(0).severity()).isEqualTo(0.625);
  }

  @Test
  void noTiesChangeNothing() {
    assertThat(whatIf().changed()).isEmpty();
  }

  @Test
  void namesEveryBadTieByIndexAndField() {
    assertThatThrownBy(
            () ->
                whatIf(
                    new ProposedTie("f3", "r2", "research", 2, null, null),
                    new ProposedTie("ghost", "r2", "research", 1, null, null),
                    new ProposedTie("f1", "f1", "friendship", 0, null, null),
                    new ProposedTie("f1", "r2", null, Double.NaN, 2024, 2020)))
        .isInstanceOfSatisfying(
            InvalidProposedTiesException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.index() + "." + p.field())
                    .containsExactly(
                        "1.from", "2.to", "2.kind", "2.weight", "3.kind", "3.weight", "3.until"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ties[1].from: unknown actor 'ghost'")
        .hasMessageContaining("ties[2].kind: unknown tie kind 'friendship'; use one of research,")
        .hasMessageContaining("ties[2].weight: must be a number greater than 0, not 0.0");
  }

  @Test
  void judgingOneEcosystemAgainGivesWhatTheWholeAnalysisGives() {
    EcosystemGraph sample =
        EcosystemGraph.of(SyntheticNetworkGenerator.norrbottenLaplandSample(42));
    GapAnalysis sampleBefore =
        new GapAnalysis(sample, HandNetwork.definitions(), HandNetwork.HOME, HandNetwork.YEAR);
    LinkNetwork network = LinkNetwork.of(sample);
    for (String id : List.of("creative", "composites", "arctic_test")) {
      int e = sample.ecosystemIndex(id).orElseThrow();
      List<ProposedTie> ties = new java.util.ArrayList<>();
      for (var d : HandNetwork.definitions()) {
        new BridgeRecommender(
                network, d, HandNetwork.HOME, HandNetwork.YEAR, e, LinkPredictionIndex.DEFAULT)
            .top(4)
            .forEach(r -> ties.add(r.proposedTie()));
      }

      List<SeverityChange> one =
          WhatIf.ofEcosystem(sample, sampleBefore, HandNetwork.HOME, TieKinds.builtIn(), ties, e);

      assertThat(one)
          .as(id)
          .isEqualTo(
              new WhatIf(sample, sampleBefore, HandNetwork.HOME, TieKinds.builtIn(), ties)
                  .changes().stream().filter(c -> c.ecosystemId().equals(id)).toList());
      assertThat(one).filteredOn(SeverityChange::changed).isNotEmpty();
    }
  }

  @Test
  void theTopFiveResearchBridgesOfCreativeLowerItsResearchGapByFiveFirms() {
    EcosystemGraph sample =
        EcosystemGraph.of(SyntheticNetworkGenerator.norrbottenLaplandSample(42));
    GapAnalysis sampleBefore =
        new GapAnalysis(sample, HandNetwork.definitions(), HandNetwork.HOME, HandNetwork.YEAR);
    int creative = sample.ecosystemIndex("creative").orElseThrow();
    List<BridgeRecommendation> top =
        new BridgeRecommender(
                LinkNetwork.of(sample),
                HandNetwork.gap("research"),
                HandNetwork.HOME,
                HandNetwork.YEAR,
                creative,
                LinkPredictionIndex.DEFAULT)
            .top(50);
    List<ProposedTie> fiveFirms =
        top.stream()
            .filter(r -> r.parts().sourceCoverage() == Coverage.MISSING)
            .collect(
                java.util.stream.Collectors.toMap(
                    r -> r.source().id(),
                    BridgeRecommendation::proposedTie,
                    (a, b) -> a,
                    java.util.LinkedHashMap::new))
            .values()
            .stream()
            .limit(5)
            .toList();

    WhatIf w = new WhatIf(sample, sampleBefore, HandNetwork.HOME, TieKinds.builtIn(), fiveFirms);

    // creative's 29 firms had no research partner at all (data/sample/README.md)
    SeverityChange research = w.change("creative", "research");
    assertThat(research.before()).isEqualTo(1.0);
    assertThat(research.after()).isEqualTo(24.0 / 29);
    assertThat(top).allSatisfy(r -> assertThat(r.type()).isEqualTo(RecommendationType.NEW_TIE));
  }

  /**
   * By hand on the research gap: f3 gets a strong tie, f2's weak research tie to r2 a parallel one
   * (1 + 1 = 2 > 1: strong), f4 a heavy one that ended in 2015 (before 2026 - 6: weak). Then f1,
   * f2, f3 are strong and f4 weak only: severity (0 + 1/2) / 4 = 0.125, level none. The whole
   * analysis and the one-ecosystem judgement must both say so.
   */
  @Test
  void theConstructorAndOfEcosystemJudgeAfterByTheSameRules() {
    List<ProposedTie> ties =
        List.of(
            new ProposedTie("f3", "r2", "research", 2, 2026, null),
            new ProposedTie("r2", "f2", "research", 1, 2025, null),
            new ProposedTie("f4", "r1", "research", 3, 2010, 2015));

    SeverityChange whole =
        new WhatIf(graph, before, HandNetwork.HOME, TieKinds.builtIn(), ties)
            .change("e", "research");
    List<SeverityChange> one =
        WhatIf.ofEcosystem(graph, before, HandNetwork.HOME, TieKinds.builtIn(), ties, 0);

    assertThat(whole.after()).isEqualTo(0.125);
    assertThat(whole.levelAfter()).isEqualTo("none");
    assertThat(one).contains(whole);
    assertThat(one)
        .isEqualTo(new WhatIf(graph, before, HandNetwork.HOME, TieKinds.builtIn(), ties).changes());
  }

  /** Ties between the first members of neighbouring ecosystems, weak and strong, parallel too. */
  @Test
  void theConstructorAndOfEcosystemAgreeOnEveryEcosystemOfTheSample() {
    EcosystemGraph sample =
        EcosystemGraph.of(SyntheticNetworkGenerator.norrbottenLaplandSample(42));
    GapAnalysis sampleBefore =
        new GapAnalysis(sample, HandNetwork.definitions(), HandNetwork.HOME, HandNetwork.YEAR);
    List<ProposedTie> ties = new java.util.ArrayList<>();
    for (int e = 0; e + 1 < sample.ecosystemCount(); e++) {
      String a = sample.actorId(sample.members(e)[0]);
      String b = sample.actorId(sample.members(e + 1)[sample.memberCount(e + 1) - 1]);
      if (!a.equals(b)) {
        ties.add(new ProposedTie(a, b, "collaboration", e % 2 == 0 ? 1 : 2, 2024, null));
        ties.add(new ProposedTie(b, a, "collaboration", 1, 2012, 2014));
      }
    }
    WhatIf whole = new WhatIf(sample, sampleBefore, HandNetwork.HOME, TieKinds.builtIn(), ties);

    for (int e = 0; e < sample.ecosystemCount(); e++) {
      String id = sample.ecosystemId(e);
      assertThat(
              WhatIf.ofEcosystem(
                  sample, sampleBefore, HandNetwork.HOME, TieKinds.builtIn(), ties, e))
          .as(id)
          .isEqualTo(whole.changes().stream().filter(c -> c.ecosystemId().equals(id)).toList());
    }
    assertThat(whole.changed()).isNotEmpty();
  }
}

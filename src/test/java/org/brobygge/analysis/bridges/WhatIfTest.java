package org.brobygge.analysis.bridges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.brobygge.analysis.gaps.GapAnalysis;
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
}

package org.brobygge.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;

/**
 * The gap engine on graphs small enough to work out by hand. The shipped definitions are used at
 * reference year 2026: a research, education, authority or collaboration tie is weak at weight 1 or
 * less, a capital or trade tie at 0.5 or less, and any tie that ended before 2020 (more than six
 * years before 2026) is weak.
 */
class GapAnalysisTest {

  private static final int YEAR = 2026;
  private static final HomeRegion HOME = new HomeRegion("SE332", "SE");
  private static final List<GapDefinition> DEFAULTS = DefaultGapDefinitions.at(YEAR).definitions();
  private static final double EPS = 1e-9;

  private static GapAnalysis analyse(EcosystemGraph graph) {
    return new GapAnalysis(graph, DEFAULTS, HOME, YEAR);
  }

  private static GapFinding finding(GapAnalysis analysis, String gap, String ecosystem) {
    return analysis.findings(gap).stream()
        .filter(f -> f.ecosystemId().equals(ecosystem))
        .findFirst()
        .orElseThrow();
  }

  /** A builder with one ecosystem "e" and helpers for actors at home in Sweden. */
  private static final class Net {
    final EcosystemGraph.Builder b = EcosystemGraph.builder();

    Net ecosystem(String id) {
      b.ecosystem(id, id, "SE332");
      return this;
    }

    Net actor(String id, Sector sector, Set<Role> roles, String country, String... ecosystems) {
      b.actor(id, id, sector, roles, "", country);
      for (String e : ecosystems) {
        b.membership(id, e);
      }
      return this;
    }

    Net firm(String id, String... ecosystems) {
      return actor(id, Sector.BUSINESS, Set.of(Role.FIRM), "SE", ecosystems);
    }

    Net research(String id, String... ecosystems) {
      return actor(id, Sector.ACADEMIA, Set.of(Role.RESEARCH), "SE", ecosystems);
    }

    Net tie(String from, String to, TieKind kind, double weight) {
      b.tie(from, to, kind, weight, 2020, null);
      return this;
    }

    Net tie(String from, String to, TieKind kind, double weight, Integer until) {
      b.tie(from, to, kind, weight, until == null ? 2015 : Math.min(2015, until), until);
      return this;
    }

    EcosystemGraph build() {
      return b.build();
    }
  }

  // ---------------------------------------------------------------- the edge-case ladder

  @Test
  void emptyGraphHasNoFindings() {
    GapAnalysis analysis = analyse(EcosystemGraph.builder().build());

    assertThat(analysis.findings()).isEmpty();
    assertThat(analysis.findings("research")).isEmpty();
    assertThatThrownBy(() -> analysis.findingsOf(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void unknownGapHasNoFindings() {
    GapAnalysis analysis = analyse(new Net().ecosystem("e").firm("f", "e").build());

    assertThat(analysis.findings("no_such_gap")).isEmpty();
    assertThat(analysis.definition("no_such_gap")).isEmpty();
  }

  @Test
  void rejectsTwoDefinitionsWithOneId() {
    GapDefinition research = DEFAULTS.getFirst();

    assertThatThrownBy(
            () ->
                new GapAnalysis(
                    EcosystemGraph.builder().build(), List.of(research, research), HOME, YEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("research");
  }

  @Test
  void emptyEcosystemIsNotApplicableOnEveryGapAndSaysWhy() {
    // "empty" has no members; "full" has one of everything so every target side exists.
    EcosystemGraph graph =
        new Net()
            .ecosystem("empty")
            .ecosystem("full")
            .firm("f", "full")
            .firm("g", "full")
            .research("r", "full")
            .actor("abroad", Sector.BUSINESS, Set.of(Role.FIRM), "NO")
            .tie("f", "r", TieKind.RESEARCH, 3)
            .build();

    List<GapFinding> findings = analyse(graph).findingsOf(0);

    assertThat(findings).hasSize(7);
    assertThat(findings)
        .allSatisfy(
            f -> {
              assertThat(f.ecosystemId()).isEqualTo("empty");
              assertThat(f.applicable()).isFalse();
              assertThat(f.reason()).isNotBlank().contains("among its 0 members");
              assertThat(f.severity()).isNull();
              assertThat(f.coverage()).isNull();
              assertThat(f.level()).isNull();
              assertThat(f.observedToExpected()).isNull();
              assertThat(f.sourceActors()).isZero();
              assertThat(f.missingEdges()).isEmpty();
              assertThat(f.weakEdges()).isEmpty();
            });
  }

  @Test
  void ecosystemWithoutFirmsIsNotApplicableOnFirmGaps() {
    EcosystemGraph graph =
        new Net()
            .ecosystem("e")
            .research("r", "e")
            .research("s", "e")
            .tie("r", "s", TieKind.RESEARCH, 3)
            .build();

    GapFinding research = finding(analyse(graph), "research", "e");

    assertThat(research.applicable()).isFalse();
    assertThat(research.reason()).isEqualTo("no actors with role firm among its 2 members");
    assertThat(research.severity()).isNull();
    assertThat(research.coverage()).isNull();
    assertThat(research.sourceActors()).isZero();
    assertThat(research.targetActors()).isEqualTo(2);
  }

  @Test
  void gapIsNotApplicableWhenNoActorAnywhereIsOnTheOtherSide() {
    EcosystemGraph graph =
        new Net()
            .ecosystem("e")
            .firm("f", "e")
            .firm("g", "e")
            .tie("f", "g", TieKind.TRADE, 5)
            .build();

    GapAnalysis analysis = analyse(graph);
    GapFinding research = finding(analysis, "research", "e");
    GapFinding global = finding(analysis, "global_market", "e");
    GapFinding interEcosystem = finding(analysis, "inter_ecosystem", "e");

    assertThat(research.applicable()).isFalse();
    assertThat(research.reason()).isEqualTo("no actors with role research anywhere in the network");
    assertThat(research.severity()).isNull();
    assertThat(research.sourceActors()).isEqualTo(2);
    assertThat(research.targetActors()).isZero();
    assertThat(global.applicable()).isFalse();
    assertThat(global.reason()).isEqualTo("no actors abroad");
    assertThat(interEcosystem.applicable()).isFalse();
    assertThat(interEcosystem.reason()).isEqualTo("no actors in other ecosystems");
    // the firms do have each other
    assertThat(finding(analysis, "inter_firm", "e").severity()).isEqualTo(0.0);
  }

  @Test
  void actorWithoutCountryIsNotAbroad() {
    EcosystemGraph graph =
        new Net()
            .ecosystem("e")
            .firm("f", "e")
            .actor("x", Sector.BUSINESS, Set.of(Role.FIRM), "")
            .tie("f", "x", TieKind.TRADE, 5)
            .build();

    assertThat(finding(analyse(graph), "global_market", "e").applicable()).isFalse();
  }

  @Test
  void actorInSeveralEcosystemsCountsInEach() {
    EcosystemGraph graph =
        new Net()
            .ecosystem("a")
            .ecosystem("b")
            .firm("shared", "a", "b")
            .firm("onlyB", "b")
            .research("r")
            .tie("shared", "r", TieKind.RESEARCH, 3)
            .build();

    GapAnalysis analysis = analyse(graph);
    GapFinding a = finding(analysis, "research", "a");
    GapFinding b = finding(analysis, "research", "b");

    assertThat(a.sourceActors()).isEqualTo(1);
    assertThat(a.strong()).isEqualTo(1);
    assertThat(a.severity()).isEqualTo(0.0);
    assertThat(b.sourceActors()).isEqualTo(2);
    assertThat(b.strong()).isEqualTo(1);
    assertThat(b.missingEdges())
        .extracting(GapFinding.MissingEdge::actorId)
        .containsExactly("onlyB");
    assertThat(b.severity()).isCloseTo(0.5, within(EPS));
  }

  @Test
  void memberOfBothEcosystemsIsNoBridgeBetweenThemOnTheInterEcosystemGap() {
    // "shared" is in a and b. Its tie to "y" (only in b) is a tie from a into b; for b it is
    // inside b. "x" (only in a) has no tie at all.
    EcosystemGraph graph =
        new Net()
            .ecosystem("a")
            .ecosystem("b")
            .firm("shared", "a", "b")
            .firm("x", "a")
            .firm("y", "b")
            .tie("shared", "y", TieKind.COLLABORATION, 3)
            .build();

    GapAnalysis analysis = analyse(graph);
    GapFinding a = finding(analysis, "inter_ecosystem", "a");
    GapFinding b = finding(analysis, "inter_ecosystem", "b");

    // a: sources shared and x; targets: members of b not in a = {y}
    assertThat(a.targetActors()).isEqualTo(1);
    assertThat(a.strong()).isEqualTo(1);
    assertThat(a.missingEdges()).extracting(GapFinding.MissingEdge::actorId).containsExactly("x");
    assertThat(a.observedTies()).isEqualTo(1);
    // b: sources shared and y; targets: members of a not in b = {x}; nobody ties to x
    assertThat(b.targetActors()).isEqualTo(1);
    assertThat(b.strong()).isZero();
    assertThat(b.missingEdges())
        .extracting(GapFinding.MissingEdge::actorId)
        .containsExactlyInAnyOrder("shared", "y");
    assertThat(b.severity()).isEqualTo(1.0);
    assertThat(b.observedTies()).isZero();
  }

  @Test
  void selfTieIsIgnored() {
    // a firm that also does research, tied only to itself
    EcosystemGraph graph =
        new Net()
            .ecosystem("e")
            .actor("fr", Sector.BUSINESS, Set.of(Role.FIRM, Role.RESEARCH), "SE", "e")
            .research("r")
            .tie("fr", "fr", TieKind.RESEARCH, 5)
            .build();

    GapFinding research = finding(analyse(graph), "research", "e");

    assertThat(research.applicable()).isTrue();
    assertThat(research.missing()).isEqualTo(1);
    assertThat(research.missingEdges())
        .extracting(GapFinding.MissingEdge::actorId)
        .containsExactly("fr");
    assertThat(research.severity()).isEqualTo(1.0);
    assertThat(research.observedTies()).isZero();
    // the self-tie is no counting tie, so m = 0 and nothing is expected
    assertThat(research.expectedTies()).isEqualTo(0.0);
    assertThat(research.observedToExpected()).isNull();
  }

  @Test
  void loneFirmHasNoInterFirmGapToJudge() {
    EcosystemGraph graph = new Net().ecosystem("e").firm("f", "e").build();

    GapFinding interFirm = finding(analyse(graph), "inter_firm", "e");

    assertThat(interFirm.applicable()).isFalse();
    assertThat(interFirm.severity()).isNull();
    assertThat(interFirm.reason()).contains("no other one");
  }

  @Test
  void weakTieBetweenTwoFirmsOfOneEcosystemIsListedOnce() {
    // f and g are each other's only firm partner, by one trade tie of 0.2 MSEK (<= 0.5: weak)
    EcosystemGraph graph =
        new Net()
            .ecosystem("e")
            .firm("f", "e")
            .firm("g", "e")
            .tie("f", "g", TieKind.TRADE, 0.2)
            .build();

    GapFinding interFirm = finding(analyse(graph), "inter_firm", "e");

    assertThat(interFirm.weakOnly()).isEqualTo(2); // both firms have only that weak tie
    assertThat(interFirm.observedTies()).isEqualTo(1);
    assertThat(interFirm.weakEdges()).hasSize(1);
  }

  // ------------------------------------------------------------------------- weakness

  @Test
  void parallelTiesOfOneKindAreJudgedTogetherWithWeightsSummed() {
    // Two research ties of weight 1 between f and r: each alone is weak (1 <= 1), together they
    // are two shared projects, weight 2 > 1, so f is strongly tied. Summing is right for weights
    // that count things (projects, contacts, MSEK); it double-counts only if one relation was
    // imported twice from two sources, which is the import's job to merge.
    EcosystemGraph graph =
        new Net()
            .ecosystem("e")
            .firm("f", "e")
            .research("r")
            .tie("f", "r", TieKind.RESEARCH, 1)
            .tie("f", "r", TieKind.RESEARCH, 1)
            .build();

    GapFinding research = finding(analyse(graph), "research", "e");

    assertThat(research.strong()).isEqualTo(1);
    assertThat(research.weakOnly()).isZero();
    assertThat(research.weakEdges()).isEmpty();
    assertThat(research.severity()).isEqualTo(0.0);
  }

  @Test
  void parallelTiesOfDifferentKindsAreJudgedApart() {
    // research 1 and collaboration 1 to the same research organisation: two weak aggregates
    EcosystemGraph graph =
        new Net()
            .ecosystem("e")
            .firm("f", "e")
            .research("r")
            .tie("f", "r", TieKind.RESEARCH, 1)
            .tie("f", "r", TieKind.COLLABORATION, 1)
            .build();

    GapFinding research = finding(analyse(graph), "research", "e");

    assertThat(research.strong()).isZero();
    assertThat(research.weakOnly()).isEqualTo(1);
    assertThat(research.weakEdges())
        .extracting(GapFinding.WeakEdge::kind)
        .containsExactlyInAnyOrder("research", "collaboration");
    assertThat(research.severity()).isCloseTo(0.5, within(EPS));
  }

  @Test
  void ongoingParallelTieKeepsAnOldOneFromBeingOld() {
    EcosystemGraph graph =
        new Net()
            .ecosystem("e")
            .firm("f", "e")
            .research("r")
            .tie("f", "r", TieKind.RESEARCH, 3, 2010)
            .tie("f", "r", TieKind.RESEARCH, 1, null)
            .build();

    assertThat(finding(analyse(graph), "research", "e").strong()).isEqualTo(1);
  }

  @Test
  void tieIsWeakByWeightOrByEndYearWithTheReasonSpelledOut() {
    // reference year 2026, ended-years-ago 6: ended 2019 is old, ended 2020 is not
    EcosystemGraph graph =
        new Net()
            .ecosystem("e")
            .firm("light", "e")
            .firm("old", "e")
            .firm("lightAndOld", "e")
            .firm("endedSixYearsAgo", "e")
            .firm("capitalLight", "e")
            .firm("capitalJustAbove", "e")
            .research("r")
            .actor("fund", Sector.PUBLIC, Set.of(Role.CAPITAL), "SE")
            .tie("light", "r", TieKind.RESEARCH, 1)
            .tie("old", "r", TieKind.RESEARCH, 5, 2019)
            .tie("lightAndOld", "r", TieKind.RESEARCH, 0.5, 2010)
            .tie("endedSixYearsAgo", "r", TieKind.RESEARCH, 5, 2020)
            .tie("fund", "capitalLight", TieKind.CAPITAL, 0.5)
            .tie("fund", "capitalJustAbove", TieKind.CAPITAL, 0.6)
            .build();

    GapAnalysis analysis = analyse(graph);
    GapFinding research = finding(analysis, "research", "e");
    GapFinding capital = finding(analysis, "capital", "e");

    assertThat(research.weakEdges())
        .extracting(GapFinding.WeakEdge::actorId, GapFinding.WeakEdge::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("light", "weight 1 <= 1"),
            org.assertj.core.groups.Tuple.tuple("old", "ended 2019, more than 6 years before 2026"),
            org.assertj.core.groups.Tuple.tuple("lightAndOld", "weight 0.5 <= 1 and ended 2010"));
    // endedSixYearsAgo strong; the other three weak only; capital firms have no research tie
    assertThat(research.strong()).isEqualTo(1);
    assertThat(research.weakOnly()).isEqualTo(3);
    assertThat(research.missing()).isEqualTo(2);
    GapFinding.WeakEdge old =
        research.weakEdges().stream().filter(w -> w.actorId().equals("old")).findFirst().get();
    assertThat(old.otherId()).isEqualTo("r");
    assertThat(old.kind()).isEqualTo("research");
    assertThat(old.weight()).isEqualTo(5.0);
    assertThat(old.since()).isEqualTo(2015);
    assertThat(old.until()).isEqualTo(2019);
    // capital's own threshold is 0.5
    assertThat(capital.weakEdges())
        .extracting(GapFinding.WeakEdge::actorId, GapFinding.WeakEdge::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("capitalLight", "weight 0.5 <= 0.5"));
    GapFinding.WeakEdge light = capital.weakEdges().getFirst();
    assertThat(light.until()).isNull();
    assertThat(light.since()).isEqualTo(2020);
  }

  // -------------------------------------------------------- hand-computed severity values

  @Test
  void severityAndCoverageOfFourFirmsTwoStrongOneWeakOneMissing() {
    // a: strong (3) and one weak tie (1) to a second institute; b: strong (2); c: weak only (1);
    // d: a trade tie to a, but no research partner.
    // coverage = 2/4 = 0.5; severity = 1 - (2 + 1/2)/4 = 0.375 -> mild
    EcosystemGraph graph =
        new Net()
            .ecosystem("e")
            .firm("a", "e")
            .firm("b", "e")
            .firm("c", "e")
            .firm("d", "e")
            .research("r")
            .research("s")
            .tie("a", "r", TieKind.RESEARCH, 3)
            .tie("a", "s", TieKind.RESEARCH, 1)
            .tie("b", "r", TieKind.RESEARCH, 2)
            .tie("c", "s", TieKind.RESEARCH, 1)
            .tie("d", "a", TieKind.TRADE, 4)
            .build();

    GapFinding research = finding(analyse(graph), "research", "e");

    assertThat(research.applicable()).isTrue();
    assertThat(research.reason()).isEmpty();
    assertThat(research.sourceActors()).isEqualTo(4);
    assertThat(research.targetActors()).isEqualTo(2);
    assertThat(research.strong()).isEqualTo(2);
    assertThat(research.weakOnly()).isEqualTo(1);
    assertThat(research.missing()).isEqualTo(1);
    assertThat(research.coverage()).isCloseTo(0.5, within(EPS));
    assertThat(research.severity()).isCloseTo(0.375, within(EPS));
    assertThat(research.level()).isEqualTo("mild");
    assertThat(research.missingEdges()).containsExactly(new GapFinding.MissingEdge("d", "d"));
    // every weak tie is listed, also a's, though a has a strong one too
    assertThat(research.weakEdges())
        .extracting(GapFinding.WeakEdge::actorId, GapFinding.WeakEdge::otherId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("a", "s"),
            org.assertj.core.groups.Tuple.tuple("c", "s"));
    assertThat(research.observedTies()).isEqualTo(4);
  }

  @Test
  void severityOfExactlyOneFifthIsMildNotNone() {
    // 5 firms, 4 strong, 1 missing: severity = 1 - 4/5 = 1/5 = 0.2, the first value of "mild".
    // Computed as 1.0 - 0.8 in floating point it is 0.19999999999999996 and fell into "none".
    Net net = new Net().ecosystem("e").research("r");
    for (int i = 1; i <= 5; i++) {
      net.firm("f" + i, "e");
      if (i <= 4) {
        net.tie("f" + i, "r", TieKind.RESEARCH, 3);
      }
    }

    GapFinding research = finding(analyse(net.build()), "research", "e");

    assertThat(research.severity()).isEqualTo(0.2);
    assertThat(research.level()).isEqualTo("mild");
  }

  @Test
  void levelBandsStartAtTheirThreshold() {
    assertThat(GapLevel.of(0.0).id()).isEqualTo("none");
    assertThat(GapLevel.of(0.1999999).id()).isEqualTo("none");
    assertThat(GapLevel.of(0.2).id()).isEqualTo("mild");
    assertThat(GapLevel.of(0.4).id()).isEqualTo("moderate");
    assertThat(GapLevel.of(0.6).id()).isEqualTo("severe");
    assertThat(GapLevel.of(1.0).id()).isEqualTo("severe");
  }

  // ------------------------------------------------ observed and expected ties, by hand

  @Test
  void expectedTiesForDisjointSidesIsTheChungLuSumOverPairs() {
    // Ties (every kind counts): f1-r1, f1-r2, f2-r1, f1-f2, r1-x; m = 5, 2m = 10.
    // Degrees: f1 3, f2 2, r1 3, r2 1, x 1.
    // S = {f1, f2}, T = {r1, r2}:
    //   f1r1 3*3 + f1r2 3*1 + f2r1 2*3 + f2r2 2*1 = 9 + 3 + 6 + 2 = 20; 20 / 10 = 2.0.
    // Observed: f1-r1, f1-r2, f2-r1 = 3; ratio 1.5.
    EcosystemGraph graph =
        new Net()
            .ecosystem("e")
            .firm("f1", "e")
            .firm("f2", "e")
            .research("r1")
            .research("r2")
            .actor("x", Sector.PUBLIC, Set.of(Role.AUTHORITY), "SE")
            .tie("f1", "r1", TieKind.RESEARCH, 3)
            .tie("f1", "r2", TieKind.RESEARCH, 3)
            .tie("f2", "r1", TieKind.RESEARCH, 3)
            .tie("f1", "f2", TieKind.TRADE, 3)
            .tie("r1", "x", TieKind.AUTHORITY, 3)
            .build();

    GapFinding research = finding(analyse(graph), "research", "e");

    assertThat(research.observedTies()).isEqualTo(3);
    assertThat(research.expectedTies()).isCloseTo(2.0, within(EPS));
    assertThat(research.observedToExpected()).isCloseTo(1.5, within(EPS));
  }

  @Test
  void expectedTiesForOneSideOnBothSidesCountsEachPairOnce() {
    // inter_firm: S = T = the firms of e = {f1, f2, f3}; g is a firm outside e.
    // Ties: f1-f2, f2-f3, f1-r, f3-g, f1-x; m = 5, 2m = 10.
    // Degrees: f1 3, f2 2, f3 2, r 1, g 1, x 1.
    // Unordered pairs inside S: f1f2 3*2 + f1f3 3*2 + f2f3 2*2 = 6 + 6 + 4 = 16; 16 / 10 = 1.6.
    // Observed: f1-f2 and f2-f3, each once although both ends are source and target = 2.
    EcosystemGraph graph =
        new Net()
            .ecosystem("e")
            .firm("f1", "e")
            .firm("f2", "e")
            .firm("f3", "e")
            .firm("g")
            .research("r")
            .actor("x", Sector.PUBLIC, Set.of(Role.AUTHORITY), "SE")
            .tie("f1", "f2", TieKind.TRADE, 3)
            .tie("f2", "f3", TieKind.COLLABORATION, 3)
            .tie("f1", "r", TieKind.RESEARCH, 3)
            .tie("f3", "g", TieKind.TRADE, 3)
            .tie("f1", "x", TieKind.AUTHORITY, 3)
            .build();

    GapFinding interFirm = finding(analyse(graph), "inter_firm", "e");

    assertThat(interFirm.sourceActors()).isEqualTo(3);
    assertThat(interFirm.targetActors()).isEqualTo(3);
    assertThat(interFirm.observedTies()).isEqualTo(2);
    assertThat(interFirm.expectedTies()).isCloseTo(1.6, within(EPS));
    assertThat(interFirm.observedToExpected()).isCloseTo(2 / 1.6, within(EPS));
    assertThat(interFirm.strong()).isEqualTo(3);
    assertThat(interFirm.severity()).isEqualTo(0.0);
  }

  @Test
  void expectedTiesForPartlyOverlappingSidesCountsEachPairOnce() {
    // global_market: S = firms of e = {f1 (SE), f2 (NO), f3 (NO)}; T = actors abroad = {f2, f3, y}.
    // Ties: f1-f2, f2-f3, f3-y; m = 3, 2m = 6. Degrees: f1 1, f2 2, f3 2, y 1.
    // Unordered pairs {i in S, j in T, i != j}: f1f2 2, f1f3 2, f1y 1, f2f3 4, f2y 2, f3y 2 = 13;
    // 13 / 6. Observed: all three ties, each once = 3.
    EcosystemGraph graph =
        new Net()
            .ecosystem("e")
            .firm("f1", "e")
            .actor("f2", Sector.BUSINESS, Set.of(Role.FIRM), "NO", "e")
            .actor("f3", Sector.BUSINESS, Set.of(Role.FIRM), "NO", "e")
            .actor("y", Sector.ACADEMIA, Set.of(Role.RESEARCH), "DE")
            .tie("f1", "f2", TieKind.TRADE, 3)
            .tie("f2", "f3", TieKind.TRADE, 3)
            .tie("f3", "y", TieKind.RESEARCH, 3)
            .build();

    GapFinding global = finding(analyse(graph), "global_market", "e");

    assertThat(global.sourceActors()).isEqualTo(3);
    assertThat(global.targetActors()).isEqualTo(3);
    assertThat(global.observedTies()).isEqualTo(3);
    assertThat(global.expectedTies()).isCloseTo(13 / 6.0, within(EPS));
    assertThat(global.strong()).isEqualTo(3);
  }

  @Test
  void expectedTiesIsZeroWithoutCountingTies() {
    assertThat(GapAnalysis.expectedTies(0, 0, 0, 0, 0)).isEqualTo(0.0);
  }
}

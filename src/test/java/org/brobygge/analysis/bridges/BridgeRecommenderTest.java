package org.brobygge.analysis.bridges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.brobygge.analysis.gaps.Coverage;
import org.brobygge.analysis.gaps.HandNetwork;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;

/** The research and inter-firm gaps of {@link HandNetwork}, every number computed by hand. */
class BridgeRecommenderTest {

  private final EcosystemGraph graph = HandNetwork.graph();
  private final LinkNetwork network = LinkNetwork.of(graph);

  private BridgeRecommender recommender(String gap) {
    return recommender(network, gap);
  }

  private static BridgeRecommender recommender(LinkNetwork network, String gap) {
    return new BridgeRecommender(
        network,
        HandNetwork.gap(gap),
        HandNetwork.HOME,
        HandNetwork.YEAR,
        0,
        LinkPredictionIndex.RESOURCE_ALLOCATION);
  }

  @Test
  void ranksMissingActorsFirstThenWeakOnlyThenStrong() {
    BridgeRecommender r = recommender("research");

    List<BridgeRecommendation> top = r.top(10);

    assertThat(r.severity()).isEqualTo(0.625);
    assertThat(r.sourceActors()).isEqualTo(4);
    assertThat(top)
        .extracting(x -> x.source().id() + "-" + x.target().id() + ":" + x.type().id())
        .containsExactly(
            "f3-r2:new_tie", // RA 1/2 via x (2 partners): likelihood 1, effect 1
            "f3-r1:new_tie", // RA 1/3 via c (3 partners): likelihood 2/3, effect 1
            "f2-r2:strengthen", // the weak tie: likelihood 1, effect 1/2
            "f2-r1:new_tie", // RA 1/3 via f1: likelihood 2/3, effect 1/2
            "f4-r1:new_tie", // fallback: likelihood 0, effect 1
            "f4-r2:new_tie",
            "f1-r2:new_tie"); // RA 1/2 via f2: likelihood 1, effect 0
    double[] expected = {1.0, 0.5 * 2 / 3 + 0.5, 0.75, 0.5 * 2 / 3 + 0.25, 0.5, 0.5, 0.5};
    for (int i = 0; i < expected.length; i++) {
      assertThat(top.get(i).score()).as("score %d", i).isCloseTo(expected[i], within(1e-12));
    }
  }

  @Test
  void exposesThePartsOfTheScore() {
    BridgeRecommendation best = recommender("research").top(1).get(0);

    assertThat(best.basis()).isEqualTo(CandidateBasis.SHARED_PARTNERS);
    assertThat(best.ecosystemId()).isEqualTo("e");
    assertThat(best.gap()).isEqualTo("research");
    assertThat(best.source()).isEqualTo(new ActorRef("f3", "Firm Three", "business"));
    assertThat(best.target()).isEqualTo(new ActorRef("r2", "Institute Two", "academia"));
    ScoreParts parts = best.parts();
    assertThat(parts.index()).isEqualTo("resource_allocation");
    assertThat(parts.indexValue()).isEqualTo(0.5);
    assertThat(parts.likelihood()).isEqualTo(1.0);
    assertThat(parts.sharedPartners()).isEqualTo(1);
    assertThat(parts.sourceCoverage()).isEqualTo(Coverage.MISSING);
    assertThat(parts.targetCoverage()).isEmpty();
    assertThat(parts.gapEffect()).isEqualTo(1.0);
    assertThat(parts.severityDrop()).isEqualTo(0.25);
    assertThat(best.score())
        .isEqualTo(
            BridgeRecommender.LIKELIHOOD_WEIGHT * parts.likelihood()
                + (1 - BridgeRecommender.LIKELIHOOD_WEIGHT) * parts.gapEffect());
    assertThat(best.proposedTie())
        .isEqualTo(new ProposedTie("f3", "r2", "research", 2.0, HandNetwork.YEAR, null));
  }

  @Test
  void namesSharedPartnersAsIntroducersStrongestFirst() {
    List<BridgeRecommendation> top = recommender("research").top(10);

    assertThat(top.get(0).introducers())
        .containsExactly(
            new Introducer(
                new ActorRef("x", "Outside Firm", "business"),
                Introducer.Via.SHARED_PARTNER,
                1,
                1,
                null));
    assertThat(top.get(1).introducers())
        .containsExactly(
            new Introducer(
                new ActorRef("c", "Cluster", "civil_society"),
                Introducer.Via.SHARED_PARTNER,
                1,
                1,
                null));
  }

  @Test
  void countsAnIntroducersTiesOfAnyKindInsteadOfSummingWeightsOfDifferentUnits() {
    // f5 shares two partners with r1. p has a collaboration tie (1 shared project) and a trade
    // tie (weight 1, money) with each of them: 2 ties a side. q has one capital tie a side, of
    // weight 1,000,000 (money). Summed weights would put q first (10^6 against 2); in ties, p
    // has 2 a side and q 1, so p is named first with (2, 2) and q second with (1, 1).
    EcosystemGraph twoIntroducers =
        HandNetwork.builder()
            .actor("f5", "Firm Five", Sector.BUSINESS, Set.of(Role.FIRM), "SE332", "SE")
            .actor("p", "Partner P", Sector.CIVIL_SOCIETY, Set.of(), "SE332", "SE")
            .actor("q", "Investor Q", Sector.BUSINESS, Set.of(), "SE332", "SE")
            .membership("f5", "e")
            .tie("p", "f5", TieKind.COLLABORATION, 1, null, null)
            .tie("p", "f5", TieKind.TRADE, 1, null, null)
            .tie("p", "r1", TieKind.COLLABORATION, 1, null, null)
            .tie("r1", "p", TieKind.TRADE, 1, null, null)
            .tie("q", "f5", TieKind.CAPITAL, 1_000_000, null, null)
            .tie("q", "r1", TieKind.CAPITAL, 1_000_000, null, null)
            .build();

    BridgeRecommendation f5r1 =
        recommender(LinkNetwork.of(twoIntroducers), "research").top(50).stream()
            .filter(x -> x.source().id().equals("f5") && x.target().id().equals("r1"))
            .findFirst()
            .orElseThrow();

    assertThat(f5r1.introducers())
        .containsExactly(
            new Introducer(
                new ActorRef("p", "Partner P", "civil_society"),
                Introducer.Via.SHARED_PARTNER,
                2,
                2,
                null),
            new Introducer(
                new ActorRef("q", "Investor Q", "business"),
                Introducer.Via.SHARED_PARTNER,
                1,
                1,
                null));
  }

  @Test
  void explainsEachRecommendationInPlainWords() {
    List<BridgeRecommendation> top = recommender("research").top(10);

    assertThat(top.get(0).rationale())
        .isEqualTo(
            "Firm Three has no tie to any research organisation. It shares 1 partner with"
                + " Institute Two; Outside Firm works with both. As an ongoing research tie of"
                + " weight 2 or more, it would lower the research gap of Ecosystem E from 0.63"
                + " to 0.38 (-0.250).");
    assertThat(top.get(2).rationale())
        .startsWith("Firm Two's ties to research organisations are all weak.")
        .contains(
            "Its research tie with Institute Two (weight 1, since 2020) is weak: weight 1 <= 1")
        .contains("no introduction is needed")
        .endsWith("from 0.63 to 0.50 (-0.125).");
    assertThat(top.get(6).rationale())
        .startsWith("Firm One already has a strong tie to a research organisation;");
  }

  @Test
  void strengtheningAWeakTieIsItsOwnTypeWithoutIntroducers() {
    BridgeRecommendation strengthen = recommender("research").top(10).get(2);

    assertThat(strengthen.type()).isEqualTo(RecommendationType.STRENGTHEN);
    assertThat(strengthen.basis()).isEqualTo(CandidateBasis.WEAK_TIE);
    assertThat(strengthen.introducers()).isEmpty();
    assertThat(strengthen.parts().likelihood()).isEqualTo(1.0);
    assertThat(strengthen.parts().sourceCoverage()).isEqualTo(Coverage.WEAK_ONLY);
    assertThat(strengthen.parts().gapEffect()).isEqualTo(0.5);
    assertThat(strengthen.proposedTie())
        .isEqualTo(new ProposedTie("f2", "r2", "research", 2.0, HandNetwork.YEAR, null));
  }

  @Test
  void offersTheBestConnectedTargetsToAnActorThatReachesNoneInTwoSteps() {
    List<BridgeRecommendation> top = recommender("research").top(10);
    BridgeRecommendation fallback = top.get(4);

    assertThat(fallback.basis()).isEqualTo(CandidateBasis.BEST_CONNECTED);
    assertThat(fallback.parts().indexValue()).isZero();
    assertThat(fallback.parts().likelihood()).isZero();
    // f4 has no partner at all, so no path: the ecosystem's intermediary is named
    assertThat(fallback.introducers())
        .containsExactly(
            new Introducer(
                new ActorRef("c", "Cluster", "civil_society"),
                Introducer.Via.ECOSYSTEM_INTERMEDIARY,
                0,
                1,
                null));
    assertThat(fallback.rationale())
        .contains("It has no partner in the network at all.")
        .contains("Institute One is one of the best-connected research organisations (2 partners)")
        .contains("Cluster, the ecosystem's intermediary, could arrange a first meeting");
  }

  @Test
  void namesTheFirstStepOfAThreeStepPathWhenTheTwoShareNoPartner() {
    // f5 works only with the association y, y with z, z with r1: f5 reaches no research
    // organisation in two steps, and f5 - y - z - r1 is the path
    EcosystemGraph withPath =
        HandNetwork.builder()
            .actor("f5", "Firm Five", Sector.BUSINESS, Set.of(Role.FIRM), "SE332", "SE")
            .actor("y", "Association Y", Sector.CIVIL_SOCIETY, Set.of(), "SE332", "SE")
            .actor("z", "Association Z", Sector.CIVIL_SOCIETY, Set.of(), "SE332", "SE")
            .membership("f5", "e")
            .tie("f5", "y", TieKind.COLLABORATION, 3, null, null)
            .tie("y", "z", TieKind.COLLABORATION, 5, null, null)
            .tie("z", "r1", TieKind.COLLABORATION, 2, null, null)
            .build();

    List<BridgeRecommendation> forF5 =
        recommender(LinkNetwork.of(withPath), "research").top(20).stream()
            .filter(x -> x.source().id().equals("f5"))
            .toList();

    assertThat(forF5).extracting(x -> x.target().id()).containsExactly("r1", "r2");
    assertThat(forF5.get(0).introducers())
        .containsExactly(
            new Introducer(
                new ActorRef("y", "Association Y", "civil_society"),
                Introducer.Via.SHORT_PATH,
                1,
                1,
                new ActorRef("z", "Association Z", "civil_society")));
    assertThat(forF5.get(0).rationale())
        .contains("Association Y works with Firm Five and with Association Z, who works with");
  }

  @Test
  void aTieBetweenTwoFirmsOfTheEcosystemCountsForBothEnds() {
    BridgeRecommender r = recommender("inter_firm");

    List<BridgeRecommendation> top = r.top(10);

    // f1, f2 strong (their trade tie); f3, f4 missing
    assertThat(r.severity()).isEqualTo(0.5);
    assertThat(top)
        .extracting(x -> x.source().id() + "-" + x.target().id() + ":" + x.basis().id())
        .containsExactly(
            "f4-f3:best_connected", // both missing: effect 2, score 1
            "f1-f3:shared_partners", // via c: likelihood 1, effect 1 (f3's)
            // the fallbacks, effect 1 each, by the target's partners: f1 3, f3 2, f4 0
            "f4-f1:best_connected",
            "f2-f3:best_connected", // f2 reaches no firm of e in two steps
            "f2-f4:best_connected");
    assertThat(top.get(0).parts().gapEffect()).isEqualTo(2.0);
    assertThat(top.get(0).parts().targetCoverage()).hasValue(Coverage.MISSING);
    assertThat(top.get(0).parts().severityDrop()).isEqualTo(0.5);
    assertThat(top.get(0).proposedTie().kind()).isEqualTo("collaboration");
    assertThat(top.get(0).rationale()).contains("Firm Three has no such tie either");
  }

  @Test
  void capsRecommendationsPerSourceActor() {
    List<BridgeRecommendation> top = recommender("research").top(2);

    assertThat(top).hasSize(2);
    assertThat(recommender("research").top(0)).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> recommender("research").top(-1));
  }

  @Test
  void recommendsNothingWhereTheGapCannotBeJudged() {
    // no capital provider in the hand network
    BridgeRecommender r = recommender("capital");

    assertThat(r.applicable()).isFalse();
    assertThat(r.top(10)).isEmpty();
    assertThat(r.severity()).isNaN();
  }
}

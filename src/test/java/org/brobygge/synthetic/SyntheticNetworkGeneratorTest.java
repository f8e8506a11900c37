package org.brobygge.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.brobygge.model.Actor;
import org.brobygge.model.Ecosystem;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;
import org.brobygge.synthetic.SampleCensus.FirmGap;
import org.brobygge.synthetic.SampleCensus.GapCount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticNetworkGeneratorTest {

  private static final List<String> NORRBOTTEN =
      List.of("space", "mining", "composites", "bioeconomy", "tourism", "arctic_test", "creative");
  private static final List<String> LAPLAND =
      List.of(
          "lap_industry_circular",
          "lap_design",
          "lap_safety",
          "lap_rural_tourism",
          "lap_testing",
          "lap_energy");

  private static EcosystemData sample;
  private static SampleCensus census;

  @BeforeAll
  static void generateSample() {
    sample = SyntheticNetworkGenerator.norrbottenLaplandSample(42);
    census = new SampleCensus(sample);
  }

  private static List<String> allEcosystems() {
    return sample.ecosystems().stream().map(Ecosystem::id).toList();
  }

  private static List<String> allBut(String ecosystem) {
    return allEcosystems().stream().filter(e -> !e.equals(ecosystem)).toList();
  }

  // ------------------------------------------------------------------ determinism

  @Test
  void sameSeedGivesEqualData() {
    EcosystemData again = SyntheticNetworkGenerator.norrbottenLaplandSample(42);

    assertThat(again).isEqualTo(sample);
  }

  @Test
  void oneGeneratorGivesEqualDataOnEveryCall() {
    var generator =
        new SyntheticNetworkGenerator(
            SyntheticNetworkGenerator.Spec.norrbottenLapland(500, 2500), 7);

    assertThat(generator.generate()).isEqualTo(generator.generate());
  }

  @Test
  void differentSeedGivesDifferentData() {
    EcosystemData other = SyntheticNetworkGenerator.norrbottenLaplandSample(43);

    assertThat(other.actors()).isNotEqualTo(sample.actors());
    assertThat(other.ties()).isNotEqualTo(sample.ties());
  }

  // ------------------------------------------------------------------- the sample

  @Test
  void sampleHasTheThirteenEcosystemsOfNorrbottenAndLapland() {
    assertThat(allEcosystems())
        .containsExactlyElementsOf(
            java.util.stream.Stream.concat(NORRBOTTEN.stream(), LAPLAND.stream()).toList());
    assertThat(sample.ecosystems())
        .allSatisfy(
            e -> assertThat(e.region()).isEqualTo(e.id().startsWith("lap_") ? "FI1D7" : "SE332"));
  }

  @Test
  void sampleSizeIsWithinTheIllustrativeRanges() {
    assertThat(sample.actors()).hasSizeBetween(400, 800);
    assertThat(sample.ties()).hasSizeBetween(2000, 5000);
    assertThat(sample.actors()).hasSize(SyntheticNetworkGenerator.SAMPLE_ACTORS);
    assertThat(sample.ties()).hasSize(SyntheticNetworkGenerator.SAMPLE_TIES);
  }

  @Test
  void sampleHasAllFourSectorsAllSixKindsAndActorsAbroad() {
    assertThat(sample.actors().stream().map(Actor::sector).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Sector.values());
    assertThat(sample.ties().stream().map(Tie::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            TieKind.RESEARCH,
            TieKind.EDUCATION,
            TieKind.CAPITAL,
            TieKind.AUTHORITY,
            TieKind.TRADE,
            TieKind.COLLABORATION);
    assertThat(sample.actors())
        .anySatisfy(a -> assertThat(a.country()).isNotIn("SE", "FI"))
        .anySatisfy(a -> assertThat(a.ecosystems()).hasSizeGreaterThan(1))
        .anySatisfy(a -> assertThat(a.ecosystems()).isEmpty());
  }

  @Test
  void sampleIdsAreUniqueAndEveryTieJoinsTwoDifferentKnownActors() {
    assertWellFormed(sample);
  }

  @Test
  void sampleActorsHaveTheRoleMixOfTheirSector() {
    assertThat(sample.actors())
        .allSatisfy(
            a -> {
              if (a.hasRole(Role.FIRM)) {
                assertThat(a.sector()).isEqualTo(Sector.BUSINESS);
                assertThat(a.roles()).containsExactly(Role.FIRM);
              }
              if (a.hasRole(Role.RESEARCH) || a.hasRole(Role.EDUCATION)) {
                assertThat(a.sector()).isEqualTo(Sector.ACADEMIA);
              }
              if (a.hasRole(Role.AUTHORITY)) {
                assertThat(a.sector()).isEqualTo(Sector.PUBLIC);
              }
              if (a.attributes().containsKey("sme")) {
                assertThat(a.hasRole(Role.FIRM)).isTrue();
                assertThat(a.attributes().get("sme"))
                    .isEqualTo((Integer) a.attributes().get("size") < 250);
              }
              if (a.attributes().containsKey("website")) {
                assertThat((String) a.attributes().get("website"))
                    .matches("https://[a-z0-9-]+\\.example");
              }
            });
  }

  @Test
  void sampleActorsSitInTheirEcosystemsRegion() {
    assertThat(sample.actors())
        .filteredOn(a -> !a.ecosystems().isEmpty())
        .allSatisfy(
            a -> {
              boolean lapland = a.ecosystems().get(0).startsWith("lap_");
              assertThat(a.region()).isEqualTo(lapland ? "FI1D7" : "SE332");
              assertThat(a.country()).isEqualTo(lapland ? "FI" : "SE");
            });
  }

  @Test
  void sampleWeakAndStrongTiesAreClearlyApart() {
    for (Tie t : sample.ties()) {
      if (!SampleCensus.isWeak(t)) {
        boolean money = t.kind().equals(TieKind.CAPITAL) || t.kind().equals(TieKind.TRADE);
        assertThat(t.weight()).as(t.id()).isGreaterThanOrEqualTo(money ? 1.0 : 2.0);
        if (t.until() != null) {
          assertThat(t.until()).as(t.id()).isGreaterThanOrEqualTo(2022);
        }
      }
    }
  }

  // ------------------------------------------------------------- the planted gaps

  @Test
  void creativeFirmsHaveNoTieToAnyResearchOrganisation() {
    GapCount research = census.gap("creative", FirmGap.RESEARCH);

    assertThat(research.firms()).isGreaterThanOrEqualTo(15);
    assertThat(research.ties()).isZero();
    assertThat(sample.ties())
        .filteredOn(t -> t.kind().equals(TieKind.RESEARCH))
        .noneMatch(
            t ->
                isCreativeFirm(census.actors.get(t.from()))
                    || isCreativeFirm(census.actors.get(t.to())));
  }

  private static boolean isCreativeFirm(Actor a) {
    return a.hasRole(Role.FIRM) && a.ecosystems().contains("creative");
  }

  @Test
  void tourismFirmsRarelyHaveAnEducationPartner() {
    double tourism = census.gap("tourism", FirmGap.EDUCATION).coveredShare();

    assertThat(tourism).isLessThan(0.5);
    for (String other : allBut("tourism")) {
      assertThat(census.gap(other, FirmGap.EDUCATION).coveredShare()).as(other).isGreaterThan(0.75);
    }
  }

  @Test
  void miningCapitalTiesAreNearlyAllWeak() {
    int[] mining = census.capitalTiesReceived("mining");
    double miningWeak = (double) mining[1] / mining[0];

    assertThat(mining[0]).isGreaterThan(30);
    assertThat(miningWeak).isGreaterThan(0.75);
    assertThat(census.gap("mining", FirmGap.CAPITAL).weakShare()).isGreaterThan(0.75);
    for (String other : allBut("mining")) {
      int[] received = census.capitalTiesReceived(other);
      assertThat((double) received[1] / received[0]).as(other).isLessThan(0.4);
    }
  }

  @Test
  void lapEnergyFirmsHaveFewerAndWeakerTiesToPublicAuthorities() {
    GapCount energy = census.gap("lap_energy", FirmGap.AUTHORITY);

    assertThat(energy.ties()).isPositive();
    for (String other : allBut("lap_energy")) {
      GapCount gap = census.gap(other, FirmGap.AUTHORITY);
      assertThat(gap.weakShare()).as(other).isLessThan(energy.weakShare() - 0.1);
      assertThat(gap.coveredShare()).as(other).isGreaterThan(energy.coveredShare());
    }
  }

  private static double perFirm(GapCount gap) {
    return (double) gap.ties() / gap.firms();
  }

  @Test
  void compositesFirmsBarelyTradeWithEachOther() {
    double within =
        (double) census.firmTiesWithin("composites") / census.firms("composites").size();
    double withFirms = perFirm(census.gap("composites", FirmGap.INTER_FIRM));

    for (String other : allBut("composites")) {
      double otherWithin = (double) census.firmTiesWithin(other) / census.firms(other).size();
      assertThat(within).as(other).isLessThan(otherWithin / 2);
      assertThat(withFirms)
          .as(other)
          .isLessThan(perFirm(census.gap(other, FirmGap.INTER_FIRM)) * 0.6);
    }
  }

  @Test
  void arcticTestAndLapTestingNeverConnect() {
    assertThat(census.tiesBetween("arctic_test", "lap_testing")).isZero();
    assertThat(census.tiesBetween("arctic_test", "lap_safety")).isPositive();
    assertThat(census.tiesBetween("space", "lap_testing")).isPositive();
    assertThat(census.tiesToOtherEcosystems("arctic_test")).isGreaterThan(100);
    assertThat(census.tiesToOtherEcosystems("lap_testing")).isGreaterThan(100);
  }

  @Test
  void bioeconomyFirmsNeverTieAbroadWhileArcticTestFirmsTieAbroadMost() {
    assertThat(census.gap("bioeconomy", FirmGap.GLOBAL_MARKET).ties()).isZero();
    assertThat(census.firms("bioeconomy")).hasSizeGreaterThan(20);
    double arcticTest = perFirm(census.gap("arctic_test", FirmGap.GLOBAL_MARKET));
    for (String other : NORRBOTTEN) {
      if (!other.equals("arctic_test")) {
        assertThat(perFirm(census.gap(other, FirmGap.GLOBAL_MARKET)))
            .as(other)
            .isLessThan(arcticTest * 0.7);
      }
    }
  }

  @Test
  void spaceIsAHealthyControlWithEveryKindOfPartner() {
    for (FirmGap gap : FirmGap.values()) {
      GapCount space = census.gap("space", gap);
      assertThat(space.coveredShare()).as(gap.name()).isGreaterThan(0.8);
      assertThat(space.weakShare()).as(gap.name()).isLessThan(0.25);
    }
    Set<TieKind> kinds = new HashSet<>();
    for (Actor firm : census.firms("space")) {
      census.incident.getOrDefault(firm.id(), List.of()).forEach(t -> kinds.add(t.kind()));
    }
    assertThat(kinds).contains(TieKind.RESEARCH, TieKind.EDUCATION, TieKind.CAPITAL);
  }

  // ---------------------------------------------------------------------- scaled

  @Test
  void scaledGivesExactlyTheAskedCountsAndCopiesTheEcosystems() {
    EcosystemData large = SyntheticNetworkGenerator.scaled(20_000, 200_000, 1);

    assertThat(large.actors()).hasSize(20_000);
    assertThat(large.ties()).hasSize(200_000);
    assertThat(large.ecosystems()).hasSize(4 * 13);
    assertThat(large.ecosystems().stream().map(Ecosystem::id))
        .contains("space", "space_4", "lap_testing_3");
    assertWellFormed(large);
    SampleCensus big = new SampleCensus(large);
    assertThat(big.tiesBetween("arctic_test_2", "lap_testing_2")).isZero();
    assertThat(big.gap("creative_3", FirmGap.RESEARCH).ties()).isZero();
  }

  @Test
  void scaledAcceptsZeroTies() {
    assertThat(SyntheticNetworkGenerator.scaled(1000, 0, 1).ties()).isEmpty();
  }

  @Test
  void rejectsTooFewActorsAndNegativeTies() {
    assertThatThrownBy(() -> SyntheticNetworkGenerator.scaled(10, 100, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actors must be at least");
    assertThatThrownBy(() -> SyntheticNetworkGenerator.scaled(1000, -1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Unique ids and names; known ecosystems; ties between two different known actors. */
  private static void assertWellFormed(EcosystemData data) {
    Set<String> actorIds = data.actors().stream().map(Actor::id).collect(Collectors.toSet());
    Set<String> ecosystemIds =
        data.ecosystems().stream().map(Ecosystem::id).collect(Collectors.toSet());
    Set<String> names = data.actors().stream().map(Actor::name).collect(Collectors.toSet());
    Set<String> tieIds = data.ties().stream().map(Tie::id).collect(Collectors.toSet());
    assertThat(actorIds).hasSameSizeAs(data.actors());
    assertThat(ecosystemIds).hasSameSizeAs(data.ecosystems());
    assertThat(names).hasSameSizeAs(data.actors());
    assertThat(tieIds).hasSameSizeAs(data.ties());
    List<String> badMemberships =
        data.actors().stream()
            .filter(
                a ->
                    !ecosystemIds.containsAll(a.ecosystems())
                        || Set.copyOf(a.ecosystems()).size() != a.ecosystems().size())
            .map(Actor::id)
            .toList();
    assertThat(badMemberships).isEmpty();
    List<String> badTies =
        data.ties().stream()
            .filter(
                t ->
                    !actorIds.contains(t.from())
                        || !actorIds.contains(t.to())
                        || t.from().equals(t.to())
                        || !t.id().matches("t\\d{6,}")
                        || t.source().isEmpty())
            .map(Tie::id)
            .toList();
    assertThat(badTies).isEmpty();
  }
}

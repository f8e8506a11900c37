package org.brobygge.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Actor;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.Role;
import org.brobygge.synthetic.SyntheticNetworkGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped definitions find the gaps planted in the sample ({@code data/sample/README.md}, "The
 * planted gaps") where the README says they are. Expected values come from the README's counts, not
 * from the engine.
 */
class SampleGapsTest {

  private static final int YEAR = 2026;
  private static final List<String> NORRBOTTEN =
      List.of("space", "mining", "composites", "bioeconomy", "tourism", "arctic_test", "creative");

  private static EcosystemData sample;
  private static GapAnalysis analysis;

  @BeforeAll
  static void analyseSample() {
    sample = SyntheticNetworkGenerator.norrbottenLaplandSample(42);
    analysis = analyse(sample);
  }

  private static GapAnalysis analyse(EcosystemData data) {
    return new GapAnalysis(
        EcosystemGraph.of(data),
        DefaultGapDefinitions.at(YEAR).definitions(),
        new HomeRegion("SE332", "SE"),
        YEAR);
  }

  private static GapFinding finding(String gap, String ecosystem) {
    return analysis.findings(gap).stream()
        .filter(f -> f.ecosystemId().equals(ecosystem))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> firmsOf(String ecosystem) {
    return sample.actors().stream()
        .filter(a -> a.hasRole(Role.FIRM) && a.ecosystems().contains(ecosystem))
        .map(Actor::id)
        .toList();
  }

  /** Ecosystems ordered by severity on {@code gap}, worst first. */
  private static List<String> worstFirst(String gap, List<String> among) {
    return analysis.findings(gap).stream()
        .filter(f -> among.contains(f.ecosystemId()))
        .sorted(Comparator.comparing(GapFinding::severity).reversed())
        .map(GapFinding::ecosystemId)
        .toList();
  }

  private static List<String> all() {
    return sample.ecosystems().stream().map(e -> e.id()).toList();
  }

  @Test
  void creativeIsWorstOnResearchWithAllItsFirmsMissing() {
    // README: none of creative's 29 firms has any tie to a research organisation
    GapFinding creative = finding("research", "creative");

    assertThat(creative.sourceActors()).isEqualTo(29);
    assertThat(creative.severity()).isEqualTo(1.0);
    assertThat(creative.missingEdges())
        .extracting(GapFinding.MissingEdge::actorId)
        .containsExactlyInAnyOrderElementsOf(firmsOf("creative"));
    assertThat(worstFirst("research", all()).getFirst()).isEqualTo("creative");
    assertThat(analysis.findings("research"))
        .filteredOn(f -> !f.ecosystemId().equals("creative"))
        .allSatisfy(f -> assertThat(f.severity()).isLessThan(1.0));
  }

  @Test
  void tourismIsWorstOnEducationWithTwentyOneOfItsThirtySevenFirmsMissing() {
    // README: 16 of 37 tourism firms have an education partner, every other ecosystem 86-100 %
    GapFinding tourism = finding("education", "tourism");

    assertThat(tourism.sourceActors()).isEqualTo(37);
    assertThat(tourism.missing()).isEqualTo(37 - 16);
    assertThat(tourism.severity()).isGreaterThanOrEqualTo(21 / 37.0 - 1e-9);
    assertThat(worstFirst("education", all()).subList(0, 2)).contains("tourism");
  }

  @Test
  void miningHasTheMostWeakCapitalTiesAndAHighCapitalSeverity() {
    // README: 85 % of mining firms' 71 capital ties are weak, 79 of the 93 capital ties its
    // members receive; elsewhere 4-31 %. Intended severity: moderate.
    GapFinding mining = finding("capital", "mining");

    assertThat(mining.weakEdges().size())
        .isGreaterThan(
            analysis.findings("capital").stream()
                .filter(f -> !f.ecosystemId().equals("mining"))
                .mapToInt(f -> f.weakEdges().size())
                .max()
                .orElseThrow());
    assertThat(mining.severity()).isGreaterThanOrEqualTo(GapLevel.MODERATE.from());
    assertThat(worstFirst("capital", all()).getFirst()).isEqualTo("mining");
  }

  @Test
  void compositesIsWorstOnInterFirm() {
    // README: only 2 ties among composites' 22 firms, so at least 22 - 4 = 18 have no firm
    // partner in the ecosystem: severity >= 18/22
    GapFinding composites = finding("inter_firm", "composites");

    assertThat(composites.sourceActors()).isEqualTo(22);
    assertThat(composites.observedTies()).isEqualTo(2);
    assertThat(composites.missing()).isGreaterThanOrEqualTo(18);
    assertThat(composites.severity()).isGreaterThanOrEqualTo(18 / 22.0 - 1e-9);
    assertThat(worstFirst("inter_firm", all()).getFirst()).isEqualTo("composites");
  }

  @Test
  void bioeconomyIsWorstAmongNorrbottenOnGlobalMarketWithAllItsFirmsMissing() {
    // README: none of bioeconomy's 37 firms has any tie abroad
    GapFinding bioeconomy = finding("global_market", "bioeconomy");

    assertThat(bioeconomy.sourceActors()).isEqualTo(37);
    assertThat(bioeconomy.severity()).isEqualTo(1.0);
    assertThat(bioeconomy.observedTies()).isZero();
    assertThat(bioeconomy.missingEdges())
        .extracting(GapFinding.MissingEdge::actorId)
        .containsExactlyInAnyOrderElementsOf(firmsOf("bioeconomy"));
    assertThat(worstFirst("global_market", NORRBOTTEN).getFirst()).isEqualTo("bioeconomy");
  }

  @Test
  void lapEnergyIsAboveTheMedianOnAuthority() {
    // README: 14 of 22 lap_energy firms have an authority partner (64 % against 77-94 %), 46 % of
    // the ties weak against 6-23 %. Severity >= 8/22 from the missing firms alone.
    GapFinding lapEnergy = finding("authority", "lap_energy");
    List<Double> severities =
        analysis.findings("authority").stream().map(GapFinding::severity).sorted().toList();
    double median = severities.get(severities.size() / 2); // 13 ecosystems: the 7th

    assertThat(lapEnergy.sourceActors()).isEqualTo(22);
    assertThat(lapEnergy.missing()).isEqualTo(22 - 14);
    assertThat(lapEnergy.severity()).isGreaterThan(median);
  }

  @Test
  void arcticTestAndLapTestingHaveNoTieBetweenTheirMembers() {
    GapDefinition interEcosystem = DefaultGapDefinitions.at(YEAR).byId("inter_ecosystem").get();
    InterEcosystemMatrix matrix =
        new InterEcosystemMatrix(EcosystemGraph.of(sample), interEcosystem);
    // the pair alone: each one's inter-ecosystem gap is then its ties into the other
    GapAnalysis pair = analyse(only(sample, Set.of("arctic_test", "lap_testing")));

    assertThat(matrix.neverConnected())
        .extracting(p -> Set.of(p.a(), p.b()))
        .contains(Set.of("arctic_test", "lap_testing"));
    assertThat(pair.findings("inter_ecosystem"))
        .hasSize(2)
        .allSatisfy(
            f -> {
              assertThat(f.applicable()).isTrue();
              assertThat(f.observedTies()).as(f.ecosystemId()).isZero();
              assertThat(f.severity()).as(f.ecosystemId()).isEqualTo(1.0);
            });
  }

  private static EcosystemData only(EcosystemData data, Set<String> kept) {
    return new EcosystemData(
        data.ecosystems().stream().filter(e -> kept.contains(e.id())).toList(),
        data.actors().stream()
            .map(
                a ->
                    new Actor(
                        a.id(),
                        a.name(),
                        a.sector(),
                        a.roles(),
                        a.region(),
                        a.country(),
                        a.ecosystems().stream().filter(kept::contains).toList(),
                        a.attributes()))
            .toList(),
        data.ties());
  }

  /**
   * README: "no gap planted" in space, expected severity none. Fails on the capital gap: the
   * shipped capital gap's source side is every non-capital member, not only firms, and 18 of
   * space's 51 non-capital members (its cluster organisation, agencies, municipalities, institutes,
   * colleges, associations) have no tie to a capital provider: severity 1 - (29 + 4/2)/51 = 0.39,
   * mild. The README and the generator plant and control gaps in firms only. Reported; enable once
   * the definition, the generator or the README is settled.
   */
  @Test
  void spaceTheHealthyControlRaisesNoGap() {
    assertThat(analysis.findingsOf(spaceIndex()))
        .hasSize(7)
        .allSatisfy(
            f -> {
              assertThat(f.applicable()).as(f.gap()).isTrue();
              assertThat(f.level()).as(f.gap() + " severity " + f.severity()).isEqualTo("none");
            });
  }

  @Test
  void spaceTheHealthyControlRaisesNoGapOnTheGapsThatAreNotAboutCapital() {
    assertThat(analysis.findingsOf(spaceIndex()))
        .filteredOn(f -> !f.gap().equals("capital"))
        .hasSize(6)
        .allSatisfy(
            f -> {
              assertThat(f.applicable()).as(f.gap()).isTrue();
              assertThat(f.level()).as(f.gap() + " severity " + f.severity()).isEqualTo("none");
            });
  }

  @Test
  void spaceFirmsAllHaveACapitalPartner() {
    // README: of 29 space firms, 29 have a capital partner
    Set<String> firms = Set.copyOf(firmsOf("space"));

    assertThat(finding("capital", "space").missingEdges())
        .extracting(GapFinding.MissingEdge::actorId)
        .noneMatch(firms::contains);
  }

  /**
   * The README's table of planted gaps states each gap's level ("intended severity", the first bold
   * word of its last column) in the ecosystem named first in bold under "where"; the engine must
   * report that level, so the README cannot drift from the data again. The inter-ecosystem row is
   * about one pair (checked above) and the healthy control about all seven gaps (below).
   */
  @Test
  void readmeStatesTheLevelTheEngineReportsForEachPlantedGap() throws IOException {
    Pattern bold = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    Map<String, String> gapIds =
        Map.of(
            "research", "research",
            "education", "education",
            "capital", "capital",
            "public authority", "authority",
            "inter-firm", "inter_firm",
            "global market", "global_market");
    List<String> checked = new ArrayList<>();
    List<String> drift = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("data", "sample", "README.md"))) {
      String[] cells = line.split("\\|");
      if (cells.length < 7 || !cells[1].strip().matches("[1-7]")) {
        continue;
      }
      String gap = gapIds.get(cells[2].strip());
      if (gap == null) {
        continue; // inter-ecosystem: a pair, not one ecosystem
      }
      Matcher where = bold.matcher(cells[3]);
      Matcher intended = bold.matcher(cells[6]);
      assertThat(where.find()).as(line).isTrue();
      assertThat(intended.find()).as(line).isTrue();
      String ecosystem = where.group(1).strip();
      String level = intended.group(1).strip().split("[ ,(]")[0];
      GapFinding finding = finding(gap, ecosystem);

      if (!finding.level().equals(level)) {
        drift.add(
            String.format(
                Locale.ROOT,
                "README: %s in %s is %s; the engine: %s, severity %.2f (%d sources, %d missing, %d weak only)",
                gap,
                ecosystem,
                level,
                finding.level(),
                finding.severity(),
                finding.sourceActors(),
                finding.missing(),
                finding.weakOnly()));
      }
      checked.add(gap);
    }
    assertThat(drift).isEmpty();
    assertThat(checked).containsExactlyInAnyOrderElementsOf(gapIds.values());
  }

  private static int spaceIndex() {
    return EcosystemGraph.of(sample).ecosystemIndex("space").getAsInt();
  }
}

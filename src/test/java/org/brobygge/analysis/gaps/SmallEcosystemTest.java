package org.brobygge.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;

/**
 * Issue 15.2: a planted three-firm ecosystem is not judged on the research gap and stays out of the
 * region's rankings and medians unless asked for. Severities by hand (severity = 1 - (strong +
 * weakOnly/2) / firms; every tie here is strong, weight 5 in 2020 with reference year 2026):
 *
 * <pre>
 *   full:  5 firms, 5 tied to r  -> 0
 *   half:  6 firms, 3 tied       -> 0.5
 *   most:  5 firms, 1 tied       -> 0.8
 *   small: 3 firms, none tied    -> 1.0, not judgeable at the default minimum of 5
 *   median without small: {0, 0.5, 0.8} -> 0.5; with it: {0, 0.5, 0.8, 1.0} -> (0.5 + 0.8) / 2 = 0.65
 * </pre>
 */
class SmallEcosystemTest {

  static EcosystemGraph planted() {
    EcosystemGraph.Builder b = EcosystemGraph.builder();
    b.actor("r", "r", Sector.ACADEMIA, Set.of(Role.RESEARCH), "", "SE");
    plant(b, "full", 5, 5);
    plant(b, "half", 6, 3);
    plant(b, "most", 5, 1);
    plant(b, "small", 3, 0);
    return b.build();
  }

  private static void plant(EcosystemGraph.Builder b, String ecosystem, int firms, int tied) {
    b.ecosystem(ecosystem, ecosystem, "");
    for (int i = 0; i < firms; i++) {
      String id = ecosystem + i;
      b.actor(id, id, Sector.BUSINESS, Set.of(Role.FIRM), "", "SE");
      b.membership(id, ecosystem);
      if (i < tied) {
        b.tie(id, "r", TieKind.RESEARCH, 5, 2020, null);
      }
    }
  }

  static GapAnalysis analysis(int minSourceActors) {
    return new GapAnalysis(
        planted(),
        DefaultGapDefinitions.at(2026).definitions(),
        new HomeRegion("SE332", "SE"),
        2026,
        minSourceActors);
  }

  @Test
  void aThreeFirmEcosystemIsMarkedAndKeepsItsFigures() {
    GapFinding small = finding(analysis(GapDefinitions.DEFAULT_MIN_SOURCE_ACTORS), "small");

    assertThat(small.applicable()).isTrue();
    assertThat(small.judgeable()).isFalse();
    assertThat(small.tooFewActors()).isTrue();
    assertThat(small.reason())
        .isEqualTo("only 3 source actors (actors with role firm); at least 5 are needed to judge");
    assertThat(small.severity()).isEqualTo(1.0);
    assertThat(small.level()).isEqualTo("severe");
    assertThat(finding(analysis(5), "full").judgeable()).isTrue();
    assertThat(finding(analysis(5), "full").reason()).isEmpty();
  }

  @Test
  void theMinimumIsConfigurable() {
    assertThat(finding(analysis(3), "small").judgeable()).isTrue();
    assertThat(finding(analysis(3), "small").reason()).isEmpty();
    assertThat(finding(analysis(6), "most").judgeable()).isFalse();
    assertThat(finding(analysis(6), "half").judgeable()).isTrue();
  }

  @Test
  void mediansAndRankingsLeaveTheSmallEcosystemOutUnlessAsked() {
    GapAnalysis analysis = analysis(5);

    RegionView region = RegionView.of(analysis);
    assertThat(region.medians().get("research")).isEqualTo(0.5);
    assertThat(region.rankings().get("research"))
        .extracting(r -> r.rank() + ":" + r.ecosystemId())
        .containsExactly("1:most", "2:half", "3:full");
    assertThat(region.profiles().get("small")).containsEntry("research", 1.0);

    RegionView withSmall = RegionView.of(analysis, true);
    assertThat(withSmall.medians().get("research"))
        .isCloseTo(0.65, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(withSmall.rankings().get("research"))
        .extracting(r -> r.rank() + ":" + r.ecosystemId())
        .containsExactly("1:small", "2:most", "3:half", "4:full");
  }

  @Test
  void theFourArgumentAnalysisJudgesEveryApplicableFinding() {
    GapAnalysis analysis =
        new GapAnalysis(
            planted(),
            DefaultGapDefinitions.at(2026).definitions(),
            new HomeRegion("SE332", "SE"),
            2026);
    assertThat(finding(analysis, "small").judgeable()).isTrue();
  }

  private static GapFinding finding(GapAnalysis analysis, String ecosystem) {
    return analysis.findings("research").stream()
        .filter(f -> f.ecosystemId().equals(ecosystem))
        .findFirst()
        .orElseThrow();
  }
}

package org.brobygge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brobygge.analysis.bridges.ClusterPlan;
import org.brobygge.analysis.bridges.LinkNetwork;
import org.brobygge.analysis.bridges.LinkPredictionIndex;
import org.brobygge.analysis.gaps.DefaultGapDefinitions;
import org.brobygge.analysis.gaps.GapAnalysis;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.TieKinds;
import org.brobygge.synthetic.SyntheticNetworkGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClusterPlanMarkdownTest {

  private static List<ClusterPlan> plans;

  @BeforeAll
  static void plans() {
    EcosystemGraph sample =
        EcosystemGraph.of(SyntheticNetworkGenerator.norrbottenLaplandSample(42));
    HomeRegion home = new HomeRegion("SE332", "SE");
    GapAnalysis analysis =
        new GapAnalysis(sample, DefaultGapDefinitions.at(2026).definitions(), home, 2026);
    LinkNetwork network = LinkNetwork.of(sample);
    plans =
        java.util.stream.IntStream.range(0, sample.ecosystemCount())
            .mapToObj(
                e ->
                    ClusterPlan.of(
                        network,
                        analysis,
                        home,
                        TieKinds.builtIn(),
                        e,
                        LinkPredictionIndex.DEFAULT,
                        ClusterPlan.ACTIONS_DEFAULT))
            .toList();
  }

  private static String creative() {
    return ClusterPlanMarkdown.render(
        plans.stream().filter(p -> p.ecosystemId().equals("creative")).findFirst().get());
  }

  @Test
  void readsFromSummaryToBaseline() {
    String md = creative();

    assertThat(md)
        .startsWith("# Cluster plan: Creative industries\n")
        .containsSubsequence(
            "## In short",
            "| Research gap | 1.00 | severe | worst of 13 |",
            "The most pressing: **Research gap** (severe, 1.00).",
            "**How to read the figures.**",
            "## The ecosystem",
            "Creative industries has 54 members",
            "**Locomotives**",
            "## The gaps, one by one",
            "### Research gap: level severe (1.00)",
            "- **Where it stands.** Of 29 firms, 0 have a strong tie to research organisations",
            "- **Without any tie across:**",
            "**Actions**",
            "1. **Introduce ",
            "*Who can introduce them:*",
            "*Why:*",
            "**Expected effect:** with these 5 actions the research gap falls from 1.00 to 0.83"
                + " (still severe).",
            "**Who can help bridge this gap**",
            "### Education gap",
            "## If every action is carried out",
            "## Baseline to measure again in 2027",
            "| Research gap | 1.00 | 0 % | 29 | 0 | 0 | 29 | 0 | 53.6 |");
  }

  @Test
  void everyPlanHasItsSevenGapsAndNoUnrenderedValue() {
    for (ClusterPlan plan : plans) {
      String md = ClusterPlanMarkdown.render(plan);
      assertThat(md.lines().filter(l -> l.startsWith("### ")).count())
          .as(plan.ecosystemId())
          .isEqualTo(7);
      assertThat(md).as(plan.ecosystemId()).doesNotContain("null", "NaN", "Infinity");
    }
  }

  @Test
  void escapesNamesThatWouldBreakATableOrEmphasis() {
    assertThat(ClusterPlanMarkdown.text("Pipe | and *star* _under_ [link] <b>"))
        .isEqualTo("Pipe \\| and \\*star\\* \\_under\\_ \\[link\\] \\<b\\>");
  }

  @Test
  void indexLinksEveryPlanAndNamesThePlantedGaps() {
    String index = ClusterPlanMarkdown.index(plans);

    assertThat(index.lines().filter(l -> l.contains("](")).count()).isEqualTo(13);
    assertThat(index)
        .contains(
            "| Creative industries | 54 | Research gap 1.00 (severe) | [creative.md](creative.md) |")
        .contains("Inter-firm gap 0.82 (severe)")
        .contains("| Space | 52 | none | [space.md](space.md) |")
        .contains(
            "Ecosystems with no tie between their members at all: Arctic test and Arctic testing"
                + " environments.");
  }
}

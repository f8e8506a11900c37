package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.brobygge.support.Api;
import org.brobygge.support.Browser;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15.2 through the API on the sample with {@code brobygge.gaps.min-source-actors=20}:
 * lap_testing has 15 firms (data/sample/actors.csv), every other ecosystem at least 20, so its
 * firm-sourced findings are the only ones marked; the region's medians leave it out unless
 * includeSmall=true, and the plan says so in JSON, Markdown and HTML.
 */
@EmbeddedNeo4jTest
@TestPropertySource(properties = "brobygge.gaps.min-source-actors=20")
class SmallGroupsIT {

  @LocalServerPort int port;

  /**
   * The evaluation's points say when too few firms stood on the source side (15 of the 20 this test
   * asks), and the evaluation page says so in words beside the severity.
   */
  @Test
  void theEvaluationMarksASmallGroupAndThePageSaysItIsTooFewToJudgeBy() {
    JsonNode evaluation =
        new Api(port)
            .get("/api/ecosystems/lap_testing/evaluation?baseline=2020&followUp=2023")
            .getBody();
    JsonNode research = evaluation.get("gaps").get(0);
    assertThat(research.get("gap").asString()).isEqualTo("research");
    JsonNode followUp = research.get("followUp");
    assertThat(followUp.get("applicable").asBoolean()).isTrue();
    assertThat(followUp.get("judgeable").asBoolean()).isFalse();
    assertThat(followUp.get("sourceActors").asInt()).isLessThan(20);

    try (Browser b = Browser.open(port)) {
      b.visit("/ecosystems/lap_testing/evaluation?baseline=2020&followUp=2023").awaitReady();
      var warnings =
          b.driver().findElements(By.cssSelector("#gaps tr[data-gap='research'] .not-judgeable"));
      assertThat(warnings).isNotEmpty();
      assertThat(warnings.get(warnings.size() - 1).getText())
          .isEqualTo(
              "Only "
                  + followUp.get("sourceActors").asInt()
                  + " actors on this side: too few to judge by.");
      b.screenshot("evaluation-small-group");
    }
  }

  /**
   * At the region level the small ecosystem's research gap (15 firms, fewer than 20) counts under
   * "too few actors", not as a verdict, and the region page shows the count the API gives.
   */
  @Test
  void theRegionEvaluationCountsGapsWithTooFewActorsApartAndThePageShowsThem() {
    JsonNode region = new Api(port).get("/api/evaluation?baseline=2020&followUp=2023").getBody();
    JsonNode small = null;
    for (JsonNode e : region.get("ecosystems")) {
      int counted =
          e.get("improved").asInt()
              + e.get("worse").asInt()
              + e.get("noClearChange").asInt()
              + e.get("notComparable").asInt()
              + e.get("tooFewActors").asInt();
      assertThat(counted).as(e.get("ecosystem").asString()).isEqualTo(7);
      if (e.get("ecosystem").asString().equals("lap_testing")) {
        small = e;
      }
    }
    assertThat(small).isNotNull();
    assertThat(small.get("tooFewActors").asInt()).isPositive();

    try (Browser b = Browser.open(port)) {
      b.visit("/evaluation?baseline=2020&followUp=2023").awaitReady();
      String shown =
          b.driver()
              .findElement(By.cssSelector("#ranking tr[data-ecosystem='lap_testing'] .too-few"))
              .getText();
      assertThat(shown).isEqualTo(small.get("tooFewActors").asString());
      b.screenshot("evaluation-region-small-group");
    }
  }

  @Test
  void aSmallEcosystemIsMarkedKeptOutOfTheMediansAndShownInThePlan() {
    Api api = new Api(port);
    JsonNode findings = api.get("/api/gaps?gap=research&evidenceLimit=0").getBody();
    List<Double> judgeable = new ArrayList<>();
    List<Double> applicable = new ArrayList<>();
    for (JsonNode f : findings) {
      boolean small = f.get("ecosystem").asString().equals("lap_testing");
      assertThat(f.get("judgeable").asBoolean())
          .as(f.get("ecosystem").asString())
          .isEqualTo(!small);
      applicable.add(f.get("severity").asDouble());
      if (!small) {
        judgeable.add(f.get("severity").asDouble());
      } else {
        assertThat(f.get("sourceActors").asInt()).isEqualTo(15);
        assertThat(f.get("reason").asString())
            .isEqualTo(
                "only 15 source actors (actors with role firm); at least 20 are needed to judge");
      }
    }
    assertThat(applicable).hasSize(13);

    JsonNode region = api.get("/api/gaps/region").getBody();
    assertThat(region.get("medians").get("research").asDouble()).isEqualTo(median(judgeable));
    assertThat(ranked(region)).hasSize(12).doesNotContain("lap_testing");
    JsonNode withSmall = api.get("/api/gaps/region?includeSmall=true").getBody();
    assertThat(withSmall.get("medians").get("research").asDouble()).isEqualTo(median(applicable));
    assertThat(ranked(withSmall)).hasSize(13).contains("lap_testing");

    JsonNode ecosystemGaps = api.get("/api/ecosystems/lap_testing/gaps").getBody();
    assertThat(ecosystemGaps.get("rank").get("research").isNull()).isTrue();

    JsonNode plan = api.get("/api/ecosystems/lap_testing/plan").getBody();
    JsonNode research = plan.get("gaps").get(0);
    assertThat(research.get("gap").asString()).isEqualTo("research");
    assertThat(research.get("judgeable").asBoolean()).isFalse();
    assertThat(research.get("rank").isNull()).isTrue();
    assertThat(research.get("regionMedian").asDouble()).isEqualTo(median(judgeable));
    String markdown = api.getText("/api/ecosystems/lap_testing/plan", "text/markdown").getBody();
    assertThat(markdown)
        .contains(
            "too few actors to judge", "not ranked: only 15 source actors", "Too few to judge");
    String html = api.getText("/api/ecosystems/lap_testing/plan", "text/html").getBody();
    assertThat(html).contains("Too few to judge");

    JsonNode docs = api.get("/v3/api-docs").getBody();
    assertThat(docs.get("paths").get("/api/gaps/region").get("get").get("parameters").toString())
        .contains("includeSmall");
  }

  private static List<String> ranked(JsonNode region) {
    List<String> ids = new ArrayList<>();
    region.get("rankings").get("research").forEach(r -> ids.add(r.get("ecosystemId").asString()));
    return ids;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}

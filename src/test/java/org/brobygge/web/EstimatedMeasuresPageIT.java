package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.brobygge.support.Api;
import org.brobygge.support.Browser;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The researchers' page in a real Chromium says in words how a measure that is estimated on large
 * networks was computed, with the limits lowered so that the whole sample (620 actors) is "large"
 * and one ecosystem (space, 52 actors) is not.
 */
@EmbeddedNeo4jTest
@TestPropertySource(
    properties = {
      "brobygge.analysis.exact-betweenness-max-actors=100",
      "brobygge.analysis.betweenness-pivots=200",
      "brobygge.analysis.exact-closeness-max-actors=300",
      "brobygge.analysis.closeness-sources=100"
    })
class EstimatedMeasuresPageIT {

  @LocalServerPort int port;

  @Test
  void researchersPageSaysWhetherClosenessAndBetweennessWereEstimated() {
    JsonNode closeness = new Api(port).get("/api/centrality?measure=closeness&limit=5").getBody();
    try (Browser b = Browser.open(port)) {
      b.visit("/researchers?measure=closeness&limit=5").awaitReady();
      assertThat(b.find(By.id("ranking-about")).getText())
          .contains(
              "Estimated from the distances of "
                  + closeness.get("closeness").get("searches").asInt()
                  + " randomly chosen actors (seed 42)",
              "each actor's own page shows its exact value");
      b.screenshot("researchers-closeness-estimated");

      b.visit("/researchers?measure=betweenness&limit=5").awaitReady();
      assertThat(b.find(By.id("ranking-about")).getText())
          .contains("Betweenness estimated from the shortest paths of 200 randomly chosen actors");

      b.visit("/researchers?measure=closeness&ecosystem=space&limit=5").awaitReady();
      assertThat(b.find(By.id("ranking-about")).getText()).contains("Computed exactly.");
    }
  }
}

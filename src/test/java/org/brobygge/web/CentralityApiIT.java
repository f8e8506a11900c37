package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.brobygge.support.Api;
import org.brobygge.support.Browser;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Size limits of the per-actor measures on the sample (620 actors, ecosystems of 32 to 84), with
 * the limits lowered so that the whole sample is "large": betweenness is sampled above 100 actors
 * and closeness of every actor above 300.
 */
@EmbeddedNeo4jTest
@TestPropertySource(
    properties = {
      "brobygge.analysis.exact-betweenness-max-actors=100",
      "brobygge.analysis.betweenness-pivots=200",
      "brobygge.analysis.exact-closeness-max-actors=300",
      "brobygge.analysis.closeness-sources=100"
    })
class CentralityApiIT {

  @LocalServerPort int port;
  Api api;

  @BeforeEach
  void connect() {
    api = new Api(port);
  }

  @Test
  void estimatesBetweennessAboveTheLimitAndSaysHow() {
    JsonNode sampled = api.get("/api/centrality?measure=betweenness").getBody();
    JsonNode again = api.get("/api/centrality?measure=betweenness").getBody();
    JsonNode otherSeed = api.get("/api/centrality?measure=betweenness&seed=7").getBody();
    JsonNode exact = api.get("/api/centrality?measure=betweenness&pivots=620").getBody();

    assertThat(sampled.get("actors").asInt()).isEqualTo(620);
    assertThat(sampled.get("betweenness").get("method").asString()).isEqualTo("sampled");
    assertThat(sampled.get("betweenness").get("pivots").asInt()).isEqualTo(200);
    assertThat(sampled.get("betweenness").get("seed").asLong()).isEqualTo(42);
    assertThat(again.get("scores")).isEqualTo(sampled.get("scores"));
    assertThat(otherSeed.get("betweenness").get("seed").asLong()).isEqualTo(7);
    assertThat(byId(otherSeed)).isNotEqualTo(byId(sampled));
    assertThat(exact.get("betweenness").get("method").asString()).isEqualTo("exact");
    assertThat(exact.get("betweenness").get("pivots").isNull()).isTrue();
    // the estimate ranks like the exact values: Spearman's rho over all 620 actors
    assertThat(spearman(byId(exact), byId(sampled))).isGreaterThan(0.9);
  }

  @Test
  void computesBetweennessExactlyOnAnEcosystemBelowTheLimit() {
    JsonNode space = api.get("/api/centrality?measure=betweenness&ecosystem=space").getBody();

    assertThat(space.get("actors").asInt()).isEqualTo(52);
    assertThat(space.get("betweenness").get("method").asString()).isEqualTo("exact");
    assertThat(api.get("/api/centrality?measure=degree").getBody().get("betweenness").isNull())
        .isTrue();
  }

  @Test
  void estimatesClosenessOfEveryActorAboveItsLimitButGivesOneActorsExactValue() {
    JsonNode sampled = api.get("/api/centrality?measure=closeness").getBody();
    JsonNode harmonic = api.get("/api/centrality?measure=harmonic&seed=7").getBody();
    JsonNode exact = api.get("/api/centrality?measure=closeness&pivots=620").getBody();
    JsonNode space = api.get("/api/centrality?measure=closeness&ecosystem=space").getBody();
    String actor =
        api.get("/api/centrality?measure=degree&limit=1")
            .getBody()
            .get("scores")
            .get(0)
            .get("id")
            .asString();
    JsonNode metrics = api.get("/api/actors/" + actor + "/metrics").getBody();
    JsonNode betweenness = api.get("/api/centrality?measure=betweenness").getBody();

    assertThat(sampled.get("actors").asInt()).isEqualTo(620);
    assertThat(sampled.get("closeness").get("method").asString()).isEqualTo("sampled");
    // about the 100 asked, spread over the components, at least 32 in each but the isolates
    assertThat(sampled.get("closeness").get("searches").asInt()).isBetween(90, 620);
    assertThat(sampled.get("closeness").get("seed").asLong()).isEqualTo(42);
    assertThat(sampled.get("betweenness").isNull()).isTrue();
    assertThat(harmonic.get("closeness").get("method").asString()).isEqualTo("sampled");
    assertThat(harmonic.get("closeness").get("seed").asLong()).isEqualTo(7);
    assertThat(exact.get("closeness").get("method").asString()).isEqualTo("exact");
    assertThat(exact.get("closeness").get("searches").isNull()).isTrue();
    assertThat(space.get("closeness").get("method").asString()).isEqualTo("exact");
    // the estimate ranks like the exact values: Spearman's rho over all 620 actors
    assertThat(spearman(byId(exact), byId(sampled))).isGreaterThan(0.9);
    // one actor's value comes from one search from it: the exact value at any size
    assertThat(metrics.get("metrics").get("closeness").asDouble())
        .isPositive()
        .isCloseTo(byId(exact).get(actor), within(1e-12));
    assertThat(metrics.get("betweenness").get("method").asString()).isEqualTo("sampled");
    assertThat(metrics.get("metrics").get("betweenness").asDouble())
        .isEqualTo(byId(betweenness).get(actor));
  }

  /**
   * The researchers' page in a real Chromium says in words whether a measure was estimated (the
   * whole sample, over the lowered limits) or exact (one ecosystem, space, 52 actors).
   */
  @Test
  void researchersPageSaysWhetherClosenessAndBetweennessWereEstimated() {
    JsonNode closeness = api.get("/api/centrality?measure=closeness&limit=5").getBody();
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

  @Test
  void measuresOneActorsEgoNetwork() {
    JsonNode top = api.get("/api/centrality?measure=degree&limit=1").getBody().get("scores").get(0);
    String actor = top.get("id").asString();
    JsonNode ego = api.get("/api/centrality?measure=degree&ego=" + actor).getBody();

    assertThat(ego.get("scope").asString()).isEqualTo("ego network of " + actor);
    // the actor and each of its neighbours; the actor is tied to all of them
    assertThat(ego.get("actors").asInt()).isEqualTo(top.get("value").asInt() + 1);
    assertThat(byId(ego).get(actor)).isEqualTo(top.get("value").asDouble());
    assertThat(api.get("/api/network/summary?ego=" + actor).getBody().get("actors").asInt())
        .isEqualTo(ego.get("actors").asInt());
    assertThat(api.get("/api/centrality?measure=closeness&ego=" + actor).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void answersBadScopesAndPivotsWithProblemDetails() {
    JsonNode both = api.get("/api/centrality?measure=degree&ecosystem=space&ego=x").getBody();
    JsonNode pivots = api.get("/api/centrality?measure=betweenness&pivots=0").getBody();

    assertThat(both.get("status").asInt()).isEqualTo(400);
    assertThat(both.get("parameter").asString()).isEqualTo("ego");
    assertThat(both.get("detail").asString()).contains("not both");
    assertThat(pivots.get("status").asInt()).isEqualTo(400);
    assertThat(pivots.get("parameter").asString()).isEqualTo("pivots");
    assertThat(api.get("/api/centrality?measure=degree&ego=nobody").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.get("/api/brokerage?ego=nobody").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void exportSaysHowBetweennessAndClosenessWereComputed() {
    var sampled = api.getText("/api/export?format=csv&measures=betweenness,closeness");
    var exact = api.getText("/api/export?format=csv&measures=betweenness&ecosystem=space");

    assertThat(sampled.getHeaders().getFirst("Brobygge-Betweenness"))
        .isEqualTo("sampled; pivots=200; seed=42");
    assertThat(sampled.getHeaders().getFirst("Brobygge-Closeness"))
        .startsWith("sampled; searches=")
        .endsWith("; seed=42");
    assertThat(exact.getHeaders().getFirst("Brobygge-Betweenness")).isEqualTo("exact");
    assertThat(exact.getHeaders().getFirst("Brobygge-Closeness")).isEqualTo("exact");
  }

  /**
   * Burt's measures rank like any measure; an actor without ties inside the scope has none (null),
   * listed last whichever the order, as blank in the map and the export. The values themselves are
   * checked against NetworkX in CentralityMeasuresTest and StructuralHolesTest.
   */
  @Test
  void ranksByStructuralHolesWithActorsWithoutTiesLast() {
    String scope = "&ecosystem=composites";
    JsonNode degree = api.get("/api/centrality?measure=degree" + scope).getBody();
    Set<String> withoutTies = new HashSet<>();
    degree
        .get("scores")
        .forEach(
            s -> {
              if (s.get("value").asDouble() == 0) {
                withoutTies.add(s.get("id").asString());
              }
            });
    assertThat(withoutTies)
        .as("the sample's composites has members without ties inside")
        .isNotEmpty();

    for (String measure : List.of("constraint", "effective_size", "efficiency")) {
      for (String order : List.of("desc", "asc")) {
        JsonNode ranked =
            api.get("/api/centrality?measure=" + measure + "&order=" + order + scope).getBody();
        List<JsonNode> scores = new ArrayList<>();
        ranked.get("scores").forEach(scores::add);
        int defined = scores.size() - withoutTies.size();
        String what = measure + " " + order;

        assertThat(ranked.get("measure").asString()).isEqualTo(measure);
        assertThat(scores).as(what).hasSize(degree.get("actors").asInt());
        assertThat(scores.subList(defined, scores.size()))
            .as(what + ": the actors without ties, last")
            .allSatisfy(s -> assertThat(s.get("value").isNull()).isTrue())
            .extracting(s -> s.get("id").asString())
            .containsExactlyInAnyOrderElementsOf(withoutTies);
        List<Double> values =
            scores.subList(0, defined).stream().map(s -> s.get("value").asDouble()).toList();
        assertThat(values).as(what).allSatisfy(v -> assertThat(v).isPositive());
        assertThat(values)
            .as(what)
            .isSortedAccordingTo(
                order.equals("desc")
                    ? Comparator.<Double>reverseOrder()
                    : Comparator.naturalOrder());
      }
    }

    JsonNode top = api.get("/api/centrality?measure=constraint&limit=1" + scope).getBody();
    String actor = top.get("scores").get(0).get("id").asString();
    JsonNode metrics = api.get("/api/actors/" + actor + "/metrics?ecosystem=composites").getBody();
    assertThat(metrics.get("metrics").get("constraint").asDouble())
        .isEqualTo(top.get("scores").get(0).get("value").asDouble());
    String lone = withoutTies.iterator().next();
    assertThat(
            api.get("/api/actors/" + lone + "/metrics?ecosystem=composites")
                .getBody()
                .get("metrics")
                .get("constraint")
                .isNull())
        .isTrue();
    JsonNode map = api.get("/api/ecosystems/composites/map?measure=constraint").getBody();
    map.get("nodes")
        .forEach(
            n ->
                assertThat(n.get("value").isNull())
                    .as(n.get("id").asString())
                    .isEqualTo(withoutTies.contains(n.get("id").asString())));
  }

  private static Map<String, Double> byId(JsonNode response) {
    Map<String, Double> values = new HashMap<>();
    response
        .get("scores")
        .forEach(s -> values.put(s.get("id").asString(), s.get("value").asDouble()));
    return values;
  }

  /** Spearman's rho (Commons Math: Pearson correlation of the ranks, ties at their mean rank). */
  private static double spearman(Map<String, Double> a, Map<String, Double> b) {
    var ids = a.keySet().stream().sorted().toList();
    return new SpearmansCorrelation()
        .correlation(
            ids.stream().mapToDouble(a::get).toArray(), ids.stream().mapToDouble(b::get).toArray());
  }
}

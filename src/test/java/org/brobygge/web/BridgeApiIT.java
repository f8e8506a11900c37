package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.brobygge.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Recommendations, brokers, what-if and the evaluation on the sample, through the real API. */
@EmbeddedNeo4jTest
class BridgeApiIT {

  @LocalServerPort int port;
  @Autowired Driver driver;

  @Test
  void recommendsResearchPartnersForCreativesFirms() {
    JsonNode answer =
        new Api(port).get("/api/recommendations?ecosystem=creative&gap=research&limit=5").getBody();

    assertThat(answer.get("index").asString()).isEqualTo("resource_allocation");
    JsonNode research = answer.get("gaps").get(0);
    assertThat(research.get("gap").asString()).isEqualTo("research");
    assertThat(research.get("severity").asDouble()).isEqualTo(1.0);
    JsonNode recommendations = research.get("recommendations");
    assertThat(recommendations.size()).isEqualTo(5);
    for (JsonNode r : recommendations) {
      assertThat(r.get("type").asString()).isEqualTo("new_tie");
      assertThat(r.get("parts").get("sourceCoverage").asString()).isEqualTo("missing");
      assertThat(r.get("parts").get("severityDrop").asDouble()).isEqualTo(1.0 / 29);
      assertThat(r.get("introducers").size()).isBetween(1, 3);
      assertThat(r.get("proposedTie").get("kind").asString()).isEqualTo("research");
      assertThat(r.get("rationale").asString()).contains("has no tie to any research organisation");
    }
    JsonNode all = new Api(port).get("/api/recommendations?ecosystem=creative").getBody();
    assertThat(all.get("gaps").size()).isEqualTo(7);
  }

  @Test
  void answersBadRecommendationParametersWithProblems() {
    Api api = new Api(port);

    JsonNode gap = api.get("/api/recommendations?ecosystem=creative&gap=money").getBody();
    assertThat(gap.get("status").asInt()).isEqualTo(400);
    assertThat(gap.get("validValues").toString()).contains("global_market");
    JsonNode index = api.get("/api/recommendations?ecosystem=creative&index=katz").getBody();
    assertThat(index.get("status").asInt()).isEqualTo(400);
    assertThat(index.get("parameter").asString()).isEqualTo("index");
    assertThat(index.get("validValues").toString()).contains("adamic_adar", "common_neighbours");
    for (String limit : new String[] {"0", "501"}) {
      JsonNode bad = api.get("/api/recommendations?ecosystem=creative&limit=" + limit).getBody();
      assertThat(bad.get("status").asInt()).isEqualTo(400);
      assertThat(bad.get("parameter").asString()).isEqualTo("limit");
    }
    assertThat(api.get("/api/recommendations?ecosystem=atlantis").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.get("/api/recommendations").getBody().get("parameter").asString())
        .isEqualTo("ecosystem");
  }

  @Test
  void namesTheBrokersOfAGap() {
    Api api = new Api(port);

    JsonNode answer = api.get("/api/gaps/research/brokers?ecosystem=creative&limit=5").getBody();

    assertThat(answer.get("gap").asString()).isEqualTo("research");
    JsonNode brokers = answer.get("brokers");
    assertThat(brokers.size()).isEqualTo(5);
    long previous = Long.MAX_VALUE;
    for (JsonNode b : brokers) {
      long gapPairs = b.get("gapPairs").asLong();
      assertThat(gapPairs).isPositive().isLessThanOrEqualTo(previous);
      previous = gapPairs;
      // creative's firms have no research partner: nobody there is a representative
      assertThat(b.get("roles").get("representative").asLong()).isZero();
      assertThat(b.get("summary").asString()).contains("of the firms of Creative industries");
    }
    assertThat(
            api.get("/api/gaps/money/brokers?ecosystem=creative").getBody().get("status").asInt())
        .isEqualTo(400);
    assertThat(api.get("/api/gaps/research/brokers?ecosystem=atlantis").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void whatIfLowersASeverityAndLeavesTheDatabaseAsItWas() {
    Api api = new Api(port);
    TestDatabase db = new TestDatabase(driver);
    long tiesBefore = db.count("MATCH (:Actor)-[r]->(:Actor) RETURN count(r)");
    JsonNode recommendations =
        api.get("/api/recommendations?ecosystem=creative&gap=research&limit=50").getBody();
    List<Map<String, Object>> ties = new ArrayList<>();
    Set<String> firms = new HashSet<>();
    for (JsonNode r : recommendations.get("gaps").get(0).get("recommendations")) {
      if (ties.size() < 3 && firms.add(r.get("source").get("id").asString())) {
        JsonNode t = r.get("proposedTie");
        ties.add(
            Map.of(
                "from", t.get("from").asString(),
                "to", t.get("to").asString(),
                "kind", t.get("kind").asString()));
      }
    }

    ResponseEntity<JsonNode> response = post(Map.of("ties", ties));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode changed = response.getBody().get("changed");
    JsonNode research = null;
    for (JsonNode c : changed) {
      if (c.get("ecosystemId").asString().equals("creative")
          && c.get("gap").asString().equals("research")) {
        research = c;
      }
    }
    assertThat(research).isNotNull();
    assertThat(research.get("before").asDouble()).isEqualTo(1.0);
    assertThat(research.get("after").asDouble()).isEqualTo(26.0 / 29);
    assertThat(response.getBody().get("changes").size()).isEqualTo(13 * 7);
    assertThat(db.count("MATCH (:Actor)-[r]->(:Actor) RETURN count(r)")).isEqualTo(tiesBefore);
    JsonNode findingAfter = api.get("/api/gaps?ecosystem=creative&gap=research").getBody().get(0);
    assertThat(findingAfter.get("severity").asDouble()).isEqualTo(1.0);
  }

  @Test
  void namesEveryBadProposedTieByIndexAndField() {
    ResponseEntity<JsonNode> response =
        post(
            Map.of(
                "ties",
                List.of(
                    Map.of("from", "a0001", "to", "a0002", "kind", "research"),
                    Map.of("from", "ghost", "to", "a0002", "kind", "research"),
                    Map.of("from", "a0001", "to", "a0002", "kind", "friendship", "weight", 0))));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = response.getBody();
    assertThat(problem.get("title").asString()).isEqualTo("Bad proposed ties");
    List<String> where = new ArrayList<>();
    problem.get("errors").forEach(e -> where.add(e.get("index") + "." + e.get("field").asString()));
    assertThat(where).containsExactly("1.from", "2.kind", "2.weight");
    assertThat(problem.get("errors").get(1).get("message").asString())
        .contains("unknown tie kind 'friendship'");
    assertThat(post(Map.of("nothing", 1)).getBody().get("parameter").asString()).isEqualTo("ties");
  }

  @Test
  void evaluatesTheRecommenderAgainstRandomAndCommonNeighbours() {
    Api api = new Api(port);

    JsonNode evaluation = api.get("/api/recommendations/evaluation").getBody();

    assertThat(evaluation.get("hiddenTies").asInt()).isPositive();
    double recommender = 0;
    double random = 0;
    List<String> methods = new ArrayList<>();
    for (JsonNode m : evaluation.get("methods")) {
      methods.add(m.get("method").asString());
      if (m.get("method").asString().equals("recommender")) {
        recommender = m.get("auc").asDouble();
      }
      if (m.get("method").asString().equals("random")) {
        random = m.get("auc").asDouble();
      }
    }
    assertThat(methods).contains("recommender", "common_neighbours", "random");
    assertThat(recommender).isGreaterThan(random + 0.1);
    assertThat(api.get("/api/recommendations/evaluation?share=1.5").getBody().get("parameter"))
        .hasToString("\"share\"");
    assertThat(api.get("/api/recommendations/evaluation?index=x").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private ResponseEntity<JsonNode> post(Object body) {
    return RestClient.builder()
        .baseUrl("http://localhost:" + port)
        .defaultStatusHandler(status -> true, (request, response) -> {})
        .build()
        .post()
        .uri("/api/what-if")
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toEntity(JsonNode.class);
  }
}

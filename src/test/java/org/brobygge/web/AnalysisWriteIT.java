package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.brobygge.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/analysis/write on the sample, then the Cypher examples that read the scores. */
@EmbeddedNeo4jTest
class AnalysisWriteIT {

  @LocalServerPort int port;
  @Autowired Driver driver;

  @Test
  void storesScoresOnTheActorsAndTheExampleQueriesUseThem() throws IOException {
    Api api = new Api(port);
    TestDatabase db = new TestDatabase(driver);
    long ties = db.count("MATCH ()-[t]->() RETURN count(t)");

    JsonNode written =
        api.postJson(
                "/api/analysis/write",
                Map.of("measures", List.of("pagerank", "betweenness", "degree", "constraint")))
            .getBody();

    assertThat(written.get("actors").asInt()).isEqualTo(620);
    assertThat(written.get("properties").toString())
        .contains("score_pagerank", "score_betweenness", "score_degree", "score_constraint");
    assertThat(written.get("betweenness").get("method").asString()).isEqualTo("exact");
    JsonNode top =
        api.get("/api/centrality?measure=pagerank&limit=1").getBody().get("scores").get(0);
    try (var session = driver.session()) {
      var row =
          session
              .run(
                  "MATCH (a:Actor {id: $id}), (s:DatabaseState {id: 'brobygge'})"
                      + " RETURN a.score_pagerank AS pagerank, s.scoresVersion = s.version AS"
                      + " current, s.version AS version",
                  Map.of("id", top.get("id").asString()))
              .single();
      assertThat(row.get("pagerank").asDouble())
          .isCloseTo(top.get("value").asDouble(), within(1e-15));
      assertThat(row.get("current").asBoolean()).isTrue();
      assertThat(row.get("version").asString()).isEqualTo(written.get("version").asString());
    }
    assertThat(db.count("MATCH (a:Actor) WHERE a.score_betweenness IS NOT NULL RETURN count(a)"))
        .isEqualTo(620);
    // the actor endpoint shows them among the attributes
    assertThat(api.get("/api/actors/" + top.get("id").asString()).getBody().toString())
        .contains("score_pagerank");
    // only properties were added: no tie changed, and the analyses need not re-read the data
    assertThat(db.count("MATCH ()-[t]->() RETURN count(t)")).isEqualTo(ties);
    assertThat(db.count("MATCH (s:DatabaseState) RETURN count(s)")).isEqualTo(1);

    // every example query in cypher/scores.cypher runs and finds something
    String text = Files.readString(Path.of("cypher/scores.cypher"));
    String code = String.join("\n", text.lines().filter(l -> !l.strip().startsWith("//")).toList());
    List<String> statements =
        Arrays.stream(code.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    assertThat(statements).hasSize(6);
    try (var session = driver.session()) {
      for (String statement : statements) {
        assertThat(session.run(statement).list()).as(statement).isNotEmpty();
      }
    }
  }

  @Test
  void rejectsUnknownOrMissingScoresWithTheValidChoices() {
    Api api = new Api(port);

    JsonNode unknown =
        api.postJson("/api/analysis/write", Map.of("measures", List.of("fame"))).getBody();
    JsonNode none = api.postJson("/api/analysis/write", Map.of("measures", List.of())).getBody();

    assertThat(unknown.get("status").asInt()).isEqualTo(400);
    assertThat(unknown.get("parameter").asString()).isEqualTo("measures");
    assertThat(unknown.get("validValues").toString()).contains("pagerank", "constraint");
    assertThat(none.get("status").asInt()).isEqualTo(400);
    assertThat(none.get("detail").asString()).contains("at least one", "pagerank");
    assertThat(unknown.get("detail").asString()).startsWith("'fame' is not a valid measure;");
  }

  @Test
  void saysWhatIsWrongWithABodyThatIsNotJson() {
    JsonNode broken = new Api(port).postJson("/api/analysis/write", "{\"measures\": [").getBody();

    assertThat(broken.get("status").asInt()).isEqualTo(400);
    assertThat(broken.get("title").asString()).isEqualTo("Unreadable request body");
    assertThat(broken.get("detail").asString()).contains("JSON", "/swagger-ui.html");
  }
}

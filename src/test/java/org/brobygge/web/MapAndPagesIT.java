package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** The ecosystem map endpoint, the plan as HTML and the web app's page routes, over HTTP. */
@EmbeddedNeo4jTest
class MapAndPagesIT {

  @LocalServerPort int port;

  @Test
  void mapHoldsEveryMemberWithTheFindingsStandingAndTheTiesAmongThem() {
    Api api = new Api(port);
    JsonNode map = api.get("/api/ecosystems/creative/map").getBody();
    JsonNode eco = api.get("/api/ecosystems/creative").getBody();

    assertThat(map.get("members").asInt()).isEqualTo(eco.get("members").asInt()).isEqualTo(54);
    assertThat(map.get("shown").asInt()).isEqualTo(54);
    assertThat(map.get("nodes").size()).isEqualTo(54);
    Set<String> members = new HashSet<>();
    eco.get("actors").forEach(m -> members.add(m.get("id").asString()));
    Set<String> nodes = new HashSet<>();
    map.get("nodes").forEach(n -> nodes.add(n.get("id").asString()));
    assertThat(nodes).isEqualTo(members);
    map.get("nodes")
        .forEach(
            n -> {
              assertThat(n.get("x").asDouble()).isBetween(0.0, 1000.0);
              assertThat(n.get("y").asDouble()).isGreaterThanOrEqualTo(0.0);
            });

    for (JsonNode f : api.get("/api/gaps?ecosystem=creative").getBody()) {
      String gap = f.get("gap").asString();
      Set<String> missing = new HashSet<>();
      f.get("missingEdges").forEach(m -> missing.add(m.get("actorId").asString()));
      Set<String> marked = new HashSet<>();
      int weak = 0;
      int strong = 0;
      for (JsonNode n : map.get("nodes")) {
        JsonNode status = n.get("gapStatus").get(gap);
        if (status == null) {
          continue;
        }
        switch (status.asString()) {
          case "missing" -> {
            marked.add(n.get("id").asString());
            assertThat(n.get("severityDrop").get(gap).asDouble())
                .isEqualTo(1.0 / f.get("sourceActors").asInt());
          }
          case "weak_only" -> weak++;
          default -> strong++;
        }
      }
      assertThat(marked).as(gap).isEqualTo(missing);
      assertThat(weak).as(gap).isEqualTo(f.get("weakOnly").asInt());
      assertThat(strong).as(gap).isEqualTo(f.get("strong").asInt());
    }

    // edges by kind among members, summing to the ecosystem's internal ties
    int ties = 0;
    for (JsonNode e : map.get("edges")) {
      assertThat(nodes).contains(e.get("source").asString(), e.get("target").asString());
      ties += e.get("ties").asInt();
    }
    assertThat(map.get("edgesShown").asInt()).isEqualTo(map.get("edges").size());
    assertThat(ties).isEqualTo(eco.get("ties").get("internal").asInt() - selfTies(api));
  }

  /** Self-ties inside creative are not drawn; the sample has none, so this is 0. */
  private static int selfTies(Api api) {
    int n = 0;
    for (JsonNode m : api.get("/api/ecosystems/creative").getBody().get("actors")) {
      for (JsonNode t : api.get("/api/actors/" + m.get("id").asString()).getBody().get("ties")) {
        if (t.get("other").get("id").asString().equals(m.get("id").asString())) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void aLimitDrawsTheMembersHighestOnTheMeasure() {
    Api api = new Api(port);
    JsonNode map = api.get("/api/ecosystems/mining/map?measure=pagerank&limit=10").getBody();
    JsonNode top = api.get("/api/centrality?measure=pagerank&ecosystem=mining&limit=10").getBody();

    assertThat(map.get("shown").asInt()).isEqualTo(10);
    assertThat(map.get("members").asInt()).isGreaterThan(10);
    List<String> expected = new ArrayList<>();
    top.get("scores").forEach(s -> expected.add(s.get("id").asString()));
    List<String> drawn = new ArrayList<>();
    map.get("nodes").forEach(n -> drawn.add(n.get("id").asString()));
    assertThat(drawn).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void badMapRequestsAnswerProblems() {
    Api api = new Api(port);
    ResponseEntity<JsonNode> unknown = api.get("/api/ecosystems/nope/map");
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    JsonNode measure = api.get("/api/ecosystems/creative/map?measure=fame").getBody();
    assertThat(measure.get("status").asInt()).isEqualTo(400);
    assertThat(measure.get("validValues").toString()).contains("pagerank");
    JsonNode limit = api.get("/api/ecosystems/creative/map?limit=0").getBody();
    assertThat(limit.get("status").asInt()).isEqualTo(400);
    assertThat(limit.get("detail").asString()).contains("between 1 and 5000");
  }

  @Test
  void planAsHtmlHasTheMarkdownsContent() {
    Api api = new Api(port);
    String markdown = api.getText("/api/ecosystems/creative/plan", "text/markdown").getBody();
    ResponseEntity<String> html = api.getText("/api/ecosystems/creative/plan", "text/html");
    assertThat(html.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(markdown).startsWith("# Cluster plan: Creative industries");
    assertThat(html.getBody())
        .startsWith("<h1>Cluster plan: Creative industries</h1>")
        .contains("<table>")
        .contains("Rödälven Story Services AB");
  }

  @Test
  void measuresListsEveryMeasureWithAName() {
    JsonNode measures = new Api(port).get("/api/measures").getBody();
    // every Measure, Burt's three among them, in the enum's order
    List<String> ids = new ArrayList<>();
    measures.forEach(m -> ids.add(m.get("id").asString()));
    assertThat(ids).isEqualTo(Measure.ids());
    assertThat(ids)
        .hasSize(18)
        .startsWith("degree")
        .endsWith("constraint", "effective_size", "efficiency");
    measures.forEach(m -> assertThat(m.get("label").asString()).isNotBlank());
  }

  @Test
  void pagesAnswerHtmlAndUnknownOnesTheNotFoundPage() {
    Api api = new Api(port);
    for (String page :
        List.of(
            "/",
            "/ecosystems/creative",
            "/ecosystems/creative/plan",
            "/actors/a0078",
            "/what-if",
            "/researchers")) {
      ResponseEntity<String> answer = api.getText(page, "text/html");
      assertThat(answer.getStatusCode().value()).as(page).isEqualTo(200);
      assertThat(answer.getBody())
          .as(page)
          .contains("<script type=\"module\" src=\"/app/main.js\">");
    }
    for (String page :
        List.of("/ecosystems/nope", "/ecosystems/nope/plan", "/actors/nobody", "/nope")) {
      ResponseEntity<String> answer = api.getText(page, "text/html,application/xhtml+xml");
      assertThat(answer.getStatusCode().value()).as(page).isEqualTo(404);
      assertThat(answer.getBody()).as(page).contains("This page does not exist", "href=\"/\"");
    }
    // the API keeps answering problem details, whatever the client accepts
    ResponseEntity<String> api404 = api.getText("/api/nope", "text/html,*/*");
    assertThat(api404.getStatusCode().value()).isEqualTo(404);
    assertThat(api404.getHeaders().getContentType().toString()).contains("problem+json");
    // the libraries are served from the jar with their licences: nothing from a CDN
    assertThat(api.getText("/vendor/cytoscape-3.35.0/LICENSE", "*/*").getBody())
        .contains("Cytoscape Consortium");
    assertThat(api.getText("/vendor/chart.js-4.6.1/LICENSE.md", "*/*").getBody())
        .contains("Chart.js");
  }
}

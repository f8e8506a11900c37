package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The cluster plan of a sample ecosystem, as JSON and as Markdown, through the real API. */
@EmbeddedNeo4jTest
class PlanApiIT {

  @LocalServerPort int port;

  @Test
  void servesThePlanAsJson() {
    JsonNode plan = new Api(port).get("/api/ecosystems/composites/plan").getBody();

    assertThat(plan.get("ecosystemName").asString()).isEqualTo("Composite materials");
    assertThat(plan.get("gaps").size()).isEqualTo(7);
    JsonNode interFirm = plan.get("gaps").get(4);
    assertThat(interFirm.get("gap").asString()).isEqualTo("inter_firm");
    assertThat(interFirm.get("level").asString()).isEqualTo("severe");
    assertThat(interFirm.get("actions").size()).isEqualTo(5);
    assertThat(interFirm.get("severityAfterActions").asDouble())
        .isLessThan(interFirm.get("severity").asDouble());
    assertThat(interFirm.get("actions").get(0).get("proposedTie").get("kind").asString())
        .isEqualTo("collaboration");
    assertThat(plan.get("baseline").size()).isEqualTo(7);
  }

  @Test
  void servesThePlanAsMarkdownInUtf8() {
    ResponseEntity<byte[]> response = markdown("/api/ecosystems/creative/plan");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString())
        .isEqualTo("text/markdown;charset=UTF-8");
    String md = new String(response.getBody(), StandardCharsets.UTF_8);
    assertThat(md)
        .startsWith("# Cluster plan: Creative industries")
        .contains("### Research gap: level severe (1.00)")
        .contains("Rödälven"); // UTF-8 survives the trip
  }

  @Test
  void answersBadPlanRequestsWithProblems() {
    Api api = new Api(port);

    assertThat(api.get("/api/ecosystems/atlantis/plan").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode actions = api.get("/api/ecosystems/creative/plan?actions=0").getBody();
    assertThat(actions.get("parameter").asString()).isEqualTo("actions");
    JsonNode index = api.get("/api/ecosystems/creative/plan?index=katz").getBody();
    assertThat(index.get("validValues").toString()).contains("resource_allocation");
    assertThat(markdown("/api/ecosystems/atlantis/plan").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<byte[]> markdown(String path) {
    return RestClient.builder()
        .baseUrl("http://localhost:" + port)
        .defaultStatusHandler(status -> true, (request, response) -> {})
        .build()
        .get()
        .uri(path)
        .accept(MediaType.parseMediaType("text/markdown"))
        .retrieve()
        .toEntity(byte[].class);
  }
}

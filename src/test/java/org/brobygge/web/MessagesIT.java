package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * The errors a new user meets first say what to send, over real HTTP on the sample: a missing
 * required parameter lists its valid values, a wrong or missing Content-Type names the one to send,
 * and an example names the port the app really answers on.
 */
@EmbeddedNeo4jTest
class MessagesIT {

  @LocalServerPort int port;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(port);
  }

  @Test
  void aMissingEcosystemListsTheEcosystems() {
    var answer = api.get("/api/recommendations?gap=research");

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    JsonNode body = answer.getBody();
    assertThat(body.get("parameter").asString()).isEqualTo("ecosystem");
    // the sample's 13 ecosystems (data/sample/ecosystems.csv)
    assertThat(strings(body.get("validValues")))
        .hasSize(13)
        .contains("creative", "composites", "lap_energy", "arctic_test", "lap_testing");
    assertThat(body.get("detail").asString()).startsWith("ecosystem is required: use one of ");
  }

  @Test
  void aMissingChoiceListsItsValues() {
    var answer = api.get("/api/centrality");

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(strings(answer.getBody().get("validValues"))).contains("pagerank", "coreness");
  }

  @Test
  void aMissingYearSaysWhichYearsTheDataCovers() {
    JsonNode years = api.get("/api/years").getBody();
    var answer = api.get("/api/evaluation");

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    JsonNode body = answer.getBody();
    assertThat(body.get("parameter").asString()).isEqualTo("baseline");
    assertThat(body.get("validRange").get("from").asInt()).isEqualTo(years.get("first").asInt());
    assertThat(body.get("validRange").get("to").asInt()).isEqualTo(years.get("last").asInt());
    assertThat(body.get("detail").asString())
        .isEqualTo(
            "baseline is required: the baseline year (a year from "
                + years.get("first").asInt()
                + " to "
                + years.get("last").asInt()
                + ", the years the data covers: GET /api/years)");
  }

  @Test
  void aJsonEndpointNamesTheContentTypeToSend() {
    String ties = "{\"ties\":[]}";
    for (String sent : new String[] {"text/plain", null}) {
      var answer = api.postRaw("/api/what-if", sent, ties);

      assertThat(answer.getStatusCode().value()).as(sent).isEqualTo(415);
      JsonNode body = answer.getBody();
      assertThat(body.get("title").asString()).isEqualTo("Unsupported Content-Type");
      assertThat(body.get("expected").asString()).isEqualTo("application/json");
      assertThat(body.get("detail").asString())
          .startsWith("This endpoint takes Content-Type: application/json, but the request had ")
          .contains(sent == null ? "no Content-Type" : "Content-Type 'text/plain'")
          .contains("-H 'Content-Type: application/json'");
    }
  }

  @Test
  void anUploadEndpointNamesMultipart() {
    var answer = api.postRaw("/api/imports", "application/json", "{}");

    assertThat(answer.getStatusCode().value()).isEqualTo(415);
    assertThat(answer.getBody().get("expected").asString()).isEqualTo("multipart/form-data");
    assertThat(answer.getBody().get("detail").asString()).contains("curl -F actors=@actors.csv");
  }

  @Test
  void theUploadExampleNamesThePortInUse() {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("notes", Api.resource("notes.txt", new byte[] {'x'}));
    var answer = api.postImport(parts);

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().get("detail").asString())
        .endsWith(" http://localhost:" + port + "/api/imports")
        .doesNotContain(port == 8080 ? "no such port" : ":8080");
  }

  @Test
  void everyImportsUploadExampleNamesThePortInUse() {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("notes", Api.resource("notes.txt", new byte[] {'x'}));
    String base = "http://localhost:" + port;
    for (String path :
        List.of(
            "/api/imports/cordis", "/api/imports/graph", "/api/ecosystems/space/members/import")) {
      var answer = api.postImport(path, parts);

      assertThat(answer.getStatusCode().value()).as(path).isEqualTo(400);
      assertThat(answer.getBody().get("detail").asString())
          .as(path)
          .contains(base + path)
          .doesNotContain(port == 8080 ? "no such port" : ":8080");
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asString()));
    return values;
  }
}

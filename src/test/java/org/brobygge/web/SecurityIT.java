package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The attack surface as a careless or hostile client meets it: writes need the token, reads do not,
 * and no error (Spring's, Jackson's or Tomcat's own) names the server's classes or software.
 */
@EmbeddedNeo4jTest
class SecurityIT {

  @LocalServerPort int port;

  private static final byte[] BAD_ACTORS =
      "id,name,sector\nx1,Broken Ltd,not-a-sector\n".getBytes(StandardCharsets.UTF_8);

  private ResponseEntity<JsonNode> importBadFile(Api api) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("actors", Api.resource("actors.csv", BAD_ACTORS));
    return api.postImport(parts);
  }

  @Test
  void anImportWithoutTheTokenIsRefusedWithHowToSendIt() {
    ResponseEntity<JsonNode> answer = importBadFile(new Api(port, null));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(answer.getBody().get("detail").asString())
        .contains("Authorization: Bearer", "brobygge.security.write-token");
  }

  @Test
  void aWrongTokenIsForbidden() {
    ResponseEntity<JsonNode> answer = importBadFile(new Api(port, "guess"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getBody().get("title").asString()).isEqualTo("Wrong write token");
  }

  @Test
  void theRightTokenReachesTheImport() {
    // an invalid file, so that passing the gate shows as the import's own 422 and nothing changes
    ResponseEntity<JsonNode> answer = importBadFile(new Api(port));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(answer.getBody().get("errors").get(0).get("field").asString()).isEqualTo("sector");
  }

  @Test
  void theScoreWriteBackNeedsTheTokenToo() {
    ResponseEntity<JsonNode> answer =
        new Api(port, null).postJson("/api/analysis/write", "{\"measures\":[\"degree\"]}");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void readsAndWhatIfStayOpen() {
    Api anyone = new Api(port, null);

    assertThat(anyone.get("/api/ecosystems").getStatusCode()).isEqualTo(HttpStatus.OK);
    // what-if computes and writes nothing, so it needs no token
    assertThat(anyone.postJson("/api/what-if", "{\"ties\":[]}").getStatusCode())
        .isNotEqualTo(HttpStatus.UNAUTHORIZED)
        .isNotEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theOpenApiDescriptionSaysWhichEndpointsNeedTheToken() {
    JsonNode docs = new Api(port, null).get("/v3/api-docs").getBody();

    assertThat(
            docs.get("components")
                .get("securitySchemes")
                .get("writeToken")
                .get("scheme")
                .asString())
        .isEqualTo("bearer");
    for (String path :
        List.of(
            "/api/imports",
            "/api/imports/cordis",
            "/api/imports/graph",
            "/api/analysis/write",
            "/api/ecosystems/{id}/members/import")) {
      JsonNode post = docs.get("paths").get(path).get("post");
      assertThat(post.get("security").toString()).as(path).contains("writeToken");
      assertThat(post.get("responses").propertyNames()).as(path).contains("401", "403");
    }
    assertThat(docs.get("paths").get("/api/what-if").get("post").has("security")).isFalse();
  }

  @Test
  void badJsonBodiesAreExplainedWithoutClassNames() {
    Api api = new Api(port);
    List<String> bodies =
        List.of(
            "{",
            "[1,2]",
            "{\"ties\": 5}",
            "{\"ties\": [{\"from\": \"a\", \"to\": \"b\", \"kind\": \"trade\", \"weight\": \"x\"}]}",
            "{\"ties\": [[1]]}",
            "{\"ties\": \"many\"}",
            "{\"ties\": [{\"weight\": {}}]}",
            "\"just text\"");
    for (String body : bodies) {
      ResponseEntity<JsonNode> answer = api.postJson("/api/what-if", body);
      String text = answer.getBody().toString();
      assertThat(answer.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(text)
          .as(body)
          .doesNotContain("org.brobygge", "java.", "tools.jackson", "JsonToken", "class ")
          .doesNotContain("Request", "Exception");
    }
    JsonNode weight =
        api.postJson(
                "/api/what-if",
                "{\"ties\": [{\"from\": \"a\", \"to\": \"b\", \"kind\": \"trade\","
                    + " \"weight\": \"x\"}]}")
            .getBody();
    assertThat(weight.get("field").asString()).isEqualTo("ties[0].weight");
    assertThat(weight.get("detail").asString()).contains("a number", "ties[0].weight", "line 1");
  }

  @Test
  void aMultipartBodyWithoutBoundaryIsA400() {
    ResponseEntity<JsonNode> answer =
        RestClient.builder()
            .baseUrl("http://localhost:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> {})
            .build()
            .post()
            .uri("/api/imports")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + Api.WRITE_TOKEN)
            .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data")
            .body("--x\r\nContent-Disposition: form-data; name=\"actors\"\r\n\r\nid\r\n")
            .retrieve()
            .toEntity(JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("detail").asString()).contains("multipart/form-data");
  }

  @Test
  void urlsTomcatRejectsGetProblemDetailsNotItsHtmlPage() throws IOException {
    for (String target : List.of("/api/actors/a|b", "/api/actors/%zz", "/api/a%2Fb", "/api/{x}")) {
      String answer =
          raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
      assertThat(answer).as(target).startsWith("HTTP/1.1 400");
      assertThat(answer.toLowerCase())
          .as(target)
          .contains("content-type: application/problem+json")
          .doesNotContain("tomcat", "<html");
      assertThat(answer).as(target).contains("\"status\":400", "percent-encoded");
    }
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brobygge.session.AnalysisSessions;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.brobygge.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Answers kept as bytes with the analysis session ({@link KeptAnswers}), over real HTTP on the
 * embedded Neo4j: a kept answer is the answer made anew, byte for byte and header for header; it
 * never outlives an import; two different requests never share one; an error is never kept (with
 * reads closed, a kept answer still needs the token: ClosedReadsIT).
 */
@EmbeddedNeo4jTest
@TestPropertySource(properties = "brobygge.sample.load-on-start=false")
class KeptAnswersIT {

  static final Path VALID = Path.of("src/test/resources/imports/valid");
  static final String JSON = "application/json";

  @LocalServerPort int port;
  @Autowired Driver driver;
  @Autowired AnalysisSessions sessions;

  Api api;
  HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void threeActors() {
    api = new Api(port);
    new TestDatabase(driver).clear();
    assertThat(api.importFolder(VALID).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void aKeptAnswerIsTheAnswerMadeAnewWithTheSameHeaders() throws Exception {
    List<String[]> reads =
        List.of(
            new String[] {"/api/ecosystems", JSON},
            new String[] {"/api/ecosystems/space", JSON},
            new String[] {"/api/ecosystems/space/gaps", JSON},
            new String[] {"/api/gaps?ecosystem=space&evidenceLimit=5", JSON},
            new String[] {"/api/gaps/region", JSON},
            new String[] {"/api/gaps/matrix", JSON},
            new String[] {"/api/gaps/definitions", JSON},
            new String[] {"/api/centrality?measure=pagerank&limit=20", JSON},
            new String[] {"/api/network/summary?ecosystem=space", JSON},
            new String[] {"/api/recommendations?ecosystem=space&limit=10", JSON},
            new String[] {"/api/ecosystems/space/map", JSON},
            new String[] {"/api/years", JSON},
            new String[] {"/api/ecosystems/space/plan", "text/markdown"},
            new String[] {"/api/ecosystems/space/plan", "text/html"},
            new String[] {"/api/ecosystems/space/plan", "*/*"});
    for (String[] read : reads) {
      HttpResponse<byte[]> made = get(read[0], read[1]);
      assertThat(made.statusCode()).as(read[0]).isEqualTo(200);
      // a body of known length reaches the client before the server has kept it
      await().untilAsserted(() -> assertThat(kept(read[0], read[1])).as(read[0]).isTrue());

      HttpResponse<byte[]> copied = get(read[0], read[1]);

      assertThat(copied.statusCode()).isEqualTo(200);
      assertThat(headers(copied)).as(read[0] + " " + read[1]).isEqualTo(headers(made));
      assertThat(copied.body()).as(read[0] + " " + read[1]).isEqualTo(made.body());
    }
  }

  @Test
  void anImportIsNeverAnsweredWithTheBytesOfTheDataBefore() throws Exception {
    importNames("first");
    assertThat(text(get("/api/ecosystems/kept", JSON))).contains("Alpha first");
    assertThat(text(get("/api/ecosystems/kept", JSON))).contains("Alpha first"); // kept
    await().until(() -> kept("/api/ecosystems/kept", JSON));

    importNames("second");

    assertThat(kept("/api/ecosystems/kept", JSON)).isFalse();
    String after = text(get("/api/ecosystems/kept", JSON));
    assertThat(after).contains("Alpha second").doesNotContain("first");
    assertThat(text(get("/api/ecosystems/kept", JSON))).isEqualTo(after);
  }

  @Test
  void twoDifferentRequestsNeverShareAnAnswer() throws Exception {
    String space = text(get("/api/gaps?ecosystem=space", JSON));
    String mining = text(get("/api/gaps?ecosystem=mining", JSON));
    String one = text(get("/api/centrality?measure=degree&limit=1", JSON));
    String two = text(get("/api/centrality?measure=degree&limit=2", JSON));
    String markdown = text(get("/api/ecosystems/space/plan", "text/markdown"));
    String html = text(get("/api/ecosystems/space/plan", "text/html"));

    assertThat(space).isNotEqualTo(mining).contains("\"space\"");
    assertThat(one).isNotEqualTo(two);
    assertThat(markdown).isNotEqualTo(html).startsWith("# Cluster plan: Space");
    assertThat(html).startsWith("<h1>Cluster plan: Space</h1>");
    // asked again, in another order, each gets its own answer from the store
    assertThat(text(get("/api/ecosystems/space/plan", "text/html"))).isEqualTo(html);
    assertThat(text(get("/api/ecosystems/space/plan", "text/markdown"))).isEqualTo(markdown);
    assertThat(text(get("/api/centrality?measure=degree&limit=2", JSON))).isEqualTo(two);
    assertThat(text(get("/api/centrality?measure=degree&limit=1", JSON))).isEqualTo(one);
    assertThat(text(get("/api/gaps?ecosystem=mining", JSON))).isEqualTo(mining);
    assertThat(text(get("/api/gaps?ecosystem=space", JSON))).isEqualTo(space);
    // the same parameters in another order are the same request; an encoded '&' is no separator
    assertThat(text(get("/api/centrality?limit=2&measure=degree", JSON))).isEqualTo(two);
    assertThat(get("/api/gaps?ecosystem=space%26limit%3D1", JSON).statusCode()).isEqualTo(404);
    assertThat(get("/api/gaps?ecosystem=space&limit=1", JSON).statusCode()).isEqualTo(200);
  }

  @Test
  void anErrorIsNeverKept() throws Exception {
    for (String path :
        List.of(
            "/api/ecosystems/nowhere",
            "/api/gaps?ecosystem=nowhere",
            "/api/centrality?measure=pagerank&limit=0",
            "/api/centrality?measure=nothing",
            "/api/gaps/region?asOf=1200")) {
      HttpResponse<byte[]> first = get(path, JSON);
      assertThat(first.statusCode()).as(path).isBetween(400, 499);
      assertThat(first.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(kept(path, JSON)).as(path).isFalse();
      assertThat(get(path, JSON).statusCode()).isEqualTo(first.statusCode());
    }
    // an ecosystem that did not exist is found once imported
    assertThat(get("/api/ecosystems/kept", JSON).statusCode()).isEqualTo(404);
    importNames("late");
    assertThat(text(get("/api/ecosystems/kept", JSON))).contains("Alpha late");
  }

  @Test
  void theActorListIsNeverKept() throws Exception {
    assertThat(get("/api/actors?q=uni", JSON).statusCode()).isEqualTo(200);
    assertThat(kept("/api/actors?q=uni", JSON)).isFalse();
  }

  /** Rewrites ecosystem "kept": two actors whose names end in {@code word}. */
  private void importNames(String word) {
    var answer =
        api.importCsv(
            "/api/imports",
            "id,name,region\nkept,Kept,SE332\n",
            "id,name,sector,ecosystems\nk1,Alpha %s,business,kept\nk2,Beta %s,academia,kept\n"
                .formatted(word, word),
            "id,from,to,kind\nkt1,k1,k2,research\n");
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
  }

  private HttpResponse<byte[]> get(String pathAndQuery, String accept)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
            .header("Accept", accept)
            .header("Authorization", "Bearer " + Api.WRITE_TOKEN)
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> answer) {
    assertThat(answer.statusCode()).isEqualTo(200);
    return new String(answer.body(), StandardCharsets.UTF_8);
  }

  /** Every header but Date (the time of sending), names in lower case. */
  private static Map<String, List<String>> headers(HttpResponse<?> answer) {
    Map<String, List<String>> headers = new TreeMap<>(answer.headers().map());
    headers.remove("date");
    return headers;
  }

  /** Whether the session served now keeps an answer to this request. */
  private boolean kept(String pathAndQuery, String accept) {
    UriComponents uri = UriComponentsBuilder.fromUriString(pathAndQuery).build();
    Map<String, List<String>> query = new TreeMap<>();
    uri.getQueryParams()
        .forEach(
            (name, values) ->
                query.put(
                    name,
                    values.stream()
                        .map(v -> java.net.URLDecoder.decode(v, StandardCharsets.UTF_8))
                        .toList()));
    var key = new KeptAnswers.Key(uri.getPath(), query, List.of(accept));
    return sessions.current().keptAnswer(key) != null;
  }
}

package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.brobygge.session.AnalysisSessions;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code brobygge.security.open-reads=false}, every API read needs the token: without it 401,
 * with a wrong one 403, also for an answer the server keeps ready ({@link KeptAnswers}).
 */
@EmbeddedNeo4jTest
@TestPropertySource(properties = "brobygge.security.open-reads=false")
class ClosedReadsIT {

  @LocalServerPort int port;
  @Autowired AnalysisSessions sessions;
  HttpClient http = HttpClient.newHttpClient();

  @Test
  void aReadNeedsTheTokenEvenWhenItsAnswerIsKept() throws Exception {
    HttpResponse<String> withToken = get("Bearer " + Api.WRITE_TOKEN);
    assertThat(withToken.statusCode()).isEqualTo(200);
    var key = new KeptAnswers.Key("/api/ecosystems", Map.of(), List.of("application/json"));
    await().until(() -> sessions.current().keptAnswer(key) != null);

    HttpResponse<String> without = get(null);
    HttpResponse<String> wrong = get("Bearer not-the-token");

    assertThat(without.statusCode()).isEqualTo(401);
    assertThat(without.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(without.body()).contains("needs the token for reads too");
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(wrong.body()).doesNotContain("\"members\"");
    assertThat(get("Bearer " + Api.WRITE_TOKEN).body()).isEqualTo(withToken.body());
  }

  private HttpResponse<String> get(String authorization) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ecosystems"))
            .header("Accept", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}

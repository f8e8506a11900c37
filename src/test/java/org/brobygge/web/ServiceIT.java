package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Health, OpenAPI and Swagger UI, as an operator and an API user first see them. */
@EmbeddedNeo4jTest
@TestPropertySource(properties = "brobygge.sample.load-on-start=false")
class ServiceIT {

  @LocalServerPort int port;

  @Test
  void healthIncludesNeo4j() {
    JsonNode health = new Api(port).get("/actuator/health").getBody();

    assertThat(health.get("status").asString()).isEqualTo("UP");
    assertThat(health.get("components").get("neo4j").get("status").asString()).isEqualTo("UP");
    assertThat(health.get("components").get("neo4j").get("details").get("edition").asString())
        .isEqualTo("community");
  }

  @Test
  void openApiDescribesEveryEndpoint() {
    JsonNode docs = new Api(port).get("/v3/api-docs").getBody();

    assertThat(docs.get("paths").propertyNames())
        .contains(
            "/api/ecosystems",
            "/api/ecosystems/{id}",
            "/api/actors",
            "/api/actors/{id}",
            "/api/imports",
            "/api/gaps",
            "/api/gaps/matrix",
            "/api/gaps/definitions",
            "/api/gaps/region",
            "/api/ecosystems/{id}/gaps",
            "/api/network/summary",
            "/api/centrality",
            "/api/actors/{id}/metrics",
            "/api/brokerage",
            "/api/export",
            "/api/communities",
            "/api/analysis/write",
            "/api/recommendations",
            "/api/recommendations/evaluation",
            "/api/gaps/{gap}/brokers",
            "/api/what-if",
            "/api/ecosystems/{id}/plan");
    JsonNode importParts =
        docs.get("paths")
            .get("/api/imports")
            .get("post")
            .get("requestBody")
            .get("content")
            .get("multipart/form-data")
            .get("schema")
            .get("properties");
    assertThat(importParts.propertyNames()).contains("ecosystems", "actors", "ties", "archive");
    assertThat(docs.get("paths").get("/api/imports").get("post").get("responses").propertyNames())
        .contains("200", "400", "422");
    // the list comes from the Measure enum; these are the fifteen of issue 4
    assertThat(docs.get("paths").get("/api/centrality").get("get").get("description").asString())
        .startsWith(
            "Measures: degree, strength, degree_centrality, betweenness, betweenness_normalized,"
                + " closeness, harmonic, harmonic_normalized, pagerank, pagerank_weighted,"
                + " eigenvector, eigenvector_max1, katz, clustering, coreness. Computed on the"
                + " simple undirected graph")
        .doesNotContain("{measure ids}");
  }

  @Test
  void servesTheSwaggerUiPage() {
    var page = new Api(port).getText("/swagger-ui/index.html");

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Swagger UI");
  }
}

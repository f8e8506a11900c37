package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  void healthIncludesNeo4jButNoDetailsForStrangers() {
    JsonNode health = new Api(port, null).get("/actuator/health").getBody();

    assertThat(health.get("status").asString()).isEqualTo("UP");
    assertThat(health.get("components").get("neo4j").get("status").asString()).isEqualTo("UP");
    // no data path, disk space or Neo4j version to anyone who asks
    assertThat(health.toString()).doesNotContain("details", "edition", "path", "version");
  }

  @Test
  void onlyHealthOfTheActuatorIsServed() {
    Api anyone = new Api(port, null);
    for (String path : List.of("/actuator/info", "/actuator/env", "/actuator/beans")) {
      assertThat(anyone.get(path).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  @Test
  void openApiHasATitleTagsInTheUsersOrderAndUsableOperationIds() {
    JsonNode docs = new Api(port).get("/v3/api-docs").getBody();

    assertThat(docs.get("info").get("title").asString()).isEqualTo("Brobygge API");
    assertThat(docs.get("info").get("description").asString()).contains("gaps", "write token");
    List<String> tags = new java.util.ArrayList<>();
    docs.get("tags").forEach(t -> tags.add(t.get("name").asString()));
    // issue 15: gaps, bridges, plans, ecosystems, actors, measures, imports, in that order
    assertThat(tags)
        .containsSubsequence(
            "Gaps", "Bridges", "Plans", "Ecosystems", "Actors", "Measures", "Imports");
    List<String> ids = new java.util.ArrayList<>();
    java.util.Set<String> used = new java.util.HashSet<>();
    docs.get("paths")
        .forEach(
            path ->
                path.forEach(
                    operation -> {
                      String id = operation.get("operationId").asString();
                      ids.add(id);
                      operation.get("tags").forEach(t -> used.add(t.asString()));
                    }));
    assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+$"));
    assertThat(ids).contains("ecosystemGet", "actorList");
    // every tag an operation uses is one of the declared, ordered tags
    assertThat(tags).containsAll(used);
  }

  /**
   * Every operation's 200 answer has a schema for each media type (a client generator and Swagger
   * UI show what comes back), JSON answers as application/json, and every error answer is problem
   * details; every operation that writes carries the write token and its 401 and 403.
   */
  @Test
  void openApiGivesEveryAnswerASchemaAndEveryErrorProblemDetails() {
    JsonNode docs = new Api(port).get("/v3/api-docs").getBody();
    List<String> without200Schema = new java.util.ArrayList<>();
    List<String> errorsWithoutProblem = new java.util.ArrayList<>();
    List<String> writesWithoutToken = new java.util.ArrayList<>();
    int operations = 0;

    for (String path : docs.get("paths").propertyNames()) {
      JsonNode item = docs.get("paths").get(path);
      for (String method : item.propertyNames()) {
        operations++;
        String what = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        JsonNode responses = item.get(method).get("responses");
        JsonNode ok = responses.get("200");
        if (ok == null || ok.get("content") == null || ok.get("content").isEmpty()) {
          without200Schema.add(what);
        } else {
          for (String type : ok.get("content").propertyNames()) {
            JsonNode schema = ok.get("content").get(type).get("schema");
            if (schema == null || schema.isEmpty() || type.equals("*/*")) {
              without200Schema.add(what + " " + type);
            }
          }
        }
        for (String code : responses.propertyNames()) {
          if (code.compareTo("400") >= 0) {
            JsonNode problem = responses.get(code).path("content").path("application/problem+json");
            if (!problem.path("schema").path("$ref").asString("").endsWith("/Problem")) {
              errorsWithoutProblem.add(what + " " + code);
            }
          }
        }
        boolean writes = !method.equals("get") && !path.equals("/api/what-if");
        boolean token = item.get(method).path("security").toString().contains("writeToken");
        if (writes != token || writes && !responses.has("401") || writes && !responses.has("403")) {
          writesWithoutToken.add(what);
        }
      }
    }

    assertThat(operations).isGreaterThan(30);
    assertThat(without200Schema).isEmpty();
    assertThat(errorsWithoutProblem).isEmpty();
    assertThat(writesWithoutToken).isEmpty();
    JsonNode problem = docs.get("components").get("schemas").get("Problem");
    assertThat(problem.get("properties").propertyNames())
        .contains("status", "detail", "parameter", "validValues", "errors");
    // an unknown id in the address: 404; a bad parameter: 400, each as problem details
    JsonNode ecosystem = docs.get("paths").get("/api/ecosystems/{id}").get("get").get("responses");
    assertThat(ecosystem.propertyNames()).contains("200", "400", "404");
    assertThat(
            docs.get("paths")
                .get("/api/centrality")
                .get("get")
                .get("responses")
                .get("200")
                .get("content")
                .get("application/json")
                .get("schema")
                .get("$ref")
                .asString())
        .endsWith("/CentralityResponse");
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
    // the list comes from the Measure enum: the fifteen of issue 4 and Burt's three
    assertThat(docs.get("paths").get("/api/centrality").get("get").get("description").asString())
        .startsWith(
            "Measures: degree, strength, degree_centrality, betweenness, betweenness_normalized,"
                + " closeness, harmonic, harmonic_normalized, pagerank, pagerank_weighted,"
                + " eigenvector, eigenvector_max1, katz, clustering, coreness, constraint,"
                + " effective_size, efficiency. Computed on the simple undirected graph")
        .doesNotContain("{measure ids}");
    // the shared scope (web/Scope) is still two documented query parameters, and the ranges
    // Bean Validation checks are in the description as bounds
    for (String path : List.of("/api/centrality", "/api/network/summary", "/api/export")) {
      Map<String, JsonNode> parameters = new HashMap<>();
      docs.get("paths")
          .get(path)
          .get("get")
          .get("parameters")
          .forEach(p -> parameters.put(p.get("name").asString(), p));
      assertThat(parameters).as(path).containsKeys("ecosystem", "ego");
      assertThat(parameters.get("ego").get("in").asString()).isEqualTo("query");
      assertThat(parameters.get("ego").get("description").asString()).contains("ego network");
    }
    JsonNode limit = null;
    for (JsonNode p :
        docs.get("paths").get("/api/ecosystems/{id}/map").get("get").get("parameters")) {
      if (p.get("name").asString().equals("limit")) {
        limit = p;
      }
    }
    assertThat(limit).isNotNull();
    assertThat(limit.get("schema").get("minimum").asInt()).isEqualTo(1);
    assertThat(limit.get("schema").get("maximum").asInt()).isEqualTo(5000);
    // closed lists are enums of the ids users type, with their defaults
    JsonNode measure = parameter(docs, "/api/centrality", "measure").get("schema");
    assertThat(measure.get("type").asString()).isEqualTo("string");
    assertThat(measure.get("enum").toString()).contains("\"pagerank\"").doesNotContain("PAGERANK");
    assertThat(parameter(docs, "/api/centrality", "order").get("schema").get("enum").toString())
        .isEqualTo("[\"desc\",\"asc\"]");
    JsonNode damping = parameter(docs, "/api/centrality", "damping").get("schema");
    assertThat(damping.get("minimum").asDouble()).isEqualTo(0);
    assertThat(damping.get("maximum").asDouble()).isEqualTo(1);
    JsonNode map = parameter(docs, "/api/ecosystems/{id}/map", "measure").get("schema");
    assertThat(map.get("default").asString()).isEqualTo("degree");
    assertThat(map.get("enum").toString()).contains("\"coreness\"");
    JsonNode format = parameter(docs, "/api/export", "format").get("schema");
    assertThat(format.get("enum").toString()).isEqualTo("[\"gexf\",\"graphml\",\"csv\"]");
    JsonNode measures = parameter(docs, "/api/export", "measures").get("schema");
    assertThat(measures.get("type").asString()).isEqualTo("array");
    assertThat(measures.get("items").get("enum").toString()).contains("\"strength\"");
    assertThat(
            parameter(docs, "/api/recommendations", "index").get("schema").get("enum").toString())
        .contains("\"resource_allocation\"", "\"adamic_adar\"");
    assertThat(parameter(docs, "/api/brokerage", "groupBy").get("schema").get("default").asString())
        .isEqualTo("sector");
    assertThat(parameter(docs, "/api/actors", "sector").get("schema").get("enum").toString())
        .contains("\"civil_society\"");
    JsonNode share = parameter(docs, "/api/recommendations/evaluation", "share").get("schema");
    assertThat(share.get("minimum").asDouble()).isEqualTo(0);
    assertThat(share.get("maximum").asDouble()).isEqualTo(1);
  }

  private static JsonNode parameter(JsonNode docs, String path, String name) {
    for (JsonNode p : docs.get("paths").get(path).get("get").get("parameters")) {
      if (p.get("name").asString().equals(name)) {
        return p;
      }
    }
    throw new AssertionError(path + " has no parameter " + name);
  }

  @Test
  void servesTheSwaggerUiPage() {
    var page = new Api(port).getText("/swagger-ui/index.html");

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Swagger UI");
  }
}

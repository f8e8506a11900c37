package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.brobygge.store.EmbeddedNeo4j;
import org.brobygge.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same app against a Neo4j server in a container, configured only through {@code
 * spring.neo4j.*}: the embedded server must not start. Skipped where there is no Docker engine.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalNeo4jIT {

  @Container
  static final Neo4jContainer NEO4J =
      new Neo4jContainer("neo4j:2026.08.1-community").withAdminPassword("brobygge-test");

  @DynamicPropertySource
  static void neo4j(DynamicPropertyRegistry registry) {
    registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
    registry.add("spring.neo4j.authentication.username", () -> "neo4j");
    registry.add("spring.neo4j.authentication.password", NEO4J::getAdminPassword);
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void loadsTheSampleIntoTheServerAndImportsThroughIt() {
    assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
    Api api = new Api(port);

    assertThat(api.get("/api/ecosystems").getBody().size()).isGreaterThan(0);
    var response = api.importFolder(Path.of("src/test/resources/imports/valid"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.get("/api/actors/a1").getBody().get("name").asString()).isEqualTo("Orbit, Inc.");
  }
}

package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.brobygge.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/cases}, written by its {@code
 * make.py}): every case is imported through the real HTTP API into the sample on the embedded
 * Neo4j; each must answer its expected status with a problem naming the expected file, line and
 * field, and leave the database exactly as it was (the same fingerprint of every node, relationship
 * and property) and its version unchanged.
 */
@EmbeddedNeo4jTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

  private static final Path CASES = Path.of("src/test/resources/bad-input/cases");

  @LocalServerPort int port;
  @Autowired Driver driver;

  private List<String> before;
  private String version;

  @BeforeAll
  void remember() {
    TestDatabase database = new TestDatabase(driver);
    before = database.fingerprint();
    version = version();
    assertThat(before).as("the sample is loaded").hasSizeGreaterThan(1000);
  }

  static Stream<Path> cases() throws IOException {
    List<Path> cases;
    try (Stream<Path> folders = Files.list(CASES)) {
      cases = folders.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).as("the corpus").hasSizeGreaterThanOrEqualTo(60);
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRejectedWithItsFileLineAndFieldAndChangesNothing(Path folder) throws IOException {
    Properties expect = new Properties();
    try (Reader in = Files.newBufferedReader(folder.resolve("expect.properties"))) {
      expect.load(in);
    }
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        String name = file.getFileName().toString();
        parts.add(name.replace(".csv", ""), Api.resource(name, Files.readAllBytes(file)));
      }
    }

    ResponseEntity<JsonNode> answer = new Api(port).postImport(parts);

    assertThat(answer.getStatusCode().value())
        .isEqualTo(Integer.parseInt(expect.getProperty("status")));
    assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    JsonNode errors = answer.getBody().get("errors");
    assertThat(errors).as("errors of %s", answer.getBody()).isNotNull();
    JsonNode first = errors.get(0);
    assertThat(first.get("file").asString()).isEqualTo(expect.getProperty("file"));
    assertThat(first.get("line").asLong()).isEqualTo(Long.parseLong(expect.getProperty("line")));
    assertThat(first.get("field").asString()).isEqualTo(expect.getProperty("field"));
    assertThat(first.get("message").asString()).isNotBlank();
    // the message shows no raw control character and no internal name
    assertThat(answer.getBody().toString()).doesNotContain("\u0000", "org.brobygge", "Exception");

    assertThat(version()).as("database version").isEqualTo(version);
    assertThat(new TestDatabase(driver).fingerprint()).as("database content").isEqualTo(before);
  }

  private String version() {
    try (var session = driver.session()) {
      return session.executeRead(
          tx ->
              tx.run("MATCH (s:DatabaseState) RETURN s.version AS v").list().stream()
                  .map(r -> r.get("v").asString())
                  .findFirst()
                  .orElse(""));
    }
  }
}

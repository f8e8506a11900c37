package org.brobygge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.brobygge.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Imports queue through the real HTTP API: while another import holds the write, a valid import
 * answers 409 with Retry-After after the bounded wait (brobygge.import.lock-wait, 2 s), and an
 * invalid one is answered 422 at once, because validation takes no lock.
 */
@EmbeddedNeo4jTest
@TestPropertySource(properties = "brobygge.sample.load-on-start=false")
class ImportQueueIT {

  static final Path VALID = Path.of("src/test/resources/imports/valid");
  static final Path INVALID = Path.of("src/test/resources/imports/invalid");

  @LocalServerPort int port;
  @Autowired Driver driver;
  @Autowired NativeImporter importer;

  /** Holds the write lock on a thread of its own, as a running import's request thread would. */
  final ExecutorService otherImport = Executors.newSingleThreadExecutor();

  Api api;
  TestDatabase db;

  @BeforeEach
  void emptyDatabase() {
    api = new Api(port);
    db = new TestDatabase(driver);
    db.clear();
  }

  @AfterEach
  void stop() {
    otherImport.shutdownNow();
  }

  @Test
  void anImportWhileAnotherIsWritingAnswers409WithRetryAfterAndWritesNothing() throws Exception {
    otherImport.submit(importer.writeLock::lock).get();
    try {
      long started = System.nanoTime();
      var busy = api.importFolder(VALID);
      long waitedMillis = (System.nanoTime() - started) / 1_000_000;

      assertThat(busy.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(busy.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      String retryAfter = busy.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
      assertThat(retryAfter).matches("[1-9][0-9]*");
      JsonNode problem = busy.getBody();
      assertThat(problem.get("status").asInt()).isEqualTo(409);
      assertThat(problem.get("title").asString()).isEqualTo("An import is running");
      assertThat(problem.get("detail").asString())
          .contains("Another import is being written", "nothing was written", "again in about");
      assertThat(problem.get("retryAfterSeconds").asLong()).isEqualTo(Long.parseLong(retryAfter));
      assertThat(waitedMillis).isGreaterThanOrEqualTo(2_000); // the documented wait
      assertThat(db.count("MATCH (a:Actor) RETURN count(a)")).isZero();

      // Validation comes before the lock: a bad file is rejected without waiting for it.
      var rejected = api.importFolder(INVALID);
      assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    } finally {
      otherImport.submit(importer.writeLock::unlock).get();
    }

    var imported = api.importFolder(VALID);
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(db.count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(3);
  }

  @Test
  void reimportingTheSameFilesKeepsTheDatabaseVersion() {
    api.importFolder(VALID);
    long versions = db.count("MATCH (s:DatabaseState) RETURN count(s)");
    String version = version();

    var again = api.importFolder(VALID);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().get("propertiesSet").asInt()).isZero();
    assertThat(version()).isEqualTo(version);
    assertThat(db.count("MATCH (s:DatabaseState) RETURN count(s)")).isEqualTo(versions);
  }

  private String version() {
    try (var session = driver.session()) {
      return session.executeRead(
          tx ->
              tx.run("MATCH (s:DatabaseState {id: 'brobygge'}) RETURN s.version AS v")
                  .single()
                  .get("v")
                  .asString());
    }
  }

  @Test
  void aRemovalWhileAnImportIsWritingAnswers409AndRemovesNothing() throws Exception {
    assertThat(api.importFolder(VALID).getStatusCode()).isEqualTo(HttpStatus.OK);
    String actor = firstActor();
    List<String> fingerprint = db.fingerprint();
    otherImport.submit(importer.writeLock::lock).get();
    try {
      var busy = api.delete("/api/actors/" + actor);
      assertThat(busy.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(busy.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("[1-9][0-9]*");
      assertThat(busy.getBody().get("detail").asString()).contains("nothing was");
    } finally {
      otherImport.submit(importer.writeLock::unlock).get();
    }
    assertThat(db.fingerprint()).isEqualTo(fingerprint);
  }

  private String firstActor() {
    try (var session = driver.session()) {
      return session.executeRead(
          tx -> tx.run("MATCH (a:Actor) RETURN a.id AS id LIMIT 1").single().get("id").asString());
    }
  }
}

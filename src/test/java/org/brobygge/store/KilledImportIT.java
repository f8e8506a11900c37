package org.brobygge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.brobygge.export.NativeCsvWriter;
import org.brobygge.model.EcosystemData;
import org.brobygge.support.Api;
import org.brobygge.support.TestDatabase;
import org.brobygge.synthetic.SyntheticNetworkGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * The packaged app (the jar {@code ./mvnw verify} builds, on the JDK the tests run on) killed with
 * SIGKILL in the middle of a staged import, at several moments picked from its log: while staging,
 * when the last batch is staged and the final transaction is next, and after that transaction while
 * the staging tags are removed. Restarted on the same data folder, the database holds exactly what
 * it held before the import or exactly what a finished import leaves (the fingerprint of every
 * node, relationship and property), never anything between; importing again then gives the same
 * fingerprint as the same import into a fresh database (the sample loaded on its first start),
 * never interrupted. Each kill finds the import staged, the app having started on a free HTTP and
 * Bolt port in a temporary folder.
 */
class KilledImportIT {

  /** Set by the pom to the jar the package phase made. */
  private static final Path JAR =
      Path.of(System.getProperty("brobygge.packaged-jar", "target/brobygge-0.1.0-SNAPSHOT.jar"));

  /** Ample on a loaded 2-core machine; the app starts in about 30 s there when it is quiet. */
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(5);

  @TempDir Path work;

  private final List<App> apps = new ArrayList<>();

  @AfterEach
  void stopEverything() {
    apps.forEach(App::kill);
  }

  @Test
  void anImportKilledAtAnyMomentLeavesTheDatabaseAsBeforeOrAsAfterNeverBetween()
      throws IOException {
    assertThat(JAR).as("the packaged jar (run ./mvnw verify, which packages first)").exists();
    Path files = importFiles();
    int tieKinds = tieKinds(files);

    // The database before: the sample, loaded on the first start into an empty folder.
    Path data = work.resolve("killed");
    App app = start(data);
    List<String> before = app.fingerprint();

    Map<String, List<String>> found = new LinkedHashMap<>();
    // During staging: the first kind of ties is staged, the others are not.
    app = killAndRestart(app, data, files, Pattern.compile(" ties: \\d+ staged$"), 1);
    found.put("while staging", app.fingerprint());
    // The last batch is staged: the final transaction (changed actors, the commit) is next.
    app = killAndRestart(app, data, files, Pattern.compile(" ties: \\d+ staged$"), tieKinds);
    found.put("before the final transaction", app.fingerprint());
    if (!found.get("before the final transaction").equals(before)) {
      // The kill came after the commit: the next moment needs a database as before again.
      app.stop();
      data = work.resolve("killed-again");
      app = start(data);
      assertThat(app.fingerprint()).as("the sample loaded again").isEqualTo(before);
    }
    // After the final transaction, while the staging tags are being removed.
    app = killAndRestart(app, data, files, Pattern.compile("committed; removing its staging"), 1);
    found.put("after the final transaction", app.fingerprint());

    ResponseEntity<JsonNode> reimport = app.importFiles(files);
    assertThat(reimport.getStatusCode().value())
        .as("re-import %s", reimport.getBody())
        .isEqualTo(200);
    List<String> reimported = app.fingerprint();
    app.stop();

    // The clean import: into a fresh database (the sample loaded on its first start), never
    // interrupted.
    App clean = start(work.resolve("fresh"));
    ResponseEntity<JsonNode> cleanImport = clean.importFiles(files);
    assertThat(cleanImport.getStatusCode().value())
        .as("clean import %s", cleanImport.getBody())
        .isEqualTo(200);
    List<String> after = clean.fingerprint();
    clean.stop();

    assertThat(after).as("the import changes the database").isNotEqualTo(before);
    found.forEach(
        (moment, fingerprint) ->
            System.out.printf(
                "KilledImportIT: killed %s, found the database %s%n",
                moment,
                fingerprint.equals(before)
                    ? "as before"
                    : fingerprint.equals(after) ? "as after" : "BETWEEN"));
    found.forEach(
        (moment, fingerprint) ->
            assertThat(fingerprint.equals(before) || fingerprint.equals(after))
                .as(
                    "killed %s: %s rows only there, %s rows missing against after",
                    moment,
                    fingerprint.stream().filter(row -> !after.contains(row)).limit(5).toList(),
                    after.stream().filter(row -> !fingerprint.contains(row)).count())
                .isTrue());
    assertThat(reimported).as("re-import after the kills").isEqualTo(after);
  }

  /**
   * Starts an import, kills the app when its log shows the {@code occurrence}th line matching
   * {@code moment}, and starts it again on {@code data}.
   */
  private App killAndRestart(App app, Path data, Path files, Pattern moment, int occurrence) {
    app.killOn(moment, occurrence);
    CompletableFuture<Void> request =
        CompletableFuture.runAsync(
            () -> {
              try {
                app.importFiles(files);
              } catch (RuntimeException expected) {
                // the connection breaks when the app is killed
              }
            });
    assertThat(app.awaitExit(IMPORT_TIMEOUT))
        .as("the app was killed at %s (log: %s)", moment, app.tail())
        .isTrue();
    request.join();
    long started = System.nanoTime();
    App restarted = start(data);
    System.out.printf(
        "KilledImportIT: killed on %s #%d, restarted in %d s%n",
        moment, occurrence, (System.nanoTime() - started) / 1_000_000_000);
    return restarted;
  }

  /**
   * A scaled network of the generator sharing its first actor ids with the sample (those become
   * changes, written in the final transaction) and more than {@link
   * NetworkWriter#ONE_TRANSACTION_ROWS} new ties, so the import is staged. Tie ids are renamed so
   * they do not collide with the sample's ties between other actors.
   */
  private Path importFiles() throws IOException {
    EcosystemData data = SyntheticNetworkGenerator.scaled(1_500, 11_000, 7);
    Path folder = work.resolve("import");
    NativeCsvWriter.write(data, folder);
    Path ties = folder.resolve("ties.csv");
    List<String> lines =
        Files.readAllLines(ties).stream()
            .map(line -> line.replaceFirst("^t(\\d+),", "u$1,"))
            .toList();
    Files.write(ties, lines);
    assertThat(data.ties()).hasSizeGreaterThan(NetworkWriter.ONE_TRANSACTION_ROWS);
    return folder;
  }

  private static int tieKinds(Path files) throws IOException {
    try (Stream<String> lines = Files.lines(files.resolve("ties.csv")).skip(1)) {
      return (int) lines.map(line -> line.split(",")[3]).distinct().count();
    }
  }

  private App start(Path data) {
    App app = new App(data);
    apps.add(app);
    return app;
  }

  /** One run of the packaged app: its process, its log as it comes, its ports. */
  private static final class App {

    private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern BOLT = Pattern.compile("Bolt at (bolt://\\S+)");
    private static final Pattern STARTED = Pattern.compile("Started BrobyggeApplication");

    private final Process process;
    private final List<String> log = new ArrayList<>();
    private Pattern killPattern;
    private int killAfter;

    App(Path data) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      assertThat(Runtime.version().feature())
          .as("the JDK the app runs on")
          .isGreaterThanOrEqualTo(21);
      try {
        process =
            new ProcessBuilder(
                    java,
                    "--enable-native-access=ALL-UNNAMED",
                    "-Xmx1g",
                    // C1 only: these short runs are mostly start-up, which the C2 compiler's
                    // threads slow on two cores
                    "-XX:TieredStopAtLevel=1",
                    "-jar",
                    JAR.toAbsolutePath().toString(),
                    "--server.port=0",
                    "--brobygge.embedded.bolt-port=0",
                    "--brobygge.embedded.data-dir=" + data.toAbsolutePath(),
                    "--brobygge.security.write-token=" + Api.WRITE_TOKEN)
                .redirectErrorStream(true)
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Thread reader = new Thread(this::readLog, "app-log-" + process.pid());
      reader.setDaemon(true);
      reader.start();
      awaitLine(STARTED);
    }

    private void readLog() {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          synchronized (this) {
            log.add(line);
            // Killed from the reader itself, the moment the line is read.
            if (killPattern != null && killPattern.matcher(line).find() && --killAfter == 0) {
              process.destroyForcibly();
            }
            notifyAll();
          }
        }
      } catch (IOException e) {
        // the process is gone
      }
    }

    synchronized void killOn(Pattern pattern, int occurrence) {
      killPattern = pattern;
      killAfter = occurrence;
    }

    private synchronized String awaitLine(Pattern pattern) {
      long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
      int seen = 0;
      while (true) {
        for (; seen < log.size(); seen++) {
          if (pattern.matcher(log.get(seen)).find()) {
            return log.get(seen);
          }
        }
        long left = deadline - System.nanoTime();
        assertThat(process.isAlive() && left > 0)
            .as("the app is running and logs %s; its log: %s", pattern, tail())
            .isTrue();
        try {
          wait(Math.min(1000, Math.max(1, left / 1_000_000)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }

    private String value(Pattern pattern) {
      Matcher m = pattern.matcher(awaitLine(pattern));
      m.find();
      return m.group(1);
    }

    synchronized String tail() {
      return String.join("\n", log.subList(Math.max(0, log.size() - 30), log.size()));
    }

    ResponseEntity<JsonNode> importFiles(Path folder) {
      return new Api(Integer.parseInt(value(HTTP_PORT))).importFolder(folder);
    }

    List<String> fingerprint() {
      try (Driver driver = GraphDatabase.driver(value(BOLT), AuthTokens.none())) {
        return new TestDatabase(driver).fingerprint();
      }
    }

    boolean awaitExit(Duration timeout) {
      try {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    /** SIGTERM, a normal shutdown, so that the data folder can be copied. */
    void stop() {
      process.destroy();
      assertThat(awaitExit(Duration.ofMinutes(2))).as("the app stopped").isTrue();
    }

    void kill() {
      process.destroyForcibly();
      awaitExit(Duration.ofMinutes(1));
    }
  }
}

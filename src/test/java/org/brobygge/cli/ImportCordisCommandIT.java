package org.brobygge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brobygge.BrobyggeApplication;
import org.brobygge.store.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/** {@code import-cordis} against a real embedded database in a temporary folder. */
class ImportCordisCommandIT {

  static final Path VALID = Path.of("src/test/resources/imports/cordis/valid");

  @TempDir Path data;
  @TempDir Path bad;

  @Test
  void importsTheFixtureThenRejectsABadFileWithoutWriting() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int ok;
    try {
      ok = run(VALID.toString(), "--max-participants=3");
    } finally {
      System.setOut(original);
    }
    assertThat(ok).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("4 of 5 projects and 12 of 14 participations kept (regions SE332,FI1D7,FI1A3)")
        .contains("7 actors (2 organisations merged), 6 ties (1 projects over the cap of 3")
        .contains("organisation 900000009 merged into cordis-900000002 (same name");

    Files.copy(VALID.resolve("project.csv"), bad.resolve("project.csv"));
    Files.writeString(
        bad.resolve("organization.csv"),
        Files.readString(VALID.resolve("organization.csv")).replace("\"REC\"", "\"LAB\""));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int rejected;
    try {
      rejected = run(bad.toString());
    } finally {
      System.setErr(originalErr);
    }
    assertThat(rejected).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("organization.csv:4 [activityType]: unknown activity type 'LAB'");
    assertThat(countActors()).isEqualTo(7);
  }

  @Test
  void answersExitCodeTwoForABadWeighting() {
    assertThat(run(VALID.toString(), "--weighting=money")).isEqualTo(2);
  }

  private int run(String path, String... options) {
    String[] args = new String[5 + options.length];
    args[0] = "import-cordis";
    args[1] = path;
    System.arraycopy(options, 0, args, 2, options.length);
    args[2 + options.length] = "--brobygge.embedded.data-dir=" + data;
    args[3 + options.length] = "--brobygge.embedded.bolt-port=0";
    args[4 + options.length] = "--spring.main.banner-mode=off";
    return BrobyggeCommand.execute(args, BrobyggeApplication.class);
  }

  private long countActors() {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, "localhost", 0);
        var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        var session = driver.session()) {
      return session.run("MATCH (n:Actor) RETURN count(n) AS n").single().get("n").asLong();
    }
  }
}

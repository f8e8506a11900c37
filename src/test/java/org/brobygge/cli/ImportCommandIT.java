package org.brobygge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.brobygge.BrobyggeApplication;
import org.brobygge.store.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/** The command-line import against a real embedded database in a temporary folder. */
class ImportCommandIT {

  @TempDir Path data;

  @Test
  void importsAFolderThenRejectsBadFilesWithoutWriting() throws Exception {
    int ok = run("import", "src/test/resources/imports/valid");
    assertThat(ok).isZero();

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int rejected;
    try {
      rejected = run("import", "src/test/resources/imports/invalid");
    } finally {
      System.setErr(original);
    }

    assertThat(rejected).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("actors.csv:3 [sector]: unknown sector 'academy'");
    // Only the valid import's 2 ecosystems + 3 actors are there.
    assertThat(countNodes()).isEqualTo(5);
  }

  @Test
  void answersExitCodeTwoForMissingArguments() {
    assertThat(execute(new String[] {"import"})).isEqualTo(2);
  }

  private int run(String command, String path) {
    return execute(
        new String[] {
          command,
          path,
          "--brobygge.embedded.data-dir=" + data,
          "--brobygge.embedded.bolt-port=0",
          "--spring.main.banner-mode=off"
        });
  }

  private long countNodes() {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, "localhost", 0);
        var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        var session = driver.session()) {
      return session
          .run("MATCH (n) WHERE n:Actor OR n:Ecosystem RETURN count(n) AS n")
          .single()
          .get("n")
          .asLong();
    }
  }

  private static int execute(String[] args) {
    return BrobyggeCommand.execute(args, BrobyggeApplication.class);
  }
}

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

/**
 * What every command shares: help, quiet output, one-line errors and their exit codes, run as a
 * user runs the jar (the arguments of {@code java -jar brobygge.jar ...}).
 */
class CommandLineIT {

  @TempDir Path data;

  /** What a run printed, and its exit code. */
  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = BrobyggeCommand.execute(args, BrobyggeApplication.class);
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    Run help = run("help");
    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .contains("import ", "import-cordis", "generate", "plans", "evaluate", "help")
        .contains("Exit codes", "3   the database could not be opened");
    assertThat(BrobyggeCommand.isCommand(new String[] {"help"})).isTrue();
  }

  @Test
  void everyCommandHasHelpBothWays() {
    for (String command :
        new String[] {"import", "import-cordis", "generate", "plans", "evaluate"}) {
      Run flag = run(command, "--help");
      assertThat(flag.exit()).as(command).isZero();
      assertThat(flag.out()).as(command).startsWith("Usage: brobygge " + command + " ");
      assertThat(flag.out()).as(command).contains("--verbose", "--data=DIR");
      Run word = run("help", command);
      assertThat(word.exit()).as(command).isZero();
      assertThat(word.out()).as(command).isEqualTo(flag.out());
    }
  }

  @Test
  void aMissingArgumentIsTwoLinesAndExitCodeTwo() {
    Run missing = run("import");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err().lines())
        .containsExactly(
            "Missing required parameter: 'PATH'",
            "Try 'brobygge import --help' for the options, or 'brobygge help' for the commands.");
    assertThat(missing.out()).isEmpty();
  }

  @Test
  void anImportPrintsItsSummaryAndNothingElse() {
    Run imported = run("import", "src/test/resources/imports/valid", "--data=" + data);

    assertThat(imported.exit()).isZero();
    assertThat(imported.err()).isEmpty();
    // two lines of summary: no banner, no INFO log, no write token of the web layer
    assertThat(imported.out().lines())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("Imported src/test/resources/imports/valid: 2 ecosystems, 3 actors");
  }

  @Test
  void verboseShowsTheLog() {
    Run verbose = run("import", "src/test/resources/imports/valid", "--data=" + data, "--verbose");
    assertThat(verbose.exit()).isZero();
    assertThat(verbose.out()).contains(" INFO ", "Embedded Neo4j started");
  }

  @Test
  void aDatabaseInUseIsOneSentenceNamingTheProcessAndTheWaysOut() {
    try (EmbeddedNeo4j holder = EmbeddedNeo4j.start(data, "localhost", 0)) {
      Run locked = run("import", "src/test/resources/imports/valid", "--data=" + data);

      assertThat(locked.exit()).isEqualTo(3);
      assertThat(locked.out()).isEmpty();
      assertThat(locked.err().lines()).hasSize(1);
      assertThat(locked.err())
          .startsWith(
              "Could not import, nothing was written: Another Brobygge (process "
                  + ProcessHandle.current().pid()
                  + ") has the database in "
                  + data.toAbsolutePath().normalize()
                  + " open: stop it (Ctrl+C where it runs, or kill "
                  + ProcessHandle.current().pid()
                  + ")")
          .contains("--data=DIR")
          // the Bolt port the holder actually listens on, not a default
          .contains("--spring.neo4j.uri=" + holder.boltUri() + ".");
    }
  }

  @Test
  void aTakenBoltPortIsOneSentenceNamingThePort() throws Exception {
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      Run clash =
          run(
              "import",
              "src/test/resources/imports/valid",
              "--data=" + data,
              "--brobygge.embedded.bolt-host=127.0.0.1",
              "--brobygge.embedded.bolt-port=" + port);

      assertThat(clash.exit()).isEqualTo(3);
      assertThat(clash.err().lines()).hasSize(1);
      assertThat(clash.err())
          .contains("cannot listen for Bolt on 127.0.0.1:" + port)
          .contains("--brobygge.embedded.bolt-port=PORT");
    }
  }

  @Test
  void versionIsACommand() {
    assertThat(BrobyggeCommand.isCommand(new String[] {"--version"})).isTrue();
    assertThat(run("--version").out()).startsWith("brobygge ");
  }
}

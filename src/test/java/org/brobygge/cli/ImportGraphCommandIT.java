package org.brobygge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brobygge.BrobyggeApplication;
import org.brobygge.ingest.graph.GraphFileParserTest;
import org.brobygge.store.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/** {@code import FILE.gexf} with mapping options against a real embedded database. */
class ImportGraphCommandIT {

  @TempDir Path data;
  @TempDir Path files;

  @Test
  void importsAGephiFileWithOptionsThenRejectsOneWithoutThemWithoutWriting() throws Exception {
    Path drawn = files.resolve("drawn.gexf");
    Files.writeString(drawn, GraphFileParserTest.GEPHI);

    Output ok =
        run(
            drawn.toString(),
            "--map",
            "sector=type",
            "--map",
            "since=year",
            "--sector-values=University:academia,Company:business",
            "--default-kind=collaboration");

    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("0 ecosystems, 3 actors, 2 ties");
    assertThat(countActors()).isEqualTo(3);

    Output rejected = run(drawn.toString());
    assertThat(rejected.code()).isEqualTo(1);
    assertThat(rejected.err()).contains("drawn.gexf:13 [sector]: node '0' has no 'sector'");
    assertThat(countActors()).isEqualTo(3);

    assertThat(run(drawn.toString(), "--map", "colour=type").code()).isEqualTo(2);
  }

  private record Output(int code, String out, String err) {}

  private Output run(String path, String... options) {
    String[] args = new String[5 + options.length];
    args[0] = "import";
    args[1] = path;
    System.arraycopy(options, 0, args, 2, options.length);
    args[2 + options.length] = "--brobygge.embedded.data-dir=" + data;
    args[3 + options.length] = "--brobygge.embedded.bolt-port=0";
    args[4 + options.length] = "--spring.main.banner-mode=off";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = BrobyggeCommand.execute(args, BrobyggeApplication.class);
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
    return new Output(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private long countActors() {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, "localhost", 0);
        var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        var session = driver.session()) {
      return session.run("MATCH (n:Actor) RETURN count(n) AS n").single().get("n").asLong();
    }
  }
}

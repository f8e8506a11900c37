package org.brobygge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brobygge.support.Workbooks.row;
import static org.brobygge.support.Workbooks.sheet;
import static org.brobygge.support.Workbooks.workbook;

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

/** The import command with an .xlsx workbook and with Nordic Excel CSV, on a real database. */
class ImportSpreadsheetCommandIT {

  @TempDir Path data;
  @TempDir Path files;

  @Test
  void importsNordicCsvWithStatedDialectThenRejectsABadWorkbookWithoutWriting() throws Exception {
    int ok =
        run("import", "src/test/resources/imports/excel-nordic", "--delimiter=;", "--decimal=,");
    assertThat(ok).isZero();

    Path xlsx = files.resolve("members.xlsx");
    Files.write(
        xlsx, workbook(sheet("actors", row("id", "name", "sector"), row("n1", "New", "academy"))));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int rejected;
    int badOption;
    try {
      rejected = run("import", xlsx.toString());
      badOption = run("import", "src/test/resources/imports/excel-nordic", "--decimal=x");
    } finally {
      System.setErr(original);
    }

    assertThat(rejected).isEqualTo(1);
    assertThat(badOption).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("members.xlsx, sheet actors:2 [sector]: unknown sector 'academy'")
        .contains("decimal 'x'");
    // the Nordic files' 2 ecosystems + 3 actors; and the 1.5 weight read with a decimal comma
    assertThat(count("MATCH (n) WHERE n:Actor OR n:Ecosystem RETURN count(n) AS n")).isEqualTo(5);
    assertThat(count("MATCH ()-[t:CAPITAL]->() WHERE t.weight = 1.5 RETURN count(t) AS n"))
        .isEqualTo(1);
  }

  private int run(String... args) {
    String[] all = new String[args.length + 3];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--brobygge.embedded.data-dir=" + data;
    all[args.length + 1] = "--brobygge.embedded.bolt-port=0";
    all[args.length + 2] = "--spring.main.banner-mode=off";
    return BrobyggeCommand.execute(all, BrobyggeApplication.class);
  }

  private long count(String query) {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, "localhost", 0);
        var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        var session = driver.session()) {
      return session.run(query).single().get("n").asLong();
    }
  }
}

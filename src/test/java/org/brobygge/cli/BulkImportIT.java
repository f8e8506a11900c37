package org.brobygge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.brobygge.BrobyggeApplication;
import org.brobygge.store.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Value;

/**
 * The import command's bulk load of a new database (store/BulkImport, Neo4j's offline importer):
 * the database it leaves is, for every reader, the one a transactional import of the same files
 * leaves (every node and relationship with its labels or type, ends, properties and their value
 * types, the version node, the schema), a rejected file is rejected with the same problems and
 * leaves no database, and a database that already has data is imported into through transactions.
 */
class BulkImportIT {

  @TempDir Path tmp;

  /** Edge cases of the native CSV files: empty and missing values, quotes, years, kinds. */
  private Path edgeCases() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("edge"));
    Files.writeString(
        dir.resolve("ecosystems.csv"),
        """
        id,name,region
        space,"Space, ""the"" final",SE332
        mining,Gruvor i Norrbotten – Åre,
        """);
    Files.writeString(
        dir.resolve("actors.csv"),
        """
        id,name,sector,roles,region,country,ecosystems,size,sme,website,notes
        a1,"Orbit, Inc.",business,firm|research,SE332,SE,space|mining,12,true,https://orbit.example,"say ""hi""\"
        a2,"Uni
        on two lines",academia,research|education,SE332,SE,space,,,,
        a3,Fund,public,capital,,,,,,,
        a4,Nobody,civil_society,,,,,0,false,,; semi;colon
        a5,Backslash \\ here,business,firm,SE111,NO,mining,,,,
        """);
    Files.writeString(
        dir.resolve("ties.csv"),
        """
        from,to,kind,weight,since,until,source
        a1,a2,research,2,2019,2022,survey
        a3,a1,capital,1.5,,,
        a2,a1,collaboration,1,,2020,
        a1,a2,trade,0.25,2018,,"a ""quoted"" source"
        a4,a5,education,3,,,x
        a5,a1,authority,1,,,
        """);
    Files.writeString(
        dir.resolve("memberships.csv"),
        """
        actor,ecosystem,since,until
        a1,space,2015,
        a2,mining,,2021
        a3,mining,2019,2020
        """);
    return dir;
  }

  @Test
  void bulkLoadLeavesTheDatabaseATransactionalImportLeaves() throws IOException {
    Path files = edgeCases();
    Path bulk = tmp.resolve("bulk");
    Path transactional = tmp.resolve("transactional");

    Output bulkRun = run(files, bulk, "1");
    Output transactionalRun = run(files, transactional, "1000000000");

    assertThat(bulkRun.code()).as(bulkRun.err()).isZero();
    assertThat(transactionalRun.code()).as(transactionalRun.err()).isZero();
    assertThat(bulkRun.out()).contains("Written by Neo4j's bulk importer");
    assertThat(transactionalRun.out()).doesNotContain("bulk importer");
    assertThat(bulkRun.out()).contains("5 actors, 6 ties (7 nodes and 12 relationships created)");
    assertThat(transactionalRun.out())
        .contains("5 actors, 6 ties (7 nodes and 12 relationships created)");
    List<String> expected = content(transactional);
    assertThat(expected).hasSizeGreaterThan(25); // 7 nodes, 14 relationships, state, schema
    assertSame(content(bulk), expected);
    // no work folder is left beside the database
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".bulk-"));
    }
  }

  @Test
  void generatedNetworkIsTheSameEitherWay() throws IOException {
    Path files = tmp.resolve("generated");
    assertThat(
            BrobyggeCommand.execute(
                new String[] {
                  "generate",
                  "--out",
                  files.toString(),
                  "--actors",
                  "400",
                  "--ties",
                  "3000",
                  "--seed",
                  "3"
                },
                BrobyggeApplication.class))
        .isZero();
    Path bulk = tmp.resolve("bulk");
    Path transactional = tmp.resolve("transactional");

    Path cold = tmp.resolve("cold");

    Output bulkRun = run(files, bulk, "1");
    assertThat(bulkRun.out()).as(bulkRun.err()).contains("Written by Neo4j's bulk importer");
    assertThat(run(files, transactional, "1000000000").code()).isZero();
    // the same without the warm-up beside the parsing
    Output coldRun = run(files, cold, "1", "--brobygge.import.bulk-warm-up=false");
    assertThat(coldRun.out()).as(coldRun.err()).contains("Written by Neo4j's bulk importer");

    List<String> expected = content(transactional);
    assertSame(content(bulk), expected);
    assertSame(content(cold), expected);
  }

  @Test
  void badFilesAreRejectedAsThroughTransactionsAndLeaveNoDatabase() throws IOException {
    Path bad = Path.of("src/test/resources/imports/invalid");
    Path bulk = tmp.resolve("bulk");
    Path transactional = tmp.resolve("transactional");

    Output bulkRun = run(bad, bulk, "1");
    Output transactionalRun = run(bad, transactional, "1000000000");

    assertThat(bulkRun.code()).isEqualTo(1);
    assertThat(transactionalRun.code()).isEqualTo(1);
    assertThat(bulkRun.err())
        .contains("Import rejected, nothing was written")
        .contains("actors.csv:3 [sector]: unknown sector 'academy'")
        .isEqualTo(transactionalRun.err());
    // the folder was not even created: the next start finds no database
    assertThat(bulk).doesNotExist();
    // nor is the work folder left, where Neo4j warmed up beside the parsing
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".bulk-"));
    }
    assertThat(nodes(bulk)).isZero();
  }

  @Test
  void aDatabaseWithDataIsImportedIntoThroughTransactions() throws IOException {
    Path db = tmp.resolve("db");
    Output first = run(Path.of("src/test/resources/imports/valid"), db, "1");
    assertThat(first.out()).as(first.err()).contains("Written by Neo4j's bulk importer");
    Output second = run(edgeCases(), db, "1");

    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out()).doesNotContain("bulk importer");
    // the ecosystems space and mining and the actors a1..a3 are in both imports
    assertThat(nodes(db)).isEqualTo(2 + 5);
  }

  @Test
  void aWorkFolderLeftByAKilledBulkLoadIsDeletedAndChangesNothing() throws IOException {
    Path db = tmp.resolve("db");
    // what a bulk load killed before its rename leaves: a hidden work folder of a dead process
    long deadPid = deadPid();
    Path abandoned = tmp.resolve(".db.bulk-" + deadPid);
    Files.createDirectories(abandoned.resolve("home/data/databases/neo4j"));
    Files.writeString(abandoned.resolve("csv.csv"), "half");

    Output run = run(edgeCases(), db, "1");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(abandoned).doesNotExist();
    assertThat(nodes(db)).isEqualTo(2 + 5);
  }

  /** Equal lists, or a message with only the lines that differ. */
  private static void assertSame(List<String> actual, List<String> expected) {
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(actual);
    List<String> extra = new ArrayList<>(actual);
    extra.removeAll(expected);
    assertThat(actual)
        .as("bulk lacks %s%nbulk has in addition %s", missing, extra)
        .isEqualTo(expected);
  }

  private static long deadPid() throws IOException {
    Process p = new ProcessBuilder("true").start();
    try {
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return p.pid();
  }

  private record Output(int code, String out, String err) {}

  private static Output run(Path files, Path data, String bulkMinRows, String... settings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    List<String> args =
        new ArrayList<>(
            List.of(
                "import",
                files.toString(),
                "--brobygge.embedded.data-dir=" + data,
                "--brobygge.embedded.bolt-port=0",
                "--brobygge.import.bulk-min-rows=" + bulkMinRows));
    args.addAll(List.of(settings));
    int code;
    try {
      code = BrobyggeCommand.execute(args.toArray(String[]::new), BrobyggeApplication.class);
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
    return new Output(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static long nodes(Path data) {
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

  /**
   * Every node with its labels and every relationship with its type and ends, each with its
   * properties, their values and Cypher value types (the version node's values aside: they differ
   * by design), and the schema's indexes and constraints with their state, sorted.
   */
  private static List<String> content(Path data) {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, "localhost", 0);
        var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        var session = driver.session()) {
      List<String> lines = new ArrayList<>();
      String properties =
          """
          [k IN keys(x) | k + '=' + CASE
              WHEN %s AND k <> 'id' THEN '*'
              WHEN valueType(x[k]) STARTS WITH 'LIST' THEN reduce(s = '', e IN x[k] | s + e + '|')
              ELSE toString(x[k]) END + ' ' + valueType(x[k])]
          """;
      session
          .run(
              "MATCH (x) RETURN labels(x) AS labels, "
                  + properties.formatted("x:DatabaseState")
                  + " AS p")
          .forEachRemaining(
              r ->
                  lines.add(
                      "node "
                          + r.get("labels").asList(Value::asString).stream().sorted().toList()
                          + " "
                          + r.get("p").asList(Value::asString).stream().sorted().toList()));
      session
          .run(
              "MATCH (a)-[x]->(b) RETURN a.id AS a, type(x) AS type, b.id AS b, "
                  + properties.formatted("false")
                  + " AS p")
          .forEachRemaining(
              r ->
                  lines.add(
                      "rel "
                          + r.get("a").asString()
                          + " -"
                          + r.get("type").asString()
                          + "-> "
                          + r.get("b").asString()
                          + " "
                          + r.get("p").asList(Value::asString).stream().sorted().toList()));
      session
          .run(
              "SHOW INDEXES YIELD name, type, state, entityType, labelsOrTypes, properties,"
                  + " owningConstraint")
          .forEachRemaining(r -> lines.add("index " + r.asMap()));
      session
          .run("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties")
          .forEachRemaining(r -> lines.add("constraint " + r.asMap()));
      return lines.stream().sorted().toList();
    }
  }
}

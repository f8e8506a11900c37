package org.brobygge.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.TieKinds;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Times the snapshot read from Neo4j (issue 11): the reader before issue 11 and the current one,
 * alternately, on the same database and driver, and checks that both read the same network. A
 * benchmark, not a test.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec -Dbench.main=org.brobygge.store.SnapshotReadBenchmark \
 *     -Dbench.args="/tmp/snapdb 3"                    # embedded database in that folder, 3 rounds
 * ./mvnw -q -B test-compile exec:exec -Dbench.main=org.brobygge.store.SnapshotReadBenchmark \
 *     -Dbench.args="bolt://localhost:7687 3"          # a server (NEO4J_USERNAME/NEO4J_PASSWORD)
 * </pre>
 *
 * The folder must hold a database imported by {@code brobygge import} (BENCHMARKS.md). A third
 * argument lists the readers to run, comma-separated: {@code before}, {@code now}, {@code now-<n>}
 * (the current reader over Bolt with the ties read in n parts), {@code in-process} (the embedded
 * database read through Neo4j's Java API, as the app reads it), or {@code raw:<name>} for a query
 * alone (its records consumed, nothing built).
 */
public final class SnapshotReadBenchmark {

  private SnapshotReadBenchmark() {}

  public static void main(String[] args) throws Exception {
    String target = args.length > 0 ? args[0] : "/tmp/snapdb";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<String> names = List.of((args.length > 2 ? args[2] : "before,now").split(","));
    EmbeddedNeo4j embedded = null;
    Driver driver;
    if (target.startsWith("bolt://") || target.startsWith("neo4j://")) {
      String user = System.getenv("NEO4J_USERNAME");
      driver =
          GraphDatabase.driver(
              target,
              user == null
                  ? AuthTokens.none()
                  : AuthTokens.basic(user, System.getenv("NEO4J_PASSWORD")));
    } else {
      embedded = EmbeddedNeo4j.start(Path.of(target), "localhost", 0);
      driver = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none());
    }
    System.out.printf(
        "JVM %s, %d cores, max heap %d MB; %s%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        target);
    TieKinds kinds = TieKinds.builtIn();
    Map<String, Supplier<Object>> readers = new LinkedHashMap<>();
    readers.put("before", () -> new BaselineSnapshotReader(driver, kinds).read().graph());
    readers.put("now", () -> new SnapshotReader(driver, kinds).read().graph());
    for (int parts = 1; parts <= 4; parts++) {
      int p = parts;
      readers.put("now-" + p, () -> new SnapshotReader(driver, kinds, p).read().graph());
    }
    if (embedded != null) {
      GraphDatabaseService database = embedded.database();
      readers.put("in-process", () -> new SnapshotReader(driver, kinds, database).read().graph());
    }
    RAW.forEach((name, query) -> readers.put("raw:" + name, () -> consume(driver, query)));
    Map<String, List<Double>> times = new LinkedHashMap<>();
    Map<String, String> digests = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (String name : names) {
        System.gc();
        long start = System.nanoTime();
        Object result = readers.get(name).get();
        double seconds = (System.nanoTime() - start) / 1e9;
        times.computeIfAbsent(name, k -> new ArrayList<>()).add(seconds);
        String note = "";
        if (result instanceof EcosystemGraph graph && round == 0) {
          String digest = SnapshotContent.digest(graph);
          digests.put(name, digest);
          note = " " + graph + ", content " + digest;
        } else if (round == 0) {
          note = " " + result;
        }
        System.out.printf("round %d %-14s %6.2f s%s%n", round + 1, name, seconds, note);
      }
    }
    System.out.println();
    times.forEach(
        (name, list) -> {
          List<Double> sorted = list.stream().sorted().toList();
          System.out.printf(
              "%-14s min %.2f s, median %.2f s, max %.2f s (%d rounds)%n",
              name,
              sorted.getFirst(),
              sorted.get(sorted.size() / 2),
              sorted.getLast(),
              list.size());
        });
    if (times.containsKey("before") && times.containsKey("now")) {
      System.out.printf(
          "now / before (medians): %.2f%n", median(times.get("now")) / median(times.get("before")));
    }
    if (digests.values().stream().distinct().count() > 1) {
      System.out.println("THE READERS READ DIFFERENT NETWORKS: " + digests);
      System.exit(1);
    } else if (digests.size() > 1) {
      System.out.println("same network read by " + digests.keySet());
    }
    driver.close();
    if (embedded != null) {
      embedded.close();
    }
  }

  private static double median(List<Double> list) {
    return list.stream().sorted().toList().get(list.size() / 2);
  }

  private static final Map<String, String> RAW = new LinkedHashMap<>();

  static {
    RAW.put(
        "ties-by-id",
        """
        MATCH (a:Actor)
        WITH a, [(a)-[t]->(b:Actor) | [b.id, type(t), t.weight, t.since, t.until]] AS ties
        WHERE size(ties) > 0
        RETURN a.id AS from, ties
        """);
    RAW.put(
        "ties-internal",
        """
        MATCH (a:Actor)
        WITH a, [(a)-[t]->(b:Actor) | [id(b), type(t), t.weight, t.since, t.until]] AS ties
        WHERE size(ties) > 0
        RETURN id(a) AS from, ties
        """);
    RAW.put(
        "ties-internal-notype",
        """
        MATCH (a:Actor)
        WITH a, [(a)-[t]->(b:Actor) | [id(b), t.weight, t.since, t.until]] AS ties
        WHERE size(ties) > 0
        RETURN id(a) AS from, ties
        """);
    RAW.put(
        "ties-internal-only",
        """
        MATCH (a:Actor)
        WITH a, [(a)-[t]->(b:Actor) | id(b)] AS ties
        WHERE size(ties) > 0
        RETURN id(a) AS from, ties
        """);
    RAW.put(
        "ties-rows",
        """
        MATCH (a:Actor)-[t]->(b:Actor)
        RETURN id(a) AS from, id(b) AS to, type(t) AS type, t.weight AS w, t.since AS s, t.until AS u
        """);
    RAW.put(
        "ties-props-map",
        """
        MATCH (a:Actor)
        WITH a, [(a)-[t]->(b:Actor) | [id(b), type(t), properties(t)]] AS ties
        WHERE size(ties) > 0
        RETURN id(a) AS from, ties
        """);
    RAW.put(
        "ties-projection",
        """
        MATCH (a:Actor)
        WITH a, [(a)-[t]->(b:Actor) | [id(b), type(t), t{.weight, .since, .until}]] AS ties
        WHERE size(ties) > 0
        RETURN id(a) AS from, ties
        """);
    RAW.put(
        "ties-half",
        """
        MATCH (a:Actor) WHERE id(a) % 2 = 0
        WITH a, [(a)-[t]->(b:Actor) | [id(b), type(t), t.weight, t.since, t.until]] AS ties
        WHERE size(ties) > 0
        RETURN id(a) AS from, ties
        """);
    RAW.put("count", "MATCH (a:Actor)-[t]->(b:Actor) RETURN count(*) AS n");
    RAW.put(
        "props-only",
        "MATCH (a:Actor)-[t]->(b:Actor) RETURN sum(t.weight) AS w, count(t.since) AS s,"
            + " count(t.until) AS u");
    RAW.put(
        "actors",
        """
        MATCH (a:Actor)
        RETURN a.id AS id, a.name AS name, a.sector AS sector, a.roles AS roles,
               a.region AS region, a.country AS country
        ORDER BY id
        """);
  }

  /** Runs a query and walks every value of every record, building nothing. */
  private static String consume(Driver driver, String query) {
    long[] counts = new long[2];
    try (var session = driver.session()) {
      session.executeRead(
          tx -> {
            tx.run(query)
                .forEachRemaining(
                    r -> {
                      counts[0]++;
                      for (Value v : r.values()) {
                        counts[1] += touch(v);
                      }
                    });
            return null;
          });
    }
    return counts[0] + " records, " + counts[1] + " values";
  }

  private static long touch(Value v) {
    if (v.type().name().equals("LIST")) {
      long n = 0;
      for (Value x : v.values()) {
        n += touch(x);
      }
      return n;
    }
    return 1;
  }
}

package org.brobygge.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.brobygge.model.Actor;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Role;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;
import org.brobygge.synthetic.SyntheticNetworkGenerator;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * Ways of writing new actors and ties (issue 11), each variant into a fresh embedded database,
 * timed in wall and process CPU time (CPU time says more on a shared, loaded machine). A benchmark,
 * not a test; the variants are measurements for choosing {@link NetworkWriter}'s statements.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec -Dbench.main=org.brobygge.store.ImportWriteBenchmark \
 *     -Dbench.jvm=-Xmx3g -Dbench.args="/tmp/wb 100000 300000 nomem/cur,nomem/nid,nomem/core"
 * </pre>
 *
 * Arguments: a scratch folder, actors, ties (the seeded generator's network), variants {@code
 * actors/ties} comma-separated, and optionally the batch size (10,000). Actors: {@code cur} (with
 * memberships by ecosystem id), {@code nid} (memberships by node id, node ids answered), {@code
 * nomem} (no memberships), {@code pa}/{@code pm} (as nomem/nid in two sessions at once). Ties:
 * {@code cur} (both ends by the unique index, as before issue 11), {@code nid} (by internal node
 * id), {@code sorted} (nid, sorted by start node), {@code col} (nid, columns instead of row maps),
 * {@code core} (the embedded Java API, no Cypher, no Bolt), {@code p2} (nid in two sessions at
 * once), {@code b2} (nid in two sessions, rounds of two buckets with disjoint end nodes).
 */
public final class ImportWriteBenchmark {

  static org.neo4j.graphdb.GraphDatabaseService gdb;

  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int actors = Integer.parseInt(args[1]);
    int ties = Integer.parseInt(args[2]);
    List<String> variants = List.of(args[3].split(","));
    int batch = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
    EcosystemData data = SyntheticNetworkGenerator.scaled(actors, ties, 7);
    System.out.printf(
        "%d actors, %d ties, batch %d%n", data.actors().size(), data.ties().size(), batch);
    for (String variant : variants) {
      Path home = dir.resolve(variant);
      delete(home);
      EmbeddedNeo4j db = EmbeddedNeo4j.start(home, "localhost", 0);
      try (Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
        new Schema(driver);
        var f = EmbeddedNeo4j.class.getDeclaredField("dbms");
        f.setAccessible(true);
        gdb = ((org.neo4j.dbms.api.DatabaseManagementService) f.get(db)).database("neo4j");
        run(variant, driver, data, batch);
      } finally {
        db.close();
      }
      delete(home);
    }
  }

  static void run(String variant, Driver driver, EcosystemData data, int batch) {
    String[] parts = variant.split("/");
    String actorWay = parts[0];
    String tieWay = parts[1];
    try (Session session = driver.session()) {
      session.executeWriteWithoutResult(
          tx ->
              tx.run(
                      "UNWIND $rows AS row CREATE (e:Ecosystem {id: row.id, name: row.name})",
                      Map.of(
                          "rows",
                          data.ecosystems().stream()
                              .map(e -> Map.<String, Object>of("id", e.id(), "name", e.name()))
                              .toList()))
                  .consume());
      Map<String, Long> ecoNode = new HashMap<>();
      session
          .run("MATCH (e:Ecosystem) RETURN e.id AS id, id(e) AS n")
          .forEachRemaining(r -> ecoNode.put(r.get(0).asString(), r.get(1).asLong()));
      long t0 = System.nanoTime();
      long c0 = cpu();
      Map<String, Long> actorNode = new HashMap<>();
      List<Actor> as = data.actors();
      if (actorWay.equals("pa") || actorWay.equals("pm")) {
        String q =
            actorWay.equals("pa")
                ? """
                  UNWIND $rows AS row
                  CREATE (a:Actor)
                  SET a = row.properties, a.importId = $importId
                  RETURN row.id AS id, id(a) AS n
                  """
                : """
                  UNWIND $rows AS row
                  CREATE (a:Actor)
                  SET a = row.properties, a.importId = $importId
                  WITH a, row
                  CALL (a, row) {
                    UNWIND row.ecosystems AS e
                    MATCH (x) WHERE id(x) = e
                    CREATE (a)-[:MEMBER_OF]->(x)
                  }
                  RETURN row.id AS id, id(a) AS n
                  """;
        List<List<Actor>> batches = new ArrayList<>();
        for (int from = 0; from < as.size(); from += batch) {
          batches.add(as.subList(from, Math.min(as.size(), from + batch)));
        }
        parallel(
            driver,
            batches,
            (sess, b) ->
                sess.executeWriteWithoutResult(
                    tx ->
                        tx.run(q, Map.of("rows", actorRows(b, ecoNode), "importId", 42L))
                            .forEachRemaining(
                                r -> {
                                  synchronized (actorNode) {
                                    actorNode.put(r.get(0).asString(), r.get(1).asLong());
                                  }
                                })));
      }
      for (int from = 0; from < as.size() && !actorWay.startsWith("p"); from += batch) {
        List<Actor> b = as.subList(from, Math.min(as.size(), from + batch));
        switch (actorWay) {
          case "cur" ->
              session.executeWriteWithoutResult(
                  tx ->
                      tx.run(
                              """
                              UNWIND $rows AS row
                              CREATE (a:Actor)
                              SET a = row.properties, a.importId = $importId
                              WITH a, row
                              CALL (a, row) {
                                UNWIND row.ecosystems AS ecosystemId
                                MATCH (e:Ecosystem {id: ecosystemId})
                                CREATE (a)-[:MEMBER_OF]->(e)
                              }
                              """,
                              Map.of("rows", actorRows(b, null), "importId", 42L))
                          .consume());
          case "nid" -> {
            // nodes, their internal ids back; memberships by internal ids
            session.executeWriteWithoutResult(
                tx -> {
                  tx.run(
                          """
                          UNWIND $rows AS row
                          CREATE (a:Actor)
                          SET a = row.properties, a.importId = $importId
                          WITH a, row
                          CALL (a, row) {
                            UNWIND row.ecosystems AS e
                            MATCH (x) WHERE id(x) = e
                            CREATE (a)-[:MEMBER_OF]->(x)
                          }
                          RETURN row.id AS id, id(a) AS n
                          """,
                          Map.of("rows", actorRows(b, ecoNode), "importId", 42L))
                      .forEachRemaining(r -> actorNode.put(r.get(0).asString(), r.get(1).asLong()));
                });
          }
          case "nomem" -> {
            session.executeWriteWithoutResult(
                tx -> {
                  tx.run(
                          """
                          UNWIND $rows AS row
                          CREATE (a:Actor)
                          SET a = row.properties, a.importId = $importId
                          RETURN row.id AS id, id(a) AS n
                          """,
                          Map.of("rows", actorRows(b, ecoNode), "importId", 42L))
                      .forEachRemaining(r -> actorNode.put(r.get(0).asString(), r.get(1).asLong()));
                });
          }
          default -> throw new IllegalArgumentException(actorWay);
        }
      }
      if (actorNode.isEmpty()) {
        session
            .run("MATCH (a:Actor) RETURN a.id AS id, id(a) AS n")
            .forEachRemaining(r -> actorNode.put(r.get(0).asString(), r.get(1).asLong()));
      }
      long t1 = System.nanoTime();
      long c1 = cpu();
      Map<TieKind, List<Tie>> byKind =
          data.ties().stream()
              .collect(Collectors.groupingBy(Tie::kind, LinkedHashMap::new, Collectors.toList()));
      int created = 0;
      if (tieWay.equals("p2") || tieWay.equals("b2")) {
        created = parallelTies(tieWay, driver, byKind, actorNode, batch);
        byKind.clear();
      }
      for (var kind : byKind.entrySet()) {
        String type = kind.getKey().relationshipType();
        List<Tie> ts = kind.getValue();
        if (tieWay.startsWith("sorted")) {
          ts = new ArrayList<>(ts);
          ts.sort(Comparator.comparing(t -> actorNode.get(t.from())));
        }
        for (int from = 0; from < ts.size(); from += batch) {
          List<Tie> b = ts.subList(from, Math.min(ts.size(), from + batch));
          String q;
          Map<String, Object> params = new HashMap<>();
          if (tieWay.equals("core")) {
            var rt = org.neo4j.graphdb.RelationshipType.withName(type);
            try (var tx = gdb.beginTx()) {
              for (Tie tie : b) {
                var r =
                    tx.getNodeById(actorNode.get(tie.from()))
                        .createRelationshipTo(tx.getNodeById(actorNode.get(tie.to())), rt);
                r.setProperty("id", tie.id());
                r.setProperty("weight", tie.weight());
                if (tie.since() != null) r.setProperty("since", tie.since());
                if (tie.until() != null) r.setProperty("until", tie.until());
                if (!tie.source().isEmpty()) r.setProperty("source", tie.source());
                created++;
              }
              tx.commit();
            }
            continue;
          }
          switch (tieWay) {
            case "cur" -> {
              q =
                  """
                  UNWIND $rows AS row
                  WITH row, row.properties AS p
                  MATCH (a:Actor {id: row.from})
                  MATCH (b:Actor {id: row.to})
                  CREATE (a)-[t:`%s` {id: p.id, weight: p.weight, since: p.since, until: p.until,
                                      source: p.source, importId: p.importId}]->(b)
                  """
                      .formatted(type);
              params.put("rows", tieRowsCur(b));
            }
            case "nid", "sorted" -> {
              q =
                  """
                  UNWIND $rows AS row
                  MATCH (a) WHERE id(a) = row.f
                  MATCH (b) WHERE id(b) = row.t
                  CREATE (a)-[:`%s` {id: row.id, weight: row.weight, since: row.since, until: row.until,
                                      source: row.source}]->(b)
                  """
                      .formatted(type);
              params.put("rows", tieRowsNid(b, actorNode));
            }
            case "col" -> {
              q =
                  """
                  UNWIND range(0, size($f) - 1) AS i
                  MATCH (a) WHERE id(a) = $f[i]
                  MATCH (b) WHERE id(b) = $t[i]
                  CREATE (a)-[:`%s` {id: $id[i], weight: $w[i], since: $s[i], until: $u[i],
                                      source: $src[i]}]->(b)
                  """
                      .formatted(type);
              List<Long> f = new ArrayList<>();
              List<Long> t = new ArrayList<>();
              List<String> id = new ArrayList<>();
              List<Double> w = new ArrayList<>();
              List<Integer> s = new ArrayList<>();
              List<Integer> u = new ArrayList<>();
              List<String> src = new ArrayList<>();
              for (Tie tie : b) {
                f.add(actorNode.get(tie.from()));
                t.add(actorNode.get(tie.to()));
                id.add(tie.id());
                w.add(tie.weight());
                s.add(tie.since());
                u.add(tie.until());
                src.add(tie.source().isEmpty() ? null : tie.source());
              }
              params.putAll(Map.of("f", f, "t", t, "id", id, "w", w, "s", s, "u", u));
              params.put("src", src);
            }
            default -> throw new IllegalArgumentException(tieWay);
          }
          String query = q;
          created +=
              session.executeWrite(
                  tx -> tx.run(query, params).consume().counters().relationshipsCreated());
        }
      }
      long t2 = System.nanoTime();
      long c2 = cpu();
      System.out.printf(
          "%-14s cpu actors %6.2f s ties %6.2f s; actors %6.2f s (%,.0f/s)  ties %6.2f s (%,.0f/s) created %d%n",
          variant,
          (c1 - c0) / 1e9,
          (c2 - c1) / 1e9,
          (t1 - t0) / 1e9,
          data.actors().size() / ((t1 - t0) / 1e9),
          (t2 - t1) / 1e9,
          data.ties().size() / ((t2 - t1) / 1e9),
          created);
    }
  }

  static <T> void parallel(
      Driver driver, List<T> work, java.util.function.BiConsumer<Session, T> task) {
    var next = new java.util.concurrent.atomic.AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try (Session sess = driver.session()) {
                      for (int i; (i = next.getAndIncrement()) < work.size(); ) {
                        task.accept(sess, work.get(i));
                      }
                    }
                  }));
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  record Job(String type, List<Tie> ties) {}

  static int parallelTies(
      String way,
      Driver driver,
      Map<TieKind, List<Tie>> byKind,
      Map<String, Long> node,
      int batch) {
    int[] created = {0};
    java.util.function.BiConsumer<Session, Job> task =
        (sess, job) -> {
          String q =
              """
              UNWIND $rows AS row
              MATCH (a) WHERE id(a) = row.f
              MATCH (b) WHERE id(b) = row.t
              CREATE (a)-[:`%s` {id: row.id, weight: row.weight, since: row.since, until: row.until,
                                  source: row.source}]->(b)
              """
                  .formatted(job.type());
          int c =
              sess.executeWrite(
                  tx ->
                      tx.run(q, Map.of("rows", tieRowsNid(job.ties(), node)))
                          .consume()
                          .counters()
                          .relationshipsCreated());
          synchronized (created) {
            created[0] += c;
          }
        };
    if (way.equals("p2")) {
      List<Job> jobs = new ArrayList<>();
      for (var kind : byKind.entrySet()) {
        List<Tie> ts = kind.getValue();
        for (int from = 0; from < ts.size(); from += batch) {
          jobs.add(
              new Job(
                  kind.getKey().relationshipType(),
                  ts.subList(from, Math.min(ts.size(), from + batch))));
        }
      }
      parallel(driver, jobs, task);
      return created[0];
    }
    // b2: node groups 0..3, buckets by unordered group pair, rounds of two disjoint buckets
    int[][][] rounds = {
      {{0, 0}, {1, 1}}, {{2, 2}, {3, 3}}, {{0, 1}, {2, 3}}, {{0, 2}, {1, 3}}, {{0, 3}, {1, 2}}
    };
    for (int[][] round : rounds) {
      List<List<Job>> lanes = new ArrayList<>();
      for (int[] pair : round) {
        List<Job> lane = new ArrayList<>();
        for (var kind : byKind.entrySet()) {
          List<Tie> bucket = new ArrayList<>();
          for (Tie t : kind.getValue()) {
            int g1 = group(node.get(t.from()));
            int g2 = group(node.get(t.to()));
            if ((g1 == pair[0] && g2 == pair[1]) || (g1 == pair[1] && g2 == pair[0])) {
              bucket.add(t);
            }
          }
          for (int from = 0; from < bucket.size(); from += batch) {
            lane.add(
                new Job(
                    kind.getKey().relationshipType(),
                    bucket.subList(from, Math.min(bucket.size(), from + batch))));
          }
        }
        lanes.add(lane);
      }
      List<Thread> threads = new ArrayList<>();
      for (List<Job> lane : lanes) {
        threads.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      try (Session sess = driver.session()) {
                        lane.forEach(j -> task.accept(sess, j));
                      }
                    }));
      }
      for (Thread t : threads) {
        try {
          t.join();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return created[0];
  }

  static int group(long node) {
    return (int) ((node * 0x9E3779B97F4A7C15L) >>> 62);
  }

  static List<Map<String, Object>> actorRows(List<Actor> actors, Map<String, Long> ecoNode) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Actor actor : actors) {
      Map<String, Object> properties = new LinkedHashMap<>(actor.attributes());
      properties.put("id", actor.id());
      properties.put("name", actor.name());
      properties.put("sector", actor.sector().id());
      properties.put("roles", actor.roles().stream().map(Role::id).toList());
      properties.put("region", actor.region());
      properties.put("country", actor.country());
      properties.values().removeIf(java.util.Objects::isNull);
      List<Object> ecos =
          actor.ecosystems().stream()
              .distinct()
              .map(e -> ecoNode == null ? (Object) e : (Object) ecoNode.get(e))
              .toList();
      rows.add(Map.of("id", actor.id(), "properties", properties, "ecosystems", ecos));
    }
    return rows;
  }

  static List<Map<String, Object>> tieRowsCur(List<Tie> ties) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Tie tie : ties) {
      Map<String, Object> p = new HashMap<>();
      p.put("id", tie.id());
      p.put("weight", tie.weight());
      if (tie.since() != null) p.put("since", tie.since());
      if (tie.until() != null) p.put("until", tie.until());
      if (!tie.source().isEmpty()) p.put("source", tie.source());
      rows.add(Map.of("id", tie.id(), "from", tie.from(), "to", tie.to(), "properties", p));
    }
    return rows;
  }

  static List<Map<String, Object>> tieRowsNid(List<Tie> ties, Map<String, Long> node) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Tie tie : ties) {
      Map<String, Object> p = new HashMap<>();
      p.put("f", node.get(tie.from()));
      p.put("t", node.get(tie.to()));
      p.put("id", tie.id());
      p.put("weight", tie.weight());
      if (tie.since() != null) p.put("since", tie.since());
      if (tie.until() != null) p.put("until", tie.until());
      if (!tie.source().isEmpty()) p.put("source", tie.source());
      rows.add(p);
    }
    return rows;
  }

  static void delete(Path home) throws IOException {
    if (Files.exists(home)) {
      try (var files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}

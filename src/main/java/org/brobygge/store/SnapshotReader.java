package org.brobygge.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.brobygge.model.TieKinds;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the whole network from Neo4j into an {@link EcosystemGraph}, streaming rows (the driver
 * fetches them in batches) so 1,000,000 ties never sit in memory as driver records.
 *
 * <p>Where the time goes (issue 11, BENCHMARKS.md): on the server, walking each actor's
 * relationships and reading each tie's properties; on the client, decoding values. So the ties are
 * read in {@link #TIE_PARTS} parts at once, each in its own session and read transaction (actors
 * split by internal node id modulo the parts), while another reads the ecosystems, the actors and
 * their memberships. A tie names its other end by internal node id, not by the {@code id} property:
 * no property read on the server and no string to decode per tie. Internal ids are used only to
 * join rows read at one database version, never kept. Every part reads the database version in its
 * own transaction, at its start and at its end (a Neo4j transaction reads committed data, so an
 * import that commits during a part could be half seen); if an import committed between or during
 * them, the whole read is made again. A network of fewer than {@link #PARTS_FROM_ACTORS} actors
 * (the sample) is read in one transaction instead: there the parts' extra sessions and query plans
 * cost more on a cold JVM than they save.
 *
 * <p>Ties come out ordered by their start actor (in actor order, which is id order), each actor's
 * ties in the database's order: the same network whatever the number of parts.
 *
 * <p>Data written by hand in Cypher may not follow the import's rules; such rows are skipped and
 * counted in the log rather than failing the snapshot: an actor with an unknown sector, a
 * relationship type between actors that is not a valid kind id once lower-cased.
 */
class SnapshotReader {

  /** Parts the ties are read in, at once. */
  static final int TIE_PARTS = 2;

  /** Below this many actors the whole network is read in one transaction, as one part. */
  static final int PARTS_FROM_ACTORS = 20_000;

  private static final int ATTEMPTS = 5;
  private static final Logger log = LoggerFactory.getLogger(SnapshotReader.class);

  private final Driver driver;
  private final TieKinds tieKinds;
  private final int tieParts;
  private final int partsFromActors;
  private final GraphDatabaseService inProcess;

  SnapshotReader(Driver driver, TieKinds tieKinds) {
    this(driver, tieKinds, TIE_PARTS, PARTS_FROM_ACTORS, null);
  }

  /** Reads the ties in {@code tieParts} parts whatever the network's size (tests, benchmark). */
  SnapshotReader(Driver driver, TieKinds tieKinds, int tieParts) {
    this(driver, tieKinds, tieParts, 0, null);
  }

  /**
   * Reads the embedded database {@code inProcess} through Neo4j's Java API in this process, in one
   * transaction, instead of Cypher over Bolt (see {@link #readInProcess}).
   */
  SnapshotReader(Driver driver, TieKinds tieKinds, GraphDatabaseService inProcess) {
    this(driver, tieKinds, 1, 0, Objects.requireNonNull(inProcess, "inProcess"));
  }

  private SnapshotReader(
      Driver driver,
      TieKinds tieKinds,
      int tieParts,
      int partsFromActors,
      GraphDatabaseService inProcess) {
    if (tieParts < 1) {
      throw new IllegalArgumentException("tieParts must be >= 1: " + tieParts);
    }
    this.driver = driver;
    this.tieKinds = tieKinds;
    this.tieParts = tieParts;
    this.partsFromActors = partsFromActors;
    this.inProcess = inProcess;
  }

  /** Reads the whole network and the database version it was read at. */
  Snapshots.Snapshot read() {
    long started = System.nanoTime();
    if (inProcess != null) {
      return logged(readInProcess(), started);
    }
    if (tieParts == 1 || partsFromActors > 0) {
      // a small network in one transaction: the parts' extra sessions and queries cost more on a
      // cold JVM (the sample at start-up) than they save
      for (int attempt = 1; ; attempt++) {
        boolean last = attempt == ATTEMPTS;
        try (var session = driver.session()) {
          EcosystemGraph small =
              session.executeRead(
                  tx -> {
                    if (tieParts > 1) {
                      long actors =
                          tx.run("MATCH (a:Actor) RETURN count(a) AS n").single().get(0).asLong();
                      if (actors >= partsFromActors) {
                        return null;
                      }
                    }
                    return readInOne(tx, last);
                  });
          if (small == null) {
            break; // large: read in parts
          }
          return logged(small, started);
        } catch (Changed e) {
          log.info("The database changed while the snapshot was read; reading it again");
        }
      }
    }
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int attempt = 1; ; attempt++) {
        Future<Actors> actors = pool.submit(() -> readActors());
        List<Future<TieRows>> parts = new ArrayList<>();
        for (int part = 0; part < tieParts; part++) {
          int p = part;
          parts.add(pool.submit(() -> readTies(p)));
        }
        Actors a = actors.get();
        List<TieRows> ties = new ArrayList<>();
        for (Future<TieRows> part : parts) {
          ties.add(part.get());
        }
        if (a.version != null && ties.stream().allMatch(t -> a.version.equals(t.version))
            || attempt == ATTEMPTS) {
          version = a.version == null ? "" : a.version; // "": read again at the next check
          return logged(build(a, ties), started);
        }
        log.info("The database changed while the snapshot was read; reading it again");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Snapshot read interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private int skipped;
  private String version;

  /** Runs in each transaction that read ties, before its closing version check (tests). */
  Runnable duringRead = () -> {};

  /** An import committed while a transaction read: its rows may be half seen. */
  private static final class Changed extends RuntimeException {
    Changed() {
      super(null, null, false, false);
    }
  }

  private EcosystemGraph readInOne(TransactionContext tx, boolean lastAttempt) {
    Actors a = readActors(tx);
    TieRows ties = readTies(tx, 0, 1);
    boolean same = a.version != null && a.version.equals(ties.version);
    if (!same && !lastAttempt) {
      throw new Changed();
    }
    version = same ? a.version : ""; // "": read again at the next check
    return build(a, List.of(ties));
  }

  /**
   * {@code before} if the database version is still {@code before} at the end of a read in {@code
   * tx}, else null: a Neo4j transaction reads committed data, so an import that committed during
   * the read may be half seen.
   */
  private static String unchanged(TransactionContext tx, String before) {
    return before.equals(version(tx)) ? before : null;
  }

  private Snapshots.Snapshot logged(EcosystemGraph graph, long started) {
    log.info(
        "Snapshot read in {} ms: {}{}",
        (System.nanoTime() - started) / 1_000_000,
        graph,
        skipped == 0 ? "" : " (" + skipped + " rows skipped as invalid)");
    return new Snapshots.Snapshot(graph, version);
  }

  /**
   * Ecosystems, actors and memberships, as the builder wants them, and the node id of each actor.
   */
  private static final class Actors {
    String version;
    final EcosystemGraph.Builder builder = EcosystemGraph.builder();
    long[] nodes = new long[1024]; // node id of the actor of builder index i
    long[] sortedNodes; // nodes, ascending
    int[] indexOfSorted; // builder index of sortedNodes[i]
    int count;
    int skipped;
  }

  private Actors readActors() {
    try (var session = driver.session()) {
      return session.executeRead(SnapshotReader::readActors);
    }
  }

  private static Actors readActors(TransactionContext tx) {
    Actors a = new Actors();
    a.version = version(tx);
    // Rows of an unfinished import are skipped (Staging); usually none is pending.
    List<Long> pending = Staging.pending(tx);
    Map<String, Object> params = Map.of("pending", pending);
    tx.run(
            """
                    MATCH (e:Ecosystem) WHERE %s
                    RETURN e.id AS id, e.name AS name, e.region AS region ORDER BY id
                    """
                .formatted(Staging.visible(pending, "e")),
            params)
        .forEachRemaining(
            r ->
                a.builder.ecosystem(
                    r.get(0).asString(), r.get(1).asString(null), r.get(2).asString(null)));
    tx.run(
            """
                    MATCH (a:Actor) WHERE %s
                    RETURN id(a) AS node, a.id AS id, a.name AS name, a.sector AS sector,
                           a.roles AS roles, a.region AS region, a.country AS country,
                           [(a)-[m:MEMBER_OF]->(e:Ecosystem) WHERE %s | [e.id, m.since, m.until]]
                             AS ecosystems,
                           a.sme AS sme
                    ORDER BY id
                    """
                .formatted(Staging.visible(pending, "a"), Staging.visible(pending, "e")),
            params)
        .forEachRemaining(r -> addActor(a, r.values()));
    a.version = unchanged(tx, a.version);
    indexNodes(a);
    return a;
  }

  /** Node ids in ascending order with the builder's index of each, for the ties' binary search. */
  private static void indexNodes(Actors a) {
    Integer[] order = new Integer[a.count];
    Arrays.setAll(order, i -> i);
    long[] nodes = a.nodes;
    Arrays.sort(order, (x, y) -> Long.compare(nodes[x], nodes[y]));
    a.sortedNodes = new long[a.count];
    a.indexOfSorted = new int[a.count];
    for (int i = 0; i < a.count; i++) {
      a.sortedNodes[i] = nodes[order[i]];
      a.indexOfSorted[i] = order[i];
    }
  }

  /**
   * Adds one actor row: node id, id, name, sector, roles, region, country, memberships (a list of
   * [ecosystem id, since, until]) and sme, as the actors query returns them.
   */
  private static void addActor(Actors a, List<Value> r) {
    var sector = Sector.fromId(r.get(3).asString(""));
    if (sector.isEmpty()) {
      a.skipped++;
      return;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Value list = r.get(4);
    if (!list.isNull()) {
      list.asList(Value::asString).forEach(id -> Role.fromId(id).ifPresent(roles::add));
    }
    String id = r.get(1).asString();
    a.builder.actor(
        id,
        r.get(2).asString(null),
        sector.get(),
        roles,
        r.get(5).asString(null),
        r.get(6).asString(null));
    if (r.get(8).isTrue()) {
      a.builder.sme(id);
    }
    for (Value membership : r.get(7).values()) {
      try {
        Value since = membership.get(1);
        Value until = membership.get(2);
        a.builder.membership(
            id,
            membership.get(0).asString(),
            since.isNull() ? null : since.asInt(),
            until.isNull() ? null : until.asInt());
      } catch (IllegalArgumentException
          | org.neo4j.driver.exceptions.value.Uncoercible
          | org.neo4j.driver.exceptions.value.LossyCoercion e) {
        a.skipped++;
      }
    }
    if (a.count == a.nodes.length) {
      a.nodes = Arrays.copyOf(a.nodes, a.count * 2);
    }
    a.nodes[a.count] = r.get(0).asLong();
    a.count++;
  }

  /** The ties of one part, as columns; kinds index {@link #kinds}, null kind = invalid type. */
  private static final class TieRows {
    String version;
    final List<TieKind> kinds = new ArrayList<>();
    int count;
    long[] from = new long[1024];
    long[] to = new long[1024];
    byte[] kind = new byte[1024];
    double[] weight = new double[1024];
    int[] since = new int[1024];
    int[] until = new int[1024];
    int skipped;

    void grow() {
      int size = count * 2;
      from = Arrays.copyOf(from, size);
      to = Arrays.copyOf(to, size);
      kind = Arrays.copyOf(kind, size);
      weight = Arrays.copyOf(weight, size);
      since = Arrays.copyOf(since, size);
      until = Arrays.copyOf(until, size);
    }
  }

  private TieRows readTies(int part) {
    try (var session = driver.session()) {
      return session.executeRead(tx -> readTies(tx, part, tieParts));
    }
  }

  private TieRows readTies(TransactionContext tx, int part, int parts) {
    TieRows rows = new TieRows();
    Map<String, Integer> kindOfType = new HashMap<>();
    rows.version = version(tx);
    List<Long> pending = Staging.pending(tx);
    // One record per actor with its outgoing ties as lists, not one per tie; a staged tie or
    // actor (Staging) is skipped.
    tx.run(
            """
                    MATCH (a:Actor) WHERE id(a) %% $parts = $part AND %s
                    WITH a, [(a)-[t]->(b:Actor) WHERE %s
                             | [id(b), type(t), t.weight, t.since, t.until]] AS ties
                    WHERE size(ties) > 0
                    RETURN id(a) AS from, ties
                    """
                .formatted(Staging.visible(pending, "a"), Staging.visible(pending, "t", "b")),
            Map.of("parts", parts, "part", part, "pending", pending))
        .forEachRemaining(
            r -> {
              long from = r.get(0).asLong();
              for (Value tie : r.get(1).values()) {
                addTie(rows, kindOfType, from, tie);
              }
            });
    duringRead.run();
    rows.version = unchanged(tx, rows.version);
    return rows;
  }

  private void addTie(TieRows rows, Map<String, Integer> kindOfType, long from, Value tie) {
    String type = tie.get(1).asString();
    Integer k = kindOfType.get(type);
    if (k == null) {
      Optional<TieKind> found = tieKinds.forRelationshipType(type);
      k = found.isEmpty() ? -1 : rows.kinds.size();
      found.ifPresent(rows.kinds::add);
      kindOfType.put(type, k);
    }
    if (k < 0) {
      rows.skipped++;
      return;
    }
    Value weight = tie.get(2);
    Value since = tie.get(3);
    Value until = tie.get(4);
    double w;
    int s;
    int u;
    try {
      w = weight.isNull() ? 1.0 : weight.asDouble();
      s = since.isNull() ? EcosystemGraph.NO_YEAR : since.asInt();
      u = until.isNull() ? EcosystemGraph.NO_YEAR : until.asInt();
    } catch (org.neo4j.driver.exceptions.value.Uncoercible
        | org.neo4j.driver.exceptions.value.LossyCoercion e) {
      rows.skipped++;
      return;
    }
    if (rows.count == rows.from.length) {
      rows.grow();
    }
    int i = rows.count++;
    rows.from[i] = from;
    rows.to[i] = tie.get(0).asLong();
    rows.kind[i] = (byte) (int) k;
    rows.weight[i] = w;
    rows.since[i] = s;
    rows.until[i] = u;
  }

  /** Adds the ties to the actors' builder, by start actor in actor order. */
  private EcosystemGraph build(Actors a, List<TieRows> parts) {
    int skippedRows = a.skipped;
    // actor order of each tie's start: counting sort of all parts' ties by start actor index
    int total = 0;
    for (TieRows p : parts) {
      total += p.count;
      skippedRows += p.skipped;
    }
    int[] startIndex = new int[total]; // actor index of each tie's start (-1: unknown node)
    int[] toIndex = new int[total];
    EcosystemGraph.Builder builder = a.builder;
    int n = a.count;
    int[] counts = new int[n + 1];
    int t = 0;
    for (TieRows p : parts) {
      for (int i = 0; i < p.count; i++, t++) {
        int from = Arrays.binarySearch(a.sortedNodes, p.from[i]);
        int to = Arrays.binarySearch(a.sortedNodes, p.to[i]);
        if (from < 0 || to < 0) {
          startIndex[t] = -1;
          skippedRows++;
          continue;
        }
        startIndex[t] = a.indexOfSorted[from];
        toIndex[t] = a.indexOfSorted[to];
        counts[startIndex[t] + 1]++;
      }
    }
    for (int i = 1; i <= n; i++) {
      counts[i] += counts[i - 1];
    }
    int[] order = new int[counts[n]];
    t = 0;
    int[] partOf = new int[total];
    int[] rowOf = new int[total];
    for (int p = 0; p < parts.size(); p++) {
      for (int i = 0; i < parts.get(p).count; i++, t++) {
        partOf[t] = p;
        rowOf[t] = i;
        if (startIndex[t] >= 0) {
          order[counts[startIndex[t]]++] = t;
        }
      }
    }
    for (int o : order) {
      TieRows p = parts.get(partOf[o]);
      int i = rowOf[o];
      try {
        builder.tie(
            startIndex[o],
            toIndex[o],
            p.kinds.get(p.kind[i]),
            p.weight[i],
            p.since[i] == EcosystemGraph.NO_YEAR ? null : p.since[i],
            p.until[i] == EcosystemGraph.NO_YEAR ? null : p.until[i]);
      } catch (IllegalArgumentException e) {
        skippedRows++;
      }
    }
    skipped = skippedRows;
    return builder.build();
  }

  private static final Label ACTOR = Label.label("Actor");
  private static final Label ECOSYSTEM = Label.label("Ecosystem");
  private static final Label DATABASE_STATE = Label.label("DatabaseState");
  private static final Label PENDING_IMPORT = Label.label("PendingImport");
  private static final RelationshipType MEMBER_OF = RelationshipType.withName("MEMBER_OF");
  private static final String[] TIE_PROPERTIES = {"weight", "since", "until", Staging.PROPERTY};

  /**
   * The same network as the Cypher queries above read over Bolt, read through Neo4j's Java API in
   * this process (the embedded database): no query to plan and run, no values to encode and decode.
   * On a cold start (the first read after the app starts) that takes about a third of the time
   * (BENCHMARKS.md, issue 11). Every property goes through the driver's {@link Value} and the same
   * {@link #addActor}/{@link #addTie} as over Bolt, so values are taken or skipped by one set of
   * rules; rows come in the queries' order (ecosystems and actors by id in Cypher's code-point
   * order, each actor's ties and memberships in the store's order).
   *
   * <p>A Neo4j transaction reads committed data, so an import that commits during the read could be
   * half seen: the version is read before and after, and the read made again if it changed.
   */
  private EcosystemGraph readInProcess() {
    for (int attempt = 1; ; attempt++) {
      try (Transaction tx = inProcess.beginTx()) {
        long t0 = System.nanoTime();
        String before = version(tx);
        Set<Long> pending = pending(tx);
        Actors a = readActors(tx, pending);
        long t1 = System.nanoTime();
        TieRows ties = readTies(tx, pending, a);
        duringRead.run();
        long t2 = System.nanoTime();
        if (before.equals(version(tx)) || attempt == ATTEMPTS) {
          version = before;
          EcosystemGraph graph = build(a, List.of(ties));
          log.debug(
              "Snapshot in process: actors {} ms, ties {} ms, graph built {} ms",
              (t1 - t0) / 1_000_000,
              (t2 - t1) / 1_000_000,
              (System.nanoTime() - t2) / 1_000_000);
          return graph;
        }
      }
      log.info("The database changed while the snapshot was read; reading it again");
    }
  }

  private static Actors readActors(Transaction tx, Set<Long> pending) {
    Actors a = new Actors();
    Map<Long, Value> ecosystemIds = new HashMap<>(); // node id -> id, of the visible ecosystems
    for (Entry e : sortedById(tx, ECOSYSTEM, pending)) {
      a.builder.ecosystem(
          e.get("id").asString(), e.get("name").asString(null), e.get("region").asString(null));
      ecosystemIds.put(e.node.getId(), e.get("id"));
    }
    for (Entry actor : sortedById(tx, ACTOR, pending)) {
      List<Value> memberships = new ArrayList<>();
      for (Relationship m : actor.node.getRelationships(Direction.OUTGOING, MEMBER_OF)) {
        Value ecosystem = ecosystemIds.get(m.getEndNode().getId());
        if (ecosystem != null) {
          Map<String, Object> years = m.getAllProperties();
          memberships.add(
              Values.value(
                  ecosystem, Values.value(years.get("since")), Values.value(years.get("until"))));
        }
      }
      addActor(
          a,
          List.of(
              Values.value(actor.node.getId()),
              actor.get("id"),
              actor.get("name"),
              actor.get("sector"),
              actor.get("roles"),
              actor.get("region"),
              actor.get("country"),
              Values.value(memberships),
              actor.get("sme")));
    }
    indexNodes(a);
    return a;
  }

  /**
   * The ties of the actors read. A tie to a node that is no actor read (an ecosystem, a staged or
   * skipped actor) is left out, as the Bolt query's {@code (b:Actor)} and staging filter leave it
   * out or {@link #build} skips it.
   */
  private TieRows readTies(Transaction tx, Set<Long> pending, Actors a) {
    TieRows rows = new TieRows();
    Map<String, Integer> kindOfType = new HashMap<>();
    for (int i = 0; i < a.count; i++) {
      long from = a.nodes[i];
      for (Relationship t : tx.getNodeById(from).getRelationships(Direction.OUTGOING)) {
        long to = t.getEndNode().getId();
        if (Arrays.binarySearch(a.sortedNodes, to) < 0) {
          continue;
        }
        // only these: a tie's id and source strings are not decoded
        Map<String, Object> properties = t.getProperties(TIE_PROPERTIES);
        if (!visible(properties, pending)) {
          continue;
        }
        addTie(
            rows,
            kindOfType,
            from,
            Values.value(
                Values.value(to),
                Values.value(t.getType().name()),
                Values.value(properties.get("weight")),
                Values.value(properties.get("since")),
                Values.value(properties.get("until"))));
      }
    }
    return rows;
  }

  /** A node and its properties, read once. */
  private record Entry(Node node, Map<String, Object> properties) {
    /** A property as the driver would give it over Bolt ({@code NULL} when missing). */
    Value get(String key) {
      return Values.value(properties.get(key));
    }
  }

  /** The visible nodes of {@code label}, by their {@code id} as Cypher's ORDER BY puts them. */
  private static List<Entry> sortedById(Transaction tx, Label label, Set<Long> pending) {
    List<Entry> entries = new ArrayList<>();
    try (ResourceIterator<Node> all = tx.findNodes(label)) {
      while (all.hasNext()) {
        Node node = all.next();
        Map<String, Object> properties = node.getAllProperties();
        if (visible(properties, pending)) {
          entries.add(new Entry(node, properties));
        }
      }
    }
    entries.sort((x, y) -> compareIds(x.properties.get("id"), y.properties.get("id")));
    return entries;
  }

  /**
   * Strings by code point, as Neo4j orders them (not Java's UTF-16 order, which puts a character
   * beyond U+FFFF before U+E000..U+FFFF); anything that is not a string after them.
   */
  static int compareIds(Object x, Object y) {
    if (!(x instanceof String a) || !(y instanceof String b)) {
      return Boolean.compare(!(x instanceof String), !(y instanceof String));
    }
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  /** {@link Staging#visible} for one node or relationship, given its properties. */
  private static boolean visible(Map<String, Object> properties, Set<Long> pending) {
    return pending.isEmpty()
        || !(properties.get(Staging.PROPERTY) instanceof Number id
            && id.doubleValue() == id.longValue()
            && pending.contains(id.longValue()));
  }

  /** {@link Staging#PENDING_QUERY} in the Java API. */
  private static Set<Long> pending(Transaction tx) {
    Set<Long> pending = new HashSet<>();
    try (ResourceIterator<Node> imports = tx.findNodes(PENDING_IMPORT)) {
      while (imports.hasNext()) {
        Node p = imports.next();
        if (!p.hasProperty("committed") && p.getProperty("id", null) instanceof Number id) {
          pending.add(id.longValue());
        }
      }
    }
    return pending;
  }

  /** {@link Snapshots#VERSION_QUERY} in the Java API. */
  private static String version(Transaction tx) {
    Node state = tx.findNode(DATABASE_STATE, "id", "brobygge");
    return state == null ? "" : Values.value(state.getProperty("version", "")).asString();
  }

  private static String version(TransactionContext tx) {
    return tx.run(Snapshots.VERSION_QUERY).single().get("version").asString();
  }
}

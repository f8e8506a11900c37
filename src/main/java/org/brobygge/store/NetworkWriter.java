package org.brobygge.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.brobygge.model.Actor;
import org.brobygge.model.Ecosystem;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Membership;
import org.brobygge.model.Role;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes validated network data to Neo4j: all or nothing, idempotent, batched, in bounded memory.
 *
 * <p>First a read-only diff against the database, in batches: which ecosystems, actors and ties are
 * new, which exist and differ, which exist unchanged. Unchanged rows are not written at all, so an
 * import that changes nothing writes nothing and keeps the database version (and every cache keyed
 * on it).
 *
 * <p>New rows are <em>staged</em>: created with {@code CREATE} in transactions of {@link
 * #BATCH_SIZE} rows, tagged with the import's id, while a {@code :PendingImport} node tells every
 * reader to skip that id ({@link Staging}). Rows that change existing data, the removal of the
 * pending node and the version bump then go into one last transaction, so readers see the whole
 * import at once or none of it. A failure part-way deletes the staged rows; a process killed
 * part-way leaves them invisible, and {@link #recoverUnfinished} deletes them at the next start
 * (or, if it was killed after the last transaction, while removing the staging tags, removes the
 * tags). Memory is bounded by a batch, not by the import (a million new ties in one transaction
 * needed an 8 GB heap), except for changes to existing data, which share the last transaction. An
 * import of at most {@link #ONE_TRANSACTION_ROWS} new rows (a region's files, the sample) is not
 * staged: it goes, with its changes, into that one transaction.
 *
 * <p>Ids are keys, so writing the same data twice gives the same database. An actor's properties
 * and memberships are replaced by the file's; a tie's properties are replaced, its identity is its
 * {@code id} between its two actors.
 */
@Component
public class NetworkWriter {

  /** Rows per {@code UNWIND}; 10,000 was 3-4x faster than 1,000 over Bolt (docs/STACK.md). */
  static final int BATCH_SIZE = 10_000;

  /**
   * New rows up to which an import is written in one transaction, without staging: a single
   * transaction of this size needs little memory, and staging's extra transactions (the pending
   * marker, a heartbeat per batch, removing the tags) cost more than they save. The sample (4,433
   * rows) took 5.6 s staged at start-up.
   */
  static final int ONE_TRANSACTION_ROWS = BATCH_SIZE;

  /** An unfinished import that has not written for this long is taken for dead and deleted. */
  static final Duration STALE_AFTER = Duration.ofMinutes(10);

  private static final String MERGE_ECOSYSTEMS =
      """
      UNWIND $rows AS row
      MERGE (e:Ecosystem {id: row.id})
      SET e.name = row.name, e.region = row.region
      """;

  private static final String CREATE_ECOSYSTEMS =
      """
      UNWIND $rows AS row
      CREATE (e:Ecosystem {id: row.id, importId: $importId})
      SET e.name = row.name, e.region = row.region
      """;

  private static final String DIFF_ECOSYSTEMS =
      """
      UNWIND $rows AS row
      MATCH (e:Ecosystem {id: row.id})
      RETURN row.id AS id, e.name = row.name AND e.region = row.region AS same
      """;

  // Whether a node or relationship x holds exactly the properties row.properties (its staging tag
  // aside). Cypher's equality, so 2 and 2.0, or a Java int and a stored long, are the same value.
  private static final String SAME_PROPERTIES =
      """
      size([k IN keys(x) WHERE k <> 'importId']) = size(keys(row.properties))
      AND all(k IN keys(row.properties) WHERE x[k] = row.properties[k])      """;

  private static final String DIFF_ACTORS =
      """
      UNWIND $rows AS row
      MATCH (x:Actor {id: row.id})
      RETURN row.id AS id,
             %s
             AND COUNT { (x)-[:MEMBER_OF]->(:Ecosystem) } = size(row.ecosystems)
             AND all(e IN row.ecosystems WHERE EXISTS { (x)-[:MEMBER_OF]->(:Ecosystem {id: e}) })
             AS same
      """
          .formatted(SAME_PROPERTIES);

  private static final String CREATE_ACTORS =
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
      """;

  // The staged form: also answers each new actor's internal node id, so that its ties can be
  // created by node id (below) instead of two index lookups per tie.
  private static final String STAGE_ACTORS =
      CREATE_ACTORS
          + """
          RETURN row.id AS id, id(a) AS node
          """;

  // The node ids of actors already in the database (not staged), for their new ties.
  private static final String ACTOR_NODES =
      """
      UNWIND $ids AS actorId
      MATCH (a:Actor {id: actorId})
      RETURN a.id AS id, id(a) AS node
      """;

  private static final String PENDING_BEGIN =
      """
      CREATE (:PendingImport {id: $importId, startedAt: datetime(), heartbeat: datetime()})
      """;

  private static final String PENDING_HEARTBEAT =
      "MATCH (p:PendingImport {id: $importId}) SET p.heartbeat = datetime() RETURN count(p) AS n";

  // The import's last transaction marks its pending node committed (readers then see its rows)
  // rather than deleting it: the node stays until the staging tags are removed, so that a process
  // killed while removing them leaves a note for the next start to finish the job.
  private static final String PENDING_END =
      "MATCH (p:PendingImport {id: $importId}) SET p.committed = true, p.heartbeat = datetime()";

  private static final String PENDING_DONE = "MATCH (p:PendingImport {id: $importId}) DELETE p";

  static final String BUMP_VERSION =
      """
      MERGE (s:DatabaseState {id: 'brobygge'})
      SET s.version = randomUUID(), s.changedAt = datetime()
      """;

  // An actor's memberships are the file's: stale ones go, listed ones are merged.
  private static final String MERGE_ACTORS =
      """
      UNWIND $rows AS row
      MERGE (a:Actor {id: row.id})
      SET a = row.properties
      WITH a, row
      CALL (a, row) {
        MATCH (a)-[m:MEMBER_OF]->(e:Ecosystem)
        WHERE NOT e.id IN row.ecosystems
        DELETE m
      }
      CALL (a, row) {
        UNWIND row.ecosystems AS ecosystemId
        MATCH (e:Ecosystem {id: ecosystemId})
        MERGE (a)-[:MEMBER_OF]->(e)
      }
      """;

  // The years of memberships.csv's rows: the membership is made if missing (an actor or
  // ecosystem already in the database) and its years set; a null year removes the property.
  // Runs in the last transaction, after the actors, so it finds staged actors too.
  private static final String SET_MEMBERSHIP_YEARS =
      """
      UNWIND $rows AS row
      MATCH (a:Actor {id: row.actor})
      MATCH (e:Ecosystem {id: row.ecosystem})
      MERGE (a)-[m:MEMBER_OF]->(e)
      SET m.since = row.since, m.until = row.until
      """;

  private static final String DIFF_MEMBERSHIP_YEARS =
      """
      UNWIND $rows AS row
      MATCH (:Actor {id: row.actor})-[m:MEMBER_OF]->(:Ecosystem {id: row.ecosystem})
      RETURN row.id AS id,
             coalesce(m.since, -1) = coalesce(row.since, -1)
             AND coalesce(m.until, -1) = coalesce(row.until, -1) AS same
      """;

  // One statement per tie kind, with the relationship type written into it. A dynamic type,
  // MERGE (a)-[t:$(row.type) {id: row.id}]->(b), is planned as a lookup of every relationship of
  // that type followed by a filter on a and b (DynamicDirectedRelationshipTypeLookup in Neo4j
  // 2026.08), so each row cost time in proportion to the whole graph: 13 s per 10,000 ties into a
  // graph of 100,000 actors. A static type anchors the MERGE on the two matched actors. The type
  // is the kind's id, validated by TieKind as [a-z][a-z0-9_]*, in upper case and back-quoted, so
  // no data reaches the query text; every value is still a $parameter.
  private static final String MERGE_DIRECTED_TIES =
      """
      UNWIND $rows AS row
      MATCH (a:Actor {id: row.from})
      MATCH (b:Actor {id: row.to})
      MERGE (a)-[t:`%s` {id: row.id}]->(b)
      SET t = row.properties
      """;

  // An undirected kind matches an existing tie in either direction.
  private static final String MERGE_UNDIRECTED_TIES =
      """
      UNWIND $rows AS row
      MATCH (a:Actor {id: row.from})
      MATCH (b:Actor {id: row.to})
      MERGE (a)-[t:`%s` {id: row.id}]-(b)
      SET t = row.properties
      """;

  // A tie known to be new needs no MERGE: both actors found by the id index, then CREATE, with
  // the properties inline (a null one is not set), which was up to a third faster than SET t = map.
  private static final String CREATE_TIES =
      """
      UNWIND $rows AS row
      WITH row, row.properties AS p
      MATCH (a:Actor {id: row.from})
      MATCH (b:Actor {id: row.to})
      CREATE (a)-[t:`%s` {id: p.id, weight: p.weight, since: p.since, until: p.until,
                          source: p.source, importId: p.importId}]->(b)
      """;

  // A staged tie: both ends found by internal node id (a seek, no index lookup, no index entry
  // lock), which took a third less CPU per tie than CREATE_TIES (BENCHMARKS.md, issue 11). The
  // node ids come from this import's own actor batches or were read just before; an end that is
  // an older actor is checked by its id too (row.fromId), so a node id freed and reused meanwhile
  // (an actor deleted by hand) finds no actor and fails the count check instead of tying the
  // wrong node.
  private static final String STAGE_TIES =
      """
      UNWIND $rows AS row
      WITH row, row.properties AS p
      MATCH (a) WHERE id(a) = row.fromNode AND (row.fromId IS NULL OR a.id = row.fromId)
      MATCH (b) WHERE id(b) = row.toNode AND (row.toId IS NULL OR b.id = row.toId)
      CREATE (a)-[t:`%s` {id: p.id, weight: p.weight, since: p.since, until: p.until,
                          source: p.source, importId: p.importId}]->(b)
      """;

  private static final String DIFF_TIES =
      """
      UNWIND $rows AS row
      MATCH (a:Actor {id: row.from})-[x:`%s` {id: row.id}]-%s(b:Actor {id: row.to})
      RETURN row.id AS id, %s AS same
      """;

  static String mergeTies(TieKind kind) {
    return (kind.directed() ? MERGE_DIRECTED_TIES : MERGE_UNDIRECTED_TIES).formatted(type(kind));
  }

  static String createTies(TieKind kind) {
    return CREATE_TIES.formatted(type(kind));
  }

  static String stageTies(TieKind kind) {
    return STAGE_TIES.formatted(type(kind));
  }

  static String diffTies(TieKind kind) {
    return DIFF_TIES.formatted(type(kind), kind.directed() ? ">" : "", SAME_PROPERTIES);
  }

  private static String type(TieKind kind) {
    String type = kind.relationshipType();
    if (!type.matches("[A-Z][A-Z0-9_]*")) { // TieKind guarantees it; a second lock on the door
      throw new IllegalArgumentException("not a safe relationship type: " + type);
    }
    return type;
  }

  private static final Logger log = LoggerFactory.getLogger(NetworkWriter.class);

  private final Driver driver;

  NetworkWriter(Driver driver, Schema schema, ObjectProvider<EmbeddedNeo4j> embedded) {
    this.driver = driver;
    // The schema (with the staging index) is applied first, as the parameter says. Only this
    // process can open an embedded database, so at its start no import can be running and any
    // unfinished one was killed; with an external server another process may be importing.
    recoverUnfinished(embedded.getIfAvailable() != null ? Duration.ZERO : STALE_AFTER);
  }

  /** What a write changed in the database, from Neo4j's own counters. */
  public record WriteCounts(
      int nodesCreated,
      int relationshipsCreated,
      int relationshipsDeleted,
      int propertiesSet,
      long millis) {

    /** Whether the write changed anything (else it wrote nothing and kept the version). */
    public boolean changed() {
      return nodesCreated + relationshipsCreated + relationshipsDeleted + propertiesSet > 0;
    }
  }

  /** Told after each committed batch of staged rows; may throw to abandon the import. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (written, total) -> {};

    /**
     * @param written rows staged so far
     * @param total rows to stage in all
     */
    void staged(long written, long total);
  }

  /** Writes {@code data}; see the class comment. */
  public WriteCounts write(EcosystemData data) {
    return write(data, Progress.NONE);
  }

  /**
   * Writes {@code data}; see the class comment. Each batch goes through {@code executeWrite}, so
   * the driver retries it after a transient failure (a deadlock, a leader switch): a failed
   * transaction left nothing behind, so running it again is safe.
   *
   * @throws RuntimeException when the write failed; the database is then as it was before
   */
  public WriteCounts write(EcosystemData data, Progress progress) {
    return write(data, progress, null);
  }

  /** What a replacing import changed: the write's counts and what the replacement removed. */
  public record ReplaceCounts(
      WriteCounts counts, String ecosystem, int membershipsRemoved, int tiesRemoved) {}

  /**
   * Writes {@code data} as {@link #write(EcosystemData, Progress)} does and, in the same last
   * transaction, replaces the ecosystem's members and ties with those of {@code data}: after it the
   * ecosystem's members are exactly the actors of {@code data} that list it (the others lose that
   * membership and stay actors), and every tie not in {@code data} whose two ends were both members
   * before the import, or are both members after it, is removed. Ties with an end outside the
   * ecosystem (before and after) stay. Readers see the import and the removals at once.
   */
  public ReplaceCounts replace(EcosystemData data, String ecosystem, Progress progress) {
    Replacing replacing = new Replacing(ecosystem, data);
    WriteCounts counts = write(data, progress, replacing);
    return new ReplaceCounts(
        counts, ecosystem, replacing.membershipsRemoved, replacing.tiesRemoved);
  }

  /** A replacement under way: its ecosystem, the members before and after, what it removed. */
  private final class Replacing {
    final String ecosystem;
    final List<String> after;
    final List<String> keep;
    List<String> before = List.of();
    int membershipsRemoved;
    int tiesRemoved;

    Replacing(String ecosystem, EcosystemData data) {
      this.ecosystem = ecosystem;
      this.after =
          data.actors().stream()
              .filter(a -> a.ecosystems().contains(ecosystem))
              .map(Actor::id)
              .toList();
      this.keep = data.ties().stream().map(Tie::id).toList();
    }

    /** Reads the members before the import (under the import lock, before anything is written). */
    void readMembersBefore() {
      try (var session = driver.session()) {
        before =
            session.executeRead(
                tx ->
                    tx.run(
                            """
                            MATCH (a:Actor)-[:MEMBER_OF]->(:Ecosystem {id: $ecosystem})
                            RETURN collect(a.id) AS ids
                            """,
                            Map.of("ecosystem", ecosystem))
                        .single()
                        .get("ids")
                        .asList(Value::asString));
      }
    }

    /** Runs the removals in the import's last transaction; sets (not adds: a retry) the counts. */
    void remove(TransactionContext tx) {
      Map<String, Object> params =
          Map.of("ecosystem", ecosystem, "before", before, "after", after, "keep", keep);
      // Members the files list in another ecosystem lost this one with their row already.
      tx.run(
              """
              MATCH (a:Actor)-[m:MEMBER_OF]->(:Ecosystem {id: $ecosystem})
              WHERE NOT a.id IN $after
              DELETE m
              """,
              params)
          .consume();
      Set<String> lost = new HashSet<>(before);
      after.forEach(lost::remove);
      membershipsRemoved = lost.size();
      tiesRemoved =
          tx.run(
                  """
                  MATCH (a:Actor) WHERE a.id IN $before OR a.id IN $after
                  MATCH (a)-[t]->(b:Actor)
                  WHERE ((a.id IN $before AND b.id IN $before) OR (a.id IN $after AND b.id IN $after))
                    AND NOT t.id IN $keep
                  DELETE t
                  RETURN count(t) AS n
                  """,
                  params)
              .single()
              .get("n")
              .asInt();
    }
  }

  private WriteCounts write(EcosystemData data, Progress progress, Replacing replacing) {
    long started = System.nanoTime();
    data = withMembershipsListed(data);
    // In this process imports run one at a time (NativeImporter); another process (the command
    // line through Bolt, a second app on one server) may be staging one now. Its rows would look
    // like existing ones to the diff, so wait for it rather than race it.
    recoverUnfinished(STALE_AFTER);
    if (pendingImports() > 0) {
      throw new ImportInProgressException();
    }
    Plan plan = plan(data);
    log.info(
        "Import plan: new {} ecosystems, {} actors, {} ties; changed {} ecosystems, {} actors,"
            + " {} ties; unchanged {} rows ({} ms)",
        plan.newEcosystems.size(),
        plan.newActors.size(),
        plan.newTies.values().stream().mapToInt(List::size).sum(),
        plan.changedEcosystems.size(),
        plan.changedActors.size(),
        plan.changedTies.values().stream().mapToInt(List::size).sum(),
        plan.unchanged,
        (System.nanoTime() - started) / 1_000_000);
    Counter counter = new Counter();
    if (plan.isEmpty() && replacing == null) {
      return counter.counts(started);
    }
    if (replacing != null) {
      replacing.readMembersBefore();
    }
    long importId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    boolean oneTransaction = plan.stagedRows() <= ONE_TRANSACTION_ROWS;
    boolean staging = !oneTransaction && plan.stagedRows() > 0;
    try (var session = driver.session()) {
      if (staging) {
        session.executeWriteWithoutResult(
            tx -> tx.run(PENDING_BEGIN, Map.of("importId", importId)).consume());
      }
      try {
        if (staging) {
          stage(session, importId, plan, counter, progress);
        }
        Counter last =
            session.executeWrite(
                tx -> {
                  Counter c = new Counter();
                  if (oneTransaction) {
                    // new rows with no staging tag, before the changed ones that may name them
                    run(tx, CREATE_ECOSYSTEMS, ecosystemRows(plan.newEcosystems), null, c);
                  }
                  run(tx, MERGE_ECOSYSTEMS, ecosystemRows(plan.changedEcosystems), c);
                  if (oneTransaction) {
                    run(tx, CREATE_ACTORS, actorRows(plan.newActors), null, c);
                  }
                  run(tx, MERGE_ACTORS, actorRows(plan.changedActors), c);
                  run(tx, SET_MEMBERSHIP_YEARS, membershipRows(plan.membershipYears), c);
                  if (oneTransaction) {
                    for (var kind : plan.newTies.entrySet()) {
                      int before = c.relationshipsCreated;
                      run(tx, createTies(kind.getKey()), tieRows(kind.getValue(), null), null, c);
                      if (c.relationshipsCreated - before != kind.getValue().size()) {
                        throw new IllegalStateException(
                            kind.getKey().id()
                                + " ties: an actor of a tie is missing; nothing was written");
                      }
                    }
                  }
                  for (var kind : plan.changedTies.entrySet()) {
                    run(tx, mergeTies(kind.getKey()), tieRows(kind.getValue(), null), c);
                  }
                  if (staging) {
                    tx.run(PENDING_END, Map.of("importId", importId)).consume();
                  }
                  if (replacing != null) {
                    replacing.remove(tx);
                    if (plan.isEmpty()
                        && replacing.membershipsRemoved + replacing.tiesRemoved == 0) {
                      return c; // nothing changed: the version stays
                    }
                  }
                  // Tells every snapshot reader, in this process or another, that the data
                  // changed.
                  tx.run(BUMP_VERSION).consume();
                  return c;
                });
        counter.add(last);
      } catch (RuntimeException e) {
        if (staging) {
          log.warn("Import failed; deleting what it staged: {}", e.toString());
          try {
            discard(session, List.of(importId), true);
          } catch (RuntimeException cleanup) {
            e.addSuppressed(cleanup);
            log.error("Could not delete the staged rows; they stay invisible", cleanup);
          }
        }
        throw e;
      }
      if (staging) {
        log.info("Import {} committed; removing its staging tags", importId);
        untag(session, importId, plan);
      }
    }
    return counter.counts(started);
  }

  /** Thrown when another process is staging an import into the same database. */
  public static final class ImportInProgressException extends RuntimeException {
    ImportInProgressException() {
      super(
          "Another process is writing an import into this database; nothing was written. Try"
              + " again when it is done.");
    }
  }

  private long pendingImports() {
    try (var session = driver.session()) {
      return session.executeRead(tx -> (long) Staging.pending(tx).size());
    }
  }

  /**
   * Finishes what imports left unfinished when their last batch is older than {@code staleAfter}
   * (all of them with {@link Duration#ZERO}): deletes the staged rows of an import that did not
   * commit (readers never saw them), and removes the staging tags of one that committed (readers
   * already see its rows), so the database holds what a finished import leaves.
   */
  void recoverUnfinished(Duration staleAfter) {
    try (var session = driver.session()) {
      Map<Boolean, List<Long>> ids =
          session.executeRead(
              tx ->
                  tx
                      .run(
                          """
                          MATCH (p:PendingImport)
                          WHERE p.heartbeat <= datetime() - duration({seconds: $seconds})
                          RETURN p.id AS id, coalesce(p.committed, false) AS committed
                          """,
                          Map.of("seconds", staleAfter.toSeconds()))
                      .list(r -> Map.entry(r.get("committed").asBoolean(), r.get("id").asLong()))
                      .stream()
                      .collect(
                          Collectors.partitioningBy(
                              Map.Entry::getKey,
                              Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
      List<Long> unfinished = ids.get(false);
      if (!unfinished.isEmpty()) {
        log.warn(
            "Deleting the staged rows of {} unfinished import(s): {}",
            unfinished.size(),
            unfinished);
        discard(session, unfinished, true);
      }
      List<Long> committed = ids.get(true);
      if (!committed.isEmpty()) {
        log.warn(
            "Removing the staging tags of {} committed import(s) that stopped before removing"
                + " them: {}",
            committed.size(),
            committed);
        untagAll(session, committed);
      }
    }
  }

  /**
   * Removes the staging tags of the committed imports {@code importIds} without knowing their rows
   * (a scan of all relationships), then their pending nodes.
   */
  private static void untagAll(org.neo4j.driver.Session session, List<Long> importIds) {
    Map<String, Object> ids = Map.of("ids", importIds);
    for (String label : List.of("Actor", "Ecosystem")) {
      repeat(
          session,
          "MATCH (n:%s) WHERE n.importId IN $ids WITH n LIMIT 10000 REMOVE n.importId RETURN count(*) AS n"
              .formatted(label),
          ids);
    }
    repeat(
        session,
        "MATCH ()-[t]->() WHERE t.importId IN $ids WITH t LIMIT 10000 REMOVE t.importId RETURN count(*) AS n",
        ids);
    session.executeWriteWithoutResult(
        tx -> tx.run("MATCH (p:PendingImport) WHERE p.id IN $ids DELETE p", ids).consume());
  }

  private void stage(
      org.neo4j.driver.Session session,
      long importId,
      Plan plan,
      Counter counter,
      Progress progress) {
    long total = plan.stagedRows();
    long[] written = {0};
    Batches batches =
        (what, query, rows, records) -> {
          long phase = System.nanoTime();
          for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            List<Map<String, Object>> batch =
                rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
            List<org.neo4j.driver.Record> answered = new ArrayList<>();
            Counter c =
                session.executeWrite(
                    tx -> {
                      Counter inBatch = new Counter();
                      answered.clear(); // a retried transaction answers again
                      if (records == null) {
                        run(tx, query, batch, importId, inBatch);
                      } else {
                        Map<String, Object> params = new HashMap<>();
                        params.put("rows", batch);
                        params.put("importId", importId);
                        var result = tx.run(query, params);
                        answered.addAll(result.list());
                        inBatch.add(result.consume().counters());
                      }
                      if (tx.run(PENDING_HEARTBEAT, Map.of("importId", importId))
                              .single()
                              .get("n")
                              .asLong()
                          != 1) {
                        // Taken for dead and deleted by another process: stop.
                        throw new IllegalStateException(
                            "import " + importId + " was cancelled by a recovery");
                      }
                      return inBatch;
                    });
            counter.add(c);
            if (records != null) {
              answered.forEach(records);
            }
            written[0] += batch.size();
            progress.staged(written[0], total);
          }
          if (rows.size() > BATCH_SIZE) {
            log.info(
                "{}: {} staged in {} ms",
                what,
                rows.size(),
                (System.nanoTime() - phase) / 1_000_000);
          }
        };
    batches.send("ecosystems", CREATE_ECOSYSTEMS, ecosystemRows(plan.newEcosystems));
    // node id of each actor the new ties name: the new ones as they are created, the older ones
    // read once (null id check for a new actor: see STAGE_TIES)
    Map<String, Long> nodes = new HashMap<>();
    batches.send(
        "actors",
        STAGE_ACTORS,
        actorRows(plan.newActors),
        r -> nodes.put(r.get("id").asString(), r.get("node").asLong()));
    Set<String> older = new HashSet<>();
    for (List<Tie> ties : plan.newTies.values()) {
      for (Tie tie : ties) {
        for (String end : List.of(tie.from(), tie.to())) {
          if (!nodes.containsKey(end)) {
            older.add(end);
          }
        }
      }
    }
    readNodes(session, older, nodes);
    for (var kind : plan.newTies.entrySet()) {
      List<Tie> ties = kind.getValue();
      String query = stageTies(kind.getKey());
      // Rows are built a batch at a time: a million property maps at once would be most of the
      // import's memory.
      for (int from = 0; from < ties.size(); from += BATCH_SIZE) {
        List<Tie> batch = ties.subList(from, Math.min(ties.size(), from + BATCH_SIZE));
        List<Map<String, Object>> rows = stagedTieRows(batch, plan.tagged(importId), nodes, older);
        int expected = rows.size();
        Counter before = counter.copy();
        batches.send(kind.getKey().id() + " ties", query, rows);
        if (counter.relationshipsCreated - before.relationshipsCreated != expected) {
          throw new IllegalStateException(
              kind.getKey().id() + " ties: an actor of a tie is missing; nothing was written");
        }
      }
      log.info("{} ties: {} staged", kind.getKey().id(), ties.size());
    }
  }

  @FunctionalInterface
  private interface Batches {
    void send(
        String what,
        String query,
        List<Map<String, Object>> rows,
        java.util.function.Consumer<org.neo4j.driver.Record> records);

    default void send(String what, String query, List<Map<String, Object>> rows) {
      send(what, query, rows, null);
    }
  }

  /** Adds the node ids of the actors {@code ids} (in the database, not staged) to {@code nodes}. */
  private static void readNodes(
      org.neo4j.driver.Session session, Set<String> ids, Map<String, Long> nodes) {
    List<String> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += BATCH_SIZE) {
      List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH_SIZE));
      session.executeRead(
          tx -> {
            tx.run(ACTOR_NODES, Map.of("ids", batch))
                .forEachRemaining(r -> nodes.put(r.get("id").asString(), r.get("node").asLong()));
            return null;
          });
    }
  }

  /**
   * Rows for {@link #STAGE_TIES}: the rows of {@link #tieRows} (the same properties as an unstaged
   * tie) with its ends' node ids, and for an end that is an older actor its id to check. An end
   * with no node id (no such actor) gets -1, which no node has, so the count check fails the
   * import.
   */
  private static List<Map<String, Object>> stagedTieRows(
      List<Tie> ties, Function<Tie, Long> tag, Map<String, Long> nodes, Set<String> older) {
    List<Map<String, Object>> rows = new ArrayList<>(ties.size());
    List<Map<String, Object>> plain = tieRows(ties, tag);
    for (int i = 0; i < ties.size(); i++) {
      Tie tie = ties.get(i);
      Map<String, Object> row = new HashMap<>(plain.get(i));
      row.put("fromNode", nodes.getOrDefault(tie.from(), -1L));
      row.put("toNode", nodes.getOrDefault(tie.to(), -1L));
      row.put("fromId", older.contains(tie.from()) ? tie.from() : null);
      row.put("toId", older.contains(tie.to()) ? tie.to() : null);
      rows.add(row);
    }
    return rows;
  }

  /**
   * Deletes the rows staged by {@code importIds}, a batch per transaction: the tagged nodes with
   * their relationships, then tagged ties between older actors (a scan of all relationships, when
   * {@code scanTies}), then the pending nodes.
   */
  private static void discard(
      org.neo4j.driver.Session session, List<Long> importIds, boolean scanTies) {
    Map<String, Object> ids = Map.of("ids", importIds);
    for (String label : List.of("Actor", "Ecosystem")) {
      repeat(
          session,
          "MATCH (n:%s) WHERE n.importId IN $ids WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS n"
              .formatted(label),
          ids);
    }
    if (scanTies) {
      repeat(
          session,
          "MATCH ()-[t]->() WHERE t.importId IN $ids WITH t LIMIT 10000 DELETE t RETURN count(*) AS n",
          ids);
    }
    session.executeWriteWithoutResult(
        tx -> tx.run("MATCH (p:PendingImport) WHERE p.id IN $ids DELETE p", ids).consume());
  }

  /** Runs {@code query} (which returns a count {@code n}) until it touches nothing. */
  private static void repeat(
      org.neo4j.driver.Session session, String query, Map<String, Object> params) {
    while (session.executeWrite(tx -> tx.run(query, params).single().get("n").asLong()) > 0) {
      // the next batch
    }
  }

  /**
   * Removes the staging tag of a committed import, so that the database holds the same properties
   * as after any other import, then the import's pending node. Best effort: a tag left behind names
   * no uncommitted import, so readers show the row anyway, and the committed pending node tells
   * {@link #recoverUnfinished} to remove the rest.
   */
  private void untag(org.neo4j.driver.Session session, long importId, Plan plan) {
    long started = System.nanoTime();
    Map<String, Object> id = Map.of("importId", importId);
    try {
      for (String label : List.of("Actor", "Ecosystem")) {
        repeat(
            session,
            "MATCH (n:%s {importId: $importId}) WITH n LIMIT 10000 REMOVE n.importId RETURN count(*) AS n"
                .formatted(label),
            id);
      }
      for (var kind : plan.newTies.entrySet()) {
        List<Tie> between = kind.getValue().stream().filter(plan::betweenOlderActors).toList();
        for (int from = 0; from < between.size(); from += BATCH_SIZE) {
          List<Tie> batch = between.subList(from, Math.min(between.size(), from + BATCH_SIZE));
          session.executeWriteWithoutResult(
              tx ->
                  tx.run(
                          """
                          UNWIND $rows AS row
                          MATCH (a:Actor {id: row.from})-[t:`%s` {importId: $importId}]->(b:Actor {id: row.to})
                          REMOVE t.importId
                          """
                              .formatted(type(kind.getKey())),
                          Map.of("rows", tieRows(batch, null), "importId", importId))
                      .consume());
        }
      }
      session.executeWriteWithoutResult(tx -> tx.run(PENDING_DONE, id).consume());
      log.debug("Staging tags removed in {} ms", (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      log.warn(
          "Could not remove the staging tags of import {}; readers are unaffected, and a later"
              + " recovery removes them",
          importId,
          e);
    }
  }

  /** Which of {@code ids} are already actors in the database (not counting staged ones). */
  public Set<String> existingActorIds(Collection<String> ids) {
    return existing("Actor", ids);
  }

  /**
   * The ties already in the database under {@code ids}, any kind: id to {@code "kind from to"}
   * (kind id in lower case, the ends as stored). One scan of the relationships, so call it once per
   * import with every tie id the files give.
   */
  public Map<String, String> existingTies(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    try (var session = driver.session()) {
      return session.executeRead(
          tx -> {
            List<Long> pending = Staging.pending(tx);
            Map<String, String> found = new HashMap<>();
            tx.run(
                    """
                    MATCH (a:Actor)-[t]->(b:Actor) WHERE t.id IN $ids AND %s
                    RETURN t.id AS id, type(t) AS type, a.id AS from, b.id AS to
                    """
                        .formatted(Staging.visible(pending, "t", "a", "b")),
                    Map.of("ids", List.copyOf(ids), "pending", pending))
                .forEachRemaining(
                    r ->
                        found.put(
                            r.get("id").asString(),
                            r.get("type").asString().toLowerCase(java.util.Locale.ROOT)
                                + " "
                                + r.get("from").asString()
                                + " "
                                + r.get("to").asString()));
            return found;
          });
    }
  }

  /** Which of {@code ids} are already ecosystems in the database (not counting staged ones). */
  public Set<String> existingEcosystemIds(Collection<String> ids) {
    return existing("Ecosystem", ids);
  }

  private Set<String> existing(String label, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    try (var session = driver.session()) {
      return session.executeRead(
          tx -> {
            List<Long> pending = Staging.pending(tx);
            return tx
                .run(
                    "MATCH (n:%s) WHERE n.id IN $ids AND %s RETURN n.id AS id"
                        .formatted(label, Staging.visible(pending, "n")),
                    Map.of("ids", List.copyOf(ids), "pending", pending))
                .stream()
                .map(r -> r.get("id").asString())
                .collect(Collectors.toSet());
          });
    }
  }

  /** What to write: the diff of {@code data} against the database, read in batches. */
  private Plan plan(EcosystemData data) {
    Plan plan = new Plan();
    try (var session = driver.session()) {
      // An empty database (the sample at first start) has nothing to diff against: the diff's
      // queries would cost their planning on a cold JVM (1.2 s at start-up) to find nothing.
      boolean empty =
          session.executeRead(
              tx -> !tx.run("MATCH (n) WHERE n:Actor OR n:Ecosystem RETURN 1 LIMIT 1").hasNext());
      DiffQuery diff = empty ? (s, q, rows) -> Map.of() : NetworkWriter::diff;
      Map<String, Boolean> ecosystems =
          diff.run(session, DIFF_ECOSYSTEMS, ecosystemRows(data.ecosystems()));
      for (Ecosystem e : data.ecosystems()) {
        plan.sort(ecosystems.get(e.id()), e, plan.newEcosystems, plan.changedEcosystems);
      }
      List<Actor> actors = data.actors();
      for (int from = 0; from < actors.size(); from += BATCH_SIZE) {
        List<Actor> batch = actors.subList(from, Math.min(actors.size(), from + BATCH_SIZE));
        Map<String, Boolean> found = diff.run(session, DIFF_ACTORS, actorRows(batch));
        for (Actor a : batch) {
          plan.sort(found.get(a.id()), a, plan.newActors, plan.changedActors);
        }
      }
      plan.newActors.forEach(a -> plan.newActorIds.add(a.id()));
      Map<TieKind, List<Tie>> byKind =
          data.ties().stream()
              .collect(Collectors.groupingBy(Tie::kind, LinkedHashMap::new, Collectors.toList()));
      for (var kind : byKind.entrySet()) {
        List<Tie> newTies = new ArrayList<>();
        List<Tie> changedTies = new ArrayList<>();
        // A tie of a new actor is new; only ties between two older actors are looked up.
        List<Tie> older = new ArrayList<>();
        for (Tie tie : kind.getValue()) {
          (plan.betweenOlderActors(tie) ? older : newTies).add(tie);
        }
        String query = diffTies(kind.getKey());
        for (int from = 0; from < older.size(); from += BATCH_SIZE) {
          List<Tie> batch = older.subList(from, Math.min(older.size(), from + BATCH_SIZE));
          Map<String, Boolean> found = diff.run(session, query, tieRows(batch, t -> null));
          for (Tie tie : batch) {
            plan.sort(found.get(tie.id()), tie, newTies, changedTies);
          }
        }
        if (!newTies.isEmpty()) {
          plan.newTies.put(kind.getKey(), newTies);
        }
        if (!changedTies.isEmpty()) {
          plan.changedTies.put(kind.getKey(), changedTies);
        }
      }
      List<Membership> memberships = data.memberships();
      for (int from = 0; from < memberships.size(); from += BATCH_SIZE) {
        List<Membership> batch =
            memberships.subList(from, Math.min(memberships.size(), from + BATCH_SIZE));
        Map<String, Boolean> found =
            diff.run(session, DIFF_MEMBERSHIP_YEARS, membershipRows(batch));
        for (Membership m : batch) {
          if (!Boolean.TRUE.equals(found.get(membershipKey(m)))) {
            plan.membershipYears.add(m);
          }
        }
      }
    }
    return plan;
  }

  /**
   * {@code data} with each actor's ecosystems holding the memberships that {@code memberships.csv}
   * gives it, so that an actor's memberships are the union of both files and a repeated import of
   * the same files finds nothing changed.
   */
  static EcosystemData withMembershipsListed(EcosystemData data) {
    if (data.memberships().isEmpty()) {
      return data;
    }
    Map<String, List<String>> extra = new HashMap<>();
    for (Membership m : data.memberships()) {
      extra.computeIfAbsent(m.actor(), a -> new ArrayList<>()).add(m.ecosystem());
    }
    List<Actor> actors = new ArrayList<>(data.actors().size());
    for (Actor a : data.actors()) {
      List<String> more = extra.get(a.id());
      if (more == null) {
        actors.add(a);
        continue;
      }
      Set<String> ecosystems = new LinkedHashSet<>(a.ecosystems());
      ecosystems.addAll(more);
      actors.add(
          new Actor(
              a.id(),
              a.name(),
              a.sector(),
              a.roles(),
              a.region(),
              a.country(),
              List.copyOf(ecosystems),
              a.attributes()));
    }
    return new EcosystemData(data.ecosystems(), actors, data.ties(), data.memberships());
  }

  private static String membershipKey(Membership m) {
    return m.actor() + '\n' + m.ecosystem();
  }

  private static List<Map<String, Object>> membershipRows(List<Membership> memberships) {
    List<Map<String, Object>> rows = new ArrayList<>(memberships.size());
    for (Membership m : memberships) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", membershipKey(m));
      row.put("actor", m.actor());
      row.put("ecosystem", m.ecosystem());
      row.put("since", m.since());
      row.put("until", m.until());
      rows.add(row);
    }
    return rows;
  }

  @FunctionalInterface
  private interface DiffQuery {
    Map<String, Boolean> run(
        org.neo4j.driver.Session session, String query, List<Map<String, Object>> rows);
  }

  /** Runs a diff query: for each row found in the database, whether it holds the same values. */
  private static Map<String, Boolean> diff(
      org.neo4j.driver.Session session, String query, List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return Map.of();
    }
    return session.executeRead(
        tx -> {
          Map<String, Boolean> found = new HashMap<>();
          tx.run(query, Map.of("rows", rows))
              .forEachRemaining(
                  r ->
                      found.merge(
                          r.get("id").asString(),
                          r.get("same").asBoolean(false),
                          Boolean::logicalOr));
          return found;
        });
  }

  /** Rows to create, rows that change existing data, and how many are unchanged. */
  private static final class Plan {
    final List<Ecosystem> newEcosystems = new ArrayList<>();
    final List<Ecosystem> changedEcosystems = new ArrayList<>();
    final List<Actor> newActors = new ArrayList<>();
    final List<Actor> changedActors = new ArrayList<>();
    final Set<String> newActorIds = new HashSet<>();
    final Map<TieKind, List<Tie>> newTies = new LinkedHashMap<>();
    final Map<TieKind, List<Tie>> changedTies = new LinkedHashMap<>();
    // memberships.csv rows whose years the database does not hold yet (last transaction)
    final List<Membership> membershipYears = new ArrayList<>();
    long unchanged;

    /** {@code same} is null for a row not in the database. */
    <T> void sort(Boolean same, T row, List<T> created, List<T> changed) {
      if (same == null) {
        created.add(row);
      } else if (!same) {
        changed.add(row);
      } else {
        unchanged++;
      }
    }

    boolean betweenOlderActors(Tie tie) {
      return !newActorIds.contains(tie.from()) && !newActorIds.contains(tie.to());
    }

    /** A new tie needs its own tag only between older actors; a new actor hides the others. */
    Function<Tie, Long> tagged(long importId) {
      return tie -> betweenOlderActors(tie) ? importId : null;
    }

    long stagedRows() {
      return newEcosystems.size()
          + newActors.size()
          + newTies.values().stream().mapToLong(List::size).sum();
    }

    boolean isEmpty() {
      return stagedRows() == 0
          && changedEcosystems.isEmpty()
          && changedActors.isEmpty()
          && changedTies.isEmpty()
          && membershipYears.isEmpty();
    }
  }

  /** Sends {@code rows} in batches within {@code tx}. */
  private static void run(
      TransactionContext tx, String query, List<Map<String, Object>> rows, Counter counter) {
    run(tx, query, rows, null, counter);
  }

  /** Sends {@code rows} in batches within {@code tx}; a null {@code importId} tags nothing. */
  private static void run(
      TransactionContext tx,
      String query,
      List<Map<String, Object>> rows,
      Long importId,
      Counter counter) {
    for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
      var batch = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
      Map<String, Object> params = new HashMap<>();
      params.put("rows", batch);
      params.put("importId", importId);
      counter.add(tx.run(query, params).consume().counters());
    }
  }

  private static List<Map<String, Object>> ecosystemRows(List<Ecosystem> ecosystems) {
    return ecosystems.stream()
        .map(e -> Map.<String, Object>of("id", e.id(), "name", e.name(), "region", e.region()))
        .toList();
  }

  private static List<Map<String, Object>> actorRows(List<Actor> actors) {
    List<Map<String, Object>> rows = new ArrayList<>(actors.size());
    for (Actor actor : actors) {
      Map<String, Object> properties = new LinkedHashMap<>(actor.attributes());
      properties.put("id", actor.id());
      properties.put("name", actor.name());
      properties.put("sector", actor.sector().id());
      properties.put("roles", actor.roles().stream().map(Role::id).toList());
      properties.put("region", actor.region());
      properties.put("country", actor.country());
      // SET a = map drops null values anyway; leaving them out lets the diff compare keys.
      properties.values().removeIf(java.util.Objects::isNull);
      rows.add(
          Map.of(
              "id",
              actor.id(),
              "properties",
              properties,
              "ecosystems",
              List.copyOf(new LinkedHashSet<>(actor.ecosystems()))));
    }
    return rows;
  }

  private static List<Map<String, Object>> tieRows(List<Tie> ties, Function<Tie, Long> tag) {
    List<Map<String, Object>> rows = new ArrayList<>(ties.size());
    for (Tie tie : ties) {
      Map<String, Object> properties = new HashMap<>();
      properties.put("id", tie.id());
      properties.put("weight", tie.weight());
      if (tie.since() != null) {
        properties.put("since", tie.since());
      }
      if (tie.until() != null) {
        properties.put("until", tie.until());
      }
      if (!tie.source().isEmpty()) {
        properties.put("source", tie.source());
      }
      Long importId = tag == null ? null : tag.apply(tie);
      if (importId != null) {
        properties.put(Staging.PROPERTY, importId);
      }
      rows.add(
          Map.of(
              "id", tie.id(),
              "from", tie.from(),
              "to", tie.to(),
              "properties", properties));
    }
    return rows;
  }

  private static final class Counter {
    int nodesCreated;
    int relationshipsCreated;
    int relationshipsDeleted;
    int propertiesSet;

    void add(SummaryCounters c) {
      nodesCreated += c.nodesCreated();
      relationshipsCreated += c.relationshipsCreated();
      relationshipsDeleted += c.relationshipsDeleted();
      propertiesSet += c.propertiesSet();
    }

    void add(Counter c) {
      nodesCreated += c.nodesCreated;
      relationshipsCreated += c.relationshipsCreated;
      relationshipsDeleted += c.relationshipsDeleted;
      propertiesSet += c.propertiesSet;
    }

    Counter copy() {
      Counter c = new Counter();
      c.add(this);
      return c;
    }

    WriteCounts counts(long startedNanos) {
      return new WriteCounts(
          nodesCreated,
          relationshipsCreated,
          relationshipsDeleted,
          propertiesSet,
          (System.nanoTime() - startedNanos) / 1_000_000);
    }
  }
}

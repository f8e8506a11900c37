package org.brobygge.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.brobygge.model.Actor;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Role;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes validated network data to Neo4j: all or nothing, idempotent, batched.
 *
 * <p>Everything goes into one transaction, so a failure part-way leaves the database as it was.
 * Within it, rows are sent in batches of {@link #BATCH_SIZE} through {@code UNWIND $rows}:
 * ecosystems, then actors, then memberships, then ties. Ids are keys ({@code MERGE}), so writing
 * the same data twice gives the same database. An actor's properties and memberships are replaced
 * by the file's; a tie's properties are replaced, its identity is its {@code id}.
 */
@Component
public class NetworkWriter {

  /** Rows per {@code UNWIND}; 10,000 was 3-4x faster than 1,000 over Bolt (STACK.md). */
  static final int BATCH_SIZE = 10_000;

  private static final String MERGE_ECOSYSTEMS =
      """
      UNWIND $rows AS row
      MERGE (e:Ecosystem {id: row.id})
      SET e.name = row.name, e.region = row.region
      """;

  private static final String BUMP_VERSION =
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

  static String mergeTies(TieKind kind) {
    String type = kind.relationshipType();
    if (!type.matches("[A-Z][A-Z0-9_]*")) { // TieKind guarantees it; a second lock on the door
      throw new IllegalArgumentException("not a safe relationship type: " + type);
    }
    return (kind.directed() ? MERGE_DIRECTED_TIES : MERGE_UNDIRECTED_TIES).formatted(type);
  }

  private static final Logger log = LoggerFactory.getLogger(NetworkWriter.class);

  private final Driver driver;

  NetworkWriter(Driver driver) {
    this.driver = driver;
  }

  /** What a write changed in the database, from Neo4j's own counters. */
  public record WriteCounts(
      int nodesCreated,
      int relationshipsCreated,
      int relationshipsDeleted,
      int propertiesSet,
      long millis) {}

  /**
   * Writes {@code data} in one transaction; see the class comment. Through {@code executeWrite}, so
   * that the driver retries it after a transient failure (a deadlock, a leader switch): every
   * statement is a MERGE, so running it again gives the same database, and the counts are those of
   * the run that committed.
   */
  public WriteCounts write(EcosystemData data) {
    long started = System.nanoTime();
    Map<TieKind, List<Tie>> byKind =
        data.ties().stream()
            .collect(Collectors.groupingBy(Tie::kind, LinkedHashMap::new, Collectors.toList()));
    Counter counter;
    try (var session = driver.session()) {
      counter =
          session.executeWrite(
              tx -> {
                Counter c = new Counter();
                batches(tx, "ecosystems", MERGE_ECOSYSTEMS, ecosystemRows(data), c);
                batches(tx, "actors", MERGE_ACTORS, actorRows(data.actors()), c);
                for (var kind : byKind.entrySet()) {
                  batches(
                      tx,
                      kind.getKey().id() + " ties",
                      mergeTies(kind.getKey()),
                      tieRows(kind.getValue()),
                      c);
                }
                // Tells every snapshot reader, in this process or another, that the data changed.
                tx.run(BUMP_VERSION).consume();
                return c;
              });
    }
    return new WriteCounts(
        counter.nodesCreated,
        counter.relationshipsCreated,
        counter.relationshipsDeleted,
        counter.propertiesSet,
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Which of {@code ids} are already actors in the database. */
  public Set<String> existingActorIds(Collection<String> ids) {
    return existing("MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id", ids);
  }

  /** Which of {@code ids} are already ecosystems in the database. */
  public Set<String> existingEcosystemIds(Collection<String> ids) {
    return existing("MATCH (e:Ecosystem) WHERE e.id IN $ids RETURN e.id AS id", ids);
  }

  private Set<String> existing(String query, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    try (var session = driver.session()) {
      return session.executeRead(
          tx ->
              tx.run(query, Map.of("ids", List.copyOf(ids))).stream()
                  .map(r -> r.get("id").asString())
                  .collect(Collectors.toSet()));
    }
  }

  /**
   * Sends {@code rows} in batches. Imports of more than one batch log their progress at INFO, so a
   * long import (the command line shows these lines) is visibly moving.
   */
  private static void batches(
      TransactionContext tx,
      String what,
      String query,
      List<Map<String, Object>> rows,
      Counter counter) {
    long started = System.nanoTime();
    for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
      int to = Math.min(rows.size(), from + BATCH_SIZE);
      counter.add(tx.run(query, Map.of("rows", rows.subList(from, to))).consume().counters());
      if (rows.size() > BATCH_SIZE) {
        log.info(
            "{}: {} of {} written ({} s)",
            what,
            to,
            rows.size(),
            (System.nanoTime() - started) / 1_000_000_000);
      } else {
        log.debug("{}: {} rows in {} ms", what, to, (System.nanoTime() - started) / 1_000_000);
      }
    }
  }

  private static List<Map<String, Object>> ecosystemRows(EcosystemData data) {
    return data.ecosystems().stream()
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
      rows.add(
          Map.of("id", actor.id(), "properties", properties, "ecosystems", actor.ecosystems()));
    }
    return rows;
  }

  private static List<Map<String, Object>> tieRows(List<Tie> ties) {
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
  }
}

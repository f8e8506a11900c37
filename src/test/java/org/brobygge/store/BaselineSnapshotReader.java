package org.brobygge.store;

import java.util.EnumSet;
import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.brobygge.model.TieKinds;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshot read as it was before issue 11 (commit 6026b0d): one record per actor with its ties
 * as lists of values, actor ids as strings. Kept for SnapshotReadBenchmark to compare against.
 *
 * <p>Former description: Reads the whole network from Neo4j into an {@link EcosystemGraph},
 * streaming rows (the driver fetches them in batches) so 1,000,000 ties never sit in memory as
 * driver records.
 *
 * <p>Data written by hand in Cypher may not follow the import's rules; such rows are skipped and
 * counted in the log rather than failing the snapshot: an actor with an unknown sector, a
 * relationship type between actors that is not a valid kind id once lower-cased.
 */
final class BaselineSnapshotReader {

  private static final Logger log = LoggerFactory.getLogger(BaselineSnapshotReader.class);

  private final Driver driver;
  private final TieKinds tieKinds;

  BaselineSnapshotReader(Driver driver, TieKinds tieKinds) {
    this.driver = driver;
    this.tieKinds = tieKinds;
  }

  /** Reads the whole network and the database version, in one read transaction. */
  Snapshots.Snapshot read() {
    long started = System.nanoTime();
    EcosystemGraph.Builder builder = EcosystemGraph.builder();
    int[] skipped = new int[1];
    String[] version = new String[1];
    try (var session = driver.session()) {
      session.executeRead(
          tx -> {
            version[0] = tx.run(Snapshots.VERSION_QUERY).single().get("version").asString();
            tx.run(
                    """
                    MATCH (e:Ecosystem)
                    RETURN e.id AS id, e.name AS name, e.region AS region ORDER BY id
                    """)
                .forEachRemaining(
                    r ->
                        builder.ecosystem(
                            r.get("id").asString(),
                            r.get("name").asString(null),
                            r.get("region").asString(null)));
            tx.run(
                    """
                    MATCH (a:Actor)
                    RETURN a.id AS id, a.name AS name, a.sector AS sector, a.roles AS roles,
                           a.region AS region, a.country AS country
                    ORDER BY id
                    """)
                .forEachRemaining(r -> skipped[0] += addActor(builder, r) ? 0 : 1);
            tx.run(
                    """
                    MATCH (a:Actor)-[:MEMBER_OF]->(e:Ecosystem)
                    RETURN a.id AS actor, e.id AS ecosystem
                    """)
                .forEachRemaining(
                    r -> {
                      try {
                        builder.membership(
                            r.get("actor").asString(), r.get("ecosystem").asString());
                      } catch (IllegalArgumentException e) {
                        skipped[0]++;
                      }
                    });
            // One record per actor with its outgoing ties as lists, not one per tie: a tenth of
            // the records, and each tie's five values without column names or record framing.
            tx.run(
                    """
                    MATCH (a:Actor)
                    WITH a, [(a)-[t]->(b:Actor) | [b.id, type(t), t.weight, t.since, t.until]] AS ties
                    WHERE size(ties) > 0
                    RETURN a.id AS from, ties
                    """)
                .forEachRemaining(
                    r -> {
                      String from = r.get("from").asString();
                      for (Value tie : r.get("ties").values()) {
                        skipped[0] += addTie(builder, from, tie) ? 0 : 1;
                      }
                    });
            return null;
          });
    }
    EcosystemGraph graph = builder.build();
    log.info(
        "Snapshot read in {} ms: {}{}",
        (System.nanoTime() - started) / 1_000_000,
        graph,
        skipped[0] == 0 ? "" : " (" + skipped[0] + " rows skipped as invalid)");
    return new Snapshots.Snapshot(graph, version[0]);
  }

  private static boolean addActor(EcosystemGraph.Builder builder, Record r) {
    var sector = Sector.fromId(r.get("sector").asString(""));
    if (sector.isEmpty()) {
      return false;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Value list = r.get("roles");
    if (!list.isNull()) {
      list.asList(Value::asString).forEach(id -> Role.fromId(id).ifPresent(roles::add));
    }
    builder.actor(
        r.get("id").asString(),
        r.get("name").asString(null),
        sector.get(),
        roles,
        r.get("region").asString(null),
        r.get("country").asString(null));
    return true;
  }

  /** One tie {@code [to, type, weight, since, until]} of actor {@code from}. */
  private boolean addTie(EcosystemGraph.Builder builder, String from, Value tie) {
    var found = tieKinds.forRelationshipType(tie.get(1).asString());
    if (found.isEmpty()) {
      return false;
    }
    TieKind kind = found.get();
    Value weight = tie.get(2);
    Value since = tie.get(3);
    Value until = tie.get(4);
    try {
      builder.tie(
          from,
          tie.get(0).asString(),
          kind,
          weight.isNull() ? 1.0 : weight.asDouble(),
          since.isNull() ? null : since.asInt(),
          until.isNull() ? null : until.asInt());
      return true;
    } catch (IllegalArgumentException | org.neo4j.driver.exceptions.value.Uncoercible e) {
      return false;
    }
  }
}

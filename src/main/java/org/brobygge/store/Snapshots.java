package org.brobygge.store;

import java.util.Map;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.TieKinds;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The current {@link EcosystemGraph}: read from Neo4j once per database state, never per request.
 *
 * <p>Every import sets a new random version in the database in the same transaction as its data
 * ({@link NetworkWriter}); the snapshot is read again when the version has changed. It is looked up
 * at most once every {@link #CHECK_INTERVAL_NANOS} (a one-row read), so imports made by another
 * process (the command line, a second app instance) are seen within a second, and an import made by
 * this process is seen at once (its {@link #invalidate()} also has the analysis sessions load it).
 * Changes made by hand in Cypher do not bump the version and are seen after the next import or
 * restart.
 */
@Component
public class Snapshots {

  static final long CHECK_INTERVAL_NANOS = 1_000_000_000L;

  static final String VERSION_QUERY =
      "OPTIONAL MATCH (s:DatabaseState {id: 'brobygge'}) RETURN coalesce(s.version, '') AS version";

  private final Driver driver;
  private final SnapshotReader reader;
  private volatile Snapshot current;
  private volatile long checkedAt;
  private volatile boolean stale = true;
  private volatile Runnable afterInvalidate = () -> {};

  /**
   * @param embedded the embedded database when the app runs one: the snapshot is then read in this
   *     process through Neo4j's Java API ({@link SnapshotReader}), else over Bolt
   */
  Snapshots(Driver driver, TieKinds tieKinds, ObjectProvider<EmbeddedNeo4j> embedded) {
    this.driver = driver;
    EmbeddedNeo4j inProcess = embedded.getIfAvailable();
    this.reader =
        inProcess == null
            ? new SnapshotReader(driver, tieKinds)
            : new SnapshotReader(driver, tieKinds, inProcess.database());
  }

  /** A snapshot and the database version it was read at ('' for a database never imported into). */
  record Snapshot(EcosystemGraph graph, String version) {}

  /** The snapshot of the current database state, read now if the database has changed. */
  public EcosystemGraph current() {
    Snapshot snapshot = current;
    if (snapshot != null && !stale && System.nanoTime() - checkedAt < CHECK_INTERVAL_NANOS) {
      return snapshot.graph();
    }
    synchronized (this) {
      String version = databaseVersion();
      checkedAt = System.nanoTime();
      stale = false;
      snapshot = current;
      if (snapshot == null || !snapshot.version().equals(version)) {
        snapshot = reader.read();
        current = snapshot;
      }
      return snapshot.graph();
    }
  }

  /**
   * The data version {@code graph} was read at, if it is still the current snapshot (an import
   * since then has replaced it).
   */
  public java.util.Optional<String> versionOf(EcosystemGraph graph) {
    Snapshot snapshot = current;
    return snapshot != null && snapshot.graph() == graph
        ? java.util.Optional.of(snapshot.version())
        : java.util.Optional.empty();
  }

  /**
   * Makes the next {@link #current()} check the database version at once, then runs what {@link
   * #afterInvalidate} set, in the caller's thread (a writer, whose data is then served when this
   * returns).
   */
  public void invalidate() {
    stale = true;
    afterInvalidate.run();
  }

  /** What {@link #invalidate()} runs after marking the snapshot stale: the sessions' reload. */
  public void afterInvalidate(Runnable reload) {
    this.afterInvalidate = java.util.Objects.requireNonNull(reload, "reload");
  }

  private String databaseVersion() {
    try (var session = driver.session()) {
      return session.executeRead(
          tx -> tx.run(VERSION_QUERY, Map.of()).single().get("version").asString());
    }
  }
}

package org.brobygge.store;

import java.util.concurrent.atomic.AtomicLong;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.TieKinds;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/**
 * The current {@link EcosystemGraph}: read from Neo4j on first use, kept until an import changes
 * the database ({@link #invalidate()}), never re-read per request.
 *
 * <p>Changes made outside the app (Cypher in Neo4j Browser) are not seen until the next import or
 * restart.
 */
@Component
public class Snapshots {

  private final SnapshotReader reader;
  private final AtomicLong version = new AtomicLong();
  private volatile Snapshot current;

  Snapshots(Driver driver, TieKinds tieKinds) {
    this.reader = new SnapshotReader(driver, tieKinds);
  }

  /** A snapshot and the database state it was read from. */
  public record Snapshot(EcosystemGraph graph, long version) {}

  /** The snapshot of the current database state, read now if the last one is stale. */
  public EcosystemGraph current() {
    Snapshot snapshot = current;
    long wanted = version.get();
    if (snapshot != null && snapshot.version() == wanted) {
      return snapshot.graph();
    }
    synchronized (this) {
      snapshot = current;
      wanted = version.get();
      if (snapshot == null || snapshot.version() != wanted) {
        snapshot = new Snapshot(reader.read(), wanted);
        current = snapshot;
      }
      return snapshot.graph();
    }
  }

  /** Marks the snapshot stale; the next {@link #current()} reads the database again. */
  public void invalidate() {
    version.incrementAndGet();
  }
}

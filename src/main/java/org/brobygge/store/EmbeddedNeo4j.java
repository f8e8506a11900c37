package org.brobygge.store;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j Community server running inside this JVM, reachable over Bolt on a local address so that
 * the app's driver, Neo4j Browser, Desktop and cypher-shell all talk to the same database.
 *
 * <p>Authentication is off: Bolt listens on the loopback address by default, and anyone who can
 * reach it can also read the store files. Expose it on another address only behind a firewall, or
 * use an external server (see README, "External Neo4j").
 */
public final class EmbeddedNeo4j implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

  private final DatabaseManagementService dbms;
  private final URI boltUri;
  private final Path home;

  private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri, Path home) {
    this.dbms = dbms;
    this.boltUri = boltUri;
    this.home = home;
  }

  /**
   * Starts the server with its files under {@code home}, creating the folder if needed.
   *
   * @param boltHost address to listen on, {@code localhost} by default
   * @param boltPort port to listen on; 0 picks a free one (tests)
   */
  public static EmbeddedNeo4j start(Path home, String boltHost, int boltPort) {
    Objects.requireNonNull(home, "home");
    if (boltPort < 0 || boltPort > 65535) {
      throw new IllegalArgumentException("bolt port must be in 0..65535: " + boltPort);
    }
    // Neo4j rejects relative paths and paths with '..' in them.
    Path absolute = home.toAbsolutePath().normalize();
    long started = System.nanoTime();
    DatabaseManagementService dbms;
    try {
      dbms = build(absolute, boltHost, boltPort);
    } catch (RuntimeException e) {
      if (causedByLock(e)) {
        throw new IllegalStateException(
            "The embedded database in "
                + absolute
                + " is in use by another process (is the API running?). Stop that process, or"
                + " work through its Bolt port instead: --spring.neo4j.uri=bolt://localhost:"
                + (boltPort == 0 ? 7687 : boltPort),
            e);
      }
      throw e;
    }
    GraphDatabaseAPI db =
        (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    int port =
        db.getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT)
            .getPort();
    URI uri = URI.create("bolt://" + boltHost + ":" + port);
    log.info(
        "Embedded Neo4j started in {} ms: files in {}, Bolt at {}",
        (System.nanoTime() - started) / 1_000_000,
        absolute,
        uri);
    return new EmbeddedNeo4j(dbms, uri, absolute);
  }

  private static DatabaseManagementService build(Path home, String boltHost, int boltPort) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(boltHost, boltPort))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(boltHost, boltPort))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        // Neo4j's HTTP connector is built on Jersey 2, which clashes with Boot's Jakarta stack.
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        // No internet on many machines that run this; never phone home.
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // The default 10 s quiet period makes every shutdown (and every test class) slow.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
        .build();
  }

  private static boolean causedByLock(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().contains("FileLock")
          || String.valueOf(t.getMessage()).contains("Lock file has been locked")) {
        return true;
      }
    }
    return false;
  }

  /** Where the driver (and Neo4j Browser) connect: {@code bolt://host:port}. */
  public URI boltUri() {
    return boltUri;
  }

  public Path home() {
    return home;
  }

  @Override
  public void close() {
    log.info("Stopping embedded Neo4j in {}", home);
    dbms.shutdown();
  }
}

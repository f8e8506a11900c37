package org.brobygge.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
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
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

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
        throw new DatabaseInUseException(absolute, Owner.read(absolute), e);
      }
      if (causedBy(e, "PortBindException")) {
        throw new DatabaseInUseException(
            "The embedded Neo4j cannot listen for Bolt on "
                + boltHost
                + ":"
                + boltPort
                + ": another program uses that port: set another one with"
                + " --brobygge.embedded.bolt-port=PORT (0 picks a free one), or stop that program.",
            absolute,
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
    Owner.write(absolute, uri);
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

  private static boolean causedBy(Throwable e, String simpleName) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    return false;
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

  /**
   * Work on the database's folder before the server opens it, while no process has it open: the
   * command-line import's bulk load of a new database ({@link BulkImport}). A bean of this type, if
   * there is one, runs just before the embedded server starts.
   */
  @FunctionalInterface
  public interface BeforeStart {
    /**
     * @param home the database's folder, absolute and normalised; it may not exist yet
     */
    void beforeStart(Path home);
  }

  /** Where the driver (and Neo4j Browser) connect: {@code bolt://host:port}. */
  public URI boltUri() {
    return boltUri;
  }

  public Path home() {
    return home;
  }

  /**
   * The database itself, in this process: for the snapshot read only ({@link SnapshotReader}),
   * which is three times faster on a cold start through Neo4j's Java API than through Cypher and
   * Bolt. Everything else talks Bolt.
   */
  GraphDatabaseService database() {
    return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
  }

  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return; // closed already (the early start's holder closes it too)
    }
    log.info("Stopping embedded Neo4j in {}", home);
    dbms.shutdown();
    Owner.delete(home);
  }

  /**
   * The process that has the database open, as it wrote itself into {@value #FILE} next to Neo4j's
   * files: so that a second process that finds the database locked can say which process holds it
   * and on which Bolt port it serves it. A process killed with -9 leaves the file behind; the next
   * start overwrites it.
   *
   * @param pid the process id, or -1 when not known
   * @param bolt its Bolt address, or null when not known
   */
  public record Owner(long pid, URI bolt) {
    static final String FILE = "brobygge-process.properties";

    static Owner read(Path home) {
      Path file = home.resolve(FILE);
      Properties properties = new Properties();
      try (var in = Files.newInputStream(file)) {
        properties.load(in);
        String bolt = properties.getProperty("bolt");
        return new Owner(
            Long.parseLong(properties.getProperty("pid", "-1")),
            bolt == null ? null : URI.create(bolt));
      } catch (IOException | IllegalArgumentException e) {
        return null;
      }
    }

    static void write(Path home, URI bolt) {
      Properties properties = new Properties();
      properties.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
      properties.setProperty("bolt", bolt.toString());
      try (var out = Files.newOutputStream(home.resolve(FILE))) {
        properties.store(out, "The Brobygge process that has this database open");
      } catch (IOException e) {
        log.debug("Could not write {} in {}", FILE, home, e);
      }
    }

    static void delete(Path home) {
      try {
        Files.deleteIfExists(home.resolve(FILE));
      } catch (IOException e) {
        log.debug("Could not delete {} in {}", FILE, home, e);
      }
    }
  }

  /**
   * The database's files are locked by another process, almost always another Brobygge (the API
   * while a command runs, or a second {@code spring-boot:run}). The message says which process, how
   * to stop it, and the two ways round it.
   */
  public static final class DatabaseInUseException extends IllegalStateException {
    private final Path home;

    DatabaseInUseException(Path home, Owner owner, Throwable cause) {
      this(message(home, owner), home, cause);
    }

    /** Its Bolt port is taken (by another Brobygge on other data, or any other program). */
    DatabaseInUseException(String message, Path home, Throwable cause) {
      super(message, cause);
      this.home = home;
    }

    /** The database folder that is in use. */
    public Path home() {
      return home;
    }

    private static String message(Path home, Owner owner) {
      boolean known = owner != null && owner.pid() > 0;
      String who =
          known
              ? "Another Brobygge (process " + owner.pid() + ") has the database in "
              : "Another process (most likely another Brobygge) has the database in ";
      String stop =
          known
              ? "stop it (Ctrl+C where it runs, or kill " + owner.pid() + ")"
              : "stop it (Ctrl+C where it runs)";
      String bolt =
          owner != null && owner.bolt() != null
              ? ", or work through its Bolt port with --spring.neo4j.uri=" + owner.bolt()
              : "";
      return who
          + home
          + " open: "
          + stop
          + ", or use another data directory (--data=DIR for a command,"
          + " --brobygge.embedded.data-dir=DIR for the app)"
          + bolt
          + ".";
    }
  }
}

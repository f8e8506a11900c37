package org.brobygge.store;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.brobygge.model.Actor;
import org.brobygge.model.Ecosystem;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Membership;
import org.brobygge.model.Role;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Writes validated network data into a <em>new</em> embedded database with Neo4j's offline bulk
 * importer ({@code neo4j-admin database import full}, run in this JVM through its command class)
 * instead of transactions: Neo4j's own recommendation for an initial load, and about ten times as
 * fast for a million ties.
 *
 * <p>The database it writes holds exactly what a transactional import ({@link NetworkWriter}) into
 * an empty database leaves: the same labels, relationship types, property names and value types,
 * the {@code :DatabaseState} version node, and the schema ({@code cypher/schema.cypher}) with its
 * indexes online, built on the new store before it is moved into place (see {@link #finish}).
 *
 * <p>All or nothing: the importer writes a complete Neo4j home (CSV input and report beside it) in
 * a hidden sibling folder of the data directory, {@code .NAME.bulk-PID}, and only a finished store
 * is renamed to the data directory, in one atomic {@code rename} on the same file system. Before
 * the rename the data directory is as it was (missing or an empty folder); after it the store is
 * complete. A process killed before the rename leaves only the hidden folder, which the next bulk
 * import into the same place deletes once its process is gone.
 */
public final class BulkImport {

  private static final Logger log = LoggerFactory.getLogger(BulkImport.class);

  /** Property names the importer's header can carry as they are (a ':' would start a type). */
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static final String DATABASE = "neo4j";

  /**
   * Off-heap memory the importer may use; the default (90% of free RAM) ignores other processes.
   */
  static final String MAX_OFF_HEAP = "1G";

  private BulkImport() {}

  /** What the bulk import wrote. */
  public record Result(
      int nodesCreated, int relationshipsCreated, int propertiesSet, long millis) {}

  /**
   * Whether {@code home} holds no database: it does not exist, or is an empty folder. Only then may
   * {@link #write} put a database there.
   */
  public static boolean isNew(Path home) {
    Path absolute = home.toAbsolutePath().normalize();
    if (!Files.exists(absolute)) {
      return true;
    }
    if (!Files.isDirectory(absolute)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(absolute)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Why {@code data} cannot be written by the bulk importer as the transactional path would write
   * it, or null when it can: an actor attribute whose name the importer's header cannot carry, or
   * whose values are not all of one type (whole numbers, decimals, true/false, text).
   */
  public static String unsupported(EcosystemData data) {
    return attributeTypes(data) instanceof String reason ? reason : null;
  }

  /** Attribute name to the importer's type, or a String saying why not. */
  private static Object attributeTypes(EcosystemData data) {
    Map<String, String> types = new TreeMap<>();
    for (Actor actor : data.actors()) {
      for (var attribute : actor.attributes().entrySet()) {
        String name = attribute.getKey();
        if (!PLAIN_NAME.matcher(name).matches() || name.equals(Staging.PROPERTY)) {
          return "the actor attribute '" + name + "' is not a plain property name";
        }
        String type =
            switch (attribute.getValue()) {
              case Integer i -> "long";
              case Long l -> "long";
              case Double d -> "double";
              case Boolean b -> "boolean";
              case String s -> "string";
              default -> null;
            };
        if (type == null) {
          return "the actor attribute '" + name + "' holds a value of a type not written in bulk";
        }
        String before = types.putIfAbsent(name, type);
        if (before != null && !before.equals(type)) {
          return "the actor attribute '" + name + "' holds values of two types";
        }
      }
    }
    return types;
  }

  /**
   * Writes {@code data} (validated: unique ids, every reference inside it) as a new database in
   * {@code home}; see the class comment.
   *
   * @return what was written, or null when {@code home} was no longer new when the store was ready
   *     (another process created a database there meanwhile): nothing was written then
   * @throws IllegalArgumentException when {@link #unsupported} names a reason
   * @throws RuntimeException when the importer or the finishing failed; {@code home} is then as it
   *     was
   */
  public static Result write(Path home, EcosystemData data) {
    return write(home, data, null);
  }

  /**
   * As {@link #write(Path, EcosystemData)}, after {@code warmup} (when not null) has ended: it runs
   * beside the parsing that precedes this call and must end before the importer starts.
   */
  public static Result write(Path home, EcosystemData data, Warmup warmup) {
    long started = System.nanoTime();
    Object types = attributeTypes(data);
    if (types instanceof String reason) {
      throw new IllegalArgumentException(reason);
    }
    @SuppressWarnings("unchecked")
    Map<String, String> attributeTypes = (Map<String, String>) types;
    data = NetworkWriter.withMembershipsListed(data);
    Path target = home.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Path work = workFolder(target);
    try {
      Files.createDirectories(parent);
      deleteAbandoned(parent, target.getFileName().toString());
      deleteTree(work.resolve("csv"));
      deleteTree(work.resolve("home"));
      Path csv = Files.createDirectories(work.resolve("csv"));
      Path store = work.resolve("home");
      long phase = System.nanoTime();
      Input input = writeCsv(csv, data, attributeTypes);
      log.info("Bulk import: CSV for the importer written in {} ms", since(phase));
      if (warmup != null) {
        phase = System.nanoTime();
        warmup.await();
        log.info("Bulk import: waited {} ms for the warm-up", since(phase));
      }
      phase = System.nanoTime();
      runImporter(store, work, input);
      log.info("Bulk import: Neo4j's importer ran in {} ms", since(phase));
      finish(store);
      if (!isNew(target)) {
        log.warn("{} is no longer empty; the bulk import is dropped", target);
        return null;
      }
      try {
        Files.move(store, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
        log.warn("{} was created meanwhile; the bulk import is dropped", target);
        return null;
      } catch (AtomicMoveNotSupportedException e) {
        throw new IllegalStateException(
            "cannot rename " + store + " to " + target + " atomically", e);
      }
      force(parent);
      long millis = (System.nanoTime() - started) / 1_000_000;
      log.info(
          "Bulk import: {} nodes, {} relationships written to {} in {} ms",
          input.nodes,
          input.relationships,
          target,
          millis);
      return new Result(input.nodes, input.relationships, input.properties, millis);
    } catch (IOException e) {
      throw new UncheckedIOException("bulk import into " + target + " failed", e);
    } finally {
      if (warmup != null) {
        warmup.close();
      }
      try {
        deleteTree(work);
      } catch (IOException e) {
        log.warn("Could not delete {}", work, e);
      }
    }
  }

  /** The hidden folder beside {@code target} where this process prepares a bulk import. */
  private static Path workFolder(Path target) {
    return target
        .getParent()
        .resolve("." + target.getFileName() + ".bulk-" + ProcessHandle.current().pid());
  }

  /**
   * Starts loading and compiling Neo4j's database, schema and Cypher code on a throwaway empty
   * database, on a thread of its own, so that it runs beside the parsing and validation (one core)
   * instead of inside the finish of the imported store (where a cold JVM spent about 3 s opening
   * the store and 3 s on its first Cypher query). The throwaway database lives in the work folder
   * ({@code .NAME.bulk-PID/warm-up}), is never the data directory, and is deleted by {@link
   * Warmup#close}, or with the work folder of a killed process. A failure only costs the gain.
   *
   * @param home the data directory the bulk import will write (absolute or not)
   */
  public static Warmup warmUp(Path home) {
    return new Warmup(workFolder(home.toAbsolutePath().normalize()).resolve("warm-up"));
  }

  /** The warm-up started by {@link #warmUp}; {@link #close} waits for it and deletes its folder. */
  public static final class Warmup implements AutoCloseable {
    private final Path dir;
    private final Thread thread;

    private Warmup(Path dir) {
      this.dir = dir;
      this.thread = Thread.ofPlatform().daemon().name("bulk-import-warm-up").start(this::run);
    }

    private void run() {
      long started = System.nanoTime();
      try {
        deleteTree(dir);
        Files.createDirectories(dir);
        DatabaseManagementService dbms = server(dir, 32L << 20);
        try {
          GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
          db.executeTransactionally("CREATE (:Actor {id: 'a', name: 'a', sector: 's'})");
          db.executeTransactionally(EMPTY_ROLES, Map.of(), result -> result.next().get("n"));
          createSchema(db);
          db.executeTransactionally("CALL db.awaitIndexes(600)");
        } finally {
          dbms.shutdown();
        }
        log.info("Bulk import: warm-up ran in {} ms", since(started));
      } catch (IOException | RuntimeException e) {
        log.info("Bulk import: the warm-up failed (no harm done): {}", e.toString());
      }
    }

    /** Waits until the warm-up has ended. */
    void await() {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void close() {
      await();
      try {
        deleteTree(dir);
        Files.deleteIfExists(dir.getParent()); // the work folder, when nothing else is in it
      } catch (DirectoryNotEmptyException e) {
        // the bulk import's files are there; it deletes the folder itself
      } catch (IOException e) {
        log.warn("Could not delete {}", dir, e);
      }
    }
  }

  /**
   * The schema's statements in two transactions: the uniqueness constraints first (each populates
   * its index while its transaction commits), then the other indexes, which Neo4j populates
   * together in one scan in the background ({@code db.awaitIndexes} waits for them). Schema
   * commands may share a transaction; only data writes may not join them.
   */
  private static void createSchema(GraphDatabaseService db) {
    List<String> statements = Schema.statements();
    for (boolean constraints : new boolean[] {true, false}) {
      try (Transaction tx = db.beginTx()) {
        for (String statement : statements) {
          if (CONSTRAINT.matcher(statement).find() == constraints) {
            tx.execute(statement).close();
          }
        }
        tx.commit();
      }
    }
  }

  private static final Pattern CONSTRAINT =
      Pattern.compile("^CREATE\\s+CONSTRAINT\\b", Pattern.CASE_INSENSITIVE);

  private static long since(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  /** The CSV files written for the importer and what they hold. */
  private static final class Input {
    final List<String> arguments = new ArrayList<>();
    boolean multiline;
    int nodes;
    int relationships;
    int properties;
  }

  private static Input writeCsv(Path dir, EcosystemData data, Map<String, String> attributeTypes)
      throws IOException {
    Input input = new Input();
    // Nodes carry their Neo4j node id (--id-type=actual: 0, 1, 2, ... across all node files), so
    // the importer needs no id mapper (encoding, sorting and collision checks of string ids took
    // a third of its time); the ids of the files are ordinary properties. The data is validated:
    // ids are unique per kind and every reference is known.
    Map<String, Long> ecosystemIds = HashMap.newHashMap(data.ecosystems().size());
    Map<String, Long> actorIds = HashMap.newHashMap(data.actors().size());
    Path ecosystems = dir.resolve("ecosystems.csv");
    try (Csv out = new Csv(ecosystems, input)) {
      out.header(":ID", "id:string", "name:string", "region:string");
      for (Ecosystem e : data.ecosystems()) {
        long node = input.nodes++;
        ecosystemIds.put(e.id(), node);
        out.row(new NodeId(node), e.id(), e.name(), e.region());
      }
    }
    input.arguments.add("--nodes=Ecosystem=" + ecosystems);

    Path actors = dir.resolve("actors.csv");
    List<String> attributes = List.copyOf(attributeTypes.keySet());
    try (Csv out = new Csv(actors, input)) {
      List<String> header =
          new ArrayList<>(
              List.of(
                  ":ID",
                  "id:string",
                  "name:string",
                  "sector:string",
                  "roles:string[]",
                  "region:string",
                  "country:string"));
      attributes.forEach(a -> header.add(a + ":" + attributeTypes.get(a)));
      out.header(header.toArray(String[]::new));
      for (Actor a : data.actors()) {
        long node = input.nodes++;
        actorIds.put(a.id(), node);
        Object[] row = new Object[7 + attributes.size()];
        row[0] = new NodeId(node);
        row[1] = a.id();
        row[2] = a.name();
        row[3] = a.sector().id();
        row[4] = a.roles().stream().map(Role::id).toList();
        row[5] = a.region();
        row[6] = a.country();
        for (int i = 0; i < attributes.size(); i++) {
          row[7 + i] = a.attributes().get(attributes.get(i));
        }
        out.row(row);
      }
    }
    input.arguments.add("--nodes=Actor=" + actors);

    // An actor's memberships, with the years memberships.csv gives (the last row of a pair wins,
    // as the transactional path's SET does).
    Map<String, Membership> years = new LinkedHashMap<>();
    for (Membership m : data.memberships()) {
      years.put(m.actor() + '\n' + m.ecosystem(), m);
    }
    Path memberships = dir.resolve("memberships.csv");
    try (Csv out = new Csv(memberships, input)) {
      out.header(":START_ID", ":END_ID", "since:long", "until:long");
      for (Actor a : data.actors()) {
        NodeId actor = node(actorIds, a.id());
        for (String ecosystem : new LinkedHashSet<>(a.ecosystems())) {
          Membership m = years.get(a.id() + '\n' + ecosystem);
          out.row(
              actor,
              node(ecosystemIds, ecosystem),
              m == null ? null : m.since(),
              m == null ? null : m.until());
          input.relationships++;
        }
      }
    }
    input.arguments.add("--relationships=MEMBER_OF=" + memberships);

    Map<TieKind, Csv> files = new LinkedHashMap<>();
    try {
      for (Tie t : data.ties()) {
        Csv out = files.get(t.kind());
        if (out == null) {
          String type = t.kind().relationshipType();
          if (!type.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("not a safe relationship type: " + type);
          }
          Path file = dir.resolve("ties-" + type + ".csv");
          out = new Csv(file, input);
          out.header(
              "id:string",
              ":START_ID",
              ":END_ID",
              "weight:double",
              "since:long",
              "until:long",
              "source:string");
          files.put(t.kind(), out);
          input.arguments.add("--relationships=" + type + "=" + file);
        }
        out.row(
            t.id(),
            node(actorIds, t.from()),
            node(actorIds, t.to()),
            t.weight(),
            t.since(),
            t.until(),
            t.source().isEmpty() ? null : t.source());
        input.relationships++;
      }
    } finally {
      for (Csv out : files.values()) {
        out.close();
      }
    }

    // The version every transactional import bumps (NetworkWriter.BUMP_VERSION).
    Path state = dir.resolve("state.csv");
    try (Csv out = new Csv(state, input)) {
      out.header(":ID", "id:string", "version:string", "changedAt:datetime");
      out.row(
          new NodeId(input.nodes),
          "brobygge",
          UUID.randomUUID().toString(),
          new Raw(Instant.now().toString()));
    }
    input.arguments.add("--nodes=DatabaseState=" + state);
    return input;
  }

  /** A cell written as it is, unquoted. */
  private record Raw(String text) {}

  /** A node's Neo4j id, in the importer's id columns (not a property). */
  private record NodeId(long id) {}

  /** The node id given to {@code id} (validated data: every reference is known). */
  private static NodeId node(Map<String, Long> ids, String id) {
    Long node = ids.get(id);
    if (node == null) {
      throw new IllegalArgumentException("a reference to an unknown id: " + id);
    }
    return new NodeId(node);
  }

  /**
   * One CSV file in the importer's dialect: comma-separated, text always quoted (so an empty text
   * is an empty string, not a missing property), a missing value an empty unquoted cell, arrays
   * joined by ';' inside one quoted cell.
   */
  private static final class Csv implements AutoCloseable {
    private final Writer out;
    private final Input input;

    Csv(Path file, Input input) throws IOException {
      this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
      this.input = input;
    }

    void header(String... columns) throws IOException {
      out.write(String.join(",", columns));
      out.write('\n');
    }

    void row(Object... cells) throws IOException {
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        Object cell = cells[i];
        if (cell == null) {
          continue;
        }
        if (cell instanceof NodeId node) {
          out.write(Long.toString(node.id()));
          continue;
        }
        input.properties++;
        switch (cell) {
          case String s -> quoted(s);
          case List<?> list -> {
            for (Object element : list) {
              String s = element.toString();
              if (s.indexOf(';') >= 0 || s.isEmpty()) {
                throw new IllegalArgumentException("an array element the importer cannot split");
              }
            }
            quoted(String.join(";", list.stream().map(Object::toString).toList()));
          }
          case Double d -> out.write(Double.toString(d));
          case Raw raw -> out.write(raw.text());
          default -> out.write(cell.toString()); // Integer, Long, Boolean
        }
      }
      out.write('\n');
    }

    private void quoted(String s) throws IOException {
      if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
        input.multiline = true;
      }
      out.write('"');
      out.write(s.replace("\"", "\"\""));
      out.write('"');
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** Runs {@code neo4j-admin database import full} into the Neo4j home {@code store}. */
  private static void runImporter(Path store, Path work, Input input) throws IOException {
    Files.createDirectories(store.resolve("conf"));
    List<String> args = new ArrayList<>();
    args.add(DATABASE);
    args.addAll(input.arguments);
    args.add("--id-type=actual");
    args.add("--multiline-fields=" + input.multiline);
    args.add("--max-off-heap-memory=" + MAX_OFF_HEAP);
    args.add("--report-file=" + work.resolve("import.report"));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int code;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        var fs = new DefaultFileSystemAbstraction()) {
      ExecutionContext context = new ExecutionContext(store, store.resolve("conf"), out, out, fs);
      code = new CommandLine(new ImportCommand.Full(context)).execute(args.toArray(String[]::new));
    }
    String output = printed.toString(StandardCharsets.UTF_8);
    log.debug("Neo4j's importer said:\n{}", output);
    if (code != 0) {
      throw new IllegalStateException(
          "Neo4j's bulk importer failed (exit code " + code + "): " + lastLines(output, 5));
    }
  }

  /**
   * Finishes the imported store before it is moved into place, on a database server of its own (no
   * Bolt): the empty role lists the importer cannot write (it leaves the property out, a
   * transactional import stores an empty list), then the schema with its indexes online. So the
   * rename moves a database that needs nothing more, and a start after it finds the schema there.
   */
  private static void finish(Path store) {
    long started = System.nanoTime();
    DatabaseManagementService dbms = server(store, 512L << 20);
    try {
      GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      log.info("Bulk import: the new store opened in {} ms", since(started));
      long step = System.nanoTime();
      // One pass: a few percent of the actors have no role, one small write each.
      long fixed =
          db.executeTransactionally(
              EMPTY_ROLES, Map.of(), result -> ((Number) result.next().get("n")).longValue());
      log.info("Bulk import: {} empty role lists written in {} ms", fixed, since(step));
      step = System.nanoTime();
      createSchema(db);
      log.info("Bulk import: constraints and indexes created in {} ms", since(step));
      step = System.nanoTime();
      db.executeTransactionally("CALL db.awaitIndexes(600)");
      log.info("Bulk import: waited {} ms for the indexes to be online", since(step));
    } finally {
      long step = System.nanoTime();
      dbms.shutdown();
      log.info("Bulk import: the new store closed in {} ms", since(step));
    }
    log.info("Bulk import: store finished in {} ms", since(started));
  }

  /** The empty role lists the importer leaves out (it writes no empty array). */
  private static final String EMPTY_ROLES =
      "MATCH (a:Actor) WHERE a.roles IS NULL SET a.roles = [] RETURN count(*) AS n";

  /** A database server without Bolt or HTTP on the Neo4j home {@code home}. */
  private static DatabaseManagementService server(Path home, long pageCacheBytes) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, false)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
        .build();
  }

  private static String lastLines(String text, int n) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    return String.join(" / ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
  }

  /**
   * Deletes the hidden work folders that bulk imports into {@code home} left when their process was
   * killed (before their rename, so they never were the database).
   */
  public static void deleteAbandoned(Path home) {
    Path target = home.toAbsolutePath().normalize();
    if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
      return;
    }
    try {
      deleteAbandoned(target.getParent(), target.getFileName().toString());
    } catch (IOException e) {
      log.warn("Could not delete the work folders of killed bulk imports beside {}", target, e);
    }
  }

  /** Deletes the work folders of bulk imports into {@code name} whose process is gone. */
  private static void deleteAbandoned(Path parent, String name) throws IOException {
    String prefix = "." + name + ".bulk-";
    List<Path> abandoned;
    try (Stream<Path> entries = Files.list(parent)) {
      abandoned =
          entries
              .filter(p -> p.getFileName().toString().startsWith(prefix))
              .filter(
                  p -> {
                    try {
                      long pid =
                          Long.parseLong(p.getFileName().toString().substring(prefix.length()));
                      return pid != ProcessHandle.current().pid()
                          && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
                    } catch (NumberFormatException e) {
                      return false;
                    }
                  })
              .toList();
    }
    for (Path p : abandoned) {
      log.warn("Deleting {}, left by a bulk import that did not finish", p);
      deleteTree(p);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Makes the rename durable (a directory's fsync); best effort where the platform has none. */
  private static void force(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      log.debug("Could not fsync {}", dir, e);
    }
  }
}

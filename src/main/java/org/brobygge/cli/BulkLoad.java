package org.brobygge.cli;

import java.nio.file.Path;
import java.util.List;
import org.brobygge.ingest.CsvDialect;
import org.brobygge.ingest.ImportFiles;
import org.brobygge.ingest.NativeCsvParser;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.TieKinds;
import org.brobygge.store.BulkImport;
import org.brobygge.store.EmbeddedNeo4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The import command's bulk load: when the embedded database's folder holds no database yet and the
 * files are large, they are parsed and validated exactly as {@code NativeImporter.importFiles} does
 * against an empty database (the same parser, tie kinds and limits, no ids known), and the
 * validated data is written by Neo4j's offline importer ({@link BulkImport}) before the embedded
 * server opens the folder. Otherwise it does nothing and the command imports through transactions
 * as always.
 *
 * <p>Runs as the {@link EmbeddedNeo4j.BeforeStart} of the context the command starts; a rejected
 * file (an {@code ImportRejectedException}) stops that start, and the command reports it as it
 * reports any rejection. Nothing is written then: the folder stays as it was. A bulk load that was
 * written stops the start as well ({@link Written}): there is nothing left to do.
 */
final class BulkLoad implements EmbeddedNeo4j.BeforeStart {

  /** Rows (ecosystems, actors, ties) from which a new database is bulk-loaded. */
  static final long DEFAULT_MIN_ROWS = 100_000;

  static final String MIN_ROWS = "brobygge.import.bulk-min-rows";

  /** Whether Neo4j warms up beside the parsing ({@link BulkImport#warmUp}); on by default. */
  static final String WARM_UP = "brobygge.import.bulk-warm-up";

  private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);

  private final ImportFiles files;
  private final CsvDialect dialect;
  // set by BrobyggeCommand.start before the context is refreshed
  ConfigurableApplicationContext context;
  private EcosystemData data;
  private BulkImport.Result result;

  BulkLoad(ImportFiles files, CsvDialect dialect) {
    this.files = files;
    this.dialect = dialect;
  }

  @Override
  public void beforeStart(Path home) {
    BulkImport.deleteAbandoned(home);
    if (!BulkImport.isNew(home)) {
      return;
    }
    long minRows = context.getEnvironment().getProperty(MIN_ROWS, Long.class, DEFAULT_MIN_ROWS);
    NativeCsvParser parser =
        new NativeCsvParser(
            context.getBean(TieKinds.class), context.getBean(NativeCsvParser.Limits.class));
    // Neo4j warms up beside the parsing when the files look large enough to be loaded in bulk.
    boolean warm =
        context.getEnvironment().getProperty(WARM_UP, Boolean.class, true)
            && lines(files) >= minRows;
    try (BulkImport.Warmup warmup = warm ? BulkImport.warmUp(home) : null) {
      long started = System.nanoTime();
      EcosystemData parsed = parser.parse(files, NativeCsvParser.KnownIds.NONE, dialect);
      log.info("Parsed and validated in {} ms", (System.nanoTime() - started) / 1_000_000);
      long rows = parsed.ecosystems().size() + parsed.actors().size() + parsed.ties().size();
      if (rows < minRows) {
        return; // imported through transactions, parsed again there (small)
      }
      String unsupported = BulkImport.unsupported(parsed);
      if (unsupported != null) {
        log.warn("Imported through transactions, not in bulk: {}", unsupported);
        return;
      }
      data = parsed;
      try {
        result = BulkImport.write(home, parsed, warmup);
      } catch (RuntimeException e) {
        // nothing was written: the folder is as it was, and the transactional import still works
        log.warn(
            "The bulk import failed, importing through transactions instead: {}", e.toString());
        return;
      }
    }
    if (result == null) {
      return; // dropped: the folder got a database meanwhile; the command imports into it
    }
    // The command is done: BulkImport.write left the store finished (schema, indexes online) and
    // closed it. Starting the server on it, the driver and the rest of the context would only be
    // stopped again (about 2.5 s at 1,000,000 ties).
    throw new Written();
  }

  /**
   * Ends the start of the command's context after a bulk load: the import is complete and
   * committed. {@code ImportCommand} takes it for success and reports the load.
   */
  static final class Written extends RuntimeException {
    private Written() {
      super("written by the bulk importer", null, false, false);
    }
  }

  /** Line breaks in the files that hold rows (an upper bound of the rows plus headers). */
  static long lines(ImportFiles files) {
    long lines = 0;
    for (String name : List.of(ImportFiles.ECOSYSTEMS, ImportFiles.ACTORS, ImportFiles.TIES)) {
      lines += NativeCsvParser.lineBreaks(files, name);
    }
    return lines;
  }

  /**
   * Whether the files were written in bulk (else the command imports them through transactions).
   */
  boolean written() {
    return result != null;
  }

  ImportFiles files() {
    return files;
  }

  EcosystemData data() {
    return data;
  }

  BulkImport.Result result() {
    return result;
  }
}

package org.brobygge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.brobygge.ingest.CsvDialect;
import org.brobygge.ingest.ImportFiles;
import org.brobygge.ingest.ImportProblem;
import org.brobygge.ingest.ImportRejectedException;
import org.brobygge.ingest.NativeImporter;
import org.brobygge.ingest.graph.GraphFileImporter;
import org.brobygge.ingest.graph.GraphFileParser;
import org.brobygge.ingest.graph.GraphMapping;
import org.brobygge.ingest.sheets.SpreadsheetImporter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * Imports a folder or zip of native CSV files into the configured database, exactly as {@code POST
 * /api/imports} does, without starting the web server.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import ecosystems.csv, actors.csv and ties.csv (a folder or a zip), or one .gexf or",
      ".graphml file (Gephi, yEd, our export; see --map), into the database.",
      "Validates everything first; writes all or nothing. Into a new embedded database",
      "(100,000 rows or more) it writes with Neo4j's bulk importer, much faster.",
      "The embedded database can only be opened by one process: while the app runs, add",
      "--spring.neo4j.uri=bolt://localhost:PORT (its Bolt port, in its log and in the error"
          + " this command prints) to import through it."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:imported",
      "1:rejected, nothing written",
      "2:bad arguments",
      "3:the database could not be opened"
    })
final class ImportCommand implements Callable<Integer> {

  @CommandLine.ParentCommand private BrobyggeCommand parent;

  @Parameters(
      index = "0",
      paramLabel = "PATH",
      description =
          "folder with the CSV files, a .zip of them, an .xlsx workbook, or a .gexf or .graphml"
              + " file")
  Path path;

  @Option(
      names = "--map",
      paramLabel = "FIELD=ATTRIBUTE",
      description = {
        "graph files: read FIELD from the file's ATTRIBUTE, e.g. --map sector=type.",
        "Fields: name, sector, roles, ecosystems, region, country (nodes); kind, weight,",
        "since, until, source (edges). Defaults are our export's attribute names."
      })
  java.util.Map<String, String> map = new java.util.LinkedHashMap<>();

  @Option(
      names = "--sector-values",
      paramLabel = "VALUE:SECTOR,...",
      description = "graph files: the file's sector values to ours, e.g. University:academia")
  String sectorValues;

  @Option(
      names = "--kind-values",
      paramLabel = "VALUE:KIND,...",
      description = "graph files: the file's tie kind values to ours, e.g. funds:capital")
  String kindValues;

  @Option(
      names = "--default-sector",
      paramLabel = "SECTOR",
      description = "graph files: the sector of a node without one")
  String defaultSector;

  @Option(
      names = "--default-kind",
      paramLabel = "KIND",
      description = "graph files: the tie kind of an edge without one")
  String defaultKind;

  @Option(
      names = "--no-create-ecosystems",
      description =
          "graph files: refuse ecosystem ids the database does not have (default: create them,"
              + " named by their id)")
  boolean noCreateEcosystems;

  @CommandLine.Option(
      names = "--delimiter",
      paramLabel = "SEP",
      description =
          "cell separator of the CSV files: ',' (comma), ';' (semicolon) or tab; detected from"
              + " each file's header when left out")
  String delimiter;

  @CommandLine.Option(
      names = "--decimal",
      paramLabel = "MARK",
      description =
          "decimal mark of the weights: '.' (point) or ',' (comma); detected when left out")
  String decimal;

  @Unmatched List<String> springSettings = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    CsvDialect dialect;
    try {
      dialect = CsvDialect.of(delimiter, decimal);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    ImportFiles files = null;
    GraphMapping mapping = null;
    byte[] graphFile = null;
    byte[] workbook = null;
    try {
      if (GraphFileParser.Format.isGraphFile(path.getFileName().toString())
          && Files.isRegularFile(path)) {
        mapping = mapping();
        graphFile = Files.readAllBytes(path);
      } else if (SpreadsheetImporter.isWorkbook(path.toString()) && Files.isRegularFile(path)) {
        workbook = Files.readAllBytes(path);
      } else {
        files = read(path);
      }
    } catch (ImportRejectedException e) {
      return report(e);
    } catch (IllegalArgumentException e) {
      System.err.println("Bad option: " + e.getMessage());
      return 2;
    }
    // A new embedded database is loaded in bulk before it opens (files large enough, see BulkLoad).
    long started = System.nanoTime();
    BulkLoad bulk = files != null ? new BulkLoad(files, dialect) : null;
    try (ConfigurableApplicationContext context =
        parent.start(springSettings, Map.of("brobygge.sample.load-on-start", false), bulk)) {
      if (graphFile != null) {
        var graph =
            context
                .getBean(GraphFileImporter.class)
                .importFile(graphFile, path.getFileName().toString(), mapping);
        if (!graph.ecosystemsCreated().isEmpty()) {
          System.out.println(
              "Ecosystems created, named by their id: "
                  + String.join(", ", graph.ecosystemsCreated()));
        }
        printReport(graph.write());
        return 0;
      }
      printReport(
          workbook != null
              ? context
                  .getBean(SpreadsheetImporter.class)
                  .importWorkbook(workbook, path.getFileName().toString())
              : context.getBean(NativeImporter.class).importFiles(files, dialect));
      return 0;
    } catch (ImportRejectedException e) {
      return report(e);
    } catch (RuntimeException e) {
      // the bulk load runs while the context starts: its rejection, or its end, comes wrapped
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof ImportRejectedException rejected) {
          return report(rejected);
        }
        if (cause instanceof BulkLoad.Written && bulk != null && bulk.written()) {
          System.out.println(
              "Written by Neo4j's bulk importer into a new database (all or nothing; schema"
                  + " applied, indexes online).");
          printReport(bulkReport(bulk, started));
          return 0;
        }
      }
      System.err.println("Could not import, nothing was written: " + Failures.oneLine(e));
      return BrobyggeCommand.DATABASE_FAILED;
    }
  }

  /** The report of a bulk load, as {@link NativeImporter} reports a transactional import. */
  private static NativeImporter.ImportReport bulkReport(BulkLoad bulk, long startedNanos) {
    var data = bulk.data();
    var result = bulk.result();
    return new NativeImporter.ImportReport(
        bulk.files().names(),
        data.ecosystems().size(),
        data.actors().size(),
        data.ties().size(),
        result.nodesCreated(),
        result.relationshipsCreated(),
        0,
        result.propertiesSet(),
        (System.nanoTime() - startedNanos) / 1_000_000);
  }

  private GraphMapping mapping() {
    GraphMapping mapping = GraphMapping.DEFAULT;
    for (var entry : map.entrySet()) {
      mapping = mapping.with(entry.getKey(), entry.getValue());
    }
    return mapping.withDefaults(
        defaultSector,
        defaultKind,
        GraphMapping.values(sectorValues),
        GraphMapping.values(kindValues),
        !noCreateEcosystems);
  }

  private void printReport(NativeImporter.ImportReport report) {
    System.out.printf(
        "Imported %s: %d ecosystems, %d actors, %d ties (%d nodes and %d relationships"
            + " created) in %d ms%n",
        path,
        report.ecosystems(),
        report.actors(),
        report.ties(),
        report.nodesCreated(),
        report.relationshipsCreated(),
        report.millis());
    System.out.printf(
        "%,.0f ties/s from validation to commit; peak memory: %s%n",
        report.ties() * 1000.0 / Math.max(1, report.millis()), peakMemory());
  }

  /**
   * The process's peak resident set (Linux's VmHWM, which {@code /usr/bin/time -v} also reports)
   * and the peak of the heap pools, so an import's memory is seen without a profiler.
   */
  static String peakMemory() {
    long heapPeak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        heapPeak += pool.getPeakUsage().getUsed();
      }
    }
    String rss = "unknown";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          rss = "%,d MB".formatted(kb / 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: the heap figure alone
    }
    return "resident %s, heap %,d MB of %,d MB"
        .formatted(rss, heapPeak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  private static ImportFiles read(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return ImportFiles.fromFolder(path);
    }
    if (!Files.isRegularFile(path)) {
      throw new ImportRejectedException(
          List.of(new ImportProblem(path.toString(), 0, "", "no such folder or file")));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return ImportFiles.fromZip(in, path.getFileName().toString());
    }
  }

  private static int report(ImportRejectedException e) {
    System.err.println("Import rejected, nothing was written:");
    for (ImportProblem problem : e.problems()) {
      System.err.println("  " + problem);
    }
    return 1;
  }
}

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
import org.brobygge.ingest.ImportFiles;
import org.brobygge.ingest.ImportProblem;
import org.brobygge.ingest.ImportRejectedException;
import org.brobygge.ingest.NativeImporter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
      "Import ecosystems.csv, actors.csv and ties.csv (a folder or a zip) into the database.",
      "Validates everything first; writes all or nothing.",
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
      description = "folder with the CSV files, or a .zip")
  Path path;

  @Unmatched List<String> springSettings = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    ImportFiles files;
    try {
      files = read(path);
    } catch (ImportRejectedException e) {
      return report(e);
    }
    try (ConfigurableApplicationContext context =
        parent.start(springSettings, Map.of("brobygge.sample.load-on-start", false))) {
      var report = context.getBean(NativeImporter.class).importFiles(files);
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
      return 0;
    } catch (ImportRejectedException e) {
      return report(e);
    } catch (RuntimeException e) {
      System.err.println("Could not import, nothing was written: " + Failures.oneLine(e));
      return BrobyggeCommand.DATABASE_FAILED;
    }
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

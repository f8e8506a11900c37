package org.brobygge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.brobygge.ingest.ImportProblem;
import org.brobygge.ingest.ImportRejectedException;
import org.brobygge.ingest.cordis.CordisFiles;
import org.brobygge.ingest.cordis.CordisImporter;
import org.brobygge.ingest.cordis.CordisOptions;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * Imports CORDIS's project.csv and organization.csv (a folder or the programme's zip), exactly as
 * {@code POST /api/imports/cordis} does, without starting the web server. Progress is logged.
 */
@Command(
    name = "import-cordis",
    mixinStandardHelpOptions = true,
    description = {
      "Import CORDIS projects and their participants from the region.",
      "Reads project.csv and organization.csv, in a folder or the programme's",
      "cordis-...projects-csv.zip, and keeps the projects with a participant in the region.",
      "Validates everything first; writes all or nothing.",
      "While the app runs, add --spring.neo4j.uri=bolt://localhost:PORT (its Bolt port, in its",
      "log and in the error this command prints) to import through it."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:imported",
      "1:rejected, nothing written",
      "2:bad arguments",
      "3:the database could not be opened"
    })
final class ImportCordisCommand implements Callable<Integer> {

  @CommandLine.ParentCommand private BrobyggeCommand parent;

  @Parameters(
      index = "0",
      paramLabel = "PATH",
      description = "folder with project.csv and organization.csv, or a CORDIS .zip")
  Path path;

  @Option(
      names = "--regions",
      paramLabel = "PREFIXES",
      description =
          "NUTS code prefixes of the region, comma-separated, or 'all' (default:"
              + " SE332,FI1D7,FI1A3)")
  String regions;

  @Option(
      names = "--kind",
      defaultValue = CordisOptions.DEFAULT_TIE_KIND,
      description = "tie kind of co-participation ties (default: ${DEFAULT-VALUE})")
  String kind;

  @Option(
      names = "--weighting",
      defaultValue = "consortium",
      description =
          "what one shared project adds to a tie: consortium (1/(n-1)) or projects (1)"
              + " (default: ${DEFAULT-VALUE})")
  String weighting;

  @Option(
      names = "--max-participants",
      defaultValue = "" + CordisOptions.DEFAULT_MAX_PARTICIPANTS,
      description =
          "projects with more participants add no ties; 0 for no cap (default: ${DEFAULT-VALUE})")
  int maxParticipants;

  @Unmatched List<String> springSettings = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    var weight = CordisOptions.Weighting.fromId(weighting);
    if (weight.isEmpty() || maxParticipants < 0) {
      System.err.println(
          weight.isEmpty()
              ? "--weighting must be one of " + String.join(", ", CordisOptions.Weighting.ids())
              : "--max-participants must be 0 (no cap) or more");
      return 2;
    }
    CordisOptions options =
        new CordisOptions(CordisOptions.regions(regions), kind, weight.get(), maxParticipants);
    CordisFiles files;
    try {
      files = read(path);
    } catch (ImportRejectedException e) {
      return report(e);
    }
    try (ConfigurableApplicationContext context =
        parent.start(springSettings, Map.of("brobygge.sample.load-on-start", false))) {
      var report = context.getBean(CordisImporter.class).importFiles(files, options);
      var stats = report.stats();
      System.out.printf(
          "Imported %s: %d of %d projects and %d of %d participations kept (regions %s);"
              + " %d actors (%d organisations merged), %d ties (%d projects over the cap of %d"
              + " add none); %d nodes and %d relationships created in %d ms%n",
          path,
          stats.projectsKept(),
          stats.projectsRead(),
          stats.participationsKept(),
          stats.participationsRead(),
          options.regionPrefixes().isEmpty() ? "all" : String.join(",", options.regionPrefixes()),
          stats.actors(),
          report.mergeCount(),
          stats.ties(),
          stats.projectsOverCap(),
          options.maxParticipants(),
          report.write().nodesCreated(),
          report.write().relationshipsCreated(),
          report.write().millis());
      report.merges().forEach(m -> System.out.println("  " + m));
      return 0;
    } catch (ImportRejectedException e) {
      return report(e);
    } catch (RuntimeException e) {
      System.err.println("Could not import, nothing was written: " + Failures.oneLine(e));
      return BrobyggeCommand.DATABASE_FAILED;
    }
  }

  private static CordisFiles read(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return CordisFiles.fromFolder(path);
    }
    if (!Files.isRegularFile(path)) {
      throw new ImportRejectedException(
          List.of(new ImportProblem(path.toString(), 0, "", "no such folder or file")));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return CordisFiles.fromZip(in, path.getFileName().toString());
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

package org.brobygge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.brobygge.analysis.centrality.ComputeLimits;
import org.brobygge.analysis.gaps.GapDefinitions;
import org.brobygge.analysis.trends.Evaluation;
import org.brobygge.analysis.trends.RegionEvaluation;
import org.brobygge.export.EvaluationMarkdown;
import org.brobygge.graph.YearRange;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.TieKinds;
import org.brobygge.session.AnalysisSession;
import org.brobygge.store.Snapshots;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every ecosystem's evaluation between a baseline and a follow-up year, and the region's
 * ranking, as Markdown and JSON, from the configured database, as {@code GET
 * /api/ecosystems/{id}/evaluation} and {@code GET /api/evaluation} make them.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Write every ecosystem's evaluation between two years (Markdown and JSON) to a folder.",
      "<id>.md and <id>.json per ecosystem, and region.md and region.json ranking them. Reads",
      "the configured database (an empty embedded one gets the sample first)."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:written",
      "2:bad arguments (a year outside the data, a follow-up before the baseline)",
      "3:the database could not be read",
      "4:a file could not be written"
    })
final class EvaluateCommand implements Callable<Integer> {

  @CommandLine.ParentCommand private BrobyggeCommand parent;

  @Option(names = "--baseline", required = true, description = "the baseline year")
  int baseline;

  @Option(names = "--follow-up", required = true, description = "the follow-up year")
  int followUp;

  @Option(names = "--out", required = true, description = "folder to write to (created if needed)")
  Path out;

  @Unmatched List<String> springSettings = new ArrayList<>();

  @Override
  public Integer call() {
    if (followUp < baseline) {
      System.err.println(
          "--follow-up " + followUp + " is before --baseline " + baseline + "; swap them");
      return 2;
    }
    List<Evaluation> evaluations = new ArrayList<>();
    RegionEvaluation region;
    long started = System.nanoTime();
    try (ConfigurableApplicationContext context = parent.start(springSettings, Map.of())) {
      AnalysisSession session =
          AnalysisSession.of(
              context.getBean(Snapshots.class).current(),
              context.getBean(GapDefinitions.class),
              context.getBean(HomeRegion.class),
              context.getBean(TieKinds.class),
              context.getBean(ComputeLimits.class));
      YearRange years = session.years();
      for (int[] pair : new int[][] {{baseline, 0}, {followUp, 1}}) {
        if (!years.contains(pair[0])) {
          System.err.println(
              (pair[1] == 0 ? "--baseline " : "--follow-up ")
                  + pair[0]
                  + " is outside the years the data covers, "
                  + years);
          return 2;
        }
      }
      region = session.regionEvaluation(baseline, followUp);
      for (int e = 0; e < session.graph().ecosystemCount(); e++) {
        evaluations.add(session.evaluation(e, baseline, followUp));
      }
    } catch (RuntimeException e) {
      System.err.println("Could not read the network: " + Failures.oneLine(e));
      return BrobyggeCommand.DATABASE_FAILED;
    }
    try {
      Files.createDirectories(out);
      JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
      for (Evaluation e : evaluations) {
        Files.writeString(out.resolve(e.ecosystemId() + ".md"), EvaluationMarkdown.render(e));
        Files.writeString(out.resolve(e.ecosystemId() + ".json"), json.writeValueAsString(e));
      }
      Files.writeString(out.resolve("region.md"), EvaluationMarkdown.render(region));
      Files.writeString(out.resolve("region.json"), json.writeValueAsString(region));
    } catch (IOException e) {
      System.err.println("Could not write to " + out + ": " + e.getMessage());
      return 4;
    }
    System.out.printf(
        "Wrote %d evaluations (%d to %d) and region.md to %s in %d ms%n",
        evaluations.size(), baseline, followUp, out, (System.nanoTime() - started) / 1_000_000);
    return 0;
  }
}

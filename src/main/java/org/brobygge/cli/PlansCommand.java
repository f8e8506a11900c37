package org.brobygge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.brobygge.analysis.bridges.ClusterPlan;
import org.brobygge.analysis.bridges.LinkPredictionIndex;
import org.brobygge.analysis.centrality.ComputeLimits;
import org.brobygge.analysis.gaps.GapDefinitions;
import org.brobygge.export.ClusterPlanMarkdown;
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
 * Writes every ecosystem's cluster plan, as Markdown and as JSON, and an index, from the configured
 * database, exactly as {@code GET /api/ecosystems/{id}/plan} makes them.
 */
@Command(
    name = "plans",
    mixinStandardHelpOptions = true,
    description = {
      "Write every ecosystem's cluster plan (Markdown and JSON) to a folder.",
      "<id>.md and <id>.json per ecosystem, and index.md. Reads the configured database (an",
      "empty embedded one gets the sample first).",
      "While the app runs, add --spring.neo4j.uri=bolt://localhost:PORT (its Bolt port, in its",
      "log and in the error this command prints) to read through it."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:written",
      "2:bad arguments",
      "3:the database could not be read",
      "4:a file could not be written"
    })
final class PlansCommand implements Callable<Integer> {

  @CommandLine.ParentCommand private BrobyggeCommand parent;

  @Option(
      names = "--out",
      defaultValue = "out/plans",
      description =
          "folder to write to, created if needed (default ${DEFAULT-VALUE}, under the working"
              + " directory; git ignores out/)")
  Path out;

  @Option(
      names = "--index",
      defaultValue = "resource_allocation",
      description =
          "link-prediction index: resource_allocation (default), adamic_adar, jaccard,"
              + " common_neighbours")
  String index;

  @Option(
      names = "--actions",
      defaultValue = "" + ClusterPlan.ACTIONS_DEFAULT,
      description = "actions per gap (default ${DEFAULT-VALUE})")
  int actions;

  @Unmatched List<String> springSettings = new ArrayList<>();

  @Override
  public Integer call() {
    LinkPredictionIndex chosen = LinkPredictionIndex.byId(index).orElse(null);
    if (chosen == null) {
      System.err.println(
          "Unknown --index '"
              + index
              + "'; use one of "
              + String.join(", ", LinkPredictionIndex.ids()));
      return 2;
    }
    if (actions < 1 || actions > 20) {
      System.err.println("--actions must be between 1 and 20, not " + actions);
      return 2;
    }
    List<ClusterPlan> plans = new ArrayList<>();
    long started = System.nanoTime();
    try (ConfigurableApplicationContext context = parent.start(springSettings, Map.of())) {
      AnalysisSession session =
          AnalysisSession.of(
              context.getBean(Snapshots.class).current(),
              context.getBean(GapDefinitions.class),
              context.getBean(HomeRegion.class),
              context.getBean(TieKinds.class),
              context.getBean(ComputeLimits.class));
      for (int e = 0; e < session.graph().ecosystemCount(); e++) {
        plans.add(session.plan(e, chosen, actions));
      }
    } catch (RuntimeException e) {
      System.err.println("Could not read the network: " + Failures.oneLine(e));
      return BrobyggeCommand.DATABASE_FAILED;
    }
    try {
      write(plans);
    } catch (IOException e) {
      System.err.println("Could not write to " + out + ": " + e.getMessage());
      return 4;
    }
    System.out.printf(
        "Wrote %d plans and index.md to %s in %d ms%n",
        plans.size(), out, (System.nanoTime() - started) / 1_000_000);
    return 0;
  }

  private void write(List<ClusterPlan> plans) throws IOException {
    Files.createDirectories(out);
    JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    for (ClusterPlan plan : plans) {
      Files.writeString(out.resolve(plan.ecosystemId() + ".md"), ClusterPlanMarkdown.render(plan));
      Files.writeString(out.resolve(plan.ecosystemId() + ".json"), json.writeValueAsString(plan));
    }
    Files.writeString(out.resolve("index.md"), ClusterPlanMarkdown.index(plans));
  }
}

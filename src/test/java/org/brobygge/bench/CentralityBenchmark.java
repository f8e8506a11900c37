package org.brobygge.bench;

import java.util.EnumSet;
import org.brobygge.analysis.centrality.CentralityMeasures;
import org.brobygge.analysis.centrality.ComputeCost;
import org.brobygge.analysis.centrality.ComputeLimits;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.analysis.centrality.NetworkSummary;
import org.brobygge.analysis.centrality.StructuralHoles;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.synthetic.SyntheticNetworkGenerator;

/**
 * Prints the time of each per-actor measure on a network (issue 4). A benchmark, not a test.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec -Dbench.main=org.brobygge.bench.CentralityBenchmark \
 *     -Dbench.args="actors ties seed skip-exact"
 * </pre>
 *
 * {@code actors = 0} measures the sample (620 actors). With {@code skip-exact} = true the O(n m)
 * measures are left out, for the 100,000-actor network, except betweenness, which is then estimated
 * from the API's default number of pivots (one run, no warm-up). Each measure is timed once after
 * one warm-up run of the same measure.
 */
public final class CentralityBenchmark {

  private CentralityBenchmark() {}

  public static void main(String[] args) {
    int actors = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    int ties = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 7L;
    boolean skipExact = args.length > 3 && Boolean.parseBoolean(args[3]);
    long t0 = System.nanoTime();
    EcosystemGraph graph =
        EcosystemGraph.of(
            actors == 0
                ? SyntheticNetworkGenerator.norrbottenLaplandSample(42)
                : SyntheticNetworkGenerator.scaled(actors, ties, seed));
    System.out.printf(
        "JVM %s, %d cores; network %,d actors, %,d ties (%s); built in %.2f s%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        graph.actorCount(),
        graph.tieCount(),
        actors == 0 ? "the sample" : "seed " + seed,
        seconds(t0));
    long t1 = System.nanoTime();
    NetworkView view = NetworkView.whole(graph);
    System.out.printf("network view (simple graph): %.2f s%n", seconds(t1));
    for (Measure measure : Measure.values()) {
      if (skipExact && measure == Measure.BETWEENNESS) {
        var sampled =
            CentralityMeasures.Options.defaults()
                .withPivots(ComputeLimits.BETWEENNESS_PIVOTS_DEFAULT, ComputeLimits.SEED_DEFAULT);
        long start = System.nanoTime();
        new CentralityMeasures(view, EnumSet.of(measure), sampled);
        System.out.printf(
            "  %-24s %8.3f s (%d pivots)%n",
            measure.id(), seconds(start), ComputeLimits.BETWEENNESS_PIVOTS_DEFAULT);
        continue;
      }
      if (skipExact && measure.cost() != ComputeCost.LINEAR) {
        System.out.printf("  %-24s skipped (O(n m))%n", measure.id());
        continue;
      }
      new CentralityMeasures(view, EnumSet.of(measure)); // warm-up
      long start = System.nanoTime();
      new CentralityMeasures(view, EnumSet.of(measure));
      System.out.printf("  %-24s %8.3f s%n", measure.id(), seconds(start));
    }
    new StructuralHoles(view);
    long holes = System.nanoTime();
    new StructuralHoles(view);
    System.out.printf("  %-24s %8.3f s%n", "structural holes (all 3)", seconds(holes));
    long summary = System.nanoTime();
    new NetworkSummary(view);
    System.out.printf("  %-24s %8.3f s%n", "network summary", seconds(summary));
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}

package org.brobygge.bench;

import java.util.EnumSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.brobygge.analysis.centrality.BrandesBetweenness;
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
 *     -Dbench.args="actors ties seed skip-exact [betweenness-actors]"
 * </pre>
 *
 * {@code actors = 0} measures the sample (620 actors). With {@code skip-exact} = true the O(n m)
 * measures are left out, for the 100,000-actor network, except betweenness, which is then estimated
 * from the API's default number of pivots (one run, no warm-up, on one thread, and its time per
 * pivot). Each measure is timed once after one warm-up run of the same measure. With {@code
 * betweenness-actors} (e.g. 10000) it also times exact betweenness on one thread on the generator's
 * network of that many actors and ten times as many ties, same seed, and its time per pivot (the
 * total over the number of actors): what bench/compare-igraph.sh sets beside igraph's.
 */
public final class CentralityBenchmark {

  private CentralityBenchmark() {}

  public static void main(String[] args) {
    int actors = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    int ties = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 7L;
    boolean skipExact = args.length > 3 && Boolean.parseBoolean(args[3]);
    int betweennessActors = args.length > 4 ? Integer.parseInt(args[4]) : 0;
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
        double all = seconds(start);
        System.out.printf(
            "  %-24s %8.3f s (%d pivots, every core)%n",
            measure.id(), all, ComputeLimits.BETWEENNESS_PIVOTS_DEFAULT);
        long one = System.nanoTime();
        onOneThread(() -> new CentralityMeasures(view, EnumSet.of(measure), sampled));
        double single = seconds(one);
        System.out.printf(
            "  %-24s %8.3f s (%d pivots, 1 thread)%n",
            "betweenness, 1 thread", single, ComputeLimits.BETWEENNESS_PIVOTS_DEFAULT);
        System.out.printf(
            "  %-24s %10.6f s%n",
            String.format("betweenness per pivot, %,d actors", view.vertexCount()),
            single / ComputeLimits.BETWEENNESS_PIVOTS_DEFAULT);
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
    if (betweennessActors > 0) {
      exactBetweenness(betweennessActors, seed);
    }
  }

  /** Exact betweenness on one thread on the generator's network of {@code actors} actors. */
  private static void exactBetweenness(int actors, long seed) {
    NetworkView small =
        NetworkView.whole(
            EcosystemGraph.of(SyntheticNetworkGenerator.scaled(actors, actors * 10, seed)));
    int n = small.vertexCount();
    System.out.printf(
        "exact betweenness on %,d actors, %,d merged ties%n", n, small.network().edgeCount());
    onOneThread(
        () -> BrandesBetweenness.estimate(small, BrandesBetweenness.pivots(n, 200, 1))); // warm-up
    long start = System.nanoTime();
    onOneThread(() -> BrandesBetweenness.exact(small));
    double single = seconds(start);
    System.out.printf(
        "  %-24s %8.3f s%n", String.format("betweenness exact, %,d actors", n), single);
    System.out.printf(
        "  %-24s %10.6f s%n", String.format("betweenness per pivot, %,d actors", n), single / n);
    long both = System.nanoTime();
    BrandesBetweenness.exact(small);
    System.out.printf("  (exact on every core: %.3f s)%n", seconds(both));
  }

  /**
   * Runs {@code work} in a pool of one thread, so that its parallel streams (betweenness' pivot
   * groups) run one after the other: the time per core.
   */
  private static <T> T onOneThread(Supplier<T> work) {
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      return pool.submit(work::get).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}

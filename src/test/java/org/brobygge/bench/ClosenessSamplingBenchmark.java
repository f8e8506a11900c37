package org.brobygge.bench;

import java.util.Arrays;
import java.util.EnumSet;
import org.brobygge.analysis.centrality.CentralityMeasures;
import org.brobygge.analysis.centrality.CentralityMeasures.Options;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.synthetic.SyntheticNetworkGenerator;

/**
 * How good and how fast estimated closeness and harmonic centrality are (issue 11). A benchmark,
 * not a test.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec -Dbench.main=org.brobygge.bench.ClosenessSamplingBenchmark \
 *     -Dbench.args="actors ties seed exact sources..."
 * </pre>
 *
 * Default: 10,000 actors, 100,000 ties, seed 7, exact values computed (from every actor), sources
 * 100 250 500 1000. For each source count: the best time of 5 seeds, the searches run, Spearman's
 * rank correlation of closeness and of harmonic with the exact values, the largest relative error
 * of closeness among actors with ties, and how many of the exact closeness top 100 the estimate's
 * holds. With exact = false (for the 100,000-actor network) only the times are printed.
 */
public final class ClosenessSamplingBenchmark {

  private ClosenessSamplingBenchmark() {}

  private static final EnumSet<Measure> PATHS =
      EnumSet.of(Measure.CLOSENESS, Measure.HARMONIC, Measure.HARMONIC_NORMALIZED);

  public static void main(String[] args) {
    int actors = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int ties = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 7L;
    boolean exact = args.length <= 3 || args[3].equals("true");
    int[] sourceCounts =
        args.length > 4
            ? Arrays.stream(args, 4, args.length).mapToInt(Integer::parseInt).toArray()
            : new int[] {100, 250, 500, 1000};
    EcosystemGraph graph = EcosystemGraph.of(SyntheticNetworkGenerator.scaled(actors, ties, seed));
    NetworkView view = NetworkView.whole(graph);
    int n = view.vertexCount();
    System.out.printf(
        "JVM %s, %d cores; %,d actors, %,d ties (seed %d), simple graph %,d edges%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        n,
        graph.tieCount(),
        seed,
        view.graph().edgeSet().size());
    double[] closeness = null;
    double[] harmonic = null;
    if (exact) {
      long t1 = System.nanoTime();
      CentralityMeasures all = new CentralityMeasures(view, PATHS);
      closeness = all.scores(Measure.CLOSENESS);
      harmonic = all.scores(Measure.HARMONIC);
      System.out.printf("exact closeness and harmonic (every actor): %.2f s%n", seconds(t1));
    }
    estimate(view, 50, 1); // warm-up
    System.out.println(
        "sources  searches  seconds  rho closeness   rho harmonic    worst rel. error  top-100");
    for (int k : sourceCounts) {
      double time = Double.MAX_VALUE;
      double[] rhoC = {1, -1};
      double[] rhoH = {1, -1};
      double worst = 0;
      int[] overlap = {Integer.MAX_VALUE, 0};
      int searches = 0;
      for (long s = 1; s <= (exact ? 5 : 3); s++) {
        long start = System.nanoTime();
        CentralityMeasures estimate = estimate(view, k, s);
        time = Math.min(time, seconds(start));
        searches = estimate.closenessSearches();
        if (closeness != null) {
          double[] c = estimate.scores(Measure.CLOSENESS);
          double[] h = estimate.scores(Measure.HARMONIC);
          range(rhoC, BetweennessSamplingBenchmark.spearman(closeness, c));
          range(rhoH, BetweennessSamplingBenchmark.spearman(harmonic, h));
          for (int v = 0; v < n; v++) {
            if (closeness[v] > 0) {
              worst = Math.max(worst, Math.abs(c[v] - closeness[v]) / closeness[v]);
            }
          }
          int top = BetweennessSamplingBenchmark.topOverlap(closeness, c, 100);
          overlap[0] = Math.min(overlap[0], top);
          overlap[1] = Math.max(overlap[1], top);
        }
      }
      if (closeness != null) {
        System.out.printf(
            "%7d  %8d  %7.3f  %.4f..%.4f  %.4f..%.4f  %16.3f  %d..%d%n",
            k, searches, time, rhoC[0], rhoC[1], rhoH[0], rhoH[1], worst, overlap[0], overlap[1]);
      } else {
        System.out.printf("%7d  %8d  %7.3f%n", k, searches, time);
      }
    }
  }

  private static CentralityMeasures estimate(NetworkView view, int sources, long seed) {
    return new CentralityMeasures(
        view, PATHS, Options.defaults().withClosenessSources(sources, seed));
  }

  private static void range(double[] minMax, double x) {
    minMax[0] = Math.min(minMax[0], x);
    minMax[1] = Math.max(minMax[1], x);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}

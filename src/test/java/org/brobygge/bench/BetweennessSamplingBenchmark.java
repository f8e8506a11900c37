package org.brobygge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.brobygge.analysis.centrality.BaselineBrandesBetweenness;
import org.brobygge.analysis.centrality.BrandesBetweenness;
import org.brobygge.analysis.centrality.CentralityMeasures;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.synthetic.SyntheticNetworkGenerator;

/**
 * How good and how fast sampled betweenness is (issue 4). A benchmark, not a test.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec -Dbench.main=org.brobygge.bench.BetweennessSamplingBenchmark \
 *     -Dbench.args="actors ties seed exact pivots..."
 * </pre>
 *
 * {@code exact} is true, false or jgrapht (exact, and JGraphT's BetweennessCentrality timed too),
 * or kernel: then the first pivot count is timed for the code before issue 11 ({@code
 * BaselineBrandesBetweenness}) and the current estimators on the same pivots, alternately in this
 * JVM, on one thread, for as many rounds as the second number says (default 3): wall and CPU time
 * per pivot, the CPU time being what a loaded machine disturbs least.
 *
 * <p>Default: 10,000 actors, 100,000 ties, seed 7, exact betweenness computed, pivots 100 250 500
 * 1000 2000. For each pivot count it prints the time, Spearman's rank correlation with the exact
 * values and how many of the exact top 100 the estimate's top 100 holds (5 pivot seeds each). With
 * exact = false (for the 100,000-actor network) only the times are printed.
 */
public final class BetweennessSamplingBenchmark {

  private BetweennessSamplingBenchmark() {}

  public static void main(String[] args) {
    int actors = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int ties = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 7L;
    boolean exact = args.length <= 3 || args[3].equals("true") || args[3].equals("jgrapht");
    boolean jgrapht = args.length > 3 && args[3].equals("jgrapht");
    boolean kernel = args.length > 3 && args[3].equals("kernel");
    int[] pivotCounts =
        args.length > 4
            ? Arrays.stream(args, 4, args.length).mapToInt(Integer::parseInt).toArray()
            : new int[] {100, 250, 500, 1000, 2000};
    EcosystemGraph graph = EcosystemGraph.of(SyntheticNetworkGenerator.scaled(actors, ties, seed));
    long t0 = System.nanoTime();
    NetworkView view = NetworkView.whole(graph);
    int n = view.vertexCount();
    System.out.printf(
        "JVM %s, %d cores; %,d actors, %,d ties (seed %d), simple graph %,d edges in %.2f s%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        n,
        graph.tieCount(),
        seed,
        view.graph().edgeSet().size(),
        seconds(t0));
    if (kernel) {
      kernels(view, args.length > 4 ? pivotCounts[0] : 200, args.length > 5 ? pivotCounts[1] : 3);
      return;
    }
    double[] reference = null;
    if (exact) {
      long t1 = System.nanoTime();
      reference =
          new CentralityMeasures(view, EnumSet.of(Measure.BETWEENNESS)).scores(Measure.BETWEENNESS);
      System.out.printf("exact betweenness (BrandesBetweenness.exact): %.2f s%n", seconds(t1));
      if (jgrapht) {
        long t2 = System.nanoTime();
        var scores =
            new org.jgrapht.alg.scoring.BetweennessCentrality<>(
                    new org.jgrapht.graph.AsUnweightedGraph<>(view.graph()))
                .getScores();
        double worst = 0;
        for (int v = 0; v < n; v++) {
          worst =
              Math.max(worst, Math.abs(scores.get(v) - reference[v]) / Math.max(1, reference[v]));
        }
        System.out.printf(
            "JGraphT BetweennessCentrality: %.2f s, largest relative difference %.1e%n",
            seconds(t2), worst);
      }
    }
    BrandesBetweenness.estimate(view, BrandesBetweenness.pivots(n, Math.min(n, 50), 1)); // warm-up
    System.out.println(
        "estimator     pivots   seconds   spearman (min..max over 5 seeds)   top-100 overlap");
    for (Estimator estimator : Estimator.values()) {
      for (int k : pivotCounts) {
        double time = Double.MAX_VALUE;
        double minRho = 1;
        double maxRho = -1;
        int minOverlap = Integer.MAX_VALUE;
        int maxOverlap = 0;
        for (long s = 1; s <= (exact ? 5 : 1); s++) {
          long start = System.nanoTime();
          double[] estimate = estimator.estimate(view, BrandesBetweenness.pivots(n, k, s));
          time = Math.min(time, seconds(start));
          if (reference != null) {
            double rho = spearman(reference, estimate);
            minRho = Math.min(minRho, rho);
            maxRho = Math.max(maxRho, rho);
            int overlap = topOverlap(reference, estimate, 100);
            minOverlap = Math.min(minOverlap, overlap);
            maxOverlap = Math.max(maxOverlap, overlap);
          }
        }
        if (reference != null) {
          System.out.printf(
              "%-12s %6d  %8.3f   %.4f..%.4f                  %d..%d%n",
              estimator.label, k, time, minRho, maxRho, minOverlap, maxOverlap);
        } else {
          System.out.printf("%-12s %6d  %8.3f%n", estimator.label, k, time);
        }
      }
    }
  }

  /** The two estimators from the same pivots: Brandes-Pich's and the linear scaling's. */
  private enum Estimator {
    BRANDES_PICH("brandes-pich") {
      @Override
      double[] estimate(NetworkView view, int[] pivots) {
        return BrandesBetweenness.estimate(view, pivots);
      }
    },
    LINEAR("linear") {
      @Override
      double[] estimate(NetworkView view, int[] pivots) {
        return BrandesBetweenness.linearScaled(view, pivots);
      }
    };

    final String label;

    Estimator(String label) {
      this.label = label;
    }

    abstract double[] estimate(NetworkView view, int[] pivots);
  }

  /** The kernels before and now on the same pivots, alternately, on one thread. */
  private static void kernels(NetworkView view, int k, int rounds) {
    int n = view.vertexCount();
    int[] pivots = BrandesBetweenness.pivots(n, k, 1);
    Map<String, Function<int[], double[]>> kernels = new LinkedHashMap<>();
    kernels.put("before (e5d8476)", p -> BaselineBrandesBetweenness.estimate(view, p));
    kernels.put("brandes-pich now", p -> BrandesBetweenness.estimate(view, p));
    kernels.put("linear now", p -> BrandesBetweenness.linearScaled(view, p));
    int[] warm = BrandesBetweenness.pivots(n, Math.min(n, 20), 2);
    kernels.values().forEach(f -> onOneThread(() -> f.apply(warm)));
    double[] before = BaselineBrandesBetweenness.estimate(view, pivots);
    double[] now = BrandesBetweenness.estimate(view, pivots);
    double worst = 0;
    for (int v = 0; v < n; v++) {
      worst = Math.max(worst, Math.abs(before[v] - now[v]) / Math.max(1, before[v]));
    }
    System.out.printf(
        "%d pivots, one thread; Brandes-Pich before and now differ by at most %.1e (relative)%n",
        k, worst);
    System.out.println("round  kernel              wall s   CPU s   CPU ms per pivot");
    for (int round = 1; round <= rounds; round++) {
      for (var e : kernels.entrySet()) {
        long wall = System.nanoTime();
        long cpu =
            onOneThread(
                () -> {
                  long start = THREADS.getCurrentThreadCpuTime();
                  e.getValue().apply(pivots);
                  return THREADS.getCurrentThreadCpuTime() - start;
                });
        System.out.printf(
            "%5d  %-18s %7.2f %7.2f   %8.2f   (%s)%n",
            round, e.getKey(), seconds(wall), cpu / 1e9, cpu / 1e6 / k, load());
      }
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static String load() {
    return String.format(
        "load %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** Runs {@code work} in a pool of one thread, so its parallel streams run one after another. */
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

  /** Spearman's rho (Commons Math: Pearson correlation of the ranks, ties at their mean rank). */
  static double spearman(double[] a, double[] b) {
    return new SpearmansCorrelation().correlation(a, b);
  }

  static int topOverlap(double[] exact, double[] estimate, int top) {
    int[] a = topIndices(exact, top);
    int[] b = topIndices(estimate, top);
    return (int) Arrays.stream(a).filter(v -> Arrays.stream(b).anyMatch(w -> w == v)).count();
  }

  private static int[] topIndices(double[] x, int top) {
    return IntStream.range(0, x.length)
        .boxed()
        .sorted((i, j) -> Double.compare(x[j], x[i]))
        .limit(top)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}

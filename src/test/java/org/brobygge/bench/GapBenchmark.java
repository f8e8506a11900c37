package org.brobygge.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.brobygge.analysis.gaps.DefaultGapDefinitions;
import org.brobygge.analysis.gaps.GapAnalysis;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapFinding;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.HomeRegion;
import org.brobygge.synthetic.SyntheticNetworkGenerator;

/**
 * Prints how long the gap engine takes for all seven gaps over all ecosystems of a synthetic
 * network, once the snapshot is in memory (issue 3), then each gap alone. A benchmark, not a test:
 * it asserts nothing and {@code ./mvnw verify} does not run it. The figures go into BENCHMARKS.md.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec [-Dbench.args="actors ties seed warmups runs"]
 * </pre>
 *
 * Defaults: 100,000 actors, 1,000,000 ties, seed 7, 2 warm-up runs, 5 measured runs. Heap figures
 * are approximate: used heap ({@code totalMemory - freeMemory}) after {@link System#gc()}.
 */
public final class GapBenchmark {

  static final int REFERENCE_YEAR = 2026;
  static final HomeRegion HOME = new HomeRegion("SE332", "SE");

  private GapBenchmark() {}

  public static void main(String[] args) {
    int actors = intArg(args, 0, 100_000);
    int ties = intArg(args, 1, 1_000_000);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 7L;
    int warmups = intArg(args, 3, 2);
    int runs = intArg(args, 4, 5);
    if (runs < 1 || warmups < 0) {
      throw new IllegalArgumentException("need runs >= 1 and warmups >= 0");
    }
    Runtime runtime = Runtime.getRuntime();
    System.out.printf(
        "JVM %s %s, %d cores, max heap %s, GC %s%n",
        System.getProperty("java.vm.name"),
        Runtime.version(),
        runtime.availableProcessors(),
        mb(runtime.maxMemory()),
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .toList());
    System.out.printf(
        "network: %,d actors, %,d ties, seed %d; %d warm-up and %d measured runs%n",
        actors, ties, seed, warmups, runs);

    long start = System.nanoTime();
    EcosystemData data = SyntheticNetworkGenerator.scaled(actors, ties, seed);
    System.out.printf("generation: %s%n", seconds(System.nanoTime() - start));
    start = System.nanoTime();
    EcosystemGraph graph = EcosystemGraph.of(data);
    System.out.printf("snapshot build: %s%n", seconds(System.nanoTime() - start));
    data = null; // only the snapshot stays reachable for the heap figures
    System.out.printf(
        "snapshot: %,d ecosystems, %,d actors, %,d ties%n",
        graph.ecosystemCount(), graph.actorCount(), graph.tieCount());

    List<GapDefinition> definitions = DefaultGapDefinitions.at(REFERENCE_YEAR).definitions();
    long heapBefore = usedHeapAfterGc();

    // All gaps together, as the app computes them.
    GapAnalysis analysis = null;
    long[] times = new long[runs];
    for (int run = -warmups; run < runs; run++) {
      analysis = null; // let the previous run's result go before the next one is built
      start = System.nanoTime();
      analysis = new GapAnalysis(graph, definitions, HOME, REFERENCE_YEAR);
      long elapsed = System.nanoTime() - start;
      if (run < 0) {
        System.out.printf("warm-up %d: %s%n", run + warmups + 1, seconds(elapsed));
      } else {
        times[run] = elapsed;
        System.out.printf("run %d: %s%n", run + 1, seconds(elapsed));
      }
    }
    System.out.printf(
        "all %d gaps over all ecosystems: %s%n", definitions.size(), minMedianMax(times));

    List<GapFinding> findings = analysis.findings();
    long applicable = findings.stream().filter(GapFinding::applicable).count();
    long missing = findings.stream().mapToLong(f -> f.missingEdges().size()).sum();
    long weak = findings.stream().mapToLong(f -> f.weakEdges().size()).sum();
    System.out.printf(
        "result: %,d ecosystems, %,d findings (%,d applicable), %,d missing edges, %,d weak edges%n",
        graph.ecosystemCount(), findings.size(), applicable, missing, weak);
    long heapAfter = usedHeapAfterGc();
    System.out.printf(
        "heap used after GC (approximate): %s with the snapshot, %s with the snapshot and one"
            + " analysis result (result about %s)%n",
        mb(heapBefore), mb(heapAfter), mb(heapAfter - heapBefore));
    Reference.reachabilityFence(analysis); // the result counts in heapAfter

    // Each gap alone: a GapAnalysis with that one definition, same warm-up and runs.
    System.out.println("each gap alone (min / median / max):");
    long sumOfMedians = 0;
    for (GapDefinition definition : definitions) {
      long[] gapTimes = new long[runs];
      List<GapFinding> gapFindings = List.of();
      for (int run = -warmups; run < runs; run++) {
        start = System.nanoTime();
        GapAnalysis single = new GapAnalysis(graph, List.of(definition), HOME, REFERENCE_YEAR);
        long elapsed = System.nanoTime() - start;
        gapFindings = single.findings();
        if (run >= 0) {
          gapTimes[run] = elapsed;
        }
      }
      sumOfMedians += median(gapTimes);
      System.out.printf(
          "  %-22s %s   %,9d missing, %,9d weak edges%n",
          definition.id(),
          minMedianMax(gapTimes),
          gapFindings.stream().mapToLong(f -> f.missingEdges().size()).sum(),
          gapFindings.stream().mapToLong(f -> f.weakEdges().size()).sum());
    }
    System.out.printf("  sum of the medians     %s%n", seconds(sumOfMedians));
  }

  private static int intArg(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index].replace("_", "")) : fallback;
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static String minMedianMax(long[] values) {
    List<String> parts = new ArrayList<>();
    parts.add(seconds(Arrays.stream(values).min().orElseThrow()));
    parts.add(seconds(median(values)));
    parts.add(seconds(Arrays.stream(values).max().orElseThrow()));
    return String.join(" / ", parts);
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", bytes / 1_000_000);
  }
}

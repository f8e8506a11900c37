package org.brobygge.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.brobygge.analysis.bridges.BridgeRecommendation;
import org.brobygge.analysis.bridges.BridgeRecommender;
import org.brobygge.analysis.bridges.ClusterPlan;
import org.brobygge.analysis.bridges.GapBrokers;
import org.brobygge.analysis.bridges.LinkNetwork;
import org.brobygge.analysis.bridges.LinkPredictionIndex;
import org.brobygge.analysis.bridges.ProposedTie;
import org.brobygge.analysis.bridges.SeverityChange;
import org.brobygge.analysis.bridges.WhatIf;
import org.brobygge.analysis.gaps.DefaultGapDefinitions;
import org.brobygge.analysis.gaps.GapAnalysis;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.InterEcosystemMatrix;
import org.brobygge.export.ClusterPlanMarkdown;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.TieKinds;
import org.brobygge.synthetic.SyntheticNetworkGenerator;

/**
 * Prints how long the bridge analyses take on a synthetic network (issue 5): recommendations for
 * all gaps of one ecosystem, the brokers of each gap, one what-if of five ties, and (once) that
 * ecosystem's cluster plan. A benchmark, not a test; {@code ./mvnw verify} does not run it. The
 * figures go into BENCHMARKS.md.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec -Dbench.main=org.brobygge.bench.BridgeBenchmark \
 *     [-Dbench.args="actors ties seed warmups runs ecosystem"]
 * </pre>
 *
 * Defaults: 100,000 actors, 1,000,000 ties, seed 7, 2 warm-up runs, 5 measured runs, the first
 * ecosystem. {@code actors = 0} measures the sample (620 actors) and its {@code creative}
 * ecosystem.
 */
public final class BridgeBenchmark {

  static final int REFERENCE_YEAR = 2026;
  static final HomeRegion HOME = new HomeRegion("SE332", "SE");

  private BridgeBenchmark() {}

  public static void main(String[] args) {
    int actors = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
    int ties = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 1_000_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 7L;
    int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    Runtime runtime = Runtime.getRuntime();
    System.out.printf(
        "JVM %s, %d cores, max heap %,d MB%n",
        Runtime.version(), runtime.availableProcessors(), runtime.maxMemory() / 1_000_000);

    long start = System.nanoTime();
    EcosystemGraph graph =
        EcosystemGraph.of(
            actors == 0
                ? SyntheticNetworkGenerator.norrbottenLaplandSample(42)
                : SyntheticNetworkGenerator.scaled(actors, ties, seed));
    System.out.printf(
        "network: %,d ecosystems, %,d actors, %,d ties (%s), generated and built in %s%n",
        graph.ecosystemCount(),
        graph.actorCount(),
        graph.tieCount(),
        actors == 0 ? "the sample" : "seed " + seed,
        seconds(System.nanoTime() - start));
    String ecosystemId =
        args.length > 5 ? args[5] : actors == 0 ? "creative" : graph.ecosystemId(0);
    int ecosystem = graph.ecosystemIndex(ecosystemId).orElseThrow();
    System.out.printf(
        "ecosystem %s (%s), %,d members; %d warm-up and %d measured runs, min / median / max%n",
        ecosystemId, graph.ecosystemName(ecosystem), graph.memberCount(ecosystem), warmups, runs);
    List<GapDefinition> definitions = DefaultGapDefinitions.at(REFERENCE_YEAR).definitions();

    LinkNetwork[] network = new LinkNetwork[1];
    System.out.printf(
        "link network (merged simple graph): %s%n",
        time(warmups, runs, () -> network[0] = LinkNetwork.of(graph)));

    // Recommendations: each gap, then all seven as the API computes them for one ecosystem.
    System.out.println("recommendations, top 10 per gap with introducers and rationale:");
    long sum = 0;
    List<BridgeRecommendation> research = List.of();
    for (GapDefinition d : definitions) {
      BridgeRecommender[] last = new BridgeRecommender[1];
      long[] times =
          measure(
              warmups,
              runs,
              () -> {
                last[0] =
                    new BridgeRecommender(
                        network[0],
                        d,
                        HOME,
                        REFERENCE_YEAR,
                        ecosystem,
                        LinkPredictionIndex.DEFAULT);
                return last[0].top(10);
              });
      sum += median(times);
      if (d.id().equals("research")) {
        research = last[0].top(50);
      }
      System.out.printf(
          "  %-16s %s   %,9d candidates, %d source actors, severity %.3f%n",
          d.id(),
          minMedianMax(times),
          last[0].candidateCount(),
          last[0].sourceActors(),
          last[0].severity());
    }
    System.out.printf("  sum of the medians %s%n", seconds(sum));
    System.out.printf(
        "  all seven in one go: %s%n",
        time(
            warmups,
            runs,
            () -> {
              for (GapDefinition d : definitions) {
                new BridgeRecommender(
                        network[0], d, HOME, REFERENCE_YEAR, ecosystem, LinkPredictionIndex.DEFAULT)
                    .top(10);
              }
              return null;
            }));

    System.out.println("brokers, top 10 per gap:");
    for (GapDefinition d : definitions) {
      System.out.printf(
          "  %-16s %s%n",
          d.id(),
          time(
              warmups,
              runs,
              () -> new GapBrokers(network[0], d, HOME, REFERENCE_YEAR, ecosystem).top(10)));
    }

    // What-if: five recommended research ties for five different firms.
    GapAnalysis before = new GapAnalysis(graph, definitions, HOME, REFERENCE_YEAR);
    List<ProposedTie> five = new ArrayList<>();
    Set<String> firms = new HashSet<>();
    for (BridgeRecommendation r : research) {
      if (five.size() < 5 && firms.add(r.source().id())) {
        five.add(r.proposedTie());
      }
    }
    WhatIf[] whatIf = new WhatIf[1];
    System.out.printf(
        "what-if of %d ties (copy of the snapshot and all gaps of all ecosystems again): %s%n",
        five.size(),
        time(
            warmups,
            runs,
            () -> whatIf[0] = new WhatIf(graph, before, HOME, TieKinds.builtIn(), five)));
    SeverityChange change = whatIf[0].change(ecosystemId, "research");
    System.out.printf(
        "  research gap of %s: %.3f -> %.3f; %d of %,d findings changed%n",
        ecosystemId,
        change.before(),
        change.after(),
        whatIf[0].changed().size(),
        whatIf[0].changes().size());
    System.out.printf(
        "  of which the copy alone (toBuilder + build): %s%n",
        time(
            warmups,
            runs,
            () -> {
              EcosystemGraph.Builder b = graph.toBuilder();
              return b.build();
            }));

    System.out.printf(
        "the same what-if judging only %s again (as a plan does): %s%n",
        ecosystemId,
        time(
            warmups,
            runs,
            () -> WhatIf.ofEcosystem(graph, before, HOME, TieKinds.builtIn(), five, ecosystem)));

    // One cluster plan, once: seven gaps' recommendations and brokers, a what-if per gap and one
    // for all actions, and the inter-ecosystem matrix, which the plans of all ecosystems share.
    long matrixStart = System.nanoTime();
    InterEcosystemMatrix matrix =
        new InterEcosystemMatrix(
            graph,
            definitions.stream().filter(d -> d.id().equals("inter_ecosystem")).findFirst().get());
    System.out.printf(
        "inter-ecosystem matrix, once (shared by every plan): %s%n",
        seconds(System.nanoTime() - matrixStart));
    long planStart = System.nanoTime();
    ClusterPlan plan =
        ClusterPlan.of(
            network[0],
            before,
            matrix,
            HOME,
            TieKinds.builtIn(),
            ecosystem,
            LinkPredictionIndex.DEFAULT,
            ClusterPlan.ACTIONS_DEFAULT);
    String markdown = ClusterPlanMarkdown.render(plan);
    System.out.printf(
        "one cluster plan with that matrix, one run: %s (%d actions, %,d characters of Markdown)%n",
        seconds(System.nanoTime() - planStart),
        plan.gaps().stream().mapToInt(g -> g.actions().size()).sum(),
        markdown.length());
  }

  private static long[] measure(int warmups, int runs, Supplier<?> work) {
    long[] times = new long[runs];
    for (int run = -warmups; run < runs; run++) {
      long start = System.nanoTime();
      Object result = work.get();
      long elapsed = System.nanoTime() - start;
      if (result == null && run == Integer.MIN_VALUE) {
        System.out.print(""); // keep the result reachable until timed
      }
      if (run >= 0) {
        times[run] = elapsed;
      }
    }
    return times;
  }

  private static String time(int warmups, int runs, Supplier<?> work) {
    return minMedianMax(measure(warmups, runs, work));
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static String minMedianMax(long[] values) {
    return seconds(Arrays.stream(values).min().orElseThrow())
        + " / "
        + seconds(median(values))
        + " / "
        + seconds(Arrays.stream(values).max().orElseThrow());
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
  }
}

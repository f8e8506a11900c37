package org.brobygge.bench;

import java.util.List;
import org.brobygge.analysis.centrality.ComputeLimits;
import org.brobygge.analysis.gaps.DefaultGapDefinitions;
import org.brobygge.analysis.trends.YearProfile;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.YearRange;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.TieKinds;
import org.brobygge.session.AnalysisSession;
import org.brobygge.synthetic.SyntheticNetworkGenerator;

/**
 * How long an 11-year trend of every ecosystem takes (issue 13): for each year the network as of
 * then ({@link EcosystemGraph#asOf}), its gap analysis and every severity's bootstrap interval, as
 * {@code GET /api/gaps/trend} computes it through {@link AnalysisSession#trend}. A benchmark, not a
 * test. Runs: the first trend on a cold JVM, then {@code runs} trends each on a fresh session (warm
 * JVM, nothing cached), then the same trend again on the last session (cached).
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec -Dbench.main=org.brobygge.bench.TrendBenchmark \
 *     [-Dbench.args="actors ties seed runs from to"]
 * </pre>
 *
 * Defaults: 100,000 actors, 1,000,000 ties, seed 7, 3 runs, 2016 to 2026.
 */
public final class TrendBenchmark {

  private TrendBenchmark() {}

  public static void main(String[] args) {
    int actors = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int ties = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 7L;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    int from = args.length > 4 ? Integer.parseInt(args[4]) : 2016;
    int to = args.length > 5 ? Integer.parseInt(args[5]) : 2026;
    System.out.printf(
        "JVM %s, %d cores, max heap %d MB%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    long start = System.nanoTime();
    EcosystemData data = SyntheticNetworkGenerator.scaled(actors, ties, seed);
    EcosystemGraph graph = EcosystemGraph.of(data);
    data = null;
    System.out.printf(
        "network: %,d ecosystems, %,d actors, %,d ties, years %s (%.1f s)%n",
        graph.ecosystemCount(),
        graph.actorCount(),
        graph.tieCount(),
        graph.years().map(Object::toString).orElse("none"),
        (System.nanoTime() - start) / 1e9);
    YearRange years = new YearRange(from, to);

    start = System.nanoTime();
    EcosystemGraph early = graph.asOf(from);
    System.out.printf(
        "one asOf(%d): %,d ties kept, %.2f s%n",
        from, early.tieCount(), (System.nanoTime() - start) / 1e9);
    early = null;

    AnalysisSession session = null;
    for (int run = 0; run <= runs; run++) {
      session = session(graph);
      start = System.nanoTime();
      List<YearProfile> trend = session.trend(years);
      double s = (System.nanoTime() - start) / 1e9;
      long findings = trend.stream().mapToLong(p -> p.ecosystems().size() * 7L).sum();
      System.out.printf(
          "%s trend %d-%d, %,d findings with intervals: %.2f s%n",
          run == 0 ? "cold JVM" : "warm JVM, fresh session, run " + run, from, to, findings, s);
    }
    start = System.nanoTime();
    session.trend(years);
    System.out.printf("same trend again, cached: %.3f s%n", (System.nanoTime() - start) / 1e9);

    // the part the intervals add: one year's profile over an already computed gap analysis
    AnalysisSession year = session(graph).asOf(to);
    year.gaps();
    start = System.nanoTime();
    year.yearProfile();
    System.out.printf(
        "one year's profile (intervals, sectors, new ties) on a computed gap analysis: %.2f s%n",
        (System.nanoTime() - start) / 1e9);
  }

  private static AnalysisSession session(EcosystemGraph graph) {
    return AnalysisSession.of(
        graph,
        DefaultGapDefinitions.at(2026),
        new HomeRegion("SE332", "SE"),
        TieKinds.withExtra(List.of()),
        ComputeLimits.DEFAULTS);
  }
}

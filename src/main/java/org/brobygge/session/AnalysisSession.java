package org.brobygge.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.brobygge.analysis.bridges.BridgeRecommender;
import org.brobygge.analysis.bridges.ClusterPlan;
import org.brobygge.analysis.bridges.GapBrokers;
import org.brobygge.analysis.bridges.HoldOutEvaluation;
import org.brobygge.analysis.bridges.LinkNetwork;
import org.brobygge.analysis.bridges.LinkPredictionIndex;
import org.brobygge.analysis.bridges.ProposedTie;
import org.brobygge.analysis.bridges.WhatIf;
import org.brobygge.analysis.centrality.CentralityMeasures;
import org.brobygge.analysis.centrality.ComputeCost;
import org.brobygge.analysis.centrality.ComputeLimits;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.analysis.gaps.GapAnalysis;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapDefinitions;
import org.brobygge.analysis.gaps.GapScope;
import org.brobygge.analysis.gaps.InterEcosystemMatrix;
import org.brobygge.analysis.gaps.RegionView;
import org.brobygge.analysis.trends.Evaluation;
import org.brobygge.analysis.trends.RegionEvaluation;
import org.brobygge.analysis.trends.SeverityBootstrap;
import org.brobygge.analysis.trends.YearProfile;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.graph.SimpleNetwork;
import org.brobygge.graph.YearRange;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.TieKinds;

/**
 * Everything the API and the command line compute on one snapshot, each piece computed on first use
 * and kept until the session is dropped (when the data changes, {@link AnalysisSessions} makes a
 * new one). Single values (the gap analysis, the region view, the matrix, the merged network) are
 * computed once; keyed results live in Caffeine caches bounded by entry count, least recently used
 * first out: on a million ties one ecosystem's recommendation candidates take megabytes and a
 * network view tens of them.
 *
 * <p>Thread-safe: two requests asking for the same missing entry compute it once (Caffeine's {@code
 * get} blocks the second until the first is done).
 */
public final class AnalysisSession {

  /** Recommendations and brokers kept: ecosystem-and-gap pairs. */
  public static final int RECOMMENDERS = 128;

  /** Network views kept (the whole network, ecosystems, ego networks). */
  public static final int VIEWS = 16;

  /** Measure results kept: view, measures and options. */
  public static final int RESULTS = 64;

  /** Plans kept: ecosystem, index and number of actions. */
  public static final int PLANS = 64;

  /** Sessions of past years kept: an 11-year trend and a few more. */
  public static final int YEARS = 16;

  /**
   * Bytes of answers kept ({@link #keepAnswer}): the web layer's serialised answers of this
   * snapshot, least recently used first out.
   */
  public static final long ANSWER_BYTES = 64L << 20;

  private final EcosystemGraph graph;
  private final GapDefinitions definitions;
  private final HomeRegion home;
  private final TieKinds kinds;
  private final ComputeLimits limits;
  private final AnalysisSession root; // the session of the snapshot read; this one if it is that

  private final Memo<GapAnalysis> gaps;
  private final Memo<RegionView> region;
  private final Memo<RegionView> regionWithSmall;
  private final Memo<Optional<InterEcosystemMatrix>> matrix;
  private final Memo<SimpleNetwork> network;
  private final Memo<LinkNetwork> links;
  private final Memo<YearProfile> profile;

  private final Cache<Object, BridgeRecommender> recommenders =
      Caffeine.newBuilder().maximumSize(RECOMMENDERS).build();
  private final Cache<Object, GapBrokers> brokers =
      Caffeine.newBuilder().maximumSize(RECOMMENDERS).build();
  private final Cache<Object, ClusterPlan> plans = Caffeine.newBuilder().maximumSize(PLANS).build();
  private final Cache<Object, HoldOutEvaluation> evaluations =
      Caffeine.newBuilder().maximumSize(16).build();
  private final Cache<String, NetworkView> views = Caffeine.newBuilder().maximumSize(VIEWS).build();
  private final Cache<Object, CentralityMeasures> results =
      Caffeine.newBuilder().maximumSize(RESULTS).build();
  private final Cache<Object, Object> derived = Caffeine.newBuilder().maximumSize(128).build();
  private final Cache<Integer, AnalysisSession> years =
      Caffeine.newBuilder().maximumSize(YEARS).build();
  private final Cache<Object, Weighed> answers =
      Caffeine.newBuilder()
          .maximumWeight(ANSWER_BYTES)
          .weigher((Object key, Weighed answer) -> answer.bytes())
          .build();

  private record Weighed(Object answer, int bytes) {}

  AnalysisSession(
      EcosystemGraph graph,
      GapDefinitions definitions,
      HomeRegion home,
      TieKinds kinds,
      ComputeLimits limits) {
    this(graph, definitions, home, kinds, limits, null);
  }

  private AnalysisSession(
      EcosystemGraph graph,
      GapDefinitions definitions,
      HomeRegion home,
      TieKinds kinds,
      ComputeLimits limits,
      AnalysisSession root) {
    this.root = root == null ? this : root;
    this.graph = Objects.requireNonNull(graph, "graph");
    this.definitions = Objects.requireNonNull(definitions, "definitions");
    this.home = Objects.requireNonNull(home, "home");
    this.kinds = Objects.requireNonNull(kinds, "kinds");
    this.limits = Objects.requireNonNull(limits, "limits");
    gaps =
        new Memo<>(
            () ->
                new GapAnalysis(
                    graph,
                    definitions.definitions(),
                    home,
                    definitions.referenceYear(),
                    definitions.minSourceActors()));
    region = new Memo<>(() -> RegionView.of(gaps()));
    regionWithSmall = new Memo<>(() -> RegionView.of(gaps(), true));
    matrix = new Memo<>(() -> interEcosystemGap().map(d -> new InterEcosystemMatrix(graph, d)));
    network = new Memo<>(() -> SimpleNetwork.of(graph));
    links = new Memo<>(() -> LinkNetwork.of(network()));
    profile =
        new Memo<>(
            () ->
                new YearProfile(
                    graph, gaps(), new SeverityBootstrap(), SeverityBootstrap.SEED_DEFAULT));
  }

  /** A session of its own on {@code graph}, for the command line and tests. */
  public static AnalysisSession of(
      EcosystemGraph graph,
      GapDefinitions definitions,
      HomeRegion home,
      TieKinds kinds,
      ComputeLimits limits) {
    return new AnalysisSession(graph, definitions, home, kinds, limits);
  }

  public EcosystemGraph graph() {
    return graph;
  }

  /**
   * The year this session judges the network at: the configured reference year, or the year of
   * {@link #asOf(int)}.
   */
  public int year() {
    return definitions.referenceYear();
  }

  /**
   * The years {@link #asOf(int)} accepts: from the first to the last year any tie or membership
   * names, widened to the reference year (the default, always accepted); just the reference year
   * when the data names no year.
   */
  public YearRange years() {
    int reference = root.definitions.referenceYear();
    return root.graph
        .years()
        .map(r -> r.including(reference))
        .orElse(new YearRange(reference, reference));
  }

  /**
   * The session whose snapshot is {@code snapshot}: this one, or one of the years kept; empty for a
   * snapshot of neither (the data changed since it was taken).
   */
  public Optional<AnalysisSession> sessionOf(EcosystemGraph snapshot) {
    if (root.graph == snapshot) {
      return Optional.of(root);
    }
    return root.years.asMap().values().stream().filter(s -> s.graph == snapshot).findFirst();
  }

  /**
   * The session of the network as it stood in {@code year} ({@link EcosystemGraph#asOf(int)}),
   * judged with the same definitions at that year as the reference year. Derived from this
   * session's snapshot, not read again; kept (up to {@link #YEARS} years) until the data changes.
   * Asked of a year's session, it answers for the snapshot read.
   *
   * @throws IllegalArgumentException for a year outside {@link #years()}
   */
  public AnalysisSession asOf(int year) {
    if (root != this) {
      return root.asOf(year);
    }
    YearRange range = years();
    if (!range.contains(year)) {
      throw new IllegalArgumentException("the data covers the years " + range + ", not " + year);
    }
    return years.get(
        year,
        y ->
            new AnalysisSession(
                graph.asOf(y),
                new GapDefinitions(definitions.definitions(), y, definitions.minSourceActors()),
                home,
                kinds,
                limits,
                this));
  }

  public GapDefinitions definitions() {
    return definitions;
  }

  public HomeRegion home() {
    return home;
  }

  public TieKinds kinds() {
    return kinds;
  }

  public ComputeLimits limits() {
    return limits;
  }

  /** The seven (or however many are defined) gaps of every ecosystem. */
  public GapAnalysis gaps() {
    return gaps.get();
  }

  /** Every gap's ecosystems ranked, the medians and the profiles. */
  public RegionView region() {
    return region.get();
  }

  /**
   * The region view; with {@code includeSmall}, findings on too few source actors are ranked and
   * counted in the medians too.
   */
  public RegionView region(boolean includeSmall) {
    return includeSmall ? regionWithSmall.get() : region.get();
  }

  /**
   * The gap judged against the other ecosystems: the one rule that picks it, wherever a matrix of
   * ecosystems is needed (the API's matrix, every plan, the command line). The first definition
   * whose scope is {@link GapScope#OTHER_ECOSYSTEMS}; none if no such gap is defined.
   */
  public Optional<GapDefinition> interEcosystemGap() {
    return definitions.definitions().stream()
        .filter(d -> d.scope() == GapScope.OTHER_ECOSYSTEMS)
        .findFirst();
  }

  /** The inter-ecosystem matrix of {@link #interEcosystemGap()}; empty without that gap. */
  public Optional<InterEcosystemMatrix> matrix() {
    return matrix.get();
  }

  /**
   * Every ecosystem this year: members by sector, ties begun and ended, and each gap with its
   * severity's bootstrap interval (default replicates and seed).
   */
  public YearProfile yearProfile() {
    return profile.get();
  }

  /**
   * The year profiles from {@code years.first()} to {@code years.last()}, each of the network as of
   * its year ({@link #asOf(int)}), computed in parallel on first use and kept with the years'
   * sessions.
   *
   * @throws IllegalArgumentException for a range not within {@link #years()}
   */
  public List<YearProfile> trend(YearRange years) {
    YearRange covered = years();
    if (!covered.contains(years.first()) || !covered.contains(years.last())) {
      throw new IllegalArgumentException("the data covers the years " + covered + ", not " + years);
    }
    return IntStream.rangeClosed(years.first(), years.last())
        .parallel()
        .mapToObj(y -> asOf(y).yearProfile())
        .toList();
  }

  private record EcosystemEvaluationKey(int ecosystem, int baseline, int followUp) {}

  /**
   * One ecosystem between a baseline and a follow-up year ({@link Evaluation}), the baseline's plan
   * made with the default index and number of actions; kept.
   *
   * @throws IllegalArgumentException for a year outside {@link #years()} or a follow-up before the
   *     baseline
   */
  public Evaluation evaluation(int ecosystem, int baseline, int followUp) {
    Objects.checkIndex(ecosystem, graph.ecosystemCount());
    requireOrder(baseline, followUp);
    AnalysisSession before = asOf(baseline);
    AnalysisSession after = asOf(followUp);
    return root.derived(
        new EcosystemEvaluationKey(ecosystem, baseline, followUp),
        () ->
            Evaluation.of(
                new Evaluation.Year(before.graph(), before.yearProfile(), before.links()),
                new Evaluation.Year(after.graph(), after.yearProfile(), after.links()),
                definitions.definitions(),
                home,
                ecosystem,
                before.plan(ecosystem, LinkPredictionIndex.DEFAULT, ClusterPlan.ACTIONS_DEFAULT)));
  }

  private record RegionEvaluationKey(int baseline, int followUp) {}

  /** Every ecosystem ranked by its development between two years; kept. */
  public RegionEvaluation regionEvaluation(int baseline, int followUp) {
    requireOrder(baseline, followUp);
    AnalysisSession before = asOf(baseline);
    AnalysisSession after = asOf(followUp);
    return root.derived(
        new RegionEvaluationKey(baseline, followUp),
        () -> RegionEvaluation.of(graph, before.yearProfile(), after.yearProfile()));
  }

  private static void requireOrder(int baseline, int followUp) {
    if (followUp < baseline) {
      throw new IllegalArgumentException(
          "the follow-up " + followUp + " is before the baseline " + baseline);
    }
  }

  /** The whole snapshot's merged simple graph, shared by the measures and the bridge analyses. */
  public SimpleNetwork network() {
    return network.get();
  }

  /** The whole network for link prediction, on {@link #network()}. */
  public LinkNetwork links() {
    return links.get();
  }

  /** The whole network as a view for the measures, on {@link #network()}. */
  public NetworkView wholeView() {
    return views.get("network", k -> NetworkView.whole(network()));
  }

  /** One ecosystem's members and the ties among them. */
  public NetworkView ecosystemView(int ecosystem) {
    Objects.checkIndex(ecosystem, graph.ecosystemCount());
    return views.get("ecosystem:" + ecosystem, k -> NetworkView.ecosystem(graph, ecosystem));
  }

  /** One actor's ego network. */
  public NetworkView egoView(int actor) {
    Objects.checkIndex(actor, graph.actorCount());
    return views.get("ego:" + actor, k -> NetworkView.ego(graph, actor));
  }

  private record MeasuresKey(NetworkView view, Set<Measure> measures, Object options) {}

  /**
   * {@code measures} on {@code view} (a view of this session), computed once and kept a family at a
   * time, each with the measures that come with it at no extra cost ({@link
   * Measure#computedTogether()}): betweenness and betweenness_normalized, asked one after the
   * other, are one computation, and a request for several families (an export, an actor's metrics)
   * finds the ones the warm-up or earlier requests computed.
   */
  public CentralityMeasures measures(
      NetworkView view, Set<Measure> measures, CentralityMeasures.Options options) {
    if (measures.isEmpty()) {
      return new CentralityMeasures(view, measures, options);
    }
    Set<Set<Measure>> groups = new LinkedHashSet<>();
    measures.forEach(m -> groups.add(m.computedTogether()));
    List<CentralityMeasures> parts = new ArrayList<>();
    for (Set<Measure> group : groups) {
      parts.add(
          results.get(
              new MeasuresKey(view, group, options),
              k -> new CentralityMeasures(view, group, options)));
    }
    return CentralityMeasures.combine(parts);
  }

  /**
   * The options a request gets when it sets none: PageRank's default damping, betweenness and
   * closeness each exact up to its configured size and from the configured pivots or sources and
   * seed above. Equal (as a record) to what the API builds from its default parameters, so a warmed
   * result is found again.
   */
  public CentralityMeasures.Options defaultOptions(NetworkView view) {
    int n = view.vertexCount();
    return CentralityMeasures.Options.defaults()
        .withDampingFactor(CentralityMeasures.DAMPING_FACTOR_DEFAULT)
        .withPivots(limits.pivotsFor(n, null), limits.seed())
        .withClosenessSources(limits.closenessSourcesFor(n, null), limits.seed());
  }

  /**
   * Computes now what the first requests would otherwise wait for: the gap analysis, the region
   * view, the inter-ecosystem matrix, the whole network and every measure of the whole network with
   * the default options: closeness and harmonic exact up to the configured size (seconds at 20,000
   * actors) and estimated above (about a second at 100,000), Burt's structural-hole measures last
   * (O(sum deg^2): about a second at 100,000 actors, more around hubs with thousands of partners).
   * Returns the seconds it took. Meant for a background thread after start-up; a request meanwhile
   * waits for the same computation, never repeats it.
   */
  public double warmUp() {
    long started = System.nanoTime();
    gaps();
    region();
    matrix();
    NetworkView whole = wholeView();
    CentralityMeasures.Options options = defaultOptions(whole);
    for (Measure m : Measure.values()) { // Burt's last in the enum
      measures(whole, EnumSet.of(m), options);
    }
    return (System.nanoTime() - started) / 1e9;
  }

  /**
   * Computes now what {@code previous} (the session of an older snapshot) had computed of the
   * common analyses: the gap analysis, the region views, the matrix, the year profile, the measures
   * of the whole network with the options they were asked with, and the bridge recommenders. What
   * the users asked for on the last snapshot is what they will ask for on this one; warming only
   * that keeps the work per import small when imports come often. Closeness and harmonic of every
   * actor (cost ALL_PAIRS_PATHS, seconds just below the exact size limit) and Burt's measures (cost
   * TWO_STEP, slow around large hubs) are not warmed again: an import waits for this warm-up before
   * it answers, and should not wait for a measure the start's warm-up computed or somebody asked
   * for once; the next request for it computes it. Returns the seconds it took.
   */
  public double warmUpLike(AnalysisSession previous) {
    long started = System.nanoTime();
    List<Runnable> steps = new ArrayList<>();
    if (previous.gaps.computed()) {
      steps.add(this::gaps);
    }
    if (previous.region.computed()) {
      steps.add(this::region);
    }
    if (previous.regionWithSmall.computed()) {
      steps.add(() -> region(true));
    }
    if (previous.matrix.computed()) {
      steps.add(this::matrix);
    }
    if (previous.profile.computed()) {
      steps.add(this::yearProfile);
    }
    NetworkView previousWhole = previous.views.getIfPresent("network");
    for (Object key : previous.results.asMap().keySet()) {
      if (key instanceof MeasuresKey k
          && k.view() == previousWhole
          && k.measures().stream()
              .noneMatch(
                  m -> m.cost() == ComputeCost.ALL_PAIRS_PATHS || m.cost() == ComputeCost.TWO_STEP)
          && k.options() instanceof CentralityMeasures.Options options) {
        steps.add(() -> measures(wholeView(), k.measures(), options));
      }
    }
    for (Object key : previous.recommenders.asMap().keySet()) {
      if (key instanceof GapKey k) {
        // ecosystems by id: an import may renumber them
        var ecosystem = graph.ecosystemIndex(previous.graph.ecosystemId(k.ecosystem()));
        var gap = definitions.byId(k.gap());
        var index = LinkPredictionIndex.byId(k.index());
        if (ecosystem.isPresent() && gap.isPresent() && index.isPresent()) {
          steps.add(() -> recommender(ecosystem.getAsInt(), gap.get(), index.get()));
        }
      }
    }
    steps.forEach(Runnable::run);
    return (System.nanoTime() - started) / 1e9;
  }

  /** How many measure results are kept now (for tests of the warm-up). */
  long cachedMeasureResults() {
    results.cleanUp();
    return results.estimatedSize();
  }

  private record GapKey(int ecosystem, String gap, String index) {}

  /** The recommender for one gap of one ecosystem with one link-prediction index. */
  public BridgeRecommender recommender(
      int ecosystem, GapDefinition gap, LinkPredictionIndex index) {
    return recommenders.get(
        new GapKey(ecosystem, gap.id(), index.id()),
        k ->
            new BridgeRecommender(
                links(), gap, home, definitions.referenceYear(), ecosystem, index));
  }

  /** The brokers of one gap of one ecosystem. */
  public GapBrokers brokers(int ecosystem, GapDefinition gap) {
    return brokers.get(
        new GapKey(ecosystem, gap.id(), ""),
        k -> new GapBrokers(links(), gap, home, definitions.referenceYear(), ecosystem));
  }

  private record PlanKey(int ecosystem, String index, int actions) {}

  /** One ecosystem's cluster plan. */
  public ClusterPlan plan(int ecosystem, LinkPredictionIndex index, int actions) {
    return plans.get(
        new PlanKey(ecosystem, index.id(), actions),
        k ->
            ClusterPlan.of(
                links(), gaps(), matrix().orElse(null), home, kinds, ecosystem, index, actions));
  }

  private record EvaluationKey(String index, double share, long seed) {}

  /** The hold-out evaluation of the recommender with one index, share held out and seed. */
  public HoldOutEvaluation evaluation(LinkPredictionIndex index, double share, long seed) {
    return evaluations.get(
        new EvaluationKey(index.id(), share, seed),
        k ->
            new HoldOutEvaluation(
                graph,
                definitions.definitions(),
                home,
                definitions.referenceYear(),
                index,
                share,
                seed,
                HoldOutEvaluation.K_DEFAULT));
  }

  /** Every gap before and after {@code ties}; not kept (each what-if is its own question). */
  public WhatIf whatIf(List<ProposedTie> ties) {
    return new WhatIf(graph, gaps(), home, kinds, ties);
  }

  /**
   * Something else derived from this snapshot and kept with it (a map layout, say), under a key the
   * caller chooses (a record of the caller's own type, so that keys of different callers differ).
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Supplier<T> compute) {
    return (T) derived.get(key, k -> compute.get());
  }

  /**
   * Keeps {@code answer}, which the caller made from this snapshot alone and which weighs {@code
   * bytes}, under {@code key} (a value of the caller's own type). Kept with the session, so dropped
   * when the data changes; at most {@link #ANSWER_BYTES} in all, least recently used first out.
   * Kept on the session of the snapshot read ({@link #asOf} sessions keep theirs there too, so the
   * key must say the year).
   */
  public void keepAnswer(Object key, Object answer, int bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must be 0 or more, not " + bytes);
    }
    root.answers.put(Objects.requireNonNull(key, "key"), new Weighed(answer, bytes));
  }

  /** The answer kept under {@code key} by {@link #keepAnswer}, or null. */
  @SuppressWarnings("unchecked")
  public <T> T keptAnswer(Object key) {
    Weighed kept = root.answers.getIfPresent(key);
    return kept == null ? null : (T) kept.answer();
  }

  /** A value computed once, on first use; a second caller waits for the first. */
  private static final class Memo<T> {
    private final Supplier<T> compute;
    private volatile T value;

    Memo(Supplier<T> compute) {
      this.compute = compute;
    }

    boolean computed() {
      return value != null;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = compute.get();
            value = v;
          }
        }
      }
      return v;
    }
  }
}

package org.brobygge.analysis.bridges;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapRules;
import org.brobygge.analysis.gaps.GapSides;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;

/**
 * Does the recommender recommend well? A hold-out test: hide a seeded random share of the ties
 * between actors of different sectors that lie across a gap (every parallel tie of a hidden pair),
 * recommend on what is left, and see how well the hidden pairs are ranked among the pairs that were
 * never tied. A pair lies across a gap when, for some ecosystem and gap, one of the two is on the
 * gap's source side and the other on its other side: the pairs the recommender exists to rank (on
 * the sample, 94 % of the tied pairs of different sectors). Five rankings are compared:
 *
 * <ul>
 *   <li>{@code recommender}: the {@link BridgeRecommender}'s combined score, a pair's best over
 *       every gap of every ecosystem; pairs it does not propose rank below all it does;
 *   <li>{@code recommender_likelihood}: the same candidates ranked by the link-prediction index
 *       alone, without the gap effect, to show what that part costs or gains;
 *   <li>the index alone (resource allocation by default) on any pair;
 *   <li>{@code common_neighbours} alone on any pair, the plain baseline;
 *   <li>{@code random}: a seeded uniform score.
 * </ul>
 *
 * <p><b>AUC</b>: the probability that a hidden pair scores above a pair that was never tied (equal
 * scores count one half), computed exactly over every hidden pair against a seeded sample of {@link
 * #NEGATIVES} never-tied pairs of different sectors across a gap (Lu and Zhou, "Link prediction in
 * complex networks: a survey", Physica A 390, 2011); 0.5 is chance. <b>Precision at k</b>: the
 * share of hidden pairs among a ranking's top k; equal scores are ordered by a seeded hash of the
 * pair, and the random ranking draws k pairs.
 *
 * <p>The gap effect puts actors without a tie across a gap first; it is a priority, not a
 * prediction, and the figures show what it costs in predictive power.
 *
 * <p>Cost: the gap sides of every ecosystem and gap (O(ecosystems x gaps x actors) memory), the
 * recommender for each on the reduced network, and a walk over all two-step pairs for the plain
 * indices: meant for networks of up to some tens of thousands of actors.
 */
public final class HoldOutEvaluation {

  public static final double SHARE_DEFAULT = 0.1;
  public static final long SEED_DEFAULT = 1;
  public static final List<Integer> K_DEFAULT = List.of(10, 20, 50, 100);

  /** Untied pairs sampled as the negatives of the AUC. */
  public static final int NEGATIVES = 20_000;

  private final int crossSectorTies;
  private final int hiddenTies;
  private final int negatives;
  private final int recommendedPairs;
  private final List<MethodResult> methods;
  private final LinkPredictionIndex index;
  private final double share;
  private final long seed;

  /**
   * How one ranking did.
   *
   * @param method {@code recommender}, the index id, {@code common_neighbours} or {@code random}
   * @param auc probability that a hidden pair outranks an untied one
   * @param precision at each k, the share of hidden pairs among the top k
   */
  public record MethodResult(String method, String description, double auc, List<AtK> precision) {}

  /** Precision at one k: {@code hits / k}. */
  public record AtK(int k, int hits, double precision) {}

  public HoldOutEvaluation(
      EcosystemGraph graph,
      List<GapDefinition> definitions,
      HomeRegion home,
      int referenceYear,
      LinkPredictionIndex index,
      double share,
      long seed,
      List<Integer> ks) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(definitions, "definitions");
    Objects.requireNonNull(home, "home");
    this.index = Objects.requireNonNull(index, "index");
    if (!(share > 0 && share < 1)) {
      throw new IllegalArgumentException("share must be between 0 and 1 (exclusive): " + share);
    }
    if (ks.isEmpty() || ks.stream().anyMatch(k -> k < 1)) {
      throw new IllegalArgumentException("every k must be 1 or more: " + ks);
    }
    this.share = share;
    this.seed = seed;
    SplittableRandom rng = new SplittableRandom(seed);
    LinkNetwork full = LinkNetwork.of(graph);

    List<GapRules> rules =
        definitions.stream().map(d -> new GapRules(graph, d, home, referenceYear)).toList();
    List<GapSides> contexts = new ArrayList<>();
    for (int e = 0; e < graph.ecosystemCount(); e++) {
      for (GapRules r : rules) {
        contexts.add(r.sides(e));
      }
    }
    PairFilter population =
        (u, v) -> graph.sector(u) != graph.sector(v) && acrossAGap(contexts, u, v);

    // The tied pairs of the population, in a seeded order; the first share is hidden.
    List<Long> tied = new ArrayList<>();
    for (int u = 0; u < full.actorCount(); u++) {
      for (int k = full.rowStart(u); k < full.rowEnd(u); k++) {
        int v = full.neighbourAt(k);
        if (u < v && population.test(u, v)) {
          tied.add(pairKey(u, v));
        }
      }
    }
    crossSectorTies = tied.size();
    for (int i = tied.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      Long x = tied.get(i);
      tied.set(i, tied.get(j));
      tied.set(j, x);
    }
    int hide = Math.max(1, (int) Math.round(share * tied.size()));
    if (tied.isEmpty()) {
      throw new IllegalArgumentException(
          "the network has no tie across a gap between actors of two sectors");
    }
    Set<Long> hidden = new HashSet<>(tied.subList(0, Math.min(hide, tied.size())));
    hiddenTies = hidden.size();
    EcosystemGraph training =
        graph.toBuilder(t -> !hidden.contains(pairKey(graph.tieFrom(t), graph.tieTo(t)))).build();
    LinkNetwork train = LinkNetwork.of(training);

    // The recommender's best score per pair of the population, over every gap of every ecosystem.
    Map<Long, Double> recommended = new HashMap<>();
    Map<Long, Double> likelihood = new HashMap<>();
    for (int e = 0; e < training.ecosystemCount(); e++) {
      for (GapDefinition d : definitions) {
        for (BridgeRecommender.ScoredPair p :
            new BridgeRecommender(train, d, home, referenceYear, e, index).scoredPairs()) {
          if (p.type() == RecommendationType.NEW_TIE
              && graph.sector(p.source()) != graph.sector(p.target())) {
            recommended.merge(pairKey(p.source(), p.target()), p.score(), Math::max);
            likelihood.merge(pairKey(p.source(), p.target()), p.indexValue(), Math::max);
          }
        }
      }
    }
    recommendedPairs = recommended.size();

    long[] positives = hidden.stream().mapToLong(Long::longValue).sorted().toArray();
    long[] sampled = sampleUntied(graph, full, population, rng);
    negatives = sampled.length;
    PairScore ours = (u, v) -> recommended.getOrDefault(pairKey(u, v), -1.0);
    PairScore oursLikelihood = (u, v) -> likelihood.getOrDefault(pairKey(u, v), -1.0);
    PairScore byIndex = (u, v) -> index.value(train, u, v);
    PairScore common = (u, v) -> train.pairCounts(u, v).common();
    PairScore random = (u, v) -> hash(pairKey(u, v), seed ^ 0x5DEECE66DL);

    List<Long> twoStep = twoStepPairs(train, population);
    List<MethodResult> results = new ArrayList<>();
    results.add(
        result(
            "recommender",
            "the recommender's combined score (likelihood by "
                + index.id()
                + " and gap effect), best over every gap and ecosystem",
            ours,
            positives,
            sampled,
            new ArrayList<>(recommended.keySet()),
            hidden,
            ks));
    results.add(
        result(
            "recommender_likelihood",
            "the recommender's candidates ranked by " + index.id() + " alone, no gap effect",
            oursLikelihood,
            positives,
            sampled,
            new ArrayList<>(likelihood.keySet()),
            hidden,
            ks));
    results.add(
        result(
            index.id(),
            "the " + index.id() + " index alone, on any pair",
            byIndex,
            positives,
            sampled,
            twoStep,
            hidden,
            ks));
    if (index != LinkPredictionIndex.COMMON_NEIGHBOURS) {
      results.add(
          result(
              "common_neighbours",
              "the number of shared partners alone, on any pair",
              common,
              positives,
              sampled,
              twoStep,
              hidden,
              ks));
    }
    results.add(
        randomResult(graph, train, population, random, positives, sampled, hidden, ks, rng));
    methods = List.copyOf(results);
  }

  /** A score per pair of actor indices. */
  private interface PairScore {
    double score(int u, int v);
  }

  /** Whether a pair of actor indices belongs to the evaluated population. */
  private interface PairFilter {
    boolean test(int u, int v);
  }

  private static boolean acrossAGap(List<GapSides> contexts, int u, int v) {
    for (GapSides s : contexts) {
      if ((s.isSource(u) && s.isTarget(v)) || (s.isSource(v) && s.isTarget(u))) {
        return true;
      }
    }
    return false;
  }

  private MethodResult result(
      String method,
      String description,
      PairScore score,
      long[] positives,
      long[] sampled,
      List<Long> ranked,
      Set<Long> hidden,
      List<Integer> ks) {
    double auc = auc(score, positives, sampled);
    // top k among the pairs the method scores above 0 (or, for the recommender, proposes)
    long[] order =
        ranked.stream()
            .sorted(
                Comparator.comparingDouble(
                        (Long p) -> score.score((int) (p >>> 32), (int) (long) p))
                    .reversed()
                    .thenComparingDouble(p -> hash(p, seed)))
            .mapToLong(Long::longValue)
            .toArray();
    return new MethodResult(method, description, auc, precision(order, hidden, ks));
  }

  private MethodResult randomResult(
      EcosystemGraph graph,
      LinkNetwork train,
      PairFilter population,
      PairScore score,
      long[] positives,
      long[] sampled,
      Set<Long> hidden,
      List<Integer> ks,
      SplittableRandom rng) {
    int maxK = ks.stream().mapToInt(Integer::intValue).max().orElse(1);
    long[] drawn = new long[maxK];
    Set<Long> seen = new HashSet<>();
    int n = graph.actorCount();
    int count = 0;
    for (int attempt = 0; count < maxK && attempt < 1000 * maxK; attempt++) {
      int u = rng.nextInt(n);
      int v = rng.nextInt(n);
      if (u != v && !train.adjacent(u, v) && population.test(u, v) && seen.add(pairKey(u, v))) {
        drawn[count++] = pairKey(u, v);
      }
    }
    return new MethodResult(
        "random",
        "a seeded random ranking",
        auc(score, positives, sampled),
        precision(Arrays.copyOf(drawn, count), hidden, ks));
  }

  private static List<AtK> precision(long[] order, Set<Long> hidden, List<Integer> ks) {
    List<AtK> result = new ArrayList<>();
    for (int k : ks) {
      int hits = 0;
      for (int i = 0; i < Math.min(k, order.length); i++) {
        if (hidden.contains(order[i])) {
          hits++;
        }
      }
      result.add(new AtK(k, hits, (double) hits / k));
    }
    return result;
  }

  /** Mann-Whitney: P(positive > negative) + P(equal) / 2, exactly over the given pairs. */
  private static double auc(PairScore score, long[] positives, long[] negatives) {
    double[] neg = new double[negatives.length];
    for (int i = 0; i < negatives.length; i++) {
      neg[i] = score.score((int) (negatives[i] >>> 32), (int) negatives[i]);
    }
    Arrays.sort(neg);
    double sum = 0;
    for (long p : positives) {
      double s = score.score((int) (p >>> 32), (int) p);
      int below = lowerBound(neg, s);
      int notAbove = upperBound(neg, s);
      sum += below + (notAbove - below) / 2.0;
    }
    return sum / ((double) positives.length * negatives.length);
  }

  private static int lowerBound(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int upperBound(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Pairs of the population never tied (in the whole network), seeded, without repeats. */
  private static long[] sampleUntied(
      EcosystemGraph graph, LinkNetwork full, PairFilter population, SplittableRandom rng) {
    int n = graph.actorCount();
    Set<Long> seen = new HashSet<>();
    long[] result = new long[NEGATIVES];
    int count = 0;
    for (int attempt = 0; count < NEGATIVES && attempt < 50 * NEGATIVES; attempt++) {
      int u = rng.nextInt(n);
      int v = rng.nextInt(n);
      if (u != v && !full.adjacent(u, v) && population.test(u, v) && seen.add(pairKey(u, v))) {
        result[count++] = pairKey(u, v);
      }
    }
    return Arrays.copyOf(result, count);
  }

  /** Untied pairs of the population with a shared partner: where the plain indices are > 0. */
  private static List<Long> twoStepPairs(LinkNetwork train, PairFilter population) {
    List<Long> pairs = new ArrayList<>();
    boolean[] reached = new boolean[train.actorCount()];
    int[] touched = new int[train.actorCount()];
    for (int u = 0; u < train.actorCount(); u++) {
      int count = 0;
      for (int k = train.rowStart(u); k < train.rowEnd(u); k++) {
        int w = train.neighbourAt(k);
        for (int l = train.rowStart(w); l < train.rowEnd(w); l++) {
          int v = train.neighbourAt(l);
          if (v > u && !reached[v]) {
            reached[v] = true;
            touched[count++] = v;
          }
        }
      }
      for (int i = 0; i < count; i++) {
        int v = touched[i];
        reached[v] = false;
        if (!train.adjacent(u, v) && population.test(u, v)) {
          pairs.add(pairKey(u, v));
        }
      }
    }
    return pairs;
  }

  static long pairKey(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  /** A seeded pseudo-random number in [0, 1) per pair, the same each time. */
  private static double hash(long pair, long seed) {
    long z = pair * 0x9E3779B97F4A7C15L + seed;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53;
  }

  public LinkPredictionIndex index() {
    return index;
  }

  public double share() {
    return share;
  }

  public long seed() {
    return seed;
  }

  /** Tied pairs of actors of different sectors across a gap, in the whole network. */
  public int crossSectorTies() {
    return crossSectorTies;
  }

  /** Of those, the pairs hidden. */
  public int hiddenTies() {
    return hiddenTies;
  }

  /** Untied pairs sampled as negatives for the AUC. */
  public int negatives() {
    return negatives;
  }

  /** Pairs of different sectors (new ties) the recommender proposed on the reduced network. */
  public int recommendedPairs() {
    return recommendedPairs;
  }

  /**
   * The recommender, its likelihood part, the index alone, common neighbours (unless that is the
   * index) and random.
   */
  public List<MethodResult> methods() {
    return methods;
  }

  public MethodResult method(String id) {
    return methods.stream()
        .filter(m -> m.method().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no method " + id));
  }
}

package org.brobygge.analysis.centrality;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUnweightedGraph;

/**
 * The per-actor {@link Measure measures} of one {@link NetworkView}, computed once in the
 * constructor with the conventions of NetworkX 2.8.8 (and igraph, where it has the measure), so
 * that a researcher gets the same number from Brobygge as from those tools. n is the number of
 * actors in the view, m the number of (merged) ties.
 *
 * <ul>
 *   <li><b>degree</b> k(v): neighbours; <b>strength</b> s(v) = sum of the weights of v's ties;
 *       <b>degree_centrality</b> k(v)/(n-1), and 1 for a lone actor as in NetworkX. O(m).
 *   <li><b>betweenness</b> g(v) = sum over unordered pairs {s,t}, s != v != t, of
 *       sigma_st(v)/sigma_st (Brandes 2001, "A faster algorithm for betweenness centrality", J.
 *       Math. Sociol. 25(2)); <b>betweenness_normalized</b> g(v) * 2/((n-1)(n-2)), 0 for n &lt; 3.
 *       Computed by {@link BrandesBetweenness} on arrays: JGraphT's {@code BetweennessCentrality}
 *       gives the same values (a test checks) but took minutes where this takes seconds; note that
 *       JGraphT reads weights as lengths and normalises without NetworkX's factor 2. O(nm). Above a
 *       size where that is too slow, {@link BrandesBetweenness} estimates it from k pivots (Brandes
 *       and Pich 2007) in O(km), when {@link Options#betweennessPivots()} asks for it.
 *   <li><b>closeness</b> of v, with r(v) the number of actors reachable from v (v included) and
 *       D(v) the sum of their hop distances: ((r-1)/(n-1)) * ((r-1)/D(v)), 0 when D(v) = 0
 *       (Wasserman and Faust 1994, p. 201; NetworkX's {@code wf_improved=True}); on a connected
 *       view it is (n-1)/D(v). <b>harmonic</b> sum over u != v of 1/d(v,u), 1/infinity = 0
 *       (Marchiori and Latora 2000; Boldi and Vigna 2014), <b>harmonic_normalized</b> divided by
 *       n-1. JGraphT's {@code ClosenessCentrality} gives 0 to every vertex of a disconnected graph
 *       and runs Dijkstra with weights as lengths, so both come from one breadth-first search per
 *       actor here. O(nm).
 *   <li><b>pagerank</b> PR(v) = (1-d)/n + d * (sum over neighbours u of PR(u) w(u,v)/s(u) + sum
 *       over isolated u of PR(u)/n) (Brin and Page 1998), with w = 1 for <b>pagerank</b> and w the
 *       tie weight for <b>pagerank_weighted</b>: JGraphT's {@link PageRank}, whose uniform
 *       treatment of dangling (here: isolated) actors and uniform teleport are NetworkX's defaults.
 *       JGraphT stops when no score changes by more than its tolerance or after its iteration cap;
 *       the cap is set here to ceil(log(tolerance/2)/log d) + 1 iterations, enough for the
 *       contraction by d per step to bring the L1 error below the tolerance, so the cap never cuts
 *       a run short. O(m) per iteration.
 *   <li><b>eigenvector</b> x with A x = lambda_max x, x >= 0, |x|_2 = 1 (Bonacich 1972);
 *       <b>eigenvector_max1</b> x / max(x). JGraphT 1.5.3's {@code EigenvectorCentrality} iterates
 *       on A, which oscillates on bipartite graphs (a path, a star: common in ego networks); here
 *       the power iteration runs on A + I like NetworkX's {@code eigenvector_centrality}, from the
 *       uniform vector, until no entry changes by more than the tolerance. On a disconnected view
 *       the actors outside the component(s) with the largest eigenvalue get (nearly) 0. If the
 *       iteration cap is reached first, {@link #eigenvectorConverged()} says so. O(m) per
 *       iteration, convergence rate (1+|lambda_2|)/(1+lambda_max) at worst.
 *   <li><b>katz</b> x = (I - alpha A)^-1 beta 1 with beta = 1 (Katz 1953), scaled to |x|_2 = 1 as
 *       NetworkX's {@code katz_centrality} does by default, by the iteration x &lt;- alpha A x +
 *       beta from x = 0 that NetworkX and JGraphT's {@code KatzCentrality} use, here on arrays
 *       (JGraphT's maps took 45 s on a million ties). It converges only for alpha &lt;
 *       1/lambda_max, so a larger alpha is rejected; the default alpha is {@link
 *       #KATZ_ALPHA_SHARE_DEFAULT} / lambda_max (the eigenvector run's Rayleigh quotient), or
 *       {@link #KATZ_ALPHA_SHARE_DEFAULT} on a view without ties. The iteration cap follows from
 *       the contraction rate alpha * lambda_max as for PageRank. O(m) per iteration.
 *   <li><b>clustering</b> C(v) = 2 T(v) / (k(v)(k(v)-1)), T(v) the ties among v's neighbours, 0 for
 *       k(v) &lt; 2 (Watts and Strogatz 1998). The triangles are counted by the forward algorithm
 *       (Schank and Wagner 2005: each tie oriented towards the actor of higher degree, each
 *       triangle found once from its lowest vertex) in O(m^1.5); JGraphT's {@code
 *       ClusteringCoefficient}, which gives the same values, took 34 s on a million ties.
 *   <li><b>coreness</b>: the largest k such that v belongs to the k-core (Seidman 1983; Batagelj
 *       and Zaversnik 2003): JGraphT's {@link Coreness}. O(m).
 * </ul>
 *
 * <p>Weights count only in strength and pagerank_weighted (see {@link Measure}); distances are hop
 * counts, which is what NetworkX and igraph compute when no weight is named.
 */
public final class CentralityMeasures {

  /** PageRank's damping factor d when none is given (NetworkX, igraph and JGraphT agree). */
  public static final double DAMPING_FACTOR_DEFAULT = PageRank.DAMPING_FACTOR_DEFAULT;

  /** Katz's alpha when none is given, as a share of 1/lambda_max: halfway to divergence. */
  public static final double KATZ_ALPHA_SHARE_DEFAULT = 0.5;

  /** Katz's beta, the weight every actor starts with. */
  public static final double KATZ_BETA = 1.0;

  /** The largest change in any score at which an iterative measure stops. */
  public static final double TOLERANCE = 1e-12;

  /** Eigenvector power iterations before giving up (NetworkX stops at 100). */
  public static final int EIGENVECTOR_MAX_ITERATIONS = 10_000;

  /**
   * How the parameterised measures are computed.
   *
   * @param dampingFactor PageRank's d, in [0, 1)
   * @param katzAlpha Katz's alpha, &gt;= 0 and below 1/lambda_max of the view; NaN for the default
   *     {@link #KATZ_ALPHA_SHARE_DEFAULT} / lambda_max
   * @param betweennessPivots 0 for exact betweenness; k &gt; 0 for the estimate from k pivots
   *     (exact when k is at least the number of actors)
   * @param seed chooses the pivots
   */
  public record Options(double dampingFactor, double katzAlpha, int betweennessPivots, long seed) {

    public Options {
      if (!(dampingFactor >= 0 && dampingFactor < 1)) {
        throw new IllegalArgumentException("damping factor must be in [0, 1): " + dampingFactor);
      }
      if (!Double.isNaN(katzAlpha) && !(katzAlpha >= 0 && katzAlpha < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("Katz alpha must be a finite number >= 0: " + katzAlpha);
      }
      if (betweennessPivots < 0) {
        throw new IllegalArgumentException(
            "pivots must be 0 (exact) or more: " + betweennessPivots);
      }
    }

    /** Default damping and Katz alpha, exact betweenness. */
    public static Options defaults() {
      return new Options(DAMPING_FACTOR_DEFAULT, Double.NaN, 0, 0);
    }

    public Options withDampingFactor(double d) {
      return new Options(d, katzAlpha, betweennessPivots, seed);
    }

    public Options withKatzAlpha(double alpha) {
      return new Options(dampingFactor, alpha, betweennessPivots, seed);
    }

    /** Betweenness from {@code pivots} pivots chosen with {@code seed}; 0 pivots: exact. */
    public Options withPivots(int pivots, long seed) {
      return new Options(dampingFactor, katzAlpha, pivots, seed);
    }
  }

  private final NetworkView view;
  private final double dampingFactor;
  private final int betweennessPivots;
  private final double katzAlpha;
  private final double largestEigenvalue;
  private final boolean eigenvectorConverged;
  private final Map<Measure, double[]> scores = new EnumMap<>(Measure.class);

  /** Every measure with the default damping factor and Katz alpha. */
  public CentralityMeasures(NetworkView view) {
    this(view, EnumSet.allOf(Measure.class));
  }

  /** {@code measures} with the default damping factor and Katz alpha. */
  public CentralityMeasures(NetworkView view, Set<Measure> measures) {
    this(view, measures, Options.defaults());
  }

  /**
   * {@code measures} with the given parameters.
   *
   * @param dampingFactor PageRank's d, in [0, 1)
   * @param katzAlpha Katz's alpha, &gt;= 0 and below 1/lambda_max of the view
   * @throws IllegalArgumentException for a parameter out of range
   */
  public CentralityMeasures(
      NetworkView view, Set<Measure> measures, double dampingFactor, double katzAlpha) {
    this(
        view,
        measures,
        Options.defaults().withDampingFactor(dampingFactor).withKatzAlpha(checkAlpha(katzAlpha)));
  }

  private static double checkAlpha(double katzAlpha) {
    if (Double.isNaN(katzAlpha)) {
      throw new IllegalArgumentException("Katz alpha must be a finite number >= 0: NaN");
    }
    return katzAlpha;
  }

  /** {@code measures} with the given damping factor and the default Katz alpha. */
  public CentralityMeasures(NetworkView view, Set<Measure> measures, double dampingFactor) {
    this(view, measures, Options.defaults().withDampingFactor(dampingFactor));
  }

  /**
   * {@code measures} computed as {@code options} say.
   *
   * @throws IllegalArgumentException for a Katz alpha at or above 1/lambda_max of the view
   */
  public CentralityMeasures(NetworkView view, Set<Measure> measures, Options options) {
    this.view = Objects.requireNonNull(view, "view");
    Objects.requireNonNull(measures, "measures");
    double dampingFactor = options.dampingFactor();
    Double katzAlpha = Double.isNaN(options.katzAlpha()) ? null : options.katzAlpha();
    this.dampingFactor = dampingFactor;
    Set<Measure> wanted =
        measures.isEmpty() ? EnumSet.noneOf(Measure.class) : EnumSet.copyOf(measures);

    Graph<Integer, Integer> weighted = view.graph();
    Graph<Integer, Integer> unweighted = new AsUnweightedGraph<>(weighted);
    int n = view.vertexCount();
    WeightedAdjacency adjacency = view.adjacency();

    boolean spectral =
        wanted.contains(Measure.EIGENVECTOR)
            || wanted.contains(Measure.EIGENVECTOR_MAX1)
            || wanted.contains(Measure.KATZ)
            || katzAlpha != null;
    if (spectral) {
      PrincipalEigenvector eigen = new PrincipalEigenvector(adjacency);
      this.largestEigenvalue = eigen.eigenvalue;
      this.eigenvectorConverged = eigen.converged;
      put(wanted, Measure.EIGENVECTOR, eigen.vector);
      double max = 0;
      for (double x : eigen.vector) {
        max = Math.max(max, x);
      }
      double[] max1 = eigen.vector.clone();
      for (int v = 0; v < n; v++) {
        max1[v] = max1[v] / max;
      }
      put(wanted, Measure.EIGENVECTOR_MAX1, max1);
    } else {
      this.largestEigenvalue = Double.NaN;
      this.eigenvectorConverged = true;
    }

    if (katzAlpha == null) {
      this.katzAlpha =
          !spectral
              ? Double.NaN
              : largestEigenvalue > 0
                  ? KATZ_ALPHA_SHARE_DEFAULT / largestEigenvalue
                  : KATZ_ALPHA_SHARE_DEFAULT;
    } else if (katzAlpha * largestEigenvalue >= 1) {
      throw new IllegalArgumentException(
          "Katz alpha must be below 1/lambda_max = "
              + (1 / largestEigenvalue)
              + " for this view: "
              + katzAlpha);
    } else {
      this.katzAlpha = katzAlpha;
    }

    if (wanted.contains(Measure.DEGREE)
        || wanted.contains(Measure.STRENGTH)
        || wanted.contains(Measure.DEGREE_CENTRALITY)) {
      degrees(wanted, adjacency);
    }
    boolean sampled = options.betweennessPivots() > 0 && options.betweennessPivots() < n;
    this.betweennessPivots = sampled ? options.betweennessPivots() : 0;
    if (wanted.contains(Measure.BETWEENNESS) || wanted.contains(Measure.BETWEENNESS_NORMALIZED)) {
      double[] raw =
          sampled
              ? BrandesBetweenness.estimate(
                  adjacency, BrandesBetweenness.pivots(n, betweennessPivots, options.seed()))
              : BrandesBetweenness.exact(view);
      double scale = n > 2 ? 2.0 / ((n - 1.0) * (n - 2.0)) : 0;
      double[] normalized = new double[n];
      for (int v = 0; v < n; v++) {
        normalized[v] = raw[v] * scale;
      }
      put(wanted, Measure.BETWEENNESS, raw);
      put(wanted, Measure.BETWEENNESS_NORMALIZED, normalized);
    }
    if (wanted.contains(Measure.CLOSENESS)
        || wanted.contains(Measure.HARMONIC)
        || wanted.contains(Measure.HARMONIC_NORMALIZED)) {
      distances(wanted, adjacency);
    }
    if (wanted.contains(Measure.PAGERANK)) {
      scores.put(Measure.PAGERANK, pageRank(unweighted, n));
    }
    if (wanted.contains(Measure.PAGERANK_WEIGHTED)) {
      scores.put(Measure.PAGERANK_WEIGHTED, pageRank(weighted, n));
    }
    if (wanted.contains(Measure.KATZ)) {
      scores.put(Measure.KATZ, katz(adjacency));
    }
    if (wanted.contains(Measure.CLUSTERING)) {
      scores.put(Measure.CLUSTERING, clustering(adjacency));
    }
    if (wanted.contains(Measure.CORENESS)) {
      scores.put(Measure.CORENESS, toArray(new Coreness<>(unweighted), n));
    }
  }

  private void put(Set<Measure> wanted, Measure measure, double[] values) {
    if (wanted.contains(measure)) {
      scores.put(measure, values);
    }
  }

  private void degrees(Set<Measure> wanted, WeightedAdjacency adjacency) {
    int n = adjacency.vertexCount();
    double[] degree = new double[n];
    double[] strength = new double[n];
    double[] centrality = new double[n];
    for (int v = 0; v < n; v++) {
      degree[v] = adjacency.degree(v);
      for (int i = adjacency.start[v]; i < adjacency.start[v + 1]; i++) {
        strength[v] += adjacency.weight[i];
      }
      centrality[v] = n > 1 ? degree[v] / (n - 1) : 1;
    }
    put(wanted, Measure.DEGREE, degree);
    put(wanted, Measure.STRENGTH, strength);
    put(wanted, Measure.DEGREE_CENTRALITY, centrality);
  }

  /** Closeness and harmonic centrality from one breadth-first search per actor. */
  private void distances(Set<Measure> wanted, WeightedAdjacency adjacency) {
    int n = adjacency.vertexCount();
    double[] closeness = new double[n];
    double[] harmonic = new double[n];
    double[] harmonicNormalized = new double[n];
    Search search = new Search(n);
    for (int source = 0; source < n; source++) {
      PathScores scores = search.from(adjacency, source);
      closeness[source] = scores.closeness();
      harmonic[source] = scores.harmonic();
      harmonicNormalized[source] = scores.harmonicNormalized();
    }
    put(wanted, Measure.CLOSENESS, closeness);
    put(wanted, Measure.HARMONIC, harmonic);
    put(wanted, Measure.HARMONIC_NORMALIZED, harmonicNormalized);
  }

  /**
   * Closeness, harmonic and normalised harmonic centrality of one vertex, from a single
   * breadth-first search: O(m), the same values the all-actors computation gives that vertex.
   */
  public record PathScores(double closeness, double harmonic, double harmonicNormalized) {}

  /** {@link PathScores} of {@code vertex} of {@code view}. */
  public static PathScores pathScores(NetworkView view, int vertex) {
    Objects.checkIndex(vertex, view.vertexCount());
    return new Search(view.vertexCount()).from(view.adjacency(), vertex);
  }

  /** A breadth-first search whose arrays are reused from source to source. */
  private static final class Search {
    final int[] distance;
    final int[] queue;

    Search(int n) {
      distance = new int[n];
      queue = new int[n];
      Arrays.fill(distance, -1);
    }

    PathScores from(WeightedAdjacency adjacency, int source) {
      int n = adjacency.vertexCount();
      distance[source] = 0;
      queue[0] = source;
      int head = 0;
      int tail = 1;
      long sum = 0;
      double inverseSum = 0;
      while (head < tail) {
        int v = queue[head++];
        for (int i = adjacency.start[v]; i < adjacency.start[v + 1]; i++) {
          int w = adjacency.neighbour[i];
          if (distance[w] < 0) {
            distance[w] = distance[v] + 1;
            sum += distance[w];
            inverseSum += 1.0 / distance[w];
            queue[tail++] = w;
          }
        }
      }
      for (int i = 0; i < tail; i++) {
        distance[queue[i]] = -1;
      }
      double others = tail - 1.0; // reachable actors besides the source
      return new PathScores(
          sum > 0 ? (others / (n - 1)) * (others / sum) : 0,
          inverseSum,
          n > 1 ? inverseSum / (n - 1) : 0);
    }
  }

  private double[] pageRank(Graph<Integer, Integer> graph, int n) {
    // each step shrinks the L1 distance to the fixed point by d; from at most 2 to TOLERANCE:
    int iterations = iterationsToContract(dampingFactor, TOLERANCE / 2);
    return toArray(new PageRank<>(graph, dampingFactor, iterations, TOLERANCE), n);
  }

  private double[] katz(WeightedAdjacency a) {
    // the Euclidean error shrinks by alpha * lambda_max per step, relative to the answer's norm
    int iterations = iterationsToContract(katzAlpha * largestEigenvalue, TOLERANCE);
    int n = a.vertexCount();
    double[] x = new double[n];
    double[] next = new double[n];
    for (int iteration = 0; iteration < iterations; iteration++) {
      double change = 0;
      for (int v = 0; v < n; v++) {
        double sum = 0;
        for (int i = a.start[v]; i < a.start[v + 1]; i++) {
          sum += x[a.neighbour[i]];
        }
        next[v] = katzAlpha * sum + KATZ_BETA;
        change = Math.max(change, Math.abs(next[v] - x[v]));
      }
      double[] swap = x;
      x = next;
      next = swap;
      if (change < TOLERANCE * KATZ_BETA) {
        break;
      }
    }
    return scaledToUnitNorm(x);
  }

  /** Local clustering from triangles counted once each, from their lowest-ranked corner. */
  private static double[] clustering(WeightedAdjacency a) {
    int n = a.vertexCount();
    // rank: by degree, then index; each tie points from its lower-ranked end to its higher
    long[] byDegree = new long[n];
    for (int v = 0; v < n; v++) {
      byDegree[v] = ((long) a.degree(v) << 32) | v;
    }
    Arrays.sort(byDegree);
    int[] rank = new int[n];
    for (int r = 0; r < n; r++) {
      rank[(int) byDegree[r]] = r;
    }
    int[] outStart = new int[n + 1];
    for (int v = 0; v < n; v++) {
      int out = 0;
      for (int i = a.start[v]; i < a.start[v + 1]; i++) {
        out += rank[a.neighbour[i]] > rank[v] ? 1 : 0;
      }
      outStart[v + 1] = outStart[v] + out;
    }
    int[] out = new int[outStart[n]];
    for (int v = 0; v < n; v++) {
      int at = outStart[v];
      for (int i = a.start[v]; i < a.start[v + 1]; i++) {
        if (rank[a.neighbour[i]] > rank[v]) {
          out[at++] = a.neighbour[i];
        }
      }
    }
    long[] triangles = new long[n];
    int[] mark = new int[n];
    Arrays.fill(mark, -1);
    for (int u = 0; u < n; u++) {
      for (int i = outStart[u]; i < outStart[u + 1]; i++) {
        mark[out[i]] = u;
      }
      for (int i = outStart[u]; i < outStart[u + 1]; i++) {
        int v = out[i];
        for (int j = outStart[v]; j < outStart[v + 1]; j++) {
          int w = out[j];
          if (mark[w] == u) {
            triangles[u]++;
            triangles[v]++;
            triangles[w]++;
          }
        }
      }
    }
    double[] clustering = new double[n];
    for (int v = 0; v < n; v++) {
      long k = a.degree(v);
      clustering[v] = k < 2 ? 0 : 2.0 * triangles[v] / (k * (k - 1));
    }
    return clustering;
  }

  private static int iterationsToContract(double rate, double factor) {
    if (rate <= 0) {
      return 1;
    }
    return (int) Math.min(Integer.MAX_VALUE, Math.ceil(Math.log(factor) / Math.log(rate)) + 2);
  }

  private static double[] scaledToUnitNorm(double[] x) {
    double norm = 0;
    for (double value : x) {
      norm += value * value;
    }
    norm = Math.sqrt(norm);
    double[] scaled = new double[x.length];
    for (int v = 0; v < x.length; v++) {
      scaled[v] = x[v] / norm;
    }
    return scaled;
  }

  private static double[] toArray(
      VertexScoringAlgorithm<Integer, ? extends Number> scoring, int n) {
    double[] values = new double[n];
    Map<Integer, ? extends Number> map = scoring.getScores();
    for (int v = 0; v < n; v++) {
      values[v] = map.get(v).doubleValue();
    }
    return values;
  }

  /** The view the measures were computed on. */
  public NetworkView view() {
    return view;
  }

  /** The measures computed, in {@link Measure} order. */
  public Set<Measure> measures() {
    return Collections.unmodifiableSet(scores.keySet());
  }

  /**
   * The value of {@code measure} for every vertex of the view, indexed by vertex (a fresh copy).
   *
   * @throws IllegalArgumentException if {@code measure} was not asked for
   */
  public double[] scores(Measure measure) {
    return values(measure).clone();
  }

  /** The value of {@code measure} for {@code vertex} of the view. */
  public double score(Measure measure, int vertex) {
    double[] values = values(measure);
    Objects.checkIndex(vertex, values.length);
    return values[vertex];
  }

  private double[] values(Measure measure) {
    double[] values = scores.get(Objects.requireNonNull(measure, "measure"));
    if (values == null) {
      throw new IllegalArgumentException("not computed: " + measure + "; computed: " + measures());
    }
    return values;
  }

  /**
   * The number of pivots betweenness was estimated from, or 0 if it was computed exactly (also when
   * the pivots asked for were at least the number of actors).
   */
  public int betweennessPivots() {
    return betweennessPivots;
  }

  /** PageRank's damping factor d. */
  public double dampingFactor() {
    return dampingFactor;
  }

  /** Katz's alpha: the one given, or the default for this view; NaN if Katz was not asked for. */
  public double katzAlpha() {
    return katzAlpha;
  }

  /**
   * lambda_max of the 0/1 adjacency matrix (Rayleigh quotient of the eigenvector), NaN when neither
   * eigenvector nor Katz centrality was asked for.
   */
  public double largestEigenvalue() {
    return largestEigenvalue;
  }

  /** False if the eigenvector iteration stopped at its cap before reaching the tolerance. */
  public boolean eigenvectorConverged() {
    return eigenvectorConverged;
  }

  /**
   * Power iteration x &lt;- (A + I) x / |(A + I) x|_2 from the uniform vector, as in NetworkX's
   * {@code eigenvector_centrality}; the shift by I makes it converge on bipartite graphs, where the
   * eigenvalues -lambda_max and lambda_max have the same modulus.
   */
  private static final class PrincipalEigenvector {
    final double[] vector;
    final double eigenvalue;
    final boolean converged;

    PrincipalEigenvector(WeightedAdjacency a) {
      int n = a.vertexCount();
      double[] x = new double[n];
      Arrays.fill(x, 1 / Math.sqrt(n));
      double[] next = new double[n];
      boolean done = n == 0;
      for (int iteration = 0; iteration < EIGENVECTOR_MAX_ITERATIONS && !done; iteration++) {
        multiplyShifted(a, x, next);
        double norm = 0;
        for (double value : next) {
          norm += value * value;
        }
        norm = Math.sqrt(norm);
        double change = 0;
        for (int v = 0; v < n; v++) {
          next[v] /= norm;
          change = Math.max(change, Math.abs(next[v] - x[v]));
        }
        double[] swap = x;
        x = next;
        next = swap;
        done = change < TOLERANCE;
      }
      this.vector = x;
      this.converged = done;
      multiplyShifted(a, x, next);
      double quotient = 0;
      for (int v = 0; v < n; v++) {
        quotient += x[v] * (next[v] - x[v]); // x' A x = x' (A + I) x - x' x, with |x| = 1
      }
      this.eigenvalue = quotient;
    }

    private static void multiplyShifted(WeightedAdjacency a, double[] x, double[] out) {
      for (int v = 0; v < a.vertexCount(); v++) {
        double sum = x[v];
        for (int i = a.start[v]; i < a.start[v + 1]; i++) {
          sum += x[a.neighbour[i]];
        }
        out[v] = sum;
      }
    }
  }
}

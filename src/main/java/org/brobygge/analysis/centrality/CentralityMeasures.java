package org.brobygge.analysis.centrality;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.brobygge.graph.NetworkView;
import org.jgrapht.alg.scoring.PageRank;

/**
 * The per-actor {@link Measure measures} of one {@link NetworkView}, computed once in the
 * constructor with the conventions of NetworkX 2.8.8 (and igraph, where it has the measure), so
 * that a researcher gets the same number from Brobygge as from those tools. n is the number of
 * actors in the view, m the number of (merged) ties.
 *
 * <p>A facade: each {@link MeasureFamily} is computed by its own class, which documents its
 * definitions, references and cost, and only the families of the measures asked for are computed.
 *
 * <ul>
 *   <li>degree, strength, degree_centrality: {@link DegreeScores}, O(m).
 *   <li>betweenness, betweenness_normalized: {@link BetweennessScores} ({@link BrandesBetweenness},
 *       exact in O(nm) or estimated from {@link Options#betweennessPivots()} pivots in O(km)).
 *   <li>closeness, harmonic, harmonic_normalized: {@link ClosenessScores}, one breadth-first search
 *       per actor, O(nm), or estimated from about {@link Options#closenessSources()} searches in
 *       O(km); one actor's values: {@link #pathScores}.
 *   <li>pagerank, pagerank_weighted: {@link PageRankScores} (JGraphT's {@code PageRank}), O(m) per
 *       iteration.
 *   <li>eigenvector, eigenvector_max1: {@link EigenvectorScores}, power iteration on A + I, O(m)
 *       per iteration; it also gives {@link #largestEigenvalue()}.
 *   <li>katz: {@link KatzScores}, O(m) per iteration, alpha below 1/lambda_max.
 *   <li>clustering: {@link ClusteringScores}, forward triangle count, O(m^1.5).
 *   <li>coreness: {@link CorenessScores} (Batagelj-Zaversnik on the arrays), O(m).
 *   <li>constraint, effective_size, efficiency: {@link StructuralHoles} (Burt, weighted), O(sum
 *       deg^2); NaN for an actor without ties, as in NetworkX.
 * </ul>
 *
 * <p>Weights count only in strength, pagerank_weighted and Burt's measures (see {@link Measure});
 * distances are hop counts, which is what NetworkX and igraph compute when no weight is named.
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

  /**
   * The fewest breadth-first searches estimated closeness runs in a connected component (every
   * actor of a smaller one); {@link ClosenessScores}.
   */
  public static final int CLOSENESS_MIN_SOURCES_PER_COMPONENT =
      ClosenessScores.MIN_SOURCES_PER_COMPONENT;

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
   * @param closenessSources 0 for exact closeness and harmonic; k &gt; 0 for the estimate from
   *     about k sources (exact when k is at least the number of actors; {@link ClosenessScores})
   * @param seed chooses the pivots and the sources
   */
  public record Options(
      double dampingFactor,
      double katzAlpha,
      int betweennessPivots,
      int closenessSources,
      long seed) {

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
      if (closenessSources < 0) {
        throw new IllegalArgumentException(
            "closeness sources must be 0 (exact) or more: " + closenessSources);
      }
    }

    /** Default damping and Katz alpha, exact betweenness, closeness and harmonic. */
    public static Options defaults() {
      return new Options(DAMPING_FACTOR_DEFAULT, Double.NaN, 0, 0, 0);
    }

    public Options withDampingFactor(double d) {
      return new Options(d, katzAlpha, betweennessPivots, closenessSources, seed);
    }

    public Options withKatzAlpha(double alpha) {
      return new Options(dampingFactor, alpha, betweennessPivots, closenessSources, seed);
    }

    /** Betweenness from {@code pivots} pivots chosen with {@code seed}; 0 pivots: exact. */
    public Options withPivots(int pivots, long seed) {
      return new Options(dampingFactor, katzAlpha, pivots, closenessSources, seed);
    }

    /**
     * Closeness and harmonic from about {@code sources} sources chosen with {@code seed}; 0: exact.
     */
    public Options withClosenessSources(int sources, long seed) {
      return new Options(dampingFactor, katzAlpha, betweennessPivots, sources, seed);
    }
  }

  private final NetworkView view;
  private final double dampingFactor;
  private final int betweennessPivots;
  private int closenessSearches;
  private final double katzAlpha;
  private final double largestEigenvalue;
  private final boolean eigenvectorConverged;
  private final Map<Measure, double[]> scores = new EnumMap<>(Measure.class);
  private final Set<MeasureFamily> families = EnumSet.noneOf(MeasureFamily.class);

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
    this.dampingFactor = options.dampingFactor();
    Set<Measure> wanted =
        measures.isEmpty() ? EnumSet.noneOf(Measure.class) : EnumSet.copyOf(measures);
    EnumSet<MeasureFamily> asked = EnumSet.noneOf(MeasureFamily.class);
    wanted.forEach(m -> asked.add(m.family()));

    // lambda_max first: Katz needs it, and a Katz alpha given is checked against it even when Katz
    // itself was not asked for, before anything slow runs
    boolean spectral =
        asked.contains(MeasureFamily.EIGENVECTOR)
            || asked.contains(MeasureFamily.KATZ)
            || !Double.isNaN(options.katzAlpha());
    EigenvectorScores eigen = spectral ? new EigenvectorScores(WeightedAdjacency.of(view)) : null;
    this.largestEigenvalue = spectral ? eigen.largestEigenvalue() : Double.NaN;
    this.eigenvectorConverged = !spectral || eigen.converged();
    this.katzAlpha =
        spectral ? KatzScores.alpha(options.katzAlpha(), largestEigenvalue) : Double.NaN;
    this.betweennessPivots =
        BetweennessScores.effectivePivots(view.vertexCount(), options.betweennessPivots());
    if (spectral) {
      families.add(MeasureFamily.EIGENVECTOR);
    }

    for (MeasureFamily family : asked) {
      FamilyScores computed =
          switch (family) {
            case DEGREE -> new DegreeScores(WeightedAdjacency.of(view));
            case BETWEENNESS -> new BetweennessScores(view, betweennessPivots, options.seed());
            case CLOSENESS -> {
              ClosenessScores paths =
                  new ClosenessScores(
                      WeightedAdjacency.of(view), options.closenessSources(), options.seed());
              closenessSearches = paths.sources();
              yield paths;
            }
            case PAGERANK -> new PageRankScores(WeightedAdjacency.of(view), dampingFactor, wanted);
            case EIGENVECTOR -> eigen;
            case KATZ -> new KatzScores(WeightedAdjacency.of(view), katzAlpha, largestEigenvalue);
            case CLUSTERING -> new ClusteringScores(WeightedAdjacency.of(view));
            case CORENESS -> new CorenessScores(WeightedAdjacency.of(view));
            case STRUCTURAL_HOLES -> new StructuralHoles(view);
          };
      families.add(family);
      for (Measure measure : family.measures()) {
        if (wanted.contains(measure)) {
          scores.put(measure, computed.scores(measure));
        }
      }
    }
  }

  /**
   * The measures of {@code parts}, computed on one view with the same options (a cache that keeps
   * each family apart, {@link Measure#computedTogether()}, answers a request spanning several with
   * its parts): one object with every part's measures and parameters, as if computed together.
   *
   * @throws IllegalArgumentException if there are no parts, or they differ in view or options
   */
  public static CentralityMeasures combine(List<CentralityMeasures> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no measures to combine");
    }
    return parts.size() == 1 ? parts.getFirst() : new CentralityMeasures(parts);
  }

  private CentralityMeasures(List<CentralityMeasures> parts) {
    CentralityMeasures first = parts.getFirst();
    this.view = first.view;
    this.dampingFactor = first.dampingFactor;
    this.betweennessPivots = first.betweennessPivots;
    double lambda = Double.NaN;
    double alpha = Double.NaN;
    boolean converged = true;
    for (CentralityMeasures part : parts) {
      if (part.view != view
          || part.dampingFactor != dampingFactor
          || part.betweennessPivots != betweennessPivots) {
        throw new IllegalArgumentException("parts computed on different views or options");
      }
      scores.putAll(part.scores);
      families.addAll(part.families);
      closenessSearches = Math.max(closenessSearches, part.closenessSearches);
      if (!Double.isNaN(part.largestEigenvalue)) {
        lambda = part.largestEigenvalue;
        converged = part.eigenvectorConverged;
      }
      if (!Double.isNaN(part.katzAlpha)) {
        alpha = part.katzAlpha;
      }
    }
    this.largestEigenvalue = lambda;
    this.eigenvectorConverged = converged;
    this.katzAlpha = alpha;
  }

  /**
   * Closeness, harmonic and normalised harmonic centrality of one vertex, from a single
   * breadth-first search: O(m), the same values the all-actors computation gives that vertex.
   */
  public record PathScores(double closeness, double harmonic, double harmonicNormalized) {

    /**
     * The value of {@code measure}, one of the {@link MeasureFamily#CLOSENESS} family.
     *
     * @throws IllegalArgumentException for a measure of another family
     */
    public double score(Measure measure) {
      return switch (measure) {
        case CLOSENESS -> closeness;
        case HARMONIC -> harmonic;
        case HARMONIC_NORMALIZED -> harmonicNormalized;
        default -> throw new IllegalArgumentException("not a closeness measure: " + measure);
      };
    }
  }

  /** {@link PathScores} of {@code vertex} of {@code view}. */
  public static PathScores pathScores(NetworkView view, int vertex) {
    Objects.checkIndex(vertex, view.vertexCount());
    return ClosenessScores.of(WeightedAdjacency.of(view), vertex);
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
   * The families whose classes ran: those of the measures asked for, and {@link
   * MeasureFamily#EIGENVECTOR} also for Katz (lambda_max) or a Katz alpha given.
   */
  Set<MeasureFamily> families() {
    return Collections.unmodifiableSet(families);
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

  /**
   * The number of breadth-first searches closeness and harmonic were estimated from, or 0 if they
   * were computed exactly or not at all.
   */
  public int closenessSearches() {
    return closenessSearches;
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
}

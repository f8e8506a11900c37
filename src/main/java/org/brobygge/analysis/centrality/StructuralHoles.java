package org.brobygge.analysis.centrality;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;
import org.brobygge.graph.NetworkView;

/**
 * Burt's structural-hole measures per vertex of a {@link NetworkView}: constraint, effective size
 * and efficiency: the {@link MeasureFamily#STRUCTURAL_HOLES} family of {@link Measure}.
 *
 * <p>With {@code a_ij} the weight of the tie between {@code i} and {@code j} (0 if none) and the
 * proportional tie strength {@code p_ij = (a_ij + a_ji) / sum_k (a_ik + a_ki)}, which on the view's
 * undirected graph is {@code a_ij / s_i} with {@code s_i} the strength of {@code i}:
 *
 * <ul>
 *   <li><b>constraint</b> {@code c_i = sum_{j in N(i)} (p_ij + sum_{q != i,j} p_iq p_qj)^2}: how
 *       much of {@code i}'s network time and energy goes into contacts that are themselves tied;
 *       high for an actor in a closed clique, low for one that spans structural holes;
 *   <li><b>effective size</b>, Burt's general form {@code e_i = n_i - sum_{j in N(i)} sum_{q !=
 *       i,j} p_iq m_jq} with {@code m_jq = a_jq / max_k a_jk}: the number of contacts less their
 *       redundancy. With all weights 1 it reduces to Borgatti's (1997) {@code n_i - 2 t_i / n_i},
 *       {@code t_i} the ties among {@code i}'s contacts, the form UCINET and NetworkX use for
 *       unweighted graphs;
 *   <li><b>efficiency</b> {@code e_i / n_i}.
 * </ul>
 *
 * <p><b>Weights.</b> By default ({@link #WEIGHTED_DEFAULT}) tie weights count, as in Burt (1992)
 * and NetworkX's {@code constraint(G, weight="weight")} and {@code effective_size(G,
 * weight="weight")}: a heavy tie to a contact makes that contact a larger share of the actor's
 * investment. Pass {@code weighted = false} to count every tie as 1, which gives UCINET's and
 * NetworkX's unweighted values ({@code p_ij = 1/deg(i)}).
 *
 * <p><b>Isolates.</b> A vertex without ties has no contacts to be constrained by: all three
 * measures are {@code NaN} for it, as NetworkX returns {@code nan} for its constraint and effective
 * size.
 *
 * <p>Sources: R. S. Burt, <i>Structural Holes: The Social Structure of Competition</i>, Harvard
 * University Press, 1992, ch. 2; S. P. Borgatti, "Structural holes: unpacking Burt's redundancy
 * measures", <i>Connections</i> 20(1), 1997, 35-38.
 *
 * <p>Cost: {@code O(sum_v deg(v)^2)} time (every two-path is walked once per measure), in parallel
 * over the egos, and {@code O(n + m)} memory; computed once in the constructor.
 */
public final class StructuralHoles implements FamilyScores {

  /** Tie weights count unless told otherwise. */
  public static final boolean WEIGHTED_DEFAULT = true;

  private final NetworkView view;
  private final boolean weighted;
  private final double[] constraint;
  private final double[] effectiveSize;

  /** Burt's measures with tie weights counted ({@link #WEIGHTED_DEFAULT}). */
  public StructuralHoles(NetworkView view) {
    this(view, WEIGHTED_DEFAULT);
  }

  /**
   * @param view the network
   * @param weighted whether tie weights count; {@code false} treats every tie as weight 1
   */
  public StructuralHoles(NetworkView view, boolean weighted) {
    this.view = Objects.requireNonNull(view, "view");
    this.weighted = weighted;
    WeightedAdjacency adj =
        weighted ? WeightedAdjacency.of(view) : new WeightedAdjacency(view.network(), false);
    int n = adj.vertexCount();
    double[] strength = new double[n];
    double[] maxWeight = new double[n];
    for (int v = 0; v < n; v++) {
      for (int k = adj.start[v]; k < adj.start[v + 1]; k++) {
        strength[v] += adj.weight[k];
        maxWeight[v] = Math.max(maxWeight[v], adj.weight[k]);
      }
    }
    constraint = new double[n];
    effectiveSize = new double[n];
    // each ego on its own: groups of egos (every GROUPS-th, so that the hubs spread) in parallel,
    // each with its own scratch arrays; the values do not depend on the grouping
    IntStream.range(0, GROUPS)
        .parallel()
        .forEach(
            g -> {
              double[] pEgo = new double[n]; // p_ij of the current ego i, 0 off its neighbours
              double[] indirect = new double[n]; // sum_q p_iq p_qj per contact j
              for (int i = g; i < n; i += GROUPS) {
                ego(adj, strength, maxWeight, i, pEgo, indirect);
              }
            });
  }

  /** Egos are computed in this many groups, in parallel. */
  private static final int GROUPS = 8;

  private void ego(
      WeightedAdjacency adj,
      double[] strength,
      double[] maxWeight,
      int i,
      double[] pEgo,
      double[] indirect) {
    if (adj.degree(i) == 0) {
      constraint[i] = Double.NaN;
      effectiveSize[i] = Double.NaN;
      return;
    }
    for (int k = adj.start[i]; k < adj.start[i + 1]; k++) {
      pEgo[adj.neighbour[k]] = adj.weight[k] / strength[i];
    }
    double redundancy = 0;
    for (int k = adj.start[i]; k < adj.start[i + 1]; k++) {
      int q = adj.neighbour[k];
      double piq = pEgo[q];
      for (int l = adj.start[q]; l < adj.start[q + 1]; l++) {
        int j = adj.neighbour[l];
        if (pEgo[j] != 0) { // j is another contact of i: i - q - j is an indirect path
          indirect[j] += piq * adj.weight[l] / strength[q];
          redundancy += piq * adj.weight[l] / maxWeight[j];
        }
      }
    }
    double c = 0;
    for (int k = adj.start[i]; k < adj.start[i + 1]; k++) {
      int j = adj.neighbour[k];
      double cij = pEgo[j] + indirect[j];
      c += cij * cij;
      pEgo[j] = 0;
      indirect[j] = 0;
    }
    constraint[i] = c;
    effectiveSize[i] = adj.degree(i) - redundancy;
  }

  /**
   * The values of {@code measure}, one of {@link MeasureFamily#STRUCTURAL_HOLES}, indexed by vertex
   * (a copy).
   */
  @Override
  public double[] scores(Measure measure) {
    return switch (measure) {
      case CONSTRAINT -> constraints();
      case EFFECTIVE_SIZE -> effectiveSizes();
      case EFFICIENCY -> efficiencies();
      default -> throw FamilyScores.notComputed(this, measure);
    };
  }

  public NetworkView view() {
    return view;
  }

  /** Whether tie weights counted. */
  public boolean weighted() {
    return weighted;
  }

  /** Burt's constraint of {@code vertex}; {@code NaN} for an isolate. */
  public double constraint(int vertex) {
    return constraint[vertex];
  }

  /** Burt's effective size of {@code vertex}; {@code NaN} for an isolate. */
  public double effectiveSize(int vertex) {
    return effectiveSize[vertex];
  }

  /** Effective size divided by degree; {@code NaN} for an isolate. */
  public double efficiency(int vertex) {
    return effectiveSize[vertex] / view.graph().degreeOf(vertex);
  }

  /** Constraint of every vertex, indexed by vertex; a copy. */
  public double[] constraints() {
    return constraint.clone();
  }

  /** Effective size of every vertex, indexed by vertex; a copy. */
  public double[] effectiveSizes() {
    return effectiveSize.clone();
  }

  /** Efficiency of every vertex, indexed by vertex. */
  public double[] efficiencies() {
    double[] e = new double[effectiveSize.length];
    Arrays.setAll(e, this::efficiency);
    return e;
  }
}

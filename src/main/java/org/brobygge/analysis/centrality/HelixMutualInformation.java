package org.brobygge.analysis.centrality;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.brobygge.graph.NetworkView;

/**
 * Leydesdorff's triple- and quadruple-helix mutual information: how much the participation of the
 * helices (sectors, or any grouping) in joint activities is interdependent beyond their pairwise
 * relations. Negative values mean synergy (the whole reduces uncertainty), positive values
 * redundancy among the helices.
 *
 * <p>The data are units of activity (a project, a document; here by default an actor's closed
 * neighbourhood, see {@link #ofNeighbourhoods}), each recorded as the set of dimensions that take
 * part in it: {@code X_d = 1} if dimension {@code d} participates. For a set {@code S} of
 * dimensions, {@code H(S) = -sum_x p(x) log2 p(x)} is the Shannon entropy, in bits, of the joint
 * distribution of {@code (X_d)_{d in S}} over the units. The mutual information in {@code k}
 * dimensions is the alternating sum over all non-empty subsets
 *
 * <pre>
 *   T = sum_{S non-empty} (-1)^(|S|+1) H(S)
 * </pre>
 *
 * which for two dimensions is Shannon's {@code T_xy = H_x + H_y - H_xy}, for three Leydesdorff's
 * (2003) {@code T_uig = H_u + H_i + H_g - H_ui - H_ug - H_ig + H_uig}, and for four the quadruple
 * helix {@code T_1234 = sum H_i - sum H_ij + sum H_ijk - H_1234} (Park, Hong and Leydesdorff 2005;
 * Leydesdorff and Ivanova 2014, who discuss that the sign of this measure alternates with the
 * number of dimensions: in four dimensions negative no longer reads as synergy without care).
 *
 * <p>A dimension that is constant over all units (it takes part in every unit, or in none) makes
 * {@code T} zero: every subset's entropy is unchanged by adding it, and the terms cancel in pairs.
 * In an ecosystem where every neighbourhood includes a firm, the quadruple-helix value is 0 and
 * only the triple helix of the other three sectors carries information.
 *
 * <p>Sources: L. Leydesdorff, "The mutual information of university-industry-government relations:
 * an indicator of the Triple Helix dynamics", <i>Scientometrics</i> 58(2), 2003, 445-467; H. W.
 * Park, H. D. Hong and L. Leydesdorff, "A comparison of the knowledge-based innovation systems in
 * the economies of South Korea and the Netherlands using Triple Helix indicators",
 * <i>Scientometrics</i> 65(1), 2005, 3-27; L. Leydesdorff and I. A. Ivanova, "Mutual redundancies
 * in interhuman communication systems", <i>JASIST</i> 65(2), 2014, 386-399; W. J. McGill,
 * "Multivariate information transmission", <i>Psychometrika</i> 19, 1954, 97-116.
 *
 * <p>Cost: {@code O(2^k * units)} time for {@code k} dimensions, at most {@link #MAX_DIMENSIONS};
 * computed once in the constructor.
 */
public final class HelixMutualInformation {

  /** The most dimensions accepted: the measure walks all {@code 2^k - 1} subsets. */
  public static final int MAX_DIMENSIONS = 10;

  private final int dimensions;
  private final int[] units;
  private final double[] entropy; // per subset mask
  private final double mutualInformation;

  /**
   * @param units one bit mask per unit: bit {@code d} set if dimension {@code d} takes part
   * @param dimensions the number of dimensions, 1 to {@link #MAX_DIMENSIONS}
   * @throws IllegalArgumentException for a dimension count out of range or a unit with a bit at or
   *     above {@code dimensions}
   */
  public HelixMutualInformation(int[] units, int dimensions) {
    Objects.requireNonNull(units, "units");
    if (dimensions < 1 || dimensions > MAX_DIMENSIONS) {
      throw new IllegalArgumentException(
          "dimensions must be in 1.." + MAX_DIMENSIONS + ": " + dimensions);
    }
    for (int u : units) {
      if (u < 0 || u >>> dimensions != 0) {
        throw new IllegalArgumentException(
            "unit "
                + Integer.toBinaryString(u)
                + " has a bit outside "
                + dimensions
                + " dimensions");
      }
    }
    this.dimensions = dimensions;
    this.units = units.clone();
    entropy = new double[1 << dimensions];
    double t = 0;
    for (int subset = 1; subset < entropy.length; subset++) {
      entropy[subset] = jointEntropy(this.units, subset);
      t += (Integer.bitCount(subset) % 2 == 1 ? 1 : -1) * entropy[subset];
    }
    mutualInformation = t;
  }

  /**
   * The units of a network: one per vertex, the groups present in its closed neighbourhood (the
   * vertex and its partners), a proxy for the consortia the actors share when the data holds ties
   * but not projects. An isolate is a unit of its own group alone. With {@link Grouping#bySector}
   * on {@link NetworkView#ecosystem} this is the ecosystem's quadruple helix.
   *
   * @throws IllegalArgumentException if {@code grouping} does not cover the view or has more than
   *     {@link #MAX_DIMENSIONS} groups
   */
  public static HelixMutualInformation ofNeighbourhoods(NetworkView view, Grouping grouping) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(grouping, "grouping");
    grouping.requireCovers(view);
    if (grouping.size() > MAX_DIMENSIONS) {
      throw new IllegalArgumentException(
          "at most " + MAX_DIMENSIONS + " groups for mutual information: " + grouping.size());
    }
    var g = view.graph();
    int[] units = new int[view.vertexCount()];
    for (int v = 0; v < units.length; v++) {
      units[v] = 1 << grouping.groupOf(v);
    }
    for (Integer e : g.edgeSet()) {
      int u = g.getEdgeSource(e);
      int w = g.getEdgeTarget(e);
      units[u] |= 1 << grouping.groupOf(w);
      units[w] |= 1 << grouping.groupOf(u);
    }
    return new HelixMutualInformation(units, grouping.size());
  }

  private static double jointEntropy(int[] units, int subset) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int u : units) {
      counts.merge(u & subset, 1, Integer::sum);
    }
    double h = 0;
    for (int c : counts.values()) {
      double p = (double) c / units.length;
      h -= p * Math.log(p);
    }
    return h / Math.log(2);
  }

  /** The mutual information {@code T} in all dimensions, in bits; 0 without units. */
  public double mutualInformation() {
    return mutualInformation;
  }

  /** {@code H(S)} in bits for the dimensions set in {@code subset}; 0 for the empty set. */
  public double entropy(int subset) {
    return entropy[subset];
  }

  public int dimensions() {
    return dimensions;
  }

  /** The units as dimension bit masks; a copy. */
  public int[] units() {
    return units.clone();
  }
}

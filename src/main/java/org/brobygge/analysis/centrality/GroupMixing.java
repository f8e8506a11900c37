package org.brobygge.analysis.centrality;

import java.util.Objects;
import org.brobygge.graph.NetworkView;

/**
 * How the ties of a {@link NetworkView} run within and between the groups of a {@link Grouping}
 * (sectors, ecosystems, ...): the mixing matrix, block densities, Krackhardt and Stern's E-I index
 * per network, group and actor, and Newman's attribute assortativity.
 *
 * <p>Ties are counted, not weighted, as in UCINET's E-I index and NetworkX's {@code
 * attribute_assortativity_coefficient}: the question is whether a tie exists across a group
 * boundary, not how heavy it is. The view has already merged parallel ties.
 *
 * <ul>
 *   <li><b>Mixing matrix</b> {@code M[g][h]}: the number of ties between a member of {@code g} and
 *       a member of {@code h}, symmetric; {@code M[g][g]} counts each tie within {@code g} once.
 *   <li><b>Block density</b> {@code M[g][h] / (n_g n_h)} between two groups and {@code M[g][g] /
 *       (n_g (n_g - 1) / 2)} within one: the share of possible ties that exist; {@code NaN} where
 *       no tie is possible (an empty group, or within a group of one).
 *   <li><b>E-I index</b> {@code (E - I) / (E + I)} with {@code E} the external and {@code I} the
 *       internal ties: of the whole network (every tie once), of a group (its ties to other groups
 *       against its ties within) and of an actor (its ties to other groups against its ties to its
 *       own). -1 means all ties stay inside, +1 all go outside; {@code NaN} without ties. {@link
 *       #expectedEiIndex()} is the value if ties fell at random on the possible pairs.
 *   <li><b>Attribute assortativity</b> {@code r = (sum_g e_gg - sum_g a_g^2) / (1 - sum_g a_g^2)},
 *       with {@code e_gh} the share of tie ends from {@code g} to {@code h} (each tie counted in
 *       both directions) and {@code a_g = sum_h e_gh}; {@code NaN} when all ties fall in one group,
 *       as NetworkX gives {@code nan}.
 * </ul>
 *
 * <p>Sources: D. Krackhardt and R. N. Stern, "Informal networks and organizational crises: an
 * experimental simulation", <i>Social Psychology Quarterly</i> 51(2), 1988, 123-140; M. E. J.
 * Newman, "Mixing patterns in networks", <i>Physical Review E</i> 67, 026126, 2003.
 *
 * <p>Cost: {@code O(n + m + groups^2)} time and {@code O(n + groups^2)} memory; computed once in
 * the constructor.
 */
public final class GroupMixing {

  private final NetworkView view;
  private final Grouping grouping;
  private final long[][] ties;
  private final int[] sizes;
  private final int[] externalOf; // per vertex
  private final int[] degreeOf;

  /**
   * @param view the network
   * @param grouping the group of every vertex of {@code view}
   * @throws IllegalArgumentException if {@code grouping} does not cover exactly the view's vertices
   */
  public GroupMixing(NetworkView view, Grouping grouping) {
    this.view = Objects.requireNonNull(view, "view");
    this.grouping = Objects.requireNonNull(grouping, "grouping");
    grouping.requireCovers(view);
    int k = grouping.size();
    ties = new long[k][k];
    sizes = grouping.groupSizes();
    int n = view.vertexCount();
    externalOf = new int[n];
    degreeOf = new int[n];
    var g = view.graph();
    for (Integer e : g.edgeSet()) {
      int u = g.getEdgeSource(e);
      int v = g.getEdgeTarget(e);
      int gu = grouping.groupOf(u);
      int gv = grouping.groupOf(v);
      ties[gu][gv]++;
      if (gu != gv) {
        ties[gv][gu]++;
        externalOf[u]++;
        externalOf[v]++;
      }
      degreeOf[u]++;
      degreeOf[v]++;
    }
  }

  public NetworkView view() {
    return view;
  }

  public Grouping grouping() {
    return grouping;
  }

  /** {@code M[g][h]}: ties between groups {@code g} and {@code h}, or within {@code g} if equal. */
  public long ties(int g, int h) {
    return ties[g][h];
  }

  /** The whole mixing matrix, a copy. */
  public long[][] mixingMatrix() {
    long[][] copy = new long[ties.length][];
    for (int g = 0; g < ties.length; g++) {
      copy[g] = ties[g].clone();
    }
    return copy;
  }

  /** Ties that exist between (or within) the groups over ties that could; {@code NaN} if none. */
  public double blockDensity(int g, int h) {
    double possible = g == h ? sizes[g] * (sizes[g] - 1.0) / 2 : (double) sizes[g] * sizes[h];
    return possible == 0 ? Double.NaN : ties[g][h] / possible;
  }

  /** The E-I index of the whole network: every tie once. */
  public double eiIndex() {
    long internal = 0;
    long external = 0;
    for (int g = 0; g < ties.length; g++) {
      internal += ties[g][g];
      for (int h = g + 1; h < ties.length; h++) {
        external += ties[g][h];
      }
    }
    return ei(external, internal);
  }

  /** The E-I index of {@code group}: its ties to other groups against its ties within. */
  public double eiIndex(int group) {
    long external = 0;
    for (int h = 0; h < ties.length; h++) {
      if (h != group) {
        external += ties[group][h];
      }
    }
    return ei(external, ties[group][group]);
  }

  /** The E-I index of {@code vertex}: its ties to other groups against those to its own. */
  public double actorEiIndex(int vertex) {
    return ei(externalOf[vertex], degreeOf[vertex] - externalOf[vertex]);
  }

  /**
   * The network's E-I index if its ties fell at random on the possible pairs: {@code (P_E - P_I) /
   * (P_E + P_I)} with {@code P_E} the pairs of vertices in different groups and {@code P_I} those
   * in one group; {@code NaN} below two vertices.
   */
  public double expectedEiIndex() {
    double n = view.vertexCount();
    double internal = 0;
    for (int size : sizes) {
      internal += size * (size - 1.0) / 2;
    }
    double external = n * (n - 1) / 2 - internal;
    return ei(external, internal);
  }

  /** Newman's assortativity coefficient of the grouping, as NetworkX computes it. */
  public double attributeAssortativity() {
    double ends = 0; // tie ends: twice the ties
    for (int g = 0; g < ties.length; g++) {
      for (int h = 0; h < ties.length; h++) {
        ends += g == h ? 2.0 * ties[g][g] : ties[g][h];
      }
    }
    double trace = 0;
    double sumA2 = 0;
    for (int g = 0; g < ties.length; g++) {
      double a = 0;
      for (int h = 0; h < ties.length; h++) {
        a += g == h ? 2.0 * ties[g][g] : ties[g][h];
      }
      a /= ends;
      trace += 2.0 * ties[g][g] / ends;
      sumA2 += a * a;
    }
    return ends == 0 || sumA2 == 1 ? Double.NaN : (trace - sumA2) / (1 - sumA2);
  }

  private static double ei(double external, double internal) {
    double all = external + internal;
    return all == 0 ? Double.NaN : (external - internal) / all;
  }
}

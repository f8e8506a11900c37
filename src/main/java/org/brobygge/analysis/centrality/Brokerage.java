package org.brobygge.analysis.centrality;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.brobygge.graph.NetworkView;

/**
 * Gould and Fernandez's brokerage roles per vertex of a {@link NetworkView}, over the groups of a
 * {@link Grouping} (sectors, ecosystems, ...).
 *
 * <p>A vertex {@code b} brokers the ordered two-path {@code a -> b -> c} when {@code a != c} and
 * {@code a} and {@code c} are not tied. The view is undirected, so each tie is read as two
 * symmetric directed ties, as UCINET does for undirected data: every open pair of neighbours {@code
 * {a, c}} gives two ordered two-paths, {@code a -> b -> c} and {@code c -> b -> a}. Each is
 * classified by the groups {@code g(a), g(b), g(c)}:
 *
 * <pre>
 *   coordinator     g(a) = g(b) = g(c)
 *   itinerant       g(a) = g(c) != g(b)
 *   representative  g(a) = g(b) != g(c)
 *   gatekeeper      g(b) = g(c) != g(a)
 *   liaison         g(a), g(b), g(c) all different
 * </pre>
 *
 * As a consequence of the symmetric reading, every vertex's gatekeeper and representative counts
 * are equal. Tie weights do not count: a role is a pattern of ties, not of their strength.
 *
 * <p>Source: R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal approach to
 * brokerage in transaction networks", <i>Sociological Methodology</i> 19, 1989, 89-126.
 *
 * <p>Cost: {@code O(sum_v deg(v)^2)} time (all ordered pairs of a broker's neighbours are counted
 * from group sizes in {@code O(deg)}, and the tied ones, one per triangle corner, are walked) and
 * {@code O(n + m + groups)} memory; computed once in the constructor.
 */
public final class Brokerage {

  private final NetworkView view;
  private final Grouping grouping;
  private final BrokerageRoles[] roles;

  /**
   * @param view the network
   * @param grouping the group of every vertex of {@code view}
   * @throws IllegalArgumentException if {@code grouping} does not cover exactly the view's vertices
   */
  public Brokerage(NetworkView view, Grouping grouping) {
    this.view = Objects.requireNonNull(view, "view");
    this.grouping = Objects.requireNonNull(grouping, "grouping");
    grouping.requireCovers(view);
    WeightedAdjacency adj = WeightedAdjacency.of(view); // weights unused here
    int n = adj.vertexCount();
    roles = new BrokerageRoles[n];
    long[] inGroup = new long[grouping.size()]; // neighbours of b per group
    boolean[] isNeighbour = new boolean[n];
    for (int b = 0; b < n; b++) {
      int gb = grouping.groupOf(b);
      long d = adj.degree(b);
      for (int k = adj.start[b]; k < adj.start[b + 1]; k++) {
        inGroup[grouping.groupOf(adj.neighbour[k])]++;
        isNeighbour[adj.neighbour[k]] = true;
      }
      long same = inGroup[gb];
      long other = d - same;
      // all ordered pairs (a, c) of distinct neighbours, by role
      long coordinator = same * (same - 1);
      long representative = same * other;
      long gatekeeper = other * same;
      long itinerant = 0;
      long otherSquares = 0;
      for (int k = adj.start[b]; k < adj.start[b + 1]; k++) {
        int g = grouping.groupOf(adj.neighbour[k]);
        if (g != gb && inGroup[g] > 0) { // each other group once, then cleared
          itinerant += inGroup[g] * (inGroup[g] - 1);
          otherSquares += inGroup[g] * inGroup[g];
          inGroup[g] = 0;
        }
      }
      long liaison = other * other - otherSquares;
      inGroup[gb] = 0;
      // less the closed ones: ordered pairs (a, c) of neighbours that are tied to each other
      for (int k = adj.start[b]; k < adj.start[b + 1]; k++) {
        int a = adj.neighbour[k];
        int ga = grouping.groupOf(a);
        for (int l = adj.start[a]; l < adj.start[a + 1]; l++) {
          int c = adj.neighbour[l];
          if (!isNeighbour[c]) {
            continue;
          }
          int gc = grouping.groupOf(c);
          if (ga == gb && gc == gb) {
            coordinator--;
          } else if (ga == gc) {
            itinerant--;
          } else if (ga == gb) {
            representative--;
          } else if (gc == gb) {
            gatekeeper--;
          } else {
            liaison--;
          }
        }
      }
      for (int k = adj.start[b]; k < adj.start[b + 1]; k++) {
        isNeighbour[adj.neighbour[k]] = false;
      }
      roles[b] = new BrokerageRoles(coordinator, itinerant, gatekeeper, representative, liaison);
    }
  }

  public NetworkView view() {
    return view;
  }

  public Grouping grouping() {
    return grouping;
  }

  /** The roles {@code vertex} brokers in. */
  public BrokerageRoles roles(int vertex) {
    return roles[vertex];
  }

  /** The roles of every vertex, indexed by vertex. */
  public List<BrokerageRoles> all() {
    return List.of(roles);
  }

  /** The brokerage of the whole view: every vertex's roles summed. */
  public BrokerageRoles total() {
    return Arrays.stream(roles).reduce(BrokerageRoles.NONE, BrokerageRoles::plus);
  }
}

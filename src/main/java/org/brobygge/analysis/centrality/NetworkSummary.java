package org.brobygge.analysis.centrality;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.brobygge.graph.NetworkView;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;

/**
 * Network-level figures of a {@link NetworkView}: size, density, components, Freeman degree
 * centralisation, bridges and articulation points.
 *
 * <ul>
 *   <li>density = 2m / (n (n - 1)) over the simple graph (0 below two actors);
 *   <li>degree centralisation (Freeman 1979) = sum_i (d_max - d_i) / ((n - 1)(n - 2)), the star's
 *       value being 1 (0 below three actors);
 *   <li>a bridge is a tie whose removal disconnects its two actors; an articulation point an actor
 *       whose leaving splits its component ({@link #separatedBy(int)} says whom it cuts off).
 * </ul>
 *
 * <p>Cost: O(n + m) (JGraphT's {@link BiconnectivityInspector}, run on a thread with a deep stack,
 * and {@link ConnectivityInspector}).
 */
public final class NetworkSummary {

  private final NetworkView view;
  private final int actors;
  private final int ties;
  private final double density;
  private final double degreeCentralisation;
  private final List<Integer> componentSizes;
  private final int isolates;
  private final List<int[]> bridges;
  private final List<Integer> articulationPoints;

  public NetworkSummary(NetworkView view) {
    this.view = Objects.requireNonNull(view, "view");
    Graph<Integer, Integer> g = view.graph();
    actors = g.vertexSet().size();
    ties = g.edgeSet().size();
    density = actors < 2 ? 0 : 2.0 * ties / ((double) actors * (actors - 1));
    int maxDegree = 0;
    long degreeSum = 0;
    int isolated = 0;
    for (int v : g.vertexSet()) {
      int d = g.degreeOf(v);
      maxDegree = Math.max(maxDegree, d);
      degreeSum += d;
      if (d == 0) {
        isolated++;
      }
    }
    isolates = isolated;
    degreeCentralisation =
        actors < 3
            ? 0
            : ((double) actors * maxDegree - degreeSum) / ((double) (actors - 1) * (actors - 2));
    componentSizes =
        new ConnectivityInspector<>(g)
            .connectedSets().stream().map(Set::size).sorted(Comparator.reverseOrder()).toList();
    Object[] result =
        onDeepStack(
            actors,
            () -> {
              var biconnectivity = new BiconnectivityInspector<>(g);
              return new Object[] {biconnectivity.getBridges(), biconnectivity.getCutpoints()};
            });
    @SuppressWarnings("unchecked")
    Set<Integer> bridgeEdges = (Set<Integer>) result[0];
    @SuppressWarnings("unchecked")
    Set<Integer> cutpoints = (Set<Integer>) result[1];
    bridges =
        bridgeEdges.stream()
            .map(e -> ordered(g.getEdgeSource(e), g.getEdgeTarget(e)))
            .sorted(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]))
            .toList();
    articulationPoints = cutpoints.stream().sorted().toList();
  }

  /**
   * Runs {@code work} on a thread whose stack can hold a depth-first search as deep as the graph
   * has vertices: JGraphT's BiconnectivityInspector recurses once per vertex on a path and
   * overflows the default stack on a 100,000-actor network. The stack is reserved, not committed,
   * memory.
   */
  private static <T> T onDeepStack(int vertices, java.util.function.Supplier<T> work) {
    long stack = Math.max(16L << 20, 4096L * vertices);
    Object[] box = new Object[1];
    Throwable[] failure = new Throwable[1];
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                box[0] = work.get();
              } catch (Throwable t) {
                failure[0] = t;
              }
            },
            "biconnectivity",
            stack);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while finding bridges", e);
    }
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    }
    if (failure[0] != null) {
      throw new IllegalStateException("finding bridges failed", failure[0]);
    }
    @SuppressWarnings("unchecked")
    T value = (T) box[0];
    return value;
  }

  private static int[] ordered(int a, int b) {
    return a < b ? new int[] {a, b} : new int[] {b, a};
  }

  public int actors() {
    return actors;
  }

  /** Ties of the simple graph: parallel ties between two actors count once. */
  public int ties() {
    return ties;
  }

  public double density() {
    return density;
  }

  public double degreeCentralisation() {
    return degreeCentralisation;
  }

  /** Sizes of the connected components, largest first; isolates are components of size 1. */
  public List<Integer> componentSizes() {
    return componentSizes;
  }

  public int isolates() {
    return isolates;
  }

  /** Bridges as vertex pairs (lower vertex first), sorted. */
  public List<int[]> bridges() {
    return bridges;
  }

  /** Articulation points as vertices, ascending. */
  public List<Integer> articulationPoints() {
    return articulationPoints;
  }

  /**
   * The actors that lose their only link to the rest of their component if {@code vertex} leaves:
   * with it removed, every vertex of its component outside the largest remaining part. Empty for a
   * vertex that is no articulation point. Cost: O(size of its component).
   */
  public List<Integer> separatedBy(int vertex) {
    Graph<Integer, Integer> g = view.graph();
    if (!g.containsVertex(vertex)) {
      throw new IllegalArgumentException("no vertex " + vertex);
    }
    List<List<Integer>> parts = new ArrayList<>();
    boolean[] seen = new boolean[g.vertexSet().size()];
    seen[vertex] = true;
    for (int start : Graphs.neighborListOf(g, vertex)) {
      if (seen[start]) {
        continue;
      }
      List<Integer> part = new ArrayList<>();
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(start);
      seen[start] = true;
      while (!queue.isEmpty()) {
        int v = queue.poll();
        part.add(v);
        for (int w : Graphs.neighborListOf(g, v)) {
          if (!seen[w]) {
            seen[w] = true;
            queue.add(w);
          }
        }
      }
      parts.add(part);
    }
    if (parts.size() < 2) {
      return List.of();
    }
    parts.sort(Comparator.comparingInt((List<Integer> p) -> p.size()).reversed());
    return parts.subList(1, parts.size()).stream().flatMap(List::stream).sorted().toList();
  }
}

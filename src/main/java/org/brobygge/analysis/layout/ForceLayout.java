package org.brobygge.analysis.layout;

import java.util.Objects;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.LayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * A force-directed layout (Fruchterman-Reingold) of a graph whose vertices are {@code 0..n-1},
 * computed once on the server so that the browser only draws: JGraphT's exact {@link
 * FRLayoutAlgorithm2D} up to {@link #EXACT_MAX_VERTICES} vertices, its Barnes-Hut variant {@link
 * IndexedFRLayoutAlgorithm2D} (O(n log n) per iteration) above. Seeded, so the same graph gets the
 * same picture every time; coordinates are scaled into a square of side {@link #SIZE}.
 */
public final class ForceLayout {

  /** Side of the square the coordinates are scaled into. */
  public static final double SIZE = 1000.0;

  /** Up to this many vertices the exact O(n^2)-per-iteration algorithm is used. */
  public static final int EXACT_MAX_VERTICES = 400;

  /** Iterations of the algorithm; JGraphT's default. */
  public static final int ITERATIONS = 100;

  /** Barnes-Hut accuracy (JGraphT's default). */
  public static final double THETA = 0.5;

  private ForceLayout() {}

  /**
   * Positions of {@code graph}'s vertices: {@code x[v], y[v]} for vertex {@code v}, each in {@code
   * [0, SIZE]}.
   *
   * @param graph vertices must be {@code 0..vertexCount-1}
   * @param seed seeds the random start positions
   */
  public static Positions of(Graph<Integer, ?> graph, long seed) {
    Objects.requireNonNull(graph, "graph");
    int all = graph.vertexSet().size();
    // Actors without ties would be pushed to the corners and squeeze the picture: they go in
    // rows below it instead, and the force layout places the others.
    int[] tied =
        graph.vertexSet().stream()
            .filter(v -> graph.degreeOf(v) > 0)
            .sorted()
            .mapToInt(Integer::intValue)
            .toArray();
    Positions inner =
        connected(
            new org.jgrapht.graph.AsSubgraph<>(
                graph,
                java.util.Arrays.stream(tied).boxed().collect(java.util.stream.Collectors.toSet())),
            tied,
            seed);
    double[] x = new double[all];
    double[] y = new double[all];
    boolean[] placed = new boolean[all];
    for (int i = 0; i < tied.length; i++) {
      x[tied[i]] = inner.x()[i];
      y[tied[i]] = inner.y()[i];
      placed[tied[i]] = true;
    }
    int k = 0;
    double top = tied.length == 0 ? 0 : SIZE + ISOLATED_SPACING * 2;
    int perRow = (int) (SIZE / ISOLATED_SPACING) + 1;
    for (int v = 0; v < all; v++) {
      if (!placed[v]) {
        x[v] = (k % perRow) * ISOLATED_SPACING;
        y[v] = top + (k / perRow) * ISOLATED_SPACING;
        k++;
      }
    }
    return new Positions(x, y);
  }

  /** Distance between actors without ties in their rows below the drawing. */
  public static final double ISOLATED_SPACING = 40.0;

  /** The force layout of the tied vertices {@code tied}, indexed like {@code tied}. */
  private static Positions connected(Graph<Integer, ?> graph, int[] tied, long seed) {
    int n = tied.length;
    double[] x = new double[n];
    double[] y = new double[n];
    if (n == 0) {
      return new Positions(x, y);
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Graph<Integer, Object> g = (Graph) graph;
    MapLayoutModel2D<Integer> model = new MapLayoutModel2D<>(new Box2D(SIZE, SIZE));
    LayoutAlgorithm2D<Integer, Object> algorithm =
        n <= EXACT_MAX_VERTICES
            ? new FRLayoutAlgorithm2D<>(
                ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(seed))
            : new IndexedFRLayoutAlgorithm2D<>(
                ITERATIONS,
                THETA,
                FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                new Random(seed));
    algorithm.layout(g, model);
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int v = 0; v < n; v++) {
      Point2D p = model.get(tied[v]);
      x[v] = p.getX();
      y[v] = p.getY();
      minX = Math.min(minX, x[v]);
      minY = Math.min(minY, y[v]);
      maxX = Math.max(maxX, x[v]);
      maxY = Math.max(maxY, y[v]);
    }
    double span = Math.max(maxX - minX, maxY - minY);
    double scale = span > 0 ? SIZE / span : 1;
    for (int v = 0; v < n; v++) {
      x[v] = (x[v] - minX) * scale;
      y[v] = (y[v] - minY) * scale;
    }
    return new Positions(x, y);
  }

  /** Coordinates by vertex. */
  public record Positions(double[] x, double[] y) {}
}

package org.brobygge.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedWeightedGraph;

/**
 * A snapshot's network as the measures, link prediction, communities and exports read it: the
 * simple undirected weighted graph (directed kinds read as undirected, parallel ties of any kinds
 * between two actors merged into one edge whose weight is the sum of theirs, self-ties dropped),
 * the form in which NetworkX, igraph and UCINET compute, kept as compressed sparse rows: the
 * neighbours of vertex {@code v} are {@code neighbourAt(k)} for {@code k} in {@code
 * rowStart(v)..rowEnd(v)-1}, ascending, with the merged weights alongside.
 *
 * <p>Over the whole snapshot vertex {@code v} is actor {@code v}; {@link #induced} gives the same
 * form for a subset of actors (an ecosystem's members, an ego network) with {@link #actor(int)}
 * mapping a vertex back. Where a JGraphT algorithm is used, {@link #jgrapht()} gives the same graph
 * as a JGraphT graph (edges numbered in row order, each once from its lower end), built on first
 * use.
 *
 * <p>Built in O(m log d) time and O(n + m) memory; immutable and safe to share between threads:
 * build one per snapshot (and per view).
 */
public final class SimpleNetwork {

  private final EcosystemGraph snapshot;
  private final int[] actors; // vertex -> actor index
  private final int[] start; // length vertexCount + 1
  private final int[] neighbour;
  private final double[] weight;
  private final int[] tieCount; // ties merged into each edge, alongside weight
  private final double[] strength;
  private volatile Graph<Integer, Integer> jgrapht;

  private SimpleNetwork(EcosystemGraph snapshot, int[] actors) {
    this.snapshot = snapshot;
    this.actors = actors;
    int n = actors.length;
    int[] vertexOf = new int[snapshot.actorCount()];
    Arrays.fill(vertexOf, -1);
    for (int v = 0; v < n; v++) {
      if (vertexOf[actors[v]] != -1) {
        throw new IllegalArgumentException("actor " + actors[v] + " given twice");
      }
      vertexOf[actors[v]] = v;
    }
    start = new int[n + 1];
    int[][] rows = new int[n][];
    double[][] rowWeights = new double[n][];
    int[][] rowTies = new int[n][];
    long[] packed = new long[16];
    for (int v = 0; v < n; v++) {
      int[] incident = snapshot.incidentTies(actors[v]);
      if (packed.length < incident.length) {
        packed = new long[incident.length];
      }
      int count = 0;
      for (int tie : incident) {
        int w = vertexOf[snapshot.otherEnd(tie, actors[v])];
        if (w >= 0 && w != v) { // outsiders and self-ties left out
          packed[count++] = ((long) w << 32) | tie;
        }
      }
      Arrays.sort(packed, 0, count);
      int[] row = new int[count];
      double[] rowWeight = new double[count];
      int[] rowTie = new int[count];
      int distinct = 0;
      for (int i = 0; i < count; i++) {
        int w = (int) (packed[i] >>> 32);
        double tieWeight = snapshot.tieWeight((int) packed[i]);
        if (distinct > 0 && row[distinct - 1] == w) {
          rowWeight[distinct - 1] += tieWeight;
          rowTie[distinct - 1]++;
        } else {
          row[distinct] = w;
          rowWeight[distinct] = tieWeight;
          rowTie[distinct] = 1;
          distinct++;
        }
      }
      rows[v] = row.length == distinct ? row : Arrays.copyOf(row, distinct);
      rowWeights[v] = rowWeight.length == distinct ? rowWeight : Arrays.copyOf(rowWeight, distinct);
      rowTies[v] = rowTie.length == distinct ? rowTie : Arrays.copyOf(rowTie, distinct);
      start[v + 1] = start[v] + distinct;
    }
    neighbour = new int[start[n]];
    weight = new double[start[n]];
    tieCount = new int[start[n]];
    strength = new double[n];
    for (int v = 0; v < n; v++) {
      System.arraycopy(rows[v], 0, neighbour, start[v], rows[v].length);
      System.arraycopy(rowWeights[v], 0, weight, start[v], rowWeights[v].length);
      System.arraycopy(rowTies[v], 0, tieCount, start[v], rowTies[v].length);
      for (double w : rowWeights[v]) {
        strength[v] += w;
      }
    }
  }

  /** Every actor and tie of {@code snapshot}; vertex {@code v} is actor {@code v}. */
  public static SimpleNetwork of(EcosystemGraph snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    int[] all = new int[snapshot.actorCount()];
    Arrays.setAll(all, i -> i);
    return new SimpleNetwork(snapshot, all);
  }

  /** The actors {@code actors} (vertex {@code i} is {@code actors[i]}) and the ties among them. */
  public static SimpleNetwork induced(EcosystemGraph snapshot, int[] actors) {
    Objects.requireNonNull(snapshot, "snapshot");
    for (int a : actors) {
      Objects.checkIndex(a, snapshot.actorCount());
    }
    return new SimpleNetwork(snapshot, actors.clone());
  }

  public EcosystemGraph snapshot() {
    return snapshot;
  }

  public int vertexCount() {
    return actors.length;
  }

  /** Number of (merged) edges. */
  public int edgeCount() {
    return neighbour.length / 2;
  }

  /** The snapshot's actor index of vertex {@code vertex}. */
  public int actor(int vertex) {
    return actors[vertex];
  }

  /** Number of distinct partners of {@code vertex}. */
  public int degree(int vertex) {
    return start[vertex + 1] - start[vertex];
  }

  /** Sum of the merged weights of {@code vertex}'s edges. */
  public double strength(int vertex) {
    return strength[vertex];
  }

  /** The partners of {@code vertex}, ascending; a copy. */
  public int[] neighbours(int vertex) {
    return Arrays.copyOfRange(neighbour, start[vertex], start[vertex + 1]);
  }

  /** The merged weight of the edge between {@code a} and {@code b}, 0 when they are not tied. */
  public double weight(int a, int b) {
    int k = Arrays.binarySearch(neighbour, start[a], start[a + 1], b);
    return k >= 0 ? weight[k] : 0;
  }

  /**
   * The number of ties of any kind merged into the edge between {@code a} and {@code b}, 0 when
   * they are not tied: a count that means the same whatever the kinds' weights measure.
   */
  public int ties(int a, int b) {
    int k = Arrays.binarySearch(neighbour, start[a], start[a + 1], b);
    return k >= 0 ? tieCount[k] : 0;
  }

  public boolean adjacent(int a, int b) {
    return Arrays.binarySearch(neighbour, start[a], start[a + 1], b) >= 0;
  }

  /** First index of {@code vertex}'s row, for walks over {@link #neighbourAt}. */
  public int rowStart(int vertex) {
    return start[vertex];
  }

  /** One past the last index of {@code vertex}'s row. */
  public int rowEnd(int vertex) {
    return start[vertex + 1];
  }

  public int neighbourAt(int k) {
    return neighbour[k];
  }

  public double weightAt(int k) {
    return weight[k];
  }

  /** The number of ties merged into the edge at row index {@code k}. */
  public int tiesAt(int k) {
    return tieCount[k];
  }

  /**
   * The row offsets: vertex {@code v}'s row is {@code [offsets()[v], offsets()[v + 1])}. The array
   * itself, not a copy, for the hand-written algorithms' inner loops: never modify it.
   */
  public int[] offsets() {
    return start;
  }

  /** The neighbours of every row, ascending within a row; the array itself: never modify it. */
  public int[] neighbourArray() {
    return neighbour;
  }

  /** The merged weights alongside {@link #neighbourArray()}; the array itself: never modify it. */
  public double[] weightArray() {
    return weight;
  }

  /**
   * The same graph for JGraphT's algorithms, vertices {@code 0..vertexCount()-1}, edges numbered in
   * row order (each once, from its lower end), weights the merged weights. Built on first use.
   */
  public Graph<Integer, Integer> jgrapht() {
    Graph<Integer, Integer> g = jgrapht;
    if (g == null) {
      g = buildJgrapht();
      jgrapht = g; // a race builds it twice, harmlessly
    }
    return g;
  }

  private Graph<Integer, Integer> buildJgrapht() {
    int n = vertexCount();
    List<Triple<Integer, Integer, Double>> edges = new ArrayList<>(edgeCount());
    for (int v = 0; v < n; v++) {
      for (int k = start[v]; k < start[v + 1]; k++) {
        if (neighbour[k] > v) {
          edges.add(Triple.of(v, neighbour[k], weight[k]));
        }
      }
    }
    if (edges.isEmpty()) {
      // JGraphT's sparse graphs cannot be empty; an edgeless graph of the same vertices instead
      Graph<Integer, Integer> empty =
          new SimpleWeightedGraph<>(
              null,
              new java.util.function.Supplier<Integer>() {
                private int next;

                @Override
                public Integer get() {
                  return next++;
                }
              });
      for (int v = 0; v < n; v++) {
        empty.addVertex(v);
      }
      return empty;
    }
    return new SparseIntUndirectedWeightedGraph(n, edges);
  }
}

package org.brobygge.analysis.centrality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.brobygge.graph.EcosystemGraph;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedWeightedGraph;

/**
 * The network a measure is computed on: the whole snapshot, one ecosystem's members (the induced
 * subgraph) or one actor's ego network (the actor, its neighbours and the ties among them).
 *
 * <p>The view is a simple undirected weighted graph, the form in which NetworkX, igraph and UCINET
 * compute these measures: directed kinds are read as undirected, parallel ties between two actors
 * (of one kind or several) are merged into one edge whose weight is the sum of theirs, and
 * self-ties are dropped. Vertices are numbered {@code 0..vertexCount()-1}; {@link #actor(int)} maps
 * a vertex back to its actor index in the snapshot.
 */
public final class NetworkView {

  private final EcosystemGraph snapshot;
  private final int[] actors; // vertex -> actor index
  private final Graph<Integer, Integer> graph;
  private final String scope;
  private volatile WeightedAdjacency adjacency;

  private NetworkView(EcosystemGraph snapshot, int[] actors, String scope) {
    this.snapshot = snapshot;
    this.actors = actors;
    this.scope = scope;
    this.graph = build(snapshot, actors);
  }

  /** Every actor and tie. */
  public static NetworkView whole(EcosystemGraph snapshot) {
    int[] all = new int[snapshot.actorCount()];
    Arrays.setAll(all, i -> i);
    return new NetworkView(snapshot, all, "network");
  }

  /** The members of {@code ecosystem} and the ties among them. */
  public static NetworkView ecosystem(EcosystemGraph snapshot, int ecosystem) {
    return new NetworkView(
        snapshot, snapshot.members(ecosystem), "ecosystem " + snapshot.ecosystemId(ecosystem));
  }

  /** {@code actor}, its neighbours and the ties among all of them; {@code actor} is vertex 0. */
  public static NetworkView ego(EcosystemGraph snapshot, int actor) {
    Objects.checkIndex(actor, snapshot.actorCount());
    List<Integer> members = new ArrayList<>();
    members.add(actor);
    for (int tie : snapshot.incidentTies(actor)) {
      int other = snapshot.otherEnd(tie, actor);
      if (other != actor && !members.contains(other)) {
        members.add(other);
      }
    }
    return new NetworkView(
        snapshot,
        members.stream().mapToInt(Integer::intValue).toArray(),
        "ego network of " + snapshot.actorId(actor));
  }

  private static Graph<Integer, Integer> build(EcosystemGraph snapshot, int[] actors) {
    int[] vertexOf = new int[snapshot.actorCount()];
    Arrays.fill(vertexOf, -1);
    for (int v = 0; v < actors.length; v++) {
      vertexOf[actors[v]] = v;
    }
    // Per vertex, its higher neighbours sorted, parallel ties merged: O(m log d), no boxing.
    List<Triple<Integer, Integer, Double>> edges = new ArrayList<>();
    long[] packed = new long[16];
    double[] tieWeights = new double[16];
    for (int v = 0; v < actors.length; v++) {
      int[] incident = snapshot.incidentTies(actors[v]);
      if (packed.length < incident.length) {
        packed = new long[incident.length];
        tieWeights = new double[incident.length];
      }
      int count = 0;
      for (int tie : incident) {
        int w = vertexOf[snapshot.otherEnd(tie, actors[v])];
        if (w > v) { // each tie once, from its lower vertex; self-ties and outsiders left out
          tieWeights[count] = snapshot.tieWeight(tie);
          packed[count] = ((long) w << 32) | count;
          count++;
        }
      }
      Arrays.sort(packed, 0, count);
      for (int i = 0; i < count; ) {
        int w = (int) (packed[i] >>> 32);
        double weight = 0;
        while (i < count && (int) (packed[i] >>> 32) == w) {
          weight += tieWeights[(int) packed[i]];
          i++;
        }
        edges.add(Triple.of(v, w, weight));
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
      for (int v = 0; v < actors.length; v++) {
        empty.addVertex(v);
      }
      return empty;
    }
    return new SparseIntUndirectedWeightedGraph(actors.length, edges);
  }

  /** The simple undirected weighted graph: vertex i is {@link #actor(int) actor(i)}. */
  public Graph<Integer, Integer> graph() {
    return graph;
  }

  public int vertexCount() {
    return actors.length;
  }

  /** The snapshot's actor index of vertex {@code vertex}. */
  public int actor(int vertex) {
    return actors[vertex];
  }

  public EcosystemGraph snapshot() {
    return snapshot;
  }

  /** The graph as sorted arrays with tie weights, built on first use and kept with the view. */
  WeightedAdjacency adjacency() {
    WeightedAdjacency a = adjacency;
    if (a == null) {
      a = new WeightedAdjacency(this, true);
      adjacency = a; // a race builds it twice, harmlessly
    }
    return a;
  }

  /** What the view covers, in words: "network", "ecosystem space", "ego network of a0001". */
  public String scope() {
    return scope;
  }
}

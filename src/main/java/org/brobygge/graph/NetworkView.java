package org.brobygge.graph;

import java.util.Objects;
import org.jgrapht.Graph;

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

  private final SimpleNetwork network;
  private final String scope;

  private NetworkView(SimpleNetwork network, String scope) {
    this.network = network;
    this.scope = scope;
  }

  /** Every actor and tie. */
  public static NetworkView whole(EcosystemGraph snapshot) {
    return new NetworkView(SimpleNetwork.of(snapshot), "network");
  }

  /**
   * Every actor and tie, on a whole-snapshot network already built ({@link SimpleNetwork#of}), so
   * that the measures and the bridge analyses share one.
   */
  public static NetworkView whole(SimpleNetwork network) {
    if (network.vertexCount() != network.snapshot().actorCount()) {
      throw new IllegalArgumentException("not the whole snapshot's network");
    }
    return new NetworkView(network, "network");
  }

  /** The members of {@code ecosystem} and the ties among them. */
  public static NetworkView ecosystem(EcosystemGraph snapshot, int ecosystem) {
    return new NetworkView(
        SimpleNetwork.induced(snapshot, snapshot.members(ecosystem)),
        "ecosystem " + snapshot.ecosystemId(ecosystem));
  }

  /** {@code actor}, its neighbours and the ties among all of them; {@code actor} is vertex 0. */
  public static NetworkView ego(EcosystemGraph snapshot, int actor) {
    Objects.checkIndex(actor, snapshot.actorCount());
    // insertion order: the actor first, then its partners as their ties come
    java.util.LinkedHashSet<Integer> members = new java.util.LinkedHashSet<>();
    members.add(actor);
    for (int tie : snapshot.incidentTies(actor)) {
      members.add(snapshot.otherEnd(tie, actor));
    }
    return new NetworkView(
        SimpleNetwork.induced(snapshot, members.stream().mapToInt(Integer::intValue).toArray()),
        "ego network of " + snapshot.actorId(actor));
  }

  /** The merged simple graph as arrays, the one representation every analysis shares. */
  public SimpleNetwork network() {
    return network;
  }

  /** The simple undirected weighted graph: vertex i is {@link #actor(int) actor(i)}. */
  public Graph<Integer, Integer> graph() {
    return network.jgrapht();
  }

  public int vertexCount() {
    return network.vertexCount();
  }

  /** The snapshot's actor index of vertex {@code vertex}. */
  public int actor(int vertex) {
    return network.actor(vertex);
  }

  public EcosystemGraph snapshot() {
    return network.snapshot();
  }

  /** What the view covers, in words: "network", "ecosystem space", "ego network of a0001". */
  public String scope() {
    return scope;
  }
}

package org.brobygge.analysis.bridges;

import java.util.Arrays;
import java.util.Objects;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.SimpleNetwork;

/**
 * The whole network as the bridge analyses read it: the simple undirected weighted graph of a
 * snapshot (directed kinds read as undirected, parallel ties of any kinds between two actors merged
 * into one with their weights summed, self-ties dropped), the one {@link SimpleNetwork} that {@code
 * NetworkView.whole} reads too (its compressed sparse rows, indexed by the snapshot's actor index),
 * with the link-prediction walks over its rows.
 *
 * <p>Link prediction, introducers and constraint walk neighbourhoods many thousand times per
 * ecosystem; arrays keep that free of boxing and build in {@code O(m log d)}, a tenth of the time
 * of the JGraphT view on a network of a million ties (see BENCHMARKS.md).
 *
 * <p>Instances are immutable and safe to share between threads; build one per snapshot.
 */
public final class LinkNetwork {

  private final SimpleNetwork network;
  private final int[] start; // the network's arrays, shared
  private final int[] neighbour;
  private final double[] weight;

  private LinkNetwork(SimpleNetwork network) {
    this.network = network;
    start = network.offsets();
    neighbour = network.neighbourArray();
    weight = network.weightArray();
  }

  /** The simple graph of {@code snapshot}. Cost: O(m log d) time, O(n + m) memory. */
  public static LinkNetwork of(EcosystemGraph snapshot) {
    return new LinkNetwork(SimpleNetwork.of(Objects.requireNonNull(snapshot, "snapshot")));
  }

  /**
   * On a whole-snapshot network already built ({@link SimpleNetwork#of}), so that the bridge
   * analyses and the measures share one; vertex {@code v} is actor {@code v}.
   */
  public static LinkNetwork of(SimpleNetwork network) {
    if (network.vertexCount() != network.snapshot().actorCount()) {
      throw new IllegalArgumentException("not the whole snapshot's network");
    }
    return new LinkNetwork(network);
  }

  /** The merged simple graph this reads. */
  public SimpleNetwork network() {
    return network;
  }

  public EcosystemGraph snapshot() {
    return network.snapshot();
  }

  public int actorCount() {
    return start.length - 1;
  }

  /** Number of distinct partners of {@code actor}. */
  public int degree(int actor) {
    return start[actor + 1] - start[actor];
  }

  /** Sum of the merged weights of {@code actor}'s ties. */
  public double strength(int actor) {
    return network.strength(actor);
  }

  /** The partners of {@code actor}, ascending; a copy. */
  public int[] neighbours(int actor) {
    return Arrays.copyOfRange(neighbour, start[actor], start[actor + 1]);
  }

  /** The merged weight of the tie between {@code a} and {@code b}, 0 when they are not tied. */
  public double weight(int a, int b) {
    int k = Arrays.binarySearch(neighbour, start[a], start[a + 1], b);
    return k >= 0 ? weight[k] : 0;
  }

  /** The number of ties of any kind between {@code a} and {@code b}, 0 when they are not tied. */
  public int ties(int a, int b) {
    return network.ties(a, b);
  }

  public boolean adjacent(int a, int b) {
    return Arrays.binarySearch(neighbour, start[a], start[a + 1], b) >= 0;
  }

  // Package-private row access for the walks in this package.

  int rowStart(int actor) {
    return start[actor];
  }

  int rowEnd(int actor) {
    return start[actor + 1];
  }

  int neighbourAt(int k) {
    return neighbour[k];
  }

  double weightAt(int k) {
    return weight[k];
  }

  int tiesAt(int k) {
    return network.tiesAt(k);
  }

  /**
   * The common partners of {@code u} and {@code v} and the link-prediction sums over them, by
   * merging the two sorted rows: O(deg u + deg v).
   */
  PairCounts pairCounts(int u, int v) {
    int i = start[u];
    int j = start[v];
    int common = 0;
    double inverseDegree = 0;
    double inverseLogDegree = 0;
    while (i < start[u + 1] && j < start[v + 1]) {
      int a = neighbour[i];
      int b = neighbour[j];
      if (a == b) {
        if (a != u && a != v) {
          common++;
          inverseDegree += 1.0 / degree(a);
          inverseLogDegree += 1.0 / Math.log(degree(a));
        }
        i++;
        j++;
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return new PairCounts(common, inverseDegree, inverseLogDegree, degree(u), degree(v));
  }

  /**
   * What the link-prediction indices of a pair {@code u, v} are made of.
   *
   * @param common partners of both
   * @param inverseDegree sum over the common partners w of 1 / deg(w)
   * @param inverseLogDegree sum over the common partners w of 1 / ln deg(w)
   * @param degreeU partners of u
   * @param degreeV partners of v
   */
  record PairCounts(
      int common, double inverseDegree, double inverseLogDegree, int degreeU, int degreeV) {}
}

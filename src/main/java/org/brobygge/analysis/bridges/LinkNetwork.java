package org.brobygge.analysis.bridges;

import java.util.Arrays;
import java.util.Objects;
import org.brobygge.graph.EcosystemGraph;

/**
 * The whole network as the bridge analyses read it: the simple undirected weighted graph of a
 * snapshot (directed kinds read as undirected, parallel ties of any kinds between two actors merged
 * into one with their weights summed, self-ties dropped), the same graph {@code
 * org.brobygge.analysis.centrality.NetworkView.whole} gives JGraphT, kept here as compressed sparse
 * rows indexed by the snapshot's actor index.
 *
 * <p>Link prediction, introducers and constraint walk neighbourhoods many thousand times per
 * ecosystem; arrays keep that free of boxing and build in {@code O(m log d)}, a tenth of the time
 * of the JGraphT view on a network of a million ties (see BENCHMARKS.md).
 *
 * <p>Instances are immutable and safe to share between threads; build one per snapshot.
 */
public final class LinkNetwork {

  private final EcosystemGraph snapshot;
  private final int[] start; // per actor, into neighbour and weight; length actorCount + 1
  private final int[] neighbour; // ascending within an actor's row
  private final double[] weight; // merged weight of the tie to neighbour[k]
  private final double[] strength;

  private LinkNetwork(EcosystemGraph snapshot) {
    this.snapshot = snapshot;
    int n = snapshot.actorCount();
    start = new int[n + 1];
    // Per actor, its other ends sorted, parallel ties merged: the row is the merged neighbours.
    int[][] rows = new int[n][];
    double[][] rowWeights = new double[n][];
    long[] packed = new long[16];
    for (int a = 0; a < n; a++) {
      int[] incident = snapshot.incidentTies(a);
      if (packed.length < incident.length) {
        packed = new long[incident.length];
      }
      int count = 0;
      for (int tie : incident) {
        int other = snapshot.otherEnd(tie, a);
        if (other != a) {
          packed[count++] = ((long) other << 32) | tie;
        }
      }
      Arrays.sort(packed, 0, count);
      int[] row = new int[count];
      double[] w = new double[count];
      int distinct = 0;
      for (int i = 0; i < count; i++) {
        int other = (int) (packed[i] >>> 32);
        double tieWeight = snapshot.tieWeight((int) packed[i]);
        if (distinct > 0 && row[distinct - 1] == other) {
          w[distinct - 1] += tieWeight;
        } else {
          row[distinct] = other;
          w[distinct] = tieWeight;
          distinct++;
        }
      }
      rows[a] = row.length == distinct ? row : Arrays.copyOf(row, distinct);
      rowWeights[a] = w.length == distinct ? w : Arrays.copyOf(w, distinct);
      start[a + 1] = start[a] + distinct;
    }
    neighbour = new int[start[n]];
    weight = new double[start[n]];
    strength = new double[n];
    for (int a = 0; a < n; a++) {
      System.arraycopy(rows[a], 0, neighbour, start[a], rows[a].length);
      System.arraycopy(rowWeights[a], 0, weight, start[a], rowWeights[a].length);
      for (double w : rowWeights[a]) {
        strength[a] += w;
      }
    }
  }

  /** The simple graph of {@code snapshot}. Cost: O(m log d) time, O(n + m) memory. */
  public static LinkNetwork of(EcosystemGraph snapshot) {
    return new LinkNetwork(Objects.requireNonNull(snapshot, "snapshot"));
  }

  public EcosystemGraph snapshot() {
    return snapshot;
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
    return strength[actor];
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

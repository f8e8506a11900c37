package org.brobygge.analysis.centrality;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.brobygge.analysis.centrality.CentralityMeasures.PathScores;

/**
 * {@link Measure#CLOSENESS closeness} of v, with r(v) the number of actors reachable from v (v
 * included) and D(v) the sum of their hop distances: ((r-1)/(n-1)) * ((r-1)/D(v)), 0 when D(v) = 0
 * (Wasserman and Faust 1994, p. 201; NetworkX's {@code wf_improved=True}); on a connected view it
 * is (n-1)/D(v). {@link Measure#HARMONIC harmonic} sum over u != v of 1/d(v,u), 1/infinity = 0
 * (Marchiori and Latora 2000; Boldi and Vigna 2014), {@link Measure#HARMONIC_NORMALIZED
 * harmonic_normalized} divided by n-1.
 *
 * <p>JGraphT's {@code ClosenessCentrality} gives 0 to every vertex of a disconnected graph and runs
 * Dijkstra with weights as lengths, so all three come from one breadth-first search per actor here:
 * O(nm), in parallel, each search adding its distances to the sums of the actors it reaches. One
 * actor's values cost one search ({@link #of}).
 *
 * <p>Above a size where that is too slow ({@link ComputeLimits#exactClosenessMaxActors()}) they are
 * estimated from a sample of sources when asked to, after Eppstein and Wang (2004, "Fast
 * approximation of centrality", J. Graph Algorithms Appl. 8(1)): on an undirected graph d(s,v) =
 * d(v,s), so one search from a source s gives its distance to every v, and D(v) and the harmonic
 * sum of v are estimated from the sources' distances to v, scaled up. Here the sample is drawn per
 * connected component (stratified), so that r(v) stays exact and every actor has sources in its own
 * component: a component of c actors gets max({@link #MIN_SOURCES_PER_COMPONENT}, ceil(k*c/n))
 * sources chosen uniformly at random among its actors, every actor when that is c or more. For v,
 * with k_c sources in its component of which v is not one (k_c - 1 if it is), the sum over the c-1
 * other actors of d(s,v) or 1/d(s,v) is estimated as (c-1)/that count times the sum over those
 * sources: unbiased for D(v) and the harmonic sum, exact when every actor of the component is a
 * source. Closeness, (r-1)^2/((n-1) D(v)), is then estimated from the estimate of D(v). Cost O(k m)
 * instead of O(n m).
 */
final class ClosenessScores implements FamilyScores {

  /**
   * Sources at least in a component of the sample (all of its actors when it has fewer): below this
   * the estimate of a small component would rest on a handful of distances.
   */
  static final int MIN_SOURCES_PER_COMPONENT = 32;

  /** Searches run in this many groups of sources, in parallel, as in {@link BrandesBetweenness}. */
  private static final int GROUPS = BrandesBetweenness.GROUPS;

  private final double[] closeness;
  private final double[] harmonic;
  private final double[] harmonicNormalized;
  private int sources;

  /** Exact: one search from every actor. */
  ClosenessScores(WeightedAdjacency adjacency) {
    this(adjacency, 0, 0);
  }

  /**
   * Exact for 0 sources or at least n, else estimated from about {@code sources} searches chosen
   * with {@code seed} ({@link #sources()} says how many ran).
   */
  ClosenessScores(WeightedAdjacency adjacency, int sources, long seed) {
    this(adjacency.vertexCount(), 0);
    if (sources <= 0 || sources >= adjacency.vertexCount()) {
      exact(adjacency);
    } else {
      this.sources = estimate(adjacency, sources, seed);
    }
  }

  /** The three values of {@code vertex} alone, from one breadth-first search: O(m). */
  static PathScores of(WeightedAdjacency adjacency, int vertex) {
    return new Search(adjacency.vertexCount()).from(adjacency, vertex);
  }

  /** The searches the estimate ran, 0 when the values are exact. */
  int sources() {
    return sources;
  }

  @Override
  public double[] scores(Measure measure) {
    return switch (measure) {
      case CLOSENESS -> closeness;
      case HARMONIC -> harmonic;
      case HARMONIC_NORMALIZED -> harmonicNormalized;
      default -> throw FamilyScores.notComputed(this, measure);
    };
  }

  /**
   * One search from every vertex: the estimate with every vertex a source, which is the exact value
   * (each search adds d(s,v) and 1/d(s,v) to every v it reaches; d is symmetric).
   */
  private void exact(WeightedAdjacency adjacency) {
    Renumbered graph = Renumbered.of(adjacency);
    int[] all = new int[adjacency.vertexCount()];
    Arrays.setAll(all, i -> i);
    fromSources(graph, all);
  }

  /**
   * The stratified estimate described above, from about {@code k} sources chosen with {@code seed};
   * returns the number of searches run.
   */
  private int estimate(WeightedAdjacency adjacency, int k, long seed) {
    Renumbered graph = Renumbered.of(adjacency);
    int[] componentStart = graph.componentStart();
    int[] chosen = sources(componentStart, k, seed);
    fromSources(graph, chosen);
    int searchable = 0; // vertices outside isolates: every one a source means exact values
    for (int c = 0; c < graph.componentCount(); c++) {
      int size = componentStart[c + 1] - componentStart[c];
      searchable += size > 1 ? size : 0;
    }
    return chosen.length == searchable ? 0 : chosen.length;
  }

  /**
   * The estimate from the given sources (vertices of {@code adjacency}): for v with k_v sources in
   * its component other than itself, (r-1)/k_v times their summed d(s,v) and 1/d(s,v); 0 when its
   * component has no such source. Exact when every vertex is a source.
   */
  static ClosenessScores fromSources(WeightedAdjacency adjacency, int[] sources) {
    Renumbered graph = Renumbered.of(adjacency);
    int[] chosen = new int[sources.length];
    for (int i = 0; i < sources.length; i++) {
      chosen[i] = graph.newId()[sources[i]];
    }
    Arrays.sort(chosen);
    ClosenessScores scores = new ClosenessScores(adjacency.vertexCount(), chosen.length);
    scores.fromSources(graph, chosen);
    return scores;
  }

  private ClosenessScores(int n, int sources) {
    closeness = new double[n];
    harmonic = new double[n];
    harmonicNormalized = new double[n];
    this.sources = sources;
  }

  /**
   * Runs the searches from {@code chosen} (new ids of {@code graph}, distinct) in {@link #GROUPS}
   * groups in parallel and fills the three arrays. The groups' sums are added in group order, so
   * the result does not depend on the number of cores.
   */
  private void fromSources(Renumbered graph, int[] chosen) {
    int n = graph.vertexCount();
    int[] componentStart = graph.componentStart();
    int[] componentOf = new int[n];
    for (int c = 0; c < graph.componentCount(); c++) {
      Arrays.fill(componentOf, componentStart[c], componentStart[c + 1], c);
    }
    int[] sourcesIn = new int[graph.componentCount()];
    boolean[] isSource = new boolean[n];
    for (int s : chosen) {
      isSource[s] = true;
      sourcesIn[componentOf[s]]++;
    }
    int groups = Math.min(GROUPS, chosen.length);
    Sums[] partial = new Sums[groups];
    IntStream.range(0, groups)
        .parallel()
        .forEach(
            g -> {
              Sums sums = new Sums(graph);
              for (int p = (int) ((long) chosen.length * g / groups),
                      end = (int) ((long) chosen.length * (g + 1) / groups);
                  p < end;
                  p++) {
                sums.from(chosen[p]);
              }
              partial[g] = sums;
            });
    long[] distanceSum = groups > 0 ? partial[0].distance : new long[n];
    double[] inverseSum = groups > 0 ? partial[0].inverse : new double[n];
    for (int g = 1; g < groups; g++) {
      for (int v = 0; v < n; v++) {
        distanceSum[v] += partial[g].distance[v];
        inverseSum[v] += partial[g].inverse[v];
      }
    }
    int[] newId = graph.newId();
    for (int old = 0; old < n; old++) {
      int v = newId[old];
      int c = componentOf[v];
      int others = componentStart[c + 1] - componentStart[c] - 1; // r - 1
      int counted = sourcesIn[c] - (isSource[v] ? 1 : 0);
      double scale = counted > 0 ? (double) others / counted : 0;
      double distance = distanceSum[v] * scale;
      closeness[old] = distance > 0 ? ((double) others / (n - 1)) * (others / distance) : 0;
      harmonic[old] = inverseSum[v] * scale;
      harmonicNormalized[old] = n > 1 ? harmonic[old] / (n - 1) : 0;
    }
  }

  /**
   * The sources of the estimate, as new ids in ascending order: in each component of c &gt; 1
   * vertices (given as ranges by {@code componentStart}), min(c, max({@link
   * #MIN_SOURCES_PER_COMPONENT}, ceil(k*c/n))) of its vertices, chosen uniformly at random (a
   * partial Fisher-Yates shuffle per component, one {@link SplittableRandom} seeded with {@code
   * seed} for all, components in order). An isolated vertex needs no search: its values are 0.
   */
  static int[] sources(int[] componentStart, int k, long seed) {
    int n = componentStart[componentStart.length - 1];
    SplittableRandom random = new SplittableRandom(seed);
    int[] order = new int[n];
    Arrays.setAll(order, i -> i);
    int[] chosen = new int[n];
    int count = 0;
    for (int c = 0; c + 1 < componentStart.length; c++) {
      int from = componentStart[c];
      int size = componentStart[c + 1] - from;
      if (size < 2) {
        continue;
      }
      int take =
          (int) Math.min(size, Math.max(MIN_SOURCES_PER_COMPONENT, ((long) k * size + n - 1) / n));
      for (int i = 0; i < take && take < size; i++) {
        int j = from + i + random.nextInt(size - i);
        int swap = order[from + i];
        order[from + i] = order[j];
        order[j] = swap;
      }
      System.arraycopy(order, from, chosen, count, take);
      Arrays.sort(chosen, count, count + take);
      count += take;
    }
    return Arrays.copyOf(chosen, count);
  }

  /** One thread's searches on the renumbered graph, summing d(s,v) and 1/d(s,v) for every v. */
  private static final class Sums {
    private final int[] start;
    private final int[] neighbour;
    private final int[] distanceTo;
    private final int[] queue;
    final long[] distance;
    final double[] inverse;

    Sums(Renumbered graph) {
      start = graph.start();
      neighbour = graph.neighbour();
      int n = graph.vertexCount();
      distanceTo = new int[n];
      Arrays.fill(distanceTo, -1);
      queue = new int[n];
      distance = new long[n];
      inverse = new double[n];
    }

    void from(int source) {
      distanceTo[source] = 0;
      queue[0] = source;
      int tail = 1;
      for (int head = 0; head < tail; head++) {
        int v = queue[head];
        int next = distanceTo[v] + 1;
        for (int i = start[v], end = start[v + 1]; i < end; i++) {
          int w = neighbour[i];
          if (distanceTo[w] < 0) {
            distanceTo[w] = next;
            distance[w] += next;
            inverse[w] += 1.0 / next;
            queue[tail++] = w;
          }
        }
      }
      for (int i = 0; i < tail; i++) {
        distanceTo[queue[i]] = -1;
      }
    }
  }

  /** A breadth-first search whose arrays are reused from source to source. */
  private static final class Search {
    final int[] distance;
    final int[] queue;

    Search(int n) {
      distance = new int[n];
      queue = new int[n];
      Arrays.fill(distance, -1);
    }

    PathScores from(WeightedAdjacency adjacency, int source) {
      int n = adjacency.vertexCount();
      distance[source] = 0;
      queue[0] = source;
      int head = 0;
      int tail = 1;
      long sum = 0;
      double inverseSum = 0;
      while (head < tail) {
        int v = queue[head++];
        for (int i = adjacency.start[v]; i < adjacency.start[v + 1]; i++) {
          int w = adjacency.neighbour[i];
          if (distance[w] < 0) {
            distance[w] = distance[v] + 1;
            sum += distance[w];
            inverseSum += 1.0 / distance[w];
            queue[tail++] = w;
          }
        }
      }
      for (int i = 0; i < tail; i++) {
        distance[queue[i]] = -1;
      }
      double others = tail - 1.0; // reachable actors besides the source
      return new PathScores(
          sum > 0 ? (others / (n - 1)) * (others / sum) : 0,
          inverseSum,
          n > 1 ? inverseSum / (n - 1) : 0);
    }
  }
}

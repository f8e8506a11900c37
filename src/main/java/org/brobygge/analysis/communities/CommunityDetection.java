package org.brobygge.analysis.communities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.brobygge.graph.NetworkView;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;

/**
 * Communities detected in a {@link NetworkView} by one {@link CommunityAlgorithm}, computed once in
 * the constructor: every vertex gets a community number, communities numbered by size (largest 0,
 * ties by their lowest vertex), and the partition's unweighted {@link Modularity}.
 *
 * <p>Both algorithms are JGraphT's and read the view's graph as unweighted. Label propagation
 * ({@link LabelPropagationClustering}) draws its visiting order and tie-breaks from a {@link
 * Random} made from the seed, so the same seed gives the same partition; cost O(m) per round.
 * Greedy modularity ({@link GreedyModularityAlgorithm}, Clauset-Newman-Moore) is deterministic;
 * cost O(m d log n) for a dendrogram of depth d. On a view without ties every actor is its own
 * community.
 */
public final class CommunityDetection {

  /** The seed used when the caller gives none. */
  public static final long SEED_DEFAULT = 42L;

  /**
   * The most label propagation rounds; it stops earlier when no label changes, which on real
   * networks takes a handful of rounds. The bound keeps an oscillating labeling from running on.
   */
  public static final int MAX_ITERATIONS_DEFAULT = 1000;

  private final NetworkView view;
  private final CommunityAlgorithm algorithm;
  private final long seed;
  private final int[] community;
  private final int[][] members;
  private final double modularity;

  /** Detects communities with {@link #SEED_DEFAULT}. */
  public CommunityDetection(NetworkView view, CommunityAlgorithm algorithm) {
    this(view, algorithm, SEED_DEFAULT);
  }

  public CommunityDetection(NetworkView view, CommunityAlgorithm algorithm, long seed) {
    this.view = Objects.requireNonNull(view, "view");
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.seed = seed;
    Graph<Integer, Integer> graph = view.graph();
    List<Set<Integer>> clusters =
        graph.edgeSet().isEmpty()
            ? singletons(view.vertexCount())
            : switch (algorithm) {
              case LABEL_PROPAGATION ->
                  new LabelPropagationClustering<>(graph, MAX_ITERATIONS_DEFAULT, new Random(seed))
                      .getClustering()
                      .getClusters();
              case GREEDY_MODULARITY -> greedyModularity(graph);
            };
    this.members = numberBySize(clusters, view.vertexCount());
    this.community = new int[view.vertexCount()];
    for (int c = 0; c < members.length; c++) {
      for (int v : members[c]) {
        community[v] = c;
      }
    }
    this.modularity = Modularity.of(graph, community);
  }

  /**
   * JGraphT 1.5.3's greedy modularity fails (an empty heap) on a graph of several components or
   * with an isolated vertex. No modularity-raising merge joins two components, so the algorithm
   * runs on each component on its own and isolates are their own communities.
   */
  private static List<Set<Integer>> greedyModularity(Graph<Integer, Integer> graph) {
    List<Set<Integer>> clusters = new ArrayList<>();
    for (Set<Integer> component : new ConnectivityInspector<>(graph).connectedSets()) {
      if (component.size() == 1) {
        clusters.add(component);
      } else {
        clusters.addAll(
            new GreedyModularityAlgorithm<>(new AsSubgraph<>(graph, component))
                .getClustering()
                .getClusters());
      }
    }
    return clusters;
  }

  private static List<Set<Integer>> singletons(int n) {
    List<Set<Integer>> clusters = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      clusters.add(Set.of(v));
    }
    return clusters;
  }

  /** Members per community, sorted; communities largest first, ties by lowest member. */
  private static int[][] numberBySize(List<Set<Integer>> clusters, int n) {
    boolean[] seen = new boolean[n];
    List<int[]> sorted = new ArrayList<>();
    for (Set<Integer> cluster : clusters) {
      int[] vs = cluster.stream().mapToInt(Integer::intValue).sorted().toArray();
      for (int v : vs) {
        if (seen[v]) {
          throw new IllegalStateException("vertex " + v + " in two communities");
        }
        seen[v] = true;
      }
      if (vs.length > 0) {
        sorted.add(vs);
      }
    }
    for (int v = 0; v < n; v++) {
      if (!seen[v]) {
        throw new IllegalStateException("vertex " + v + " in no community");
      }
    }
    sorted.sort(
        Comparator.comparingInt((int[] vs) -> -vs.length).thenComparingInt((int[] vs) -> vs[0]));
    return sorted.toArray(int[][]::new);
  }

  public NetworkView view() {
    return view;
  }

  public CommunityAlgorithm algorithm() {
    return algorithm;
  }

  public long seed() {
    return seed;
  }

  public int communityCount() {
    return members.length;
  }

  /** The community number of vertex {@code vertex}. */
  public int community(int vertex) {
    return community[vertex];
  }

  /** The community number of every vertex, a copy. */
  public int[] communities() {
    return community.clone();
  }

  /** The vertices of community {@code c}, ascending, a copy. */
  public int[] members(int c) {
    return members[c].clone();
  }

  public int size(int c) {
    return members[c].length;
  }

  /** Unweighted Newman modularity of the partition; NaN when the view has no ties. */
  public double modularity() {
    return modularity;
  }

  @Override
  public String toString() {
    return algorithm.id()
        + " on "
        + view.scope()
        + ": "
        + members.length
        + " communities, sizes "
        + Arrays.toString(Arrays.stream(members).mapToInt(m -> m.length).toArray())
        + ", modularity "
        + modularity;
  }
}

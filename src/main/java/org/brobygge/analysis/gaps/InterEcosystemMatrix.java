package org.brobygge.analysis.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brobygge.graph.EcosystemGraph;

/**
 * How the ecosystems are tied to each other: for every pair, the ties between their members against
 * what a degree-preserving null model expects, the pairs that never connect, and the actors that
 * span each pair.
 *
 * <p>A tie (u, v) between two different actors counts once for each unordered pair {i, j}, i != j,
 * with u a member of i and v a member of j (or the other way round). Expected ties of a pair are
 * K_i K_j / 2m, with K_i the sum of the counting-kind degrees of i's members and m the number of
 * counting ties (Chung-Lu; actors in both ecosystems make this an approximation). An actor spans a
 * pair when it is a member of both, or a member of one with a counting tie to a member of the
 * other; per pair the {@link #SPANNERS_PER_PAIR} with most ties into the pair are kept.
 *
 * <p>Cost: O(ties x memberships^2 + ecosystems^2) time, O(ecosystems^2) memory.
 */
public final class InterEcosystemMatrix {

  public static final int SPANNERS_PER_PAIR = 5;

  private final List<String> ecosystemIds;
  private final int[][] observed;
  private final double[][] expected;
  private final List<Pair> neverConnected;
  private final Map<Long, List<Spanner>> spanners;

  /** A pair of ecosystems by id, {@code a} before {@code b} in snapshot order. */
  public record Pair(String a, String b, int observed, double expected) {}

  /**
   * An actor spanning a pair.
   *
   * @param memberOfBoth whether it is a member of both ecosystems
   * @param tiesAcross its counting ties to members of the ecosystem it is not a member of; 0 for a
   *     member of both, which spans the pair by membership
   */
  public record Spanner(String actorId, String actorName, boolean memberOfBoth, int tiesAcross) {}

  /**
   * @param graph the snapshot
   * @param definition the inter-ecosystem gap's definition: its tie kinds count
   */
  public InterEcosystemMatrix(EcosystemGraph graph, GapDefinition definition) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(definition, "definition");
    int e = graph.ecosystemCount();
    ecosystemIds = new ArrayList<>(e);
    for (int i = 0; i < e; i++) {
      ecosystemIds.add(graph.ecosystemId(i));
    }
    boolean[] counts = new boolean[graph.tieKinds().size()];
    for (int k = 0; k < counts.length; k++) {
      counts[k] = definition.counts(graph.tieKinds().get(k).id());
    }
    observed = new int[e][e];
    long[] ecosystemDegree = new long[e];
    long m = 0;
    // Per actor and ecosystem it reaches by a tie: how many ties, to rank spanners.
    Map<Long, Integer> reach = new HashMap<>();
    for (int t = 0; t < graph.tieCount(); t++) {
      int u = graph.tieFrom(t);
      int v = graph.tieTo(t);
      if (u == v || !counts[graph.tieKindIndex(t)]) {
        continue;
      }
      m++;
      int[] mu = graph.memberships(u);
      int[] mv = graph.memberships(v);
      for (int i : mu) {
        ecosystemDegree[i]++;
      }
      for (int j : mv) {
        ecosystemDegree[j]++;
      }
      countPairsOnce(mu, mv);
      for (int j : mv) {
        if (!contains(mu, j)) {
          reach.merge(key(u, j), 1, Integer::sum);
        }
      }
      for (int i : mu) {
        if (!contains(mv, i)) {
          reach.merge(key(v, i), 1, Integer::sum);
        }
      }
    }
    expected = new double[e][e];
    List<Pair> never = new ArrayList<>();
    for (int i = 0; i < e; i++) {
      for (int j = 0; j < e; j++) {
        if (i != j && m > 0) {
          expected[i][j] = (double) ecosystemDegree[i] * ecosystemDegree[j] / (2.0 * m);
        }
      }
    }
    for (int i = 0; i < e; i++) {
      for (int j = i + 1; j < e; j++) {
        if (observed[i][j] == 0) {
          never.add(new Pair(ecosystemIds.get(i), ecosystemIds.get(j), 0, expected[i][j]));
        }
      }
    }
    neverConnected = List.copyOf(never);
    spanners = spanners(graph, reach);
  }

  /** Counts each unordered pair {i in mu, j in mv}, i != j, once for this tie. */
  private void countPairsOnce(int[] mu, int[] mv) {
    long[] seen = new long[mu.length * mv.length];
    int seenCount = 0;
    for (int i : mu) {
      next:
      for (int j : mv) {
        if (i == j) {
          continue;
        }
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        long pair = key(a, b);
        for (int k = 0; k < seenCount; k++) {
          if (seen[k] == pair) {
            continue next;
          }
        }
        seen[seenCount++] = pair;
        observed[a][b]++;
        observed[b][a]++;
      }
    }
  }

  private static Map<Long, List<Spanner>> spanners(EcosystemGraph graph, Map<Long, Integer> reach) {
    Map<Long, List<Spanner>> byPair = new HashMap<>();
    for (int actor = 0; actor < graph.actorCount(); actor++) {
      int[] own = graph.memberships(actor);
      for (int x = 0; x < own.length; x++) {
        for (int y = x + 1; y < own.length; y++) {
          add(byPair, graph, own[x], own[y], actor, true, 0);
        }
      }
    }
    for (Map.Entry<Long, Integer> entry : reach.entrySet()) {
      int actor = (int) (entry.getKey() >>> 32);
      int reached = (int) (long) entry.getKey();
      for (int own : graph.memberships(actor)) {
        if (own != reached) {
          add(byPair, graph, own, reached, actor, false, entry.getValue());
        }
      }
    }
    Comparator<Spanner> order =
        Comparator.comparing(Spanner::memberOfBoth)
            .thenComparingInt(Spanner::tiesAcross)
            .reversed()
            .thenComparing(Spanner::actorId);
    byPair.replaceAll(
        (pair, list) -> list.stream().sorted(order).limit(SPANNERS_PER_PAIR).toList());
    return byPair;
  }

  private static void add(
      Map<Long, List<Spanner>> byPair,
      EcosystemGraph graph,
      int i,
      int j,
      int actor,
      boolean both,
      int ties) {
    List<Spanner> list =
        byPair.computeIfAbsent(key(Math.min(i, j), Math.max(i, j)), k -> new ArrayList<>());
    list.add(new Spanner(graph.actorId(actor), graph.actorName(actor), both, ties));
    if (list.size() > 4 * SPANNERS_PER_PAIR) { // keep memory bounded; trimmed again at the end
      list.sort(
          Comparator.comparing(Spanner::memberOfBoth)
              .thenComparingInt(Spanner::tiesAcross)
              .reversed());
      list.subList(SPANNERS_PER_PAIR, list.size()).clear();
    }
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  private static long key(int high, int low) {
    return ((long) high << 32) | (low & 0xffffffffL);
  }

  /** Ecosystem ids in the order of the matrix rows and columns. */
  public List<String> ecosystemIds() {
    return ecosystemIds;
  }

  /** Observed ties between members of ecosystem i and ecosystem j; 0 on the diagonal. */
  public int observed(int i, int j) {
    return observed[i][j];
  }

  /** Expected ties between i and j under the null model; 0 on the diagonal. */
  public double expected(int i, int j) {
    return expected[i][j];
  }

  /** Pairs with no tie between their members, in snapshot order. */
  public List<Pair> neverConnected() {
    return neverConnected;
  }

  /** The actors that span ecosystems i and j, most connected first; at most five. */
  public List<Spanner> spanners(int i, int j) {
    return spanners.getOrDefault(key(Math.min(i, j), Math.max(i, j)), List.of());
  }

  /** Every pair {i < j} with observed and expected ties. */
  public List<Pair> pairs() {
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < ecosystemIds.size(); i++) {
      for (int j = i + 1; j < ecosystemIds.size(); j++) {
        pairs.add(
            new Pair(ecosystemIds.get(i), ecosystemIds.get(j), observed[i][j], expected[i][j]));
      }
    }
    return pairs;
  }
}

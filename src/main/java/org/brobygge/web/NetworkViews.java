package org.brobygge.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.brobygge.analysis.centrality.CentralityMeasures;
import org.brobygge.analysis.centrality.CentralityMeasures.Options;
import org.brobygge.analysis.centrality.ComputeCost;
import org.brobygge.analysis.centrality.ComputeLimits;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.store.Snapshots;
import org.springframework.stereotype.Component;

/**
 * The network views and measures the analysis endpoints run on, kept per snapshot: building the
 * whole network's view takes seconds at 100,000 actors and a measure can take longer, so each is
 * built once and reused until the database changes (then everything is dropped). The least recently
 * used entries go first beyond {@link #VIEWS} views and {@link #RESULTS} results.
 *
 * <p>Also turns the {@code ecosystem} and {@code ego} request parameters into a view.
 */
@Component
class NetworkViews {

  static final int VIEWS = 16;
  static final int RESULTS = 64;

  private final Snapshots snapshots;
  private final ComputeLimits limits;
  private EcosystemGraph cachedFor;
  private final Map<String, NetworkView> views = lru(VIEWS);
  private final Map<ResultKey, CentralityMeasures> results = lru(RESULTS);

  NetworkViews(Snapshots snapshots, ComputeLimits limits) {
    this.snapshots = snapshots;
    this.limits = limits;
  }

  ComputeLimits limits() {
    return limits;
  }

  private record ResultKey(NetworkView view, Set<Measure> measures, CentralityMeasures.Options o) {}

  /**
   * The whole network when both parameters are empty, one ecosystem's members, or one actor's ego
   * network (the actor, its neighbours and the ties among them). Unknown id: 404; both: 400.
   */
  NetworkView view(String ecosystem, String ego) {
    boolean byEcosystem = ecosystem != null && !ecosystem.isBlank();
    boolean byEgo = ego != null && !ego.isBlank();
    if (byEcosystem && byEgo) {
      throw ApiException.badParameter(
          "ego",
          "give ecosystem or ego, not both: the scope is one ecosystem's members or one actor's"
              + " ego network");
    }
    EcosystemGraph graph = snapshots.current();
    String key = byEcosystem ? "ecosystem:" + ecosystem : byEgo ? "ego:" + ego : "network";
    synchronized (this) {
      forget(graph);
      NetworkView cached = views.get(key);
      if (cached != null) {
        return cached;
      }
    }
    NetworkView view;
    if (byEcosystem) {
      view =
          NetworkView.ecosystem(
              graph,
              graph
                  .ecosystemIndex(ecosystem)
                  .orElseThrow(() -> ApiException.notFound("Ecosystem", ecosystem)));
    } else if (byEgo) {
      view =
          NetworkView.ego(
              graph, graph.actorIndex(ego).orElseThrow(() -> ApiException.notFound("Actor", ego)));
    } else {
      view = NetworkView.whole(graph);
    }
    synchronized (this) {
      forget(graph);
      if (cachedFor == graph) {
        views.putIfAbsent(key, view);
      }
    }
    return view;
  }

  /** {@code measures} on {@code view}, computed on first request and kept with the snapshot. */
  CentralityMeasures measures(
      NetworkView view, Set<Measure> measures, CentralityMeasures.Options options) {
    ResultKey key = new ResultKey(view, EnumSet.copyOf(measures), options);
    synchronized (this) {
      CentralityMeasures cached = results.get(key);
      if (cached != null) {
        return cached;
      }
    }
    CentralityMeasures computed = new CentralityMeasures(view, measures, options);
    synchronized (this) {
      if (cachedFor == view.snapshot()) {
        results.putIfAbsent(key, computed);
      }
    }
    return computed;
  }

  /**
   * How to compute on {@code view}: betweenness from {@code pivots} pivots when given (400 below
   * 1), else exact up to the configured size and sampled above.
   */
  Options options(NetworkView view, double damping, Integer pivots, long seed) {
    int k;
    try {
      k = limits.pivotsFor(view.vertexCount(), pivots);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("pivots", e.getMessage() + " (or empty for the default)");
    }
    return Options.defaults().withDampingFactor(damping).withPivots(k, seed);
  }

  /**
   * 422 when a measure of cost {@link ComputeCost#ALL_PAIRS_PATHS} (closeness, harmonic) of every
   * actor is asked for on too large a view.
   */
  void requireFeasible(NetworkView view, Set<Measure> measures) {
    Set<Measure> paths = EnumSet.noneOf(Measure.class);
    paths.addAll(measures);
    paths.removeIf(m -> m.cost() != ComputeCost.ALL_PAIRS_PATHS);
    if (!paths.isEmpty() && !limits.allActorsPathsFeasible(view.vertexCount())) {
      throw ApiException.tooLarge(
          paths.iterator().next().id()
              + " of every actor on "
              + view.vertexCount()
              + " actors would take too long for a request (limit "
              + limits.allActorsPathsMaxActors()
              + ", brobygge.analysis.all-actors-paths-max-actors). Ask for one ecosystem"
              + " (ecosystem=...) or an ego network (ego=...), or one actor's value at"
              + " /api/actors/{id}/metrics.");
    }
  }

  /** Drops everything computed on an older snapshot than {@code graph}. */
  private void forget(EcosystemGraph graph) {
    if (cachedFor != graph) {
      views.clear();
      results.clear();
      cachedFor = graph;
    }
  }

  private static <K, V> Map<K, V> lru(int size) {
    return new LinkedHashMap<>(size, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > size;
      }
    };
  }
}

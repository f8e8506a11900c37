package org.brobygge.web;

import java.util.EnumSet;
import java.util.Set;
import org.brobygge.analysis.centrality.CentralityMeasures;
import org.brobygge.analysis.centrality.CentralityMeasures.Options;
import org.brobygge.analysis.centrality.ComputeCost;
import org.brobygge.analysis.centrality.ComputeLimits;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.session.AnalysisSession;
import org.brobygge.session.AnalysisSessions;
import org.springframework.stereotype.Component;

/**
 * Turns the {@code ecosystem} and {@code ego} request parameters into a network view of the current
 * {@link AnalysisSession} (which builds each view once and keeps it, with the measures computed on
 * it, until the data changes), and checks what a request may ask of a view: the betweenness pivots
 * and whether all-pairs paths are affordable.
 */
@Component
public class NetworkViews {

  private final AnalysisSessions sessions;
  private final ComputeLimits limits;

  NetworkViews(AnalysisSessions sessions, ComputeLimits limits) {
    this.sessions = sessions;
    this.limits = limits;
  }

  public ComputeLimits limits() {
    return limits;
  }

  /** The view of a request's {@link Scope}. */
  public NetworkView view(Scope scope) {
    return scope == null ? view(null, null) : view(scope.ecosystem(), scope.ego());
  }

  /** The view of a request's {@link Scope} on the network as it stood in {@code asOf}. */
  public NetworkView viewAsOf(Scope scope, Integer asOf) {
    AnalysisSession session = AsOf.session(sessions, asOf);
    return scope == null
        ? view(session, null, null)
        : view(session, scope.ecosystem(), scope.ego());
  }

  /**
   * The whole network when both parameters are empty, one ecosystem's members, or one actor's ego
   * network (the actor, its neighbours and the ties among them). Unknown id: 404; both: 400.
   */
  public NetworkView view(String ecosystem, String ego) {
    return view(sessions.current(), ecosystem, ego);
  }

  private static NetworkView view(AnalysisSession session, String ecosystem, String ego) {
    boolean byEcosystem = ecosystem != null && !ecosystem.isBlank();
    boolean byEgo = ego != null && !ego.isBlank();
    if (byEcosystem && byEgo) {
      throw ApiException.badParameter(
          "ego",
          "give ecosystem or ego, not both: the scope is one ecosystem's members or one actor's"
              + " ego network");
    }
    EcosystemGraph graph = session.graph();
    if (byEcosystem) {
      return session.ecosystemView(
          graph
              .ecosystemIndex(ecosystem)
              .orElseThrow(() -> ApiException.notFound("Ecosystem", ecosystem)));
    }
    if (byEgo) {
      return session.egoView(
          graph.actorIndex(ego).orElseThrow(() -> ApiException.notFound("Actor", ego)));
    }
    return session.wholeView();
  }

  /** {@code measures} on {@code view}, computed on first request and kept with the snapshot. */
  public CentralityMeasures measures(
      NetworkView view, Set<Measure> measures, CentralityMeasures.Options options) {
    return sessions
        .current()
        .sessionOf(view.snapshot())
        .map(session -> session.measures(view, measures, options))
        // the data changed meanwhile
        .orElseGet(() -> new CentralityMeasures(view, measures, options));
  }

  /**
   * How to compute on {@code view}: betweenness from {@code pivots} pivots when given (400 below
   * 1), else exact up to the configured size and sampled above.
   */
  public Options options(NetworkView view, double damping, Integer pivots, long seed) {
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
  public void requireFeasible(NetworkView view, Set<Measure> measures) {
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
}

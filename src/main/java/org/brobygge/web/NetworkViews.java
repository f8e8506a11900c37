package org.brobygge.web;

import java.util.Set;
import org.brobygge.analysis.centrality.CentralityMeasures;
import org.brobygge.analysis.centrality.CentralityMeasures.Options;
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
 * it, until the data changes), and turns a request's parameters into the options the measures are
 * computed with: how many betweenness pivots and closeness sources, if any.
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
   * How to compute on {@code view}: betweenness from {@code pivots} pivots and closeness and
   * harmonic from about {@code pivots} sources when given (400 below 1), else each exact up to its
   * configured size and sampled above.
   */
  public Options options(NetworkView view, double damping, Integer pivots, long seed) {
    int n = view.vertexCount();
    try {
      return Options.defaults()
          .withDampingFactor(damping)
          .withPivots(limits.pivotsFor(n, pivots), seed)
          .withClosenessSources(limits.closenessSourcesFor(n, pivots), seed);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("pivots", e.getMessage() + " (or empty for the default)");
    }
  }
}

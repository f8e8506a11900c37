package org.brobygge.session;

import java.util.Objects;
import java.util.function.Supplier;
import org.brobygge.analysis.centrality.ComputeLimits;
import org.brobygge.analysis.gaps.GapDefinitions;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.TieKinds;

/**
 * The session of the current snapshot: {@link #current()} reads the snapshot from the supplier
 * (cheap: the store keeps it until the database version changes) and gives the session built on it,
 * a new one, with empty caches, when the snapshot is new. Thread-safe.
 */
public final class AnalysisSessions {

  private final Supplier<EcosystemGraph> snapshots;
  private final GapDefinitions definitions;
  private final HomeRegion home;
  private final TieKinds kinds;
  private final ComputeLimits limits;
  private volatile AnalysisSession session;

  public AnalysisSessions(
      Supplier<EcosystemGraph> snapshots,
      GapDefinitions definitions,
      HomeRegion home,
      TieKinds kinds,
      ComputeLimits limits) {
    this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    this.definitions = Objects.requireNonNull(definitions, "definitions");
    this.home = Objects.requireNonNull(home, "home");
    this.kinds = Objects.requireNonNull(kinds, "kinds");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** The session of the snapshot the supplier gives now. */
  public AnalysisSession current() {
    EcosystemGraph graph = snapshots.get();
    AnalysisSession s = session;
    if (s != null && s.graph() == graph) {
      return s;
    }
    synchronized (this) {
      s = session;
      if (s == null || s.graph() != graph) {
        s = new AnalysisSession(graph, definitions, home, kinds, limits);
        session = s;
      }
      return s;
    }
  }

  public GapDefinitions definitions() {
    return definitions;
  }
}

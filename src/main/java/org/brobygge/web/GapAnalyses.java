package org.brobygge.web;

import org.brobygge.analysis.gaps.GapAnalysis;
import org.brobygge.analysis.gaps.GapDefinitions;
import org.brobygge.analysis.gaps.InterEcosystemMatrix;
import org.brobygge.analysis.gaps.RegionView;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;
import org.brobygge.store.Snapshots;
import org.springframework.stereotype.Component;

/**
 * The gap analysis of the current snapshot, computed once per snapshot and shared by every request
 * until the database changes.
 */
@Component
class GapAnalyses {

  private final Snapshots snapshots;
  private final GapDefinitions definitions;
  private final HomeRegion home;
  private volatile Result result;

  GapAnalyses(Snapshots snapshots, GapDefinitions definitions, HomeRegion home) {
    this.snapshots = snapshots;
    this.definitions = definitions;
    this.home = home;
  }

  /** The analysis, its region view and (on first use) the inter-ecosystem matrix. */
  static final class Result {
    final EcosystemGraph graph;
    final GapAnalysis analysis;
    final RegionView region;
    private volatile InterEcosystemMatrix matrix;

    Result(EcosystemGraph graph, GapAnalysis analysis) {
      this.graph = graph;
      this.analysis = analysis;
      this.region = RegionView.of(analysis);
    }

    InterEcosystemMatrix matrix() {
      InterEcosystemMatrix m = matrix;
      if (m == null) {
        synchronized (this) {
          m = matrix;
          if (m == null) {
            m =
                new InterEcosystemMatrix(
                    graph,
                    analysis
                        .definition("inter_ecosystem")
                        .orElseThrow(
                            () ->
                                ApiException.badRequest(
                                    "No gap 'inter_ecosystem' is defined; the matrix needs it")));
            matrix = m;
          }
        }
      }
      return m;
    }
  }

  Result current() {
    EcosystemGraph graph = snapshots.current();
    Result r = result;
    if (r != null && r.graph == graph) {
      return r;
    }
    synchronized (this) {
      r = result;
      if (r == null || r.graph != graph) {
        r =
            new Result(
                graph,
                new GapAnalysis(
                    graph, definitions.definitions(), home, definitions.referenceYear()));
        result = r;
      }
      return r;
    }
  }

  GapDefinitions definitions() {
    return definitions;
  }
}

package org.brobygge.web;

import org.brobygge.analysis.centrality.NetworkView;
import org.brobygge.graph.EcosystemGraph;

/** The {@code ecosystem} request parameter as the network view the analysis endpoints run on. */
final class Scopes {

  private Scopes() {}

  /** The whole network when {@code ecosystem} is empty, else its members; unknown id: 404. */
  static NetworkView view(EcosystemGraph graph, String ecosystem) {
    if (ecosystem == null || ecosystem.isBlank()) {
      return NetworkView.whole(graph);
    }
    return NetworkView.ecosystem(
        graph,
        graph
            .ecosystemIndex(ecosystem)
            .orElseThrow(() -> ApiException.notFound("Ecosystem", ecosystem)));
  }
}

package org.brobygge.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.synthetic.SyntheticNetworkGenerator;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.junit.jupiter.api.Test;

/**
 * The one-pass depth-first search against JGraphT's connectivity and biconnectivity inspectors
 * (independent implementations) on networks large enough to have many components, bridges and cut
 * points: the whole sample, its ecosystems, and a generated 6,000-actor network.
 */
class NetworkSummaryAgainstJgraphtTest {

  @Test
  void componentsBridgesAndArticulationPointsEqualJgraphts() {
    EcosystemGraph sample =
        EcosystemGraph.of(SyntheticNetworkGenerator.norrbottenLaplandSample(42));
    EcosystemGraph generated = EcosystemGraph.of(SyntheticNetworkGenerator.scaled(6000, 9000, 3));
    List<NetworkView> views =
        new java.util.ArrayList<>(List.of(NetworkView.whole(sample), NetworkView.whole(generated)));
    for (int e = 0; e < sample.ecosystemCount(); e++) {
      views.add(NetworkView.ecosystem(sample, e));
    }
    int bridgesSeen = 0;
    for (NetworkView view : views) {
      NetworkSummary summary = new NetworkSummary(view);
      Graph<Integer, Integer> g = view.graph();
      var biconnectivity = new BiconnectivityInspector<>(g);
      List<int[]> bridges =
          biconnectivity.getBridges().stream()
              .map(
                  edge -> {
                    int a = g.getEdgeSource(edge);
                    int b = g.getEdgeTarget(edge);
                    return a < b ? new int[] {a, b} : new int[] {b, a};
                  })
              .sorted(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]))
              .toList();
      assertThat(summary.bridges()).as(view.scope()).containsExactlyElementsOf(bridges);
      assertThat(summary.articulationPoints())
          .as(view.scope())
          .containsExactlyElementsOf(biconnectivity.getCutpoints().stream().sorted().toList());
      assertThat(summary.componentSizes())
          .as(view.scope())
          .containsExactlyElementsOf(
              new ConnectivityInspector<>(g)
                  .connectedSets().stream()
                      .map(Set::size)
                      .sorted(Comparator.reverseOrder())
                      .toList());
      bridgesSeen += bridges.size();
    }
    assertThat(bridgesSeen).isGreaterThan(100);
  }
}

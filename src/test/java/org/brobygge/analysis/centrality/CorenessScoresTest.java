package org.brobygge.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.synthetic.SyntheticNetworkGenerator;
import org.jgrapht.alg.scoring.Coreness;
import org.junit.jupiter.api.Test;

/** The bucket algorithm against JGraphT's Coreness (an independent implementation) at scale. */
class CorenessScoresTest {

  @Test
  void equalsJgraphtsCorenessOnTheSampleAndALargerGeneratedNetwork() {
    for (EcosystemGraph graph :
        new EcosystemGraph[] {
          EcosystemGraph.of(SyntheticNetworkGenerator.norrbottenLaplandSample(42)),
          EcosystemGraph.of(SyntheticNetworkGenerator.scaled(6000, 30000, 11))
        }) {
      NetworkView view = NetworkView.whole(graph);
      double[] ours = new CorenessScores(WeightedAdjacency.of(view)).scores(Measure.CORENESS);
      Coreness<Integer, Integer> jgrapht = new Coreness<>(view.graph());
      for (int v = 0; v < view.vertexCount(); v++) {
        assertThat(ours[v]).as("vertex " + v).isEqualTo(jgrapht.getVertexScore(v).doubleValue());
      }
    }
  }
}

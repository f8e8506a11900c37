package org.brobygge.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;

class NetworkViewTest {

  /** a, b, c in ecosystem E; d outside. a-b twice (research 2, trade 3), b-c 1, c-d 4, a-a 9. */
  private static EcosystemGraph snapshot() {
    EcosystemGraph.Builder b = EcosystemGraph.builder().ecosystem("E", "E", "");
    for (String id : new String[] {"a", "b", "c", "d"}) {
      b.actor(id, id, Sector.BUSINESS, Set.of(Role.FIRM), "", "SE");
    }
    b.membership("a", "E").membership("b", "E").membership("c", "E");
    b.tie("a", "b", TieKind.RESEARCH, 2, null, null);
    b.tie("b", "a", TieKind.TRADE, 3, null, null);
    b.tie("b", "c", TieKind.COLLABORATION, 1, null, null);
    b.tie("c", "d", TieKind.COLLABORATION, 4, null, null);
    b.tie("a", "a", TieKind.COLLABORATION, 9, null, null);
    return b.build();
  }

  @Test
  void wholeNetworkMergesParallelTiesAndDropsSelfTies() {
    var view = NetworkView.whole(snapshot());
    var g = view.graph();

    assertThat(g.vertexSet()).hasSize(4);
    assertThat(g.edgeSet()).hasSize(3); // a-b merged, b-c, c-d; a-a dropped
    assertThat(g.getEdgeWeight(g.getEdge(0, 1))).isEqualTo(5.0);
    assertThat(g.getEdgeWeight(g.getEdge(2, 3))).isEqualTo(4.0);
  }

  @Test
  void ecosystemViewIsTheInducedSubgraphOfItsMembers() {
    EcosystemGraph snapshot = snapshot();
    var view = NetworkView.ecosystem(snapshot, 0);

    assertThat(view.vertexCount()).isEqualTo(3);
    assertThat(view.graph().edgeSet()).hasSize(2); // c-d leaves with d
    assertThat(snapshot.actorId(view.actor(2))).isEqualTo("c");
  }

  @Test
  void egoViewHoldsTheActorItsNeighboursAndTheirTies() {
    EcosystemGraph snapshot = snapshot();
    var view = NetworkView.ego(snapshot, snapshot.actorIndex("b").getAsInt());

    assertThat(snapshot.actorId(view.actor(0))).isEqualTo("b");
    assertThat(view.vertexCount()).isEqualTo(3); // b, a, c
    assertThat(view.graph().edgeSet()).hasSize(2);
  }

  @Test
  void viewWithoutTiesKeepsItsVertices() {
    EcosystemGraph snapshot = snapshot();
    var view = NetworkView.ego(snapshot, snapshot.actorIndex("d").getAsInt());

    assertThat(NetworkView.whole(EcosystemGraph.builder().build()).graph().vertexSet()).isEmpty();
    assertThat(view.vertexCount()).isEqualTo(2); // d and c
  }
}

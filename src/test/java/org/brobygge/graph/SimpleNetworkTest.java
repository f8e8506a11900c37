package org.brobygge.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.brobygge.model.TieKinds;
import org.junit.jupiter.api.Test;

class SimpleNetworkTest {

  /**
   * a-b: research 2 + trade 3 (parallel, different kinds) + research 1 (parallel, same kind); b-c
   * capital 4 directed c->b; c-c a self-tie; d alone.
   */
  private static EcosystemGraph graph() {
    TieKinds kinds = TieKinds.withExtra(java.util.List.of());
    TieKind research = kinds.byId("research").orElseThrow();
    TieKind trade = kinds.byId("trade").orElseThrow();
    TieKind capital = kinds.byId("capital").orElseThrow();
    EcosystemGraph.Builder b = EcosystemGraph.builder();
    for (String id : new String[] {"a", "b", "c", "d"}) {
      b.actor(id, id.toUpperCase(), Sector.BUSINESS, Set.of(Role.FIRM), "SE332", "SE");
    }
    return b.tie("a", "b", research, 2, null, null)
        .tie("b", "a", trade, 3, null, null)
        .tie("a", "b", research, 1, 2020, 2021)
        .tie("c", "b", capital, 4, null, null)
        .tie("c", "c", research, 5, null, null)
        .build();
  }

  @Test
  void mergesParallelTiesOfAnyKindDropsSelfTiesAndReadsDirectedKindsUndirected() {
    EcosystemGraph g = graph();
    SimpleNetwork n = SimpleNetwork.of(g);
    int a = g.actorIndex("a").orElseThrow();
    int b = g.actorIndex("b").orElseThrow();
    int c = g.actorIndex("c").orElseThrow();
    int d = g.actorIndex("d").orElseThrow();

    assertThat(n.vertexCount()).isEqualTo(4);
    assertThat(n.edgeCount()).isEqualTo(2);
    assertThat(n.weight(a, b)).isEqualTo(6.0).isEqualTo(n.weight(b, a));
    assertThat(n.weight(b, c)).isEqualTo(4.0).isEqualTo(n.weight(c, b));
    assertThat(n.adjacent(c, c)).isFalse();
    assertThat(n.degree(b)).isEqualTo(2);
    assertThat(n.strength(b)).isEqualTo(10.0);
    assertThat(n.strength(c)).isEqualTo(4.0);
    assertThat(n.degree(d)).isZero();
    assertThat(n.neighbours(b)).containsExactly(Math.min(a, c), Math.max(a, c));
    assertThat(n.jgrapht().edgeSet()).hasSize(2);
    assertThat(n.jgrapht().getEdgeWeight(n.jgrapht().getEdge(a, b))).isEqualTo(6.0);
  }

  @Test
  void inducedKeepsOnlyTiesAmongTheChosenActorsAndMapsVerticesBack() {
    EcosystemGraph g = graph();
    int a = g.actorIndex("a").orElseThrow();
    int b = g.actorIndex("b").orElseThrow();
    int d = g.actorIndex("d").orElseThrow();
    SimpleNetwork n = SimpleNetwork.induced(g, new int[] {b, d, a});

    assertThat(n.vertexCount()).isEqualTo(3);
    assertThat(n.actor(0)).isEqualTo(b);
    assertThat(n.actor(2)).isEqualTo(a);
    assertThat(n.edgeCount()).isEqualTo(1);
    assertThat(n.weight(0, 2)).isEqualTo(6.0);
    assertThat(n.strength(0)).isEqualTo(6.0); // the tie to c is outside
    assertThat(n.degree(1)).isZero();
    assertThat(n.jgrapht().vertexSet()).hasSize(3);
  }

  @Test
  void anEdgelessNetworkStillHasItsVerticesForJgrapht() {
    EcosystemGraph g = graph();
    SimpleNetwork n = SimpleNetwork.induced(g, new int[] {g.actorIndex("d").orElseThrow()});
    assertThat(n.edgeCount()).isZero();
    assertThat(n.jgrapht().vertexSet()).containsExactly(0);
  }
}

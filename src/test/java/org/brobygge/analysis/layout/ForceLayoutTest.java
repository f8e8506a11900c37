package org.brobygge.analysis.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class ForceLayoutTest {

  /** Two five-cliques (0-4, 5-9) joined by the edge 4-5, and two actors without ties (10, 11). */
  private static Graph<Integer, DefaultEdge> twoCliques() {
    Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    for (int v = 0; v < 12; v++) {
      g.addVertex(v);
    }
    for (int base : new int[] {0, 5}) {
      for (int i = 0; i < 5; i++) {
        for (int j = i + 1; j < 5; j++) {
          g.addEdge(base + i, base + j);
        }
      }
    }
    g.addEdge(4, 5);
    return g;
  }

  @Test
  void drawsEachCliqueTogetherAndApartFromTheOther() {
    ForceLayout.Positions p = ForceLayout.of(twoCliques(), 7);

    double within = 0;
    double across = 0;
    int nWithin = 0;
    int nAcross = 0;
    for (int a = 0; a < 10; a++) {
      for (int b = a + 1; b < 10; b++) {
        double d = Math.hypot(p.x()[a] - p.x()[b], p.y()[a] - p.y()[b]);
        if ((a < 5) == (b < 5)) {
          within += d;
          nWithin++;
        } else {
          across += d;
          nAcross++;
        }
      }
    }
    assertThat(within / nWithin).isLessThan(across / nAcross / 1.5);
  }

  @Test
  void keepsTiedActorsInTheSquareAndPutsActorsWithoutTiesInARowBelow() {
    ForceLayout.Positions p = ForceLayout.of(twoCliques(), 7);

    for (int v = 0; v < 10; v++) {
      assertThat(p.x()[v]).isBetween(0.0, ForceLayout.SIZE);
      assertThat(p.y()[v]).isBetween(0.0, ForceLayout.SIZE);
    }
    assertThat(p.y()[10]).isGreaterThan(ForceLayout.SIZE).isEqualTo(p.y()[11]);
    assertThat(p.x()[11] - p.x()[10]).isEqualTo(ForceLayout.ISOLATED_SPACING);
  }

  @Test
  void sameSeedSamePictureAndALargeGraphUsesTheSameBounds() {
    assertThat(ForceLayout.of(twoCliques(), 7).x())
        .containsExactly(ForceLayout.of(twoCliques(), 7).x());

    Graph<Integer, DefaultEdge> ring = new SimpleGraph<>(DefaultEdge.class);
    int n = ForceLayout.EXACT_MAX_VERTICES + 100; // the Barnes-Hut variant
    for (int v = 0; v < n; v++) {
      ring.addVertex(v);
    }
    for (int v = 0; v < n; v++) {
      ring.addEdge(v, (v + 1) % n);
    }
    ForceLayout.Positions p = ForceLayout.of(ring, 3);
    for (int v = 0; v < n; v++) {
      assertThat(p.x()[v]).isBetween(0.0, ForceLayout.SIZE);
      assertThat(p.y()[v]).isBetween(0.0, ForceLayout.SIZE);
    }
  }

  @Test
  void emptyAndSingleVertexGraphs() {
    Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    assertThat(ForceLayout.of(g, 1).x()).isEmpty();
    g.addVertex(0);
    assertThat(ForceLayout.of(g, 1).y()).containsExactly(0.0);
  }
}

package org.brobygge.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;

class NetworkSummaryTest {

  private static EcosystemGraph graph(int n, int[][] edges) {
    EcosystemGraph.Builder b = EcosystemGraph.builder();
    for (int i = 0; i < n; i++) {
      b.actor("v" + i, "v" + i, Sector.BUSINESS, Set.of(Role.FIRM), "", "SE");
    }
    for (int[] e : edges) {
      b.tie("v" + e[0], "v" + e[1], TieKind.COLLABORATION, 1, null, null);
    }
    return b.build();
  }

  @Test
  void emptyAndSingleActorNetworksHaveZeroFigures() {
    var empty = new NetworkSummary(NetworkView.whole(graph(0, new int[][] {})));
    var one = new NetworkSummary(NetworkView.whole(graph(1, new int[][] {})));

    assertThat(empty.actors()).isZero();
    assertThat(empty.density()).isZero();
    assertThat(empty.componentSizes()).isEmpty();
    assertThat(one.componentSizes()).containsExactly(1);
    assertThat(one.isolates()).isEqualTo(1);
    assertThat(one.degreeCentralisation()).isZero();
  }

  @Test
  void starIsFullyCentralisedAndHangsOnItsCentre() {
    // centre 0, leaves 1..4: m = 4, density 4 / (5*4/2) = 0.4; (5*4 - 8) / (4*3) = 1
    var star =
        new NetworkSummary(
            NetworkView.whole(graph(5, new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}})));

    assertThat(star.density()).isCloseTo(0.4, within(1e-12));
    assertThat(star.degreeCentralisation()).isCloseTo(1.0, within(1e-12));
    assertThat(star.bridges()).hasSize(4);
    assertThat(star.articulationPoints()).containsExactly(0);
  }

  @Test
  void pathTellsWhomAnActorCutsOff() {
    // 0-1-2-3-4 and a separate pair 5-6
    var path =
        new NetworkSummary(
            NetworkView.whole(graph(7, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {5, 6}})));

    assertThat(path.componentSizes()).containsExactly(5, 2);
    assertThat(path.articulationPoints()).containsExactly(1, 2, 3);
    assertThat(path.separatedBy(1)).containsExactly(0);
    assertThat(path.separatedBy(3)).containsExactly(4);
    assertThat(path.separatedBy(0)).isEmpty();
    assertThat(path.bridges())
        .extracting(p -> p[0] + "-" + p[1])
        .containsExactly("0-1", "1-2", "2-3", "3-4", "5-6");
  }

  /**
   * Zachary's karate club: 34 members, 78 ties. Member 11 is tied only to member 0, so 0-11 is the
   * only bridge and 0 the only articulation point; members 4, 5, 6, 10 and 16 are tied only to each
   * other and to 0 (read off karate.csv), so without 0 they and 11 are cut off from the other 27.
   * Density 78 / 561; the largest degree is 17 (member 33) and the degrees sum to 156, so
   * centralisation = (34*17 - 156) / (33*32).
   */
  @Test
  void karateClub() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/reference/karate.csv"));
    int[][] edges =
        lines.stream()
            .skip(1)
            .map(l -> l.split(","))
            .map(p -> new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])})
            .toArray(int[][]::new);

    var karate = new NetworkSummary(NetworkView.whole(graph(34, edges)));

    assertThat(karate.ties()).isEqualTo(78);
    assertThat(karate.density()).isCloseTo(78.0 / 561, within(1e-12));
    assertThat(karate.degreeCentralisation()).isCloseTo(422.0 / 1056, within(1e-12));
    assertThat(karate.componentSizes()).containsExactly(34);
    assertThat(karate.bridges()).extracting(p -> p[0] + "-" + p[1]).containsExactly("0-11");
    assertThat(karate.articulationPoints()).containsExactly(0);
    assertThat(karate.separatedBy(0)).containsExactly(4, 5, 6, 10, 11, 16);
  }
}

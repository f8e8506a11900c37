package org.brobygge.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.brobygge.analysis.centrality.ReferenceGraphs.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BrokerageTest {

  private static final List<String> ABC = List.of("A", "B", "C");

  private static Grouping groups(int... groupOf) {
    return Grouping.of(ABC, groupOf);
  }

  // ---- the edge-case ladder

  @Test
  void emptyNetworkBrokersNothing() {
    var brokerage =
        new Brokerage(
            NetworkView.whole(EcosystemGraph.builder().build()), Grouping.of(ABC, new int[0]));

    assertThat(brokerage.all()).isEmpty();
    assertThat(brokerage.total()).isEqualTo(BrokerageRoles.NONE);
  }

  @Test
  void loneActorAndDyadBrokerNothing() {
    assertThat(new Brokerage(graph(1), groups(0)).roles(0)).isEqualTo(BrokerageRoles.NONE);
    var dyad = new Brokerage(graph(3, 0, 1), groups(0, 1, 2));
    assertThat(dyad.all()).containsOnly(BrokerageRoles.NONE);
  }

  @Test
  void rejectsGroupingOfAnotherSize() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Brokerage(graph(3, 0, 1), groups(0, 1)))
        .withMessageContaining("covers 2 vertices");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Grouping.of(ABC, new int[] {0, 3}))
        .withMessageContaining("0..2");
  }

  @Test
  void closedTriadHasNoBroker() {
    var brokerage = new Brokerage(graph(3, 0, 1, 1, 2, 0, 2), groups(0, 1, 2));

    assertThat(brokerage.total()).isEqualTo(BrokerageRoles.NONE);
  }

  // ---- each role on a two-path 0 - 1 - 2, both directions counted

  @Test
  void twoPathInOneGroupIsCoordination() {
    var roles = new Brokerage(graph(3, 0, 1, 1, 2), groups(0, 0, 0)).roles(1);

    assertThat(roles).isEqualTo(new BrokerageRoles(2, 0, 0, 0, 0));
  }

  @Test
  void outsiderBetweenTwoOfOneGroupIsItinerant() {
    var roles = new Brokerage(graph(3, 0, 1, 1, 2), groups(0, 1, 0)).roles(1);

    assertThat(roles).isEqualTo(new BrokerageRoles(0, 2, 0, 0, 0));
  }

  @Test
  void brokerToAnOutsiderIsRepresentativeOneWayAndGatekeeperTheOther() {
    var roles = new Brokerage(graph(3, 0, 1, 1, 2), groups(0, 0, 1)).roles(1);

    assertThat(roles).isEqualTo(new BrokerageRoles(0, 0, 1, 1, 0));
  }

  @Test
  void threeGroupsMakeALiaison() {
    var roles = new Brokerage(graph(3, 0, 1, 1, 2), groups(0, 1, 2)).roles(1);

    assertThat(roles).isEqualTo(new BrokerageRoles(0, 0, 0, 0, 2));
    assertThat(roles.total()).isEqualTo(2);
  }

  @Test
  void starWithOneClosedPairByHand() {
    // centre 0 (A); leaves 1, 2 (A, tied to each other), 3 (B), 4 (C), 5 (B)
    // 20 ordered leaf pairs less (1,2) and (2,1): coordinator 0, representative 1|2 -> 3|4|5 = 6,
    // gatekeeper the reverse 6, itinerant (3,5) both ways 2, liaison 3|5 <-> 4 = 4
    var brokerage =
        new Brokerage(graph(6, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 1, 2), groups(0, 0, 0, 1, 2, 1));

    assertThat(brokerage.roles(0)).isEqualTo(new BrokerageRoles(0, 2, 6, 6, 4));
    assertThat(brokerage.roles(0).total()).isEqualTo(18);
    // a leaf's neighbours are 0 and at most one leaf tied to 0: nothing to broker
    for (int leaf = 1; leaf <= 5; leaf++) {
      assertThat(brokerage.roles(leaf)).isEqualTo(BrokerageRoles.NONE);
    }
    assertThat(brokerage.total()).isEqualTo(brokerage.roles(0));
  }

  @Test
  void weightsDoNotCount() {
    var heavy =
        new Brokerage(ReferenceGraphs.weightedGraph(3, 0, 1, 7, 1, 2, 0.5), groups(0, 0, 1));

    assertThat(heavy.roles(1)).isEqualTo(new BrokerageRoles(0, 0, 1, 1, 0));
  }

  @Test
  void ecosystemGroupingTakesTheFirstMembershipAndGathersTheUnaffiliated() {
    EcosystemGraph.Builder b =
        EcosystemGraph.builder().ecosystem("space", "Space", "").ecosystem("mining", "Mining", "");
    for (String id : List.of("a", "b", "c")) {
      b.actor(id, id, Sector.BUSINESS, Set.of(Role.FIRM), "", "SE");
    }
    b.membership("a", "mining").membership("b", "mining").membership("b", "space");
    b.tie("a", "b", TieKind.COLLABORATION, 1, null, null);
    b.tie("b", "c", TieKind.COLLABORATION, 1, null, null);
    var view = NetworkView.whole(b.build());

    var grouping = Grouping.byEcosystem(view);

    assertThat(grouping.names()).containsExactly("space", "mining", Grouping.NO_ECOSYSTEM);
    assertThat(grouping.groupOf(0)).isEqualTo(1); // a: mining
    assertThat(grouping.groupOf(1)).isEqualTo(0); // b: mining and space, space is first
    assertThat(grouping.groupOf(2)).isEqualTo(2); // c: none
    assertThat(new Brokerage(view, grouping).roles(1)).isEqualTo(new BrokerageRoles(0, 0, 0, 0, 2));
  }

  @Test
  void sectorGroupingFollowsTheSnapshot() {
    EcosystemGraph.Builder b = EcosystemGraph.builder();
    b.actor("u", "u", Sector.ACADEMIA, Set.of(), "", "SE");
    b.actor("f", "f", Sector.BUSINESS, Set.of(Role.FIRM), "", "SE");
    b.actor("g", "g", Sector.PUBLIC, Set.of(), "", "SE");
    b.tie("u", "f", TieKind.RESEARCH, 1, null, null);
    b.tie("f", "g", TieKind.AUTHORITY, 1, null, null);
    var view = NetworkView.whole(b.build());

    var grouping = Grouping.bySector(view);

    assertThat(grouping.size()).isEqualTo(4);
    assertThat(grouping.name(grouping.groupOf(2))).isEqualTo("public");
    assertThat(new Brokerage(view, grouping).roles(1).liaison()).isEqualTo(2);
  }

  // ---- reference graphs

  @Test
  void karateByClubMatchesReference() {
    var brokerage = new Brokerage(ReferenceGraphs.karate(), ReferenceGraphs.karateClubs());
    JsonNode expected =
        ReferenceGraphs.karateGroupMeasures().get("karate_gould_fernandez_brokerage_by_club");

    assertThat(expected.size()).isEqualTo(34);
    for (int v = 0; v < 34; v++) {
      JsonNode e = expected.get(Integer.toString(v));
      BrokerageRoles roles = brokerage.roles(v);
      assertThat(roles)
          .as("vertex %d", v)
          .isEqualTo(
              new BrokerageRoles(
                  e.get("coordinator").asLong(),
                  e.get("itinerant").asLong(),
                  e.get("gatekeeper").asLong(),
                  e.get("representative").asLong(),
                  e.get("liaison").asLong()));
      assertThat(roles.total()).as("vertex %d", v).isEqualTo(e.get("total").asLong());
    }
  }

  @Test
  void lesMiserablesInThreeGroupsMatchesBruteForce() {
    var view = ReferenceGraphs.load("lesmis_edges.csv");
    int[] groupOf = new int[view.vertexCount()];
    Arrays.setAll(groupOf, v -> v % 3);
    var brokerage = new Brokerage(view, groups(groupOf));
    String file = "holes_reference_values.csv";

    long liaisons = 0;
    for (String role :
        List.of("coordinator", "itinerant", "gatekeeper", "representative", "liaison")) {
      Map<String, Double> expected = ReferenceGraphs.values(file, "lesmis", "brokerage_" + role);
      assertThat(expected).hasSize(view.vertexCount());
      for (var e : expected.entrySet()) {
        BrokerageRoles roles = brokerage.roles(Integer.parseInt(e.getKey()));
        long actual =
            switch (role) {
              case "coordinator" -> roles.coordinator();
              case "itinerant" -> roles.itinerant();
              case "gatekeeper" -> roles.gatekeeper();
              case "representative" -> roles.representative();
              default -> roles.liaison();
            };
        assertThat(actual)
            .as("%s of vertex %s", role, e.getKey())
            .isEqualTo(e.getValue().longValue());
        liaisons += role.equals("liaison") ? actual : 0;
      }
    }
    assertThat(liaisons).isPositive(); // the reference exercises every role
  }
}

package org.brobygge.analysis.bridges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.brobygge.analysis.centrality.BrokerageRoles;
import org.brobygge.analysis.centrality.StructuralHoles;
import org.brobygge.analysis.gaps.Coverage;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapSides;
import org.brobygge.analysis.gaps.HandNetwork;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.model.TieKind;
import org.brobygge.synthetic.SyntheticNetworkGenerator;
import org.junit.jupiter.api.Test;

class GapBrokersTest {

  @Test
  void ranksTheHandNetworksResearchBrokersByGapPairsThenConstraint() {
    EcosystemGraph graph = HandNetwork.graph();

    List<GapBroker> brokers =
        new GapBrokers(
                LinkNetwork.of(graph),
                HandNetwork.gap("research"),
                HandNetwork.HOME,
                HandNetwork.YEAR,
                0)
            .all();

    // x: f3 - x - r2; c: f3 - c - r1 (f1 - c - r1 is closed); f1: f2 - f1 - r1; f2: f1 - f2 - r2
    // gap pairs: 1, 1, 1 (f3 missing, f2 weak-only) and 0 (f1 is strong); then constraint:
    // x 0.5, c 0.645, f1 0.670
    assertThat(brokers).extracting(b -> b.actor().id()).containsExactly("x", "c", "f1", "f2");
    assertThat(brokers).extracting(GapBroker::gapPairs).containsExactly(1L, 1L, 1L, 0L);
    assertThat(brokers).extracting(GapBroker::brokeredPairs).containsExactly(1L, 1L, 1L, 1L);
    assertThat(brokers)
        .extracting(GapBroker::side)
        .containsExactly("neither", "neither", "source", "source");
    assertThat(brokers.get(0).roles()).isEqualTo(new BrokerageRoles(0, 0, 0, 0, 1)); // liaison
    assertThat(brokers.get(2).roles()).isEqualTo(new BrokerageRoles(0, 0, 0, 1, 0)); // repr.
    assertThat(brokers.get(0).constraint()).isEqualTo(0.5);
    GapBroker c = brokers.get(1);
    assertThat(c.sourcePartners()).isEqualTo(2);
    assertThat(c.uncoveredSourcePartners()).isEqualTo(1);
    assertThat(c.targetPartners()).isEqualTo(1);
    assertThat(c.summary())
        .isEqualTo(
            "Cluster works with 2 of the firms of Ecosystem E (1 without a strong tie across the gap)"
                + " and with 1 research organisation; it could introduce 1 pair that is not tied"
                + " yet, each of which would narrow the gap.");
  }

  @Test
  void aGatekeeperStandsOnTheOtherSide() {
    // r1 is on the other side itself; tied to r2 as well, it stands between f1 and r2
    EcosystemGraph graph =
        HandNetwork.builder().tie("r1", "r2", TieKind.RESEARCH, 2, null, null).build();

    GapBroker r1 =
        new GapBrokers(
                LinkNetwork.of(graph),
                HandNetwork.gap("research"),
                HandNetwork.HOME,
                HandNetwork.YEAR,
                0)
            .all().stream().filter(b -> b.actor().id().equals("r1")).findFirst().orElseThrow();

    // f1 - r1 - r2 is open (f1 and r2 are not tied): r1 lets f1 in to r2
    assertThat(r1.side()).isEqualTo("target");
    assertThat(r1.roles()).isEqualTo(new BrokerageRoles(0, 0, 1, 0, 0));
    assertThat(r1.gapPairs()).isZero(); // f1 is strongly tied already
  }

  @Test
  void countsEachPairOnceWhereBothEndsAreOnTheSourceSide() {
    EcosystemGraph graph = HandNetwork.graph();

    List<GapBroker> brokers =
        new GapBrokers(
                LinkNetwork.of(graph),
                HandNetwork.gap("inter_firm"),
                HandNetwork.HOME,
                HandNetwork.YEAR,
                0)
            .all();

    // firms of e: f1, f2 (tied), f3, f4. c works with f3 and f1 (not tied): one pair, itinerant.
    // f1 works with f2 only among the firms. x works with f3 only.
    assertThat(brokers).extracting(b -> b.actor().id()).containsExactly("c");
    assertThat(brokers.get(0).roles()).isEqualTo(new BrokerageRoles(0, 1, 0, 0, 0));
    assertThat(brokers.get(0).gapPairs()).isEqualTo(1);
  }

  @Test
  void countsOpenPairsAsABruteForceDoesOnTheSample() {
    EcosystemGraph graph = EcosystemGraph.of(SyntheticNetworkGenerator.norrbottenLaplandSample(42));
    LinkNetwork network = LinkNetwork.of(graph);
    int space = graph.ecosystemIndex("space").orElseThrow();

    for (GapDefinition d : HandNetwork.definitions()) {
      GapSides sides = new GapSides(graph, d, HandNetwork.HOME, HandNetwork.YEAR, space);
      for (GapBroker b :
          new GapBrokers(network, d, HandNetwork.HOME, HandNetwork.YEAR, space).top(15)) {
        int broker = graph.actorIndex(b.actor().id()).orElseThrow();
        long pairs = 0;
        long gapPairs = 0;
        Set<Long> seen = new HashSet<>();
        for (int a : network.neighbours(broker)) {
          for (int c : network.neighbours(broker)) {
            if (a != c
                && sides.isSource(a)
                && sides.isTarget(c)
                && !network.adjacent(a, c)
                && seen.add(HoldOutEvaluation.pairKey(a, c))) {
              pairs++;
              boolean open =
                  !sides.hasCoverage(a, Coverage.STRONG)
                      || (sides.isSource(c) && !sides.hasCoverage(c, Coverage.STRONG));
              gapPairs += open ? 1 : 0;
            }
          }
        }
        assertThat(b.brokeredPairs()).as("%s %s", d.id(), b.actor().id()).isEqualTo(pairs);
        assertThat(b.gapPairs()).as("%s %s", d.id(), b.actor().id()).isEqualTo(gapPairs);
      }
    }
  }

  @Test
  void constraintIsBurtsAsStructuralHolesComputesIt() {
    EcosystemGraph graph = EcosystemGraph.of(SyntheticNetworkGenerator.norrbottenLaplandSample(42));
    LinkNetwork network = LinkNetwork.of(graph);
    StructuralHoles holes = new StructuralHoles(NetworkView.whole(graph));
    double[] indirect = new double[graph.actorCount()];
    double[] share = new double[graph.actorCount()];

    for (int a = 0; a < graph.actorCount(); a++) {
      double expected = holes.constraint(a);
      double actual = GapBrokers.constraint(network, a, indirect, share);
      if (Double.isNaN(expected)) {
        assertThat(actual).isNaN();
      } else {
        assertThat(actual).as(graph.actorId(a)).isCloseTo(expected, within(1e-12));
      }
    }
  }
}

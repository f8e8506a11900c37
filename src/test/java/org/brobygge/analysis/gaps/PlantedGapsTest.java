package org.brobygge.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Actor;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.Role;
import org.brobygge.model.Tie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gap engine finds the gaps {@link PlantedGapNetwork} planted, in several random networks. The
 * expected values come from the plan (which ecosystem, which actors) and from the generated data
 * read directly, never from the engine.
 */
class PlantedGapsTest {

  private static final HomeRegion HOME = new HomeRegion("SE332", "SE");
  private static final GapDefinitions DEFAULTS =
      DefaultGapDefinitions.at(PlantedGapNetwork.REFERENCE_YEAR);

  private static GapAnalysis analyse(EcosystemData data) {
    return new GapAnalysis(
        EcosystemGraph.of(data), DEFAULTS.definitions(), HOME, PlantedGapNetwork.REFERENCE_YEAR);
  }

  private static GapFinding finding(GapAnalysis analysis, String gap, String ecosystem) {
    return analysis.findings(gap).stream()
        .filter(f -> f.ecosystemId().equals(ecosystem))
        .findFirst()
        .orElseThrow();
  }

  private static void assertWorst(GapAnalysis analysis, String gap, String ecosystem) {
    double planted = finding(analysis, gap, ecosystem).severity();
    assertThat(analysis.findings(gap))
        .filteredOn(f -> !f.ecosystemId().equals(ecosystem))
        .allSatisfy(
            f -> {
              assertThat(f.applicable()).isTrue();
              assertThat(f.severity()).as(f.ecosystemId()).isLessThan(planted);
            });
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void sameSeedGivesTheSameNetwork(long seed) {
    assertThat(PlantedGapNetwork.generate(seed).data)
        .isEqualTo(PlantedGapNetwork.generate(seed).data);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void ecosystemWhoseFirmsHaveNoResearchTieIsWorstWithEveryFirmMissing(long seed) {
    PlantedGapNetwork net = PlantedGapNetwork.generate(seed);
    GapAnalysis analysis = analyse(net.data);

    GapFinding research = finding(analysis, "research", PlantedGapNetwork.NO_RESEARCH);

    assertThat(research.applicable()).isTrue();
    assertThat(research.severity()).isEqualTo(1.0);
    assertThat(research.level()).isEqualTo("severe");
    assertThat(research.coverage()).isEqualTo(0.0);
    assertThat(research.observedTies()).isZero();
    assertThat(research.weakEdges()).isEmpty();
    assertThat(research.missingEdges())
        .extracting(GapFinding.MissingEdge::actorId)
        .containsExactlyInAnyOrderElementsOf(net.firmIds(PlantedGapNetwork.NO_RESEARCH));
    assertWorst(analysis, "research", PlantedGapNetwork.NO_RESEARCH);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void ecosystemWhoseCapitalTiesAreAllWeakHasNoCoverageAndListsEveryOneAsWeak(long seed) {
    PlantedGapNetwork net = PlantedGapNetwork.generate(seed);
    GapAnalysis analysis = analyse(net.data);
    Set<List<String>> plantedWeak = capitalTiesOfNonCapitalMembers(net.data);

    GapFinding capital = finding(analysis, "capital", PlantedGapNetwork.WEAK_CAPITAL);

    assertThat(plantedWeak).isNotEmpty();
    assertThat(capital.applicable()).isTrue();
    assertThat(capital.coverage()).isEqualTo(0.0);
    assertThat(capital.strong()).isZero();
    assertThat(capital.weakOnly()).isPositive();
    assertThat(capital.weakEdges())
        .extracting(w -> List.of(w.actorId(), w.otherId(), w.kind()))
        .containsExactlyInAnyOrderElementsOf(plantedWeak);
    assertThat(capital.weakEdges()).allSatisfy(w -> assertThat(w.reason()).isNotBlank());
    assertWorst(analysis, "capital", PlantedGapNetwork.WEAK_CAPITAL);
  }

  /**
   * (firm, education or research member of weak_capital that is no capital provider, capital
   * provider, kind) for every tie between them.
   */
  private static Set<List<String>> capitalTiesOfNonCapitalMembers(EcosystemData data) {
    Map<String, Actor> actors = new HashMap<>();
    data.actors().forEach(a -> actors.put(a.id(), a));
    Set<List<String>> result = new HashSet<>();
    for (Tie t : data.ties()) {
      Actor u = actors.get(t.from());
      Actor v = actors.get(t.to());
      for (Actor[] ends : new Actor[][] {{u, v}, {v, u}}) {
        Actor source = ends[0];
        Actor capital = ends[1];
        if (source != capital
            && source.ecosystems().contains(PlantedGapNetwork.WEAK_CAPITAL)
            && !source.hasRole(Role.CAPITAL)
            // the shipped capital gap's source side: firms, education and research organisations
            && (source.hasRole(Role.FIRM)
                || source.hasRole(Role.EDUCATION)
                || source.hasRole(Role.RESEARCH))
            && capital.hasRole(Role.CAPITAL)) {
          result.add(List.of(source.id(), capital.id(), t.kind().id()));
        }
      }
    }
    return result;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void ecosystemsThatNeverConnectHaveNoCountingTieIntoEachOther(long seed) {
    PlantedGapNetwork net = PlantedGapNetwork.generate(seed);
    // Only the pair as ecosystems: the inter-ecosystem gap of one is then its ties into the other.
    EcosystemData pairOnly =
        onlyEcosystems(net.data, PlantedGapNetwork.APART_A, PlantedGapNetwork.APART_B);
    GapAnalysis analysis = analyse(pairOnly);

    for (String[] pair :
        new String[][] {
          {PlantedGapNetwork.APART_A, PlantedGapNetwork.APART_B},
          {PlantedGapNetwork.APART_B, PlantedGapNetwork.APART_A}
        }) {
      GapFinding f = finding(analysis, "inter_ecosystem", pair[0]);
      assertThat(f.applicable()).as(pair[0]).isTrue();
      assertThat(f.targetActors()).isEqualTo(net.memberIds(pair[1]).size());
      assertThat(f.observedTies()).as(pair[0]).isZero();
      assertThat(f.strong() + f.weakOnly()).isZero();
      assertThat(f.missingEdges())
          .extracting(GapFinding.MissingEdge::actorId)
          .containsExactlyInAnyOrderElementsOf(net.memberIds(pair[0]));
      assertThat(f.severity()).isEqualTo(1.0);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void matrixListsExactlyThePairsWithoutATieBetweenTheirMembers(long seed) {
    PlantedGapNetwork net = PlantedGapNetwork.generate(seed);
    EcosystemGraph graph = EcosystemGraph.of(net.data);
    GapDefinition interEcosystem = DEFAULTS.byId("inter_ecosystem").orElseThrow();

    InterEcosystemMatrix matrix = new InterEcosystemMatrix(graph, interEcosystem);

    assertThat(matrix.neverConnected())
        .extracting(p -> List.of(p.a(), p.b()))
        .contains(List.of(PlantedGapNetwork.APART_A, PlantedGapNetwork.APART_B))
        .containsExactlyInAnyOrderElementsOf(unconnectedPairs(net));
  }

  /**
   * Pairs of ecosystems, in snapshot order, with no tie between a member of one and of the other.
   */
  private static Set<List<String>> unconnectedPairs(PlantedGapNetwork net) {
    Map<String, List<String>> memberships = new HashMap<>();
    net.data.actors().forEach(a -> memberships.put(a.id(), a.ecosystems()));
    Set<Set<String>> connected = new HashSet<>();
    for (Tie t : net.data.ties()) {
      if (t.from().equals(t.to())) {
        continue;
      }
      for (String i : memberships.get(t.from())) {
        for (String j : memberships.get(t.to())) {
          if (!i.equals(j)) {
            connected.add(Set.of(i, j));
          }
        }
      }
    }
    List<String> ids = net.ecosystemIds();
    Set<List<String>> result = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (!connected.contains(Set.of(ids.get(i), ids.get(j)))) {
          result.add(List.of(ids.get(i), ids.get(j)));
        }
      }
    }
    return result;
  }

  private static EcosystemData onlyEcosystems(EcosystemData data, String... keep) {
    Set<String> kept = Set.of(keep);
    return new EcosystemData(
        data.ecosystems().stream().filter(e -> kept.contains(e.id())).toList(),
        data.actors().stream()
            .map(
                a ->
                    new Actor(
                        a.id(),
                        a.name(),
                        a.sector(),
                        a.roles(),
                        a.region(),
                        a.country(),
                        a.ecosystems().stream().filter(kept::contains).toList(),
                        a.attributes()))
            .toList(),
        data.ties());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void healthyControlRaisesNoGap(long seed) {
    PlantedGapNetwork net = PlantedGapNetwork.generate(seed);
    GapAnalysis analysis = analyse(net.data);
    int healthy = net.ecosystemIds().indexOf(PlantedGapNetwork.HEALTHY);

    List<GapFinding> findings = analysis.findingsOf(healthy);

    assertThat(findings).hasSize(7);
    assertThat(findings)
        .allSatisfy(
            f -> {
              assertThat(f.ecosystemId()).isEqualTo(PlantedGapNetwork.HEALTHY);
              assertThat(f.applicable()).as(f.gap()).isTrue();
              assertThat(f.level()).as(f.gap()).isEqualTo("none");
              // every source actor was given a strong tie across every gap
              assertThat(f.strong()).as(f.gap()).isEqualTo(f.sourceActors());
              assertThat(f.missingEdges()).as(f.gap()).isEmpty();
            });
  }
}

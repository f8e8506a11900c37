package org.brobygge.analysis.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

import java.util.EnumSet;
import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;

class EcosystemProfileTest {

  /**
   * Ecosystems space (0), mining (1), empty (2). Actors and memberships:
   *
   * <pre>
   *   0 ltu   academia  research, education   space, mining
   *   1 irf   public    research              space
   *   2 ssc   business  firm                  space
   *   3 lkab  business  firm, capital         mining
   *   4 almi  public    capital               (none)
   * </pre>
   *
   * Ties: t0 ltu-irf research, t1 irf-ltu research (parallel to t0), t2 ssc-ltu collaboration, t3
   * almi->ssc capital, t4 ltu-ltu research (self-tie), t5 lkab->ltu trade, t6 irf-lkab
   * collaboration.
   */
  private final EcosystemGraph graph =
      EcosystemGraph.builder()
          .ecosystem("space", "Space", "SE332")
          .ecosystem("mining", "Mining", "SE332")
          .ecosystem("empty", "Empty", "")
          .actor("ltu", "LTU", Sector.ACADEMIA, EnumSet.of(Role.RESEARCH, Role.EDUCATION), "", "")
          .actor("irf", "IRF", Sector.PUBLIC, EnumSet.of(Role.RESEARCH), "", "")
          .actor("ssc", "SSC", Sector.BUSINESS, EnumSet.of(Role.FIRM), "", "")
          .actor("lkab", "LKAB", Sector.BUSINESS, EnumSet.of(Role.FIRM, Role.CAPITAL), "", "")
          .actor("almi", "Almi", Sector.PUBLIC, EnumSet.of(Role.CAPITAL), "", "")
          .membership("ltu", "space")
          .membership("ltu", "mining")
          .membership("irf", "space")
          .membership("ssc", "space")
          .membership("lkab", "mining")
          .tie("ltu", "irf", TieKind.RESEARCH, 1.0, null, null)
          .tie("irf", "ltu", TieKind.RESEARCH, 2.0, null, null)
          .tie("ssc", "ltu", TieKind.COLLABORATION, 1.0, null, null)
          .tie("almi", "ssc", TieKind.CAPITAL, 1.0, null, null)
          .tie("ltu", "ltu", TieKind.RESEARCH, 1.0, null, null)
          .tie("lkab", "ltu", TieKind.TRADE, 1.0, null, null)
          .tie("irf", "lkab", TieKind.COLLABORATION, 1.0, null, null)
          .build();

  @Test
  void countsMembersBySectorWithEverySectorPresent() {
    EcosystemProfile space = EcosystemProfile.of(graph, 0);

    assertThat(space.ecosystem()).isZero();
    assertThat(space.members()).isEqualTo(3); // ltu, irf, ssc
    assertThat(space.bySector())
        .containsExactly(
            entry(Sector.ACADEMIA, 1),
            entry(Sector.BUSINESS, 1),
            entry(Sector.PUBLIC, 1),
            entry(Sector.CIVIL_SOCIETY, 0));
  }

  @Test
  void countsAnActorWithSeveralRolesUnderEachRole() {
    EcosystemProfile space = EcosystemProfile.of(graph, 0);

    // research: ltu and irf; education: ltu only; firm: ssc
    assertThat(space.byRole())
        .containsExactly(
            entry(Role.RESEARCH, 2),
            entry(Role.EDUCATION, 1),
            entry(Role.CAPITAL, 0),
            entry(Role.AUTHORITY, 0),
            entry(Role.FIRM, 1),
            entry(Role.INTERMEDIARY, 0));
    // the role counts add up to more than the members, since ltu has two roles
    assertThat(space.byRole().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
  }

  @Test
  void splitsTiesIntoInternalAndBoundaryByKind() {
    EcosystemProfile space = EcosystemProfile.of(graph, 0);

    // internal (both ends in space): t0, t1 research (parallel, both counted), t4 research
    // (self-tie of ltu, counted once), t2 collaboration.
    // boundary (one end in space): t3 capital (almi), t5 trade (lkab), t6 collaboration (lkab).
    assertThat(space.internalTies()).isEqualTo(4);
    assertThat(space.internalByKind())
        .containsOnly(entry("research", 3), entry("collaboration", 1));
    assertThat(space.boundaryTies()).isEqualTo(3);
    assertThat(space.boundaryByKind())
        .containsOnly(entry("capital", 1), entry("trade", 1), entry("collaboration", 1));
  }

  @Test
  void countsAnActorInTwoEcosystemsInEach() {
    EcosystemProfile mining = EcosystemProfile.of(graph, 1);

    // members ltu (also in space) and lkab
    assertThat(mining.members()).isEqualTo(2);
    assertThat(mining.bySector())
        .contains(entry(Sector.ACADEMIA, 1), entry(Sector.BUSINESS, 1), entry(Sector.PUBLIC, 0));
    assertThat(mining.byRole())
        .contains(
            entry(Role.RESEARCH, 1),
            entry(Role.EDUCATION, 1),
            entry(Role.FIRM, 1),
            entry(Role.CAPITAL, 1));
    // internal: t4 ltu self-tie (research), t5 lkab-ltu trade.
    // boundary: t0, t1 research (irf outside), t2 collaboration (ssc outside),
    // t6 collaboration (irf outside). t3 almi-ssc touches no member and is not counted.
    assertThat(mining.internalTies()).isEqualTo(2);
    assertThat(mining.internalByKind()).containsOnly(entry("research", 1), entry("trade", 1));
    assertThat(mining.boundaryTies()).isEqualTo(4);
    assertThat(mining.boundaryByKind())
        .containsOnly(entry("research", 2), entry("collaboration", 2));
  }

  @Test
  void emptyEcosystemHasZerosEverywhere() {
    EcosystemProfile empty = EcosystemProfile.of(graph, 2);

    assertThat(empty.members()).isZero();
    assertThat(empty.bySector())
        .hasSize(Sector.values().length)
        .allSatisfy((s, n) -> assertThat(n).isZero());
    assertThat(empty.byRole())
        .hasSize(Role.values().length)
        .allSatisfy((r, n) -> assertThat(n).isZero());
    assertThat(empty.internalTies()).isZero();
    assertThat(empty.boundaryTies()).isZero();
    assertThat(empty.internalByKind()).isEmpty();
    assertThat(empty.boundaryByKind()).isEmpty();
  }

  @Test
  void internalTieIsCountedOnceWhicheverEndIsListedFirst() {
    // b (index 1) -> a (index 0) and a -> b: two parallel internal ties, not four
    EcosystemGraph pair =
        EcosystemGraph.builder()
            .ecosystem("e", "E", "")
            .actor("a", "A", Sector.BUSINESS, Set.of(), "", "")
            .actor("b", "B", Sector.BUSINESS, Set.of(), "", "")
            .membership("b", "e")
            .membership("a", "e")
            .tie("b", "a", TieKind.TRADE, 1.0, null, null)
            .tie("a", "b", TieKind.TRADE, 1.0, null, null)
            .build();

    EcosystemProfile profile = EcosystemProfile.of(pair, 0);

    assertThat(profile.internalTies()).isEqualTo(2);
    assertThat(profile.internalByKind()).containsOnly(entry("trade", 2));
    assertThat(profile.boundaryTies()).isZero();
  }

  @Test
  void everyTieOfTheNetworkIsInternalWhenAllActorsAreMembers() {
    EcosystemGraph.Builder builder = EcosystemGraph.builder().ecosystem("all", "All", "");
    for (String id : new String[] {"ltu", "irf", "ssc", "lkab", "almi"}) {
      builder.actor(id, id, Sector.BUSINESS, Set.of(), "", "").membership(id, "all");
    }
    builder
        .tie("ltu", "irf", TieKind.RESEARCH, 1.0, null, null)
        .tie("ltu", "ltu", TieKind.RESEARCH, 1.0, null, null)
        .tie("almi", "ssc", TieKind.CAPITAL, 1.0, null, null);

    EcosystemProfile profile = EcosystemProfile.of(builder.build(), 0);

    assertThat(profile.internalTies()).isEqualTo(3);
    assertThat(profile.boundaryTies()).isZero();
  }

  @Test
  void rejectsEcosystemIndexOutOfRange() {
    assertThatExceptionOfType(IndexOutOfBoundsException.class)
        .isThrownBy(() -> EcosystemProfile.of(graph, 3));
    assertThatExceptionOfType(IndexOutOfBoundsException.class)
        .isThrownBy(() -> EcosystemProfile.of(graph, -1));
  }

  @Test
  void sectorCountsAddUpToTheMembersOfEveryEcosystem() {
    for (int e = 0; e < graph.ecosystemCount(); e++) {
      EcosystemProfile profile = EcosystemProfile.of(graph, e);
      assertThat(profile.members()).isEqualTo(graph.memberCount(e));
      assertThat(profile.bySector().values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(profile.members());
    }
  }
}

package org.brobygge.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;

class EcosystemGraphTest {

  // ---- the ladder: empty, one actor, two actors, disconnected

  @Test
  void emptyGraphHasNothing() {
    EcosystemGraph graph = EcosystemGraph.builder().build();

    assertThat(graph.actorCount()).isZero();
    assertThat(graph.ecosystemCount()).isZero();
    assertThat(graph.tieCount()).isZero();
    assertThat(graph.tieKinds()).isEmpty();
    assertThat(graph.actorIndex("a")).isEmpty();
  }

  @Test
  void oneActorKeepsItsValues() {
    EcosystemGraph graph =
        EcosystemGraph.builder()
            .actor(
                "ltu",
                "Luleå tekniska universitet",
                Sector.ACADEMIA,
                EnumSet.of(Role.RESEARCH, Role.EDUCATION),
                "SE332",
                "SE")
            .build();

    assertThat(graph.actorCount()).isEqualTo(1);
    assertThat(graph.actorIndex("ltu")).hasValue(0);
    assertThat(graph.actorId(0)).isEqualTo("ltu");
    assertThat(graph.actorName(0)).isEqualTo("Luleå tekniska universitet");
    assertThat(graph.sector(0)).isEqualTo(Sector.ACADEMIA);
    assertThat(graph.roles(0)).containsExactly(Role.RESEARCH, Role.EDUCATION);
    assertThat(graph.roleMask(0)).isEqualTo(Role.RESEARCH.bit() | Role.EDUCATION.bit());
    assertThat(graph.hasRole(0, Role.RESEARCH)).isTrue();
    assertThat(graph.hasRole(0, Role.FIRM)).isFalse();
    assertThat(graph.region(0)).isEqualTo("SE332");
    assertThat(graph.country(0)).isEqualTo("SE");
    assertThat(graph.memberships(0)).isEmpty();
    assertThat(graph.incidentTies(0)).isEmpty();
    assertThat(graph.degree(0)).isZero();
  }

  @Test
  void nullNameRegionAndCountryBecomeIdAndEmpty() {
    EcosystemGraph graph =
        EcosystemGraph.builder()
            .ecosystem("space", null, null)
            .actor("a", null, Sector.PUBLIC, Set.of(), null, null)
            .build();

    assertThat(graph.actorName(0)).isEqualTo("a");
    assertThat(graph.region(0)).isEmpty();
    assertThat(graph.country(0)).isEmpty();
    assertThat(graph.roles(0)).isEmpty();
    assertThat(graph.ecosystemName(0)).isEqualTo("space");
    assertThat(graph.ecosystemRegion(0)).isEmpty();
  }

  @Test
  void twoActorsAndOneTie() {
    EcosystemGraph graph =
        EcosystemGraph.builder()
            .actor("a", "A", Sector.BUSINESS, Set.of(Role.FIRM), "", "SE")
            .actor("b", "B", Sector.ACADEMIA, Set.of(Role.RESEARCH), "", "FI")
            .tie("b", "a", TieKind.CAPITAL, 2.5, 2019, 2023)
            .build();

    assertThat(graph.tieCount()).isEqualTo(1);
    assertThat(graph.tieFrom(0)).isEqualTo(1); // b, as given: direction is kept
    assertThat(graph.tieTo(0)).isEqualTo(0);
    assertThat(graph.tieKind(0)).isEqualTo(TieKind.CAPITAL);
    assertThat(graph.tieKindIndex(0)).isZero();
    assertThat(graph.tieKinds()).containsExactly(TieKind.CAPITAL);
    assertThat(graph.tieWeight(0)).isEqualTo(2.5);
    assertThat(graph.tieSince(0)).isEqualTo(2019);
    assertThat(graph.tieUntil(0)).isEqualTo(2023);
    assertThat(graph.otherEnd(0, 0)).isEqualTo(1);
    assertThat(graph.otherEnd(0, 1)).isEqualTo(0);
    assertThat(graph.incidentTies(0)).containsExactly(0);
    assertThat(graph.incidentTies(1)).containsExactly(0);
    assertThat(graph.degree(0)).isEqualTo(1);
    assertThat(graph.degree(1)).isEqualTo(1);
  }

  @Test
  void aTieByActorIndicesIsTheTieByIds() {
    EcosystemGraph.Builder byIndex =
        EcosystemGraph.builder()
            .actor("a", "A", Sector.BUSINESS, Set.of(Role.FIRM), "", "SE")
            .actor("b", "B", Sector.ACADEMIA, Set.of(Role.RESEARCH), "", "FI")
            .tie(1, 0, TieKind.CAPITAL, 2.5, 2019, null);
    EcosystemGraph graph = byIndex.build();

    assertThat(graph.tieFrom(0)).isEqualTo(1);
    assertThat(graph.tieTo(0)).isEqualTo(0);
    assertThat(graph.tieKind(0)).isEqualTo(TieKind.CAPITAL);
    assertThat(graph.tieWeight(0)).isEqualTo(2.5);
    assertThat(graph.tieSince(0)).isEqualTo(2019);
    assertThat(graph.tieUntil(0)).isEqualTo(EcosystemGraph.NO_YEAR);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> byIndex.tie(0, 2, TieKind.CAPITAL, 1.0, null, null))
        .withMessageContaining("no actor of index 2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> byIndex.tie(-1, 0, TieKind.CAPITAL, 1.0, null, null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> byIndex.tie(0, 1, TieKind.CAPITAL, 0.0, null, null));
  }

  @Test
  void missingYearsAreNoYear() {
    EcosystemGraph graph = twoActors().tie("a", "b", TieKind.RESEARCH, 1.0, null, null).build();

    assertThat(graph.tieSince(0)).isEqualTo(EcosystemGraph.NO_YEAR);
    assertThat(graph.tieUntil(0)).isEqualTo(EcosystemGraph.NO_YEAR);
  }

  @Test
  void disconnectedActorsHaveNoIncidentTies() {
    EcosystemGraph graph =
        EcosystemGraph.builder()
            .actor("a", "A", Sector.BUSINESS, Set.of(), "", "")
            .actor("b", "B", Sector.BUSINESS, Set.of(), "", "")
            .actor("c", "C", Sector.BUSINESS, Set.of(), "", "")
            .tie("a", "b", TieKind.TRADE, 1.0, null, null)
            .build();

    assertThat(graph.incidentTies(2)).isEmpty();
    assertThat(graph.degree(2)).isZero();
  }

  @Test
  void keepsTieKindsInOrderOfFirstUse() {
    EcosystemGraph graph =
        twoActors()
            .tie("a", "b", TieKind.TRADE, 1.0, null, null)
            .tie("a", "b", TieKind.RESEARCH, 1.0, null, null)
            .tie("b", "a", TieKind.TRADE, 1.0, null, null)
            .build();

    assertThat(graph.tieKinds()).containsExactly(TieKind.TRADE, TieKind.RESEARCH);
    assertThat(graph.tieKindIndex(0)).isZero();
    assertThat(graph.tieKindIndex(1)).isEqualTo(1);
    assertThat(graph.tieKindIndex(2)).isZero();
  }

  // ---- memberships

  @Test
  void actorCanBeMemberOfSeveralEcosystems() {
    EcosystemGraph graph =
        EcosystemGraph.builder()
            .ecosystem("space", "Space", "SE332")
            .ecosystem("mining", "Mining", "SE332")
            .ecosystem("empty", "Empty", "")
            .actor("ltu", "LTU", Sector.ACADEMIA, Set.of(), "", "")
            .actor("ssc", "SSC", Sector.BUSINESS, Set.of(), "", "")
            .membership("ltu", "space")
            .membership("ltu", "mining")
            .membership("ssc", "space")
            .build();

    assertThat(graph.ecosystemCount()).isEqualTo(3);
    assertThat(graph.ecosystemIndex("mining")).hasValue(1);
    assertThat(graph.ecosystemId(1)).isEqualTo("mining");
    assertThat(graph.ecosystemName(0)).isEqualTo("Space");
    assertThat(graph.ecosystemRegion(0)).isEqualTo("SE332");
    assertThat(graph.memberships(0)).containsExactly(0, 1);
    assertThat(graph.memberships(1)).containsExactly(0);
    assertThat(graph.members(0)).containsExactly(0, 1);
    assertThat(graph.members(1)).containsExactly(0);
    assertThat(graph.members(2)).isEmpty();
    assertThat(graph.memberCount(0)).isEqualTo(2);
    assertThat(graph.memberCount(2)).isZero();
  }

  @Test
  void repeatedMembershipCountsOnce() {
    EcosystemGraph graph =
        EcosystemGraph.builder()
            .ecosystem("space", "Space", "")
            .actor("a", "A", Sector.BUSINESS, Set.of(), "", "")
            .membership("a", "space")
            .membership("a", "space")
            .build();

    assertThat(graph.members(0)).containsExactly(0);
    assertThat(graph.memberCount(0)).isEqualTo(1);
    assertThat(graph.memberships(0)).containsExactly(0);
  }

  @Test
  void membersAndMembershipsAreInAscendingOrderWhateverTheOrderAdded() {
    // the snapshot reads memberships in whatever order the database returns them
    EcosystemGraph graph =
        EcosystemGraph.builder()
            .ecosystem("e0", "E0", "")
            .ecosystem("e1", "E1", "")
            .actor("a0", "A0", Sector.BUSINESS, Set.of(), "", "")
            .actor("a1", "A1", Sector.BUSINESS, Set.of(), "", "")
            .actor("a2", "A2", Sector.BUSINESS, Set.of(), "", "")
            .membership("a2", "e1")
            .membership("a0", "e1")
            .membership("a2", "e0")
            .membership("a1", "e1")
            .build();

    assertThat(graph.members(1)).containsExactly(0, 1, 2);
    assertThat(graph.memberships(2)).containsExactly(0, 1);
  }

  // ---- parallel ties and self-ties

  @Test
  void parallelTiesAreEachIncidentAndEachCountInDegree() {
    EcosystemGraph graph =
        twoActors()
            .tie("a", "b", TieKind.RESEARCH, 1.0, null, null)
            .tie("b", "a", TieKind.RESEARCH, 2.0, null, null)
            .tie("a", "b", TieKind.TRADE, 3.0, null, null)
            .build();

    assertThat(graph.incidentTies(0)).containsExactlyInAnyOrder(0, 1, 2);
    assertThat(graph.incidentTies(1)).containsExactlyInAnyOrder(0, 1, 2);
    assertThat(graph.degree(0)).isEqualTo(3);
    assertThat(graph.degree(1)).isEqualTo(3);
  }

  @Test
  void selfTieIsListedOnceButCountsTwiceInDegree() {
    // a: self-tie (0) and a tie to b (1). incidentTies lists the self-tie once: {0, 1}.
    // degree counts tie ends: two for the self-tie, one for a-b, so 3, as JGraphT counts it.
    EcosystemGraph graph =
        twoActors()
            .tie("a", "a", TieKind.COLLABORATION, 1.0, null, null)
            .tie("a", "b", TieKind.COLLABORATION, 1.0, null, null)
            .build();

    assertThat(graph.incidentTies(0)).containsExactlyInAnyOrder(0, 1);
    assertThat(graph.otherEnd(0, 0)).isEqualTo(0);
    assertThat(graph.degree(0)).isEqualTo(3);
    assertThat(graph.incidentTies(1)).containsExactly(1);
    assertThat(graph.degree(1)).isEqualTo(1);
  }

  @Test
  void degreeCountsParallelTiesAndBothEndsOfASelfTie() {
    // parallel ties, a directed tie and a self-tie on c
    EcosystemGraph graph =
        EcosystemGraph.builder()
            .actor("a", "A", Sector.BUSINESS, Set.of(), "", "")
            .actor("b", "B", Sector.BUSINESS, Set.of(), "", "")
            .actor("c", "C", Sector.BUSINESS, Set.of(), "", "")
            .tie("a", "b", TieKind.RESEARCH, 1.0, null, null)
            .tie("b", "a", TieKind.RESEARCH, 1.0, null, null)
            .tie("c", "a", TieKind.CAPITAL, 1.0, null, null)
            .tie("c", "c", TieKind.RESEARCH, 1.0, null, null)
            .build();

    // a: 2 parallel + capital = 3; b: 2; c: capital + 2 ends of its self-tie = 3
    assertThat(new int[] {graph.degree(0), graph.degree(1), graph.degree(2)})
        .containsExactly(3, 2, 3);
  }

  // ---- unknown ids

  @Test
  void membershipOfUnknownActorOrEcosystemIsRejected() {
    EcosystemGraph.Builder builder =
        EcosystemGraph.builder()
            .ecosystem("space", "Space", "")
            .actor("a", "A", Sector.BUSINESS, Set.of(), "", "");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.membership("ghost", "space"))
        .withMessageContaining("ghost");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.membership("a", "moon"))
        .withMessageContaining("moon");
  }

  @Test
  void tieToUnknownActorIsRejected() {
    EcosystemGraph.Builder builder = twoActors();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.tie("a", "ghost", TieKind.RESEARCH, 1.0, null, null))
        .withMessageContaining("ghost");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.tie("ghost", "a", TieKind.RESEARCH, 1.0, null, null))
        .withMessageContaining("ghost");
  }

  @Test
  void duplicateIdsAreRejected() {
    EcosystemGraph.Builder builder =
        EcosystemGraph.builder()
            .ecosystem("space", "Space", "")
            .actor("a", "A", Sector.BUSINESS, Set.of(), "", "");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.actor("a", "Again", Sector.PUBLIC, Set.of(), "", ""));
    assertThatIllegalArgumentException().isThrownBy(() -> builder.ecosystem("space", "Again", ""));
  }

  @Test
  void weightThatIsNotPositiveIsRejected() {
    EcosystemGraph.Builder builder = twoActors();

    for (double weight : new double[] {0.0, -1.0, Double.NaN}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> builder.tie("a", "b", TieKind.RESEARCH, weight, null, null));
    }
  }

  @Test
  void unknownIdsLookUpAsEmpty() {
    EcosystemGraph graph = twoActors().build();

    assertThat(graph.actorIndex("ghost")).isEmpty();
    assertThat(graph.ecosystemIndex("moon")).isEmpty();
  }

  // ---- growth

  @Test
  void builderGrowingPastItsInitialCapacityKeepsEveryValue() {
    // 10,000 actors, 50,000 ties and about 13,300 memberships, far past the initial 16 slots.
    int actors = 10_000;
    int ties = 50_000;
    List<TieKind> kinds = List.of(TieKind.RESEARCH, TieKind.CAPITAL, TieKind.TRADE);
    EcosystemGraph.Builder builder =
        EcosystemGraph.builder()
            .ecosystem("e0", "E0", "")
            .ecosystem("e1", "E1", "")
            .ecosystem("e2", "E2", "");
    for (int i = 0; i < actors; i++) {
      builder.actor("a" + i, "A" + i, sectorOf(i), rolesOf(i), "r" + i, "c" + i);
    }
    for (int i = 0; i < actors; i++) {
      if (i % 3 == 1 && i % 7 == 0) {
        builder.membership("a" + i, "e0"); // a second membership for some
      }
      builder.membership("a" + i, "e" + (i % 3));
    }
    for (int j = 0; j < ties; j++) {
      // 7j + 1 - j = 6j + 1 is odd, never a multiple of 10,000: no self-ties
      builder.tie(
          "a" + (j % actors),
          "a" + ((7 * j + 1) % actors),
          kinds.get(j % 3),
          1.0 + j,
          j % 2 == 0 ? null : 1900 + j % 100,
          j % 5 == 0 ? 2100 : null);
    }

    EcosystemGraph graph = builder.build();

    assertThat(graph.actorCount()).isEqualTo(actors);
    assertThat(graph.tieCount()).isEqualTo(ties);
    for (int i = 0; i < actors; i++) {
      assertThat(graph.actorIndex("a" + i)).hasValue(i);
      assertThat(graph.actorId(i)).isEqualTo("a" + i);
      assertThat(graph.actorName(i)).isEqualTo("A" + i);
      assertThat(graph.sector(i)).isEqualTo(sectorOf(i));
      assertThat(graph.roles(i)).isEqualTo(rolesOf(i));
      assertThat(graph.region(i)).isEqualTo("r" + i);
      assertThat(graph.country(i)).isEqualTo("c" + i);
      int[] expected = (i % 3 == 1 && i % 7 == 0) ? new int[] {0, 1} : new int[] {i % 3};
      assertThat(graph.memberships(i)).containsExactly(expected);
    }
    // e0: i % 3 == 0 (3,334 actors) plus i % 3 == 1 && i % 7 == 0 (i = 7, 28, ... : 476)
    assertThat(graph.memberCount(0)).isEqualTo(3334 + 476);
    assertThat(graph.memberCount(1)).isEqualTo(3333);
    assertThat(graph.memberCount(2)).isEqualTo(3333);
    long degreeSum = 0;
    for (int i = 0; i < actors; i++) {
      degreeSum += graph.degree(i);
    }
    assertThat(degreeSum).isEqualTo(2L * ties); // no self-ties: every tie has two ends
    for (int j = 0; j < ties; j++) {
      assertThat(graph.tieFrom(j)).isEqualTo(j % actors);
      assertThat(graph.tieTo(j)).isEqualTo((7 * j + 1) % actors);
      assertThat(graph.tieKind(j)).isEqualTo(kinds.get(j % 3));
      assertThat(graph.tieWeight(j)).isEqualTo(1.0 + j);
      assertThat(graph.tieSince(j)).isEqualTo(j % 2 == 0 ? EcosystemGraph.NO_YEAR : 1900 + j % 100);
      assertThat(graph.tieUntil(j)).isEqualTo(j % 5 == 0 ? 2100 : EcosystemGraph.NO_YEAR);
      assertThat(graph.incidentTies(graph.tieFrom(j))).contains(j);
      assertThat(graph.incidentTies(graph.tieTo(j))).contains(j);
    }
  }

  // ---- copies for what-if and hold-out

  @Test
  void toBuilderCopiesEverythingWithTheSameIndices() {
    EcosystemGraph graph = small();

    EcosystemGraph copy = graph.toBuilder().build();

    assertSameContent(copy, graph);
  }

  @Test
  void tiesAddedToACopyLeaveTheOriginalAsItWas() {
    EcosystemGraph graph = small();

    EcosystemGraph changed =
        graph.toBuilder().tie("c", "a", TieKind.RESEARCH, 2.0, 2026, null).build();

    assertThat(graph.tieCount()).isEqualTo(2);
    assertThat(graph.incidentTies(2)).containsExactly(1);
    assertThat(changed.tieCount()).isEqualTo(3);
    assertThat(changed.tieFrom(2)).isEqualTo(2);
    assertThat(changed.tieTo(2)).isEqualTo(0);
    assertThat(changed.tieKind(2)).isEqualTo(TieKind.RESEARCH);
    assertThat(changed.tieWeight(2)).isEqualTo(2.0);
    assertThat(changed.tieSince(2)).isEqualTo(2026);
    assertThat(changed.tieUntil(2)).isEqualTo(EcosystemGraph.NO_YEAR);
    assertThat(changed.incidentTies(0)).containsExactlyInAnyOrder(0, 2);
    assertThat(changed.degree(2)).isEqualTo(2);
    assertThat(changed.tieKinds())
        .containsExactly(TieKind.CAPITAL, TieKind.TRADE, TieKind.RESEARCH);
    assertThat(changed.members(0)).isEqualTo(graph.members(0));
  }

  @Test
  void toBuilderKeepsOnlyTheTiesAsked() {
    EcosystemGraph graph = small();

    EcosystemGraph withoutFirst = graph.toBuilder(tie -> tie != 0).build();

    assertThat(withoutFirst.tieCount()).isEqualTo(1);
    assertThat(withoutFirst.tieKind(0)).isEqualTo(TieKind.TRADE);
    assertThat(withoutFirst.incidentTies(0)).isEmpty();
    assertThat(withoutFirst.actorCount()).isEqualTo(3);
    // the kinds keep their indices even when no tie of one is left
    assertThat(withoutFirst.tieKinds()).containsExactly(TieKind.CAPITAL, TieKind.TRADE);
  }

  @Test
  void aCopyRefusesADuplicateActorOrAnUnknownOne() {
    EcosystemGraph graph = small();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> graph.toBuilder().actor("a", "A", Sector.PUBLIC, Set.of(), "", ""));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> graph.toBuilder().tie("a", "ghost", TieKind.RESEARCH, 1, null, null))
        .withMessageContaining("ghost");
  }

  @Test
  void aCopyTakesMembershipsOnceEachAndRefusesNewActors() {
    EcosystemGraph graph = small();
    String member = graph.actorId(graph.members(0)[0]);

    EcosystemGraph copy =
        graph.toBuilder()
            .membership(member, graph.ecosystemId(0))
            .membership(graph.actorId(1), graph.ecosystemId(1))
            .build();

    assertThat(copy.membershipCount()).isEqualTo(graph.membershipCount() + 1);
    assertThat(copy.members(0)).isEqualTo(graph.members(0));
    assertThat(copy.memberships(1)).containsExactly(1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> graph.toBuilder().actor("new", "New", Sector.PUBLIC, Set.of(), "", ""))
        .withMessageContaining("takes ties and memberships only");
  }

  private static EcosystemGraph small() {
    return EcosystemGraph.builder()
        .ecosystem("space", "Space", "SE332")
        .ecosystem("mining", "Mining", "")
        .actor("a", "A", Sector.BUSINESS, Set.of(Role.FIRM), "SE332", "SE")
        .actor("b", "B", Sector.PUBLIC, Set.of(Role.CAPITAL, Role.AUTHORITY), "", "FI")
        .actor("c", "C", Sector.ACADEMIA, Set.of(Role.RESEARCH), "", "")
        .membership("a", "space")
        .membership("c", "space")
        .membership("c", "mining")
        .tie("b", "a", TieKind.CAPITAL, 2.5, 2019, 2023)
        .tie("c", "b", TieKind.TRADE, 1, null, null)
        .build();
  }

  private static void assertSameContent(EcosystemGraph actual, EcosystemGraph expected) {
    assertThat(actual.ecosystemCount()).isEqualTo(expected.ecosystemCount());
    for (int e = 0; e < expected.ecosystemCount(); e++) {
      assertThat(actual.ecosystemId(e)).isEqualTo(expected.ecosystemId(e));
      assertThat(actual.ecosystemName(e)).isEqualTo(expected.ecosystemName(e));
      assertThat(actual.ecosystemRegion(e)).isEqualTo(expected.ecosystemRegion(e));
      assertThat(actual.members(e)).isEqualTo(expected.members(e));
    }
    assertThat(actual.actorCount()).isEqualTo(expected.actorCount());
    for (int a = 0; a < expected.actorCount(); a++) {
      assertThat(actual.actorId(a)).isEqualTo(expected.actorId(a));
      assertThat(actual.actorName(a)).isEqualTo(expected.actorName(a));
      assertThat(actual.sector(a)).isEqualTo(expected.sector(a));
      assertThat(actual.roleMask(a)).isEqualTo(expected.roleMask(a));
      assertThat(actual.region(a)).isEqualTo(expected.region(a));
      assertThat(actual.country(a)).isEqualTo(expected.country(a));
      assertThat(actual.memberships(a)).isEqualTo(expected.memberships(a));
      assertThat(actual.incidentTies(a)).isEqualTo(expected.incidentTies(a));
      assertThat(actual.degree(a)).isEqualTo(expected.degree(a));
    }
    assertThat(actual.tieKinds()).isEqualTo(expected.tieKinds());
    assertThat(actual.tieCount()).isEqualTo(expected.tieCount());
    for (int t = 0; t < expected.tieCount(); t++) {
      assertThat(actual.tieFrom(t)).isEqualTo(expected.tieFrom(t));
      assertThat(actual.tieTo(t)).isEqualTo(expected.tieTo(t));
      assertThat(actual.tieKind(t)).isEqualTo(expected.tieKind(t));
      assertThat(actual.tieWeight(t)).isEqualTo(expected.tieWeight(t));
      assertThat(actual.tieSince(t)).isEqualTo(expected.tieSince(t));
      assertThat(actual.tieUntil(t)).isEqualTo(expected.tieUntil(t));
    }
  }

  // ---- helpers

  private static EcosystemGraph.Builder twoActors() {
    return EcosystemGraph.builder()
        .actor("a", "A", Sector.BUSINESS, Set.of(), "", "")
        .actor("b", "B", Sector.ACADEMIA, Set.of(), "", "");
  }

  private static Sector sectorOf(int i) {
    return Sector.values()[i % Sector.values().length];
  }

  /** Actor i has the roles whose bits are set in i mod 64: every combination of the six. */
  private static Set<Role> rolesOf(int i) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (((i % 64) & role.bit()) != 0) {
        roles.add(role);
      }
    }
    return roles;
  }
}

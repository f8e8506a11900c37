package org.brobygge.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;

/**
 * The network as of a year, checked against tables worked out by hand.
 *
 * <pre>
 *   tie  ends   kind           since  until   in 2015   in 2018           in 2021
 *   t0   a-b    research       2016   -       -         yes, ongoing      yes, ongoing
 *   t1   a-c    collaboration  -      -       yes       yes               yes
 *   t2   b-c    trade          2017   2019    -         yes, until drops  yes, ended 2019
 *   t3   c-d    research       2020   2020    -         -                 yes, ended 2020
 *   t4   a-d    capital        2018   2018    -         yes, ended 2018   yes, ended 2018
 *
 *   membership  since  until   2015  2018  2021
 *   a in e      -      -       yes   yes   yes
 *   b in e      2017   -       -     yes   yes
 *   c in e      2016   2019    -     yes, until drops  -
 *   d in f      2021   2024    -     -     yes, until drops
 * </pre>
 */
class EcosystemGraphAsOfTest {

  private static final int NO = EcosystemGraph.NO_YEAR;

  private static EcosystemGraph graph() {
    return EcosystemGraph.builder()
        .ecosystem("e", "E", "")
        .ecosystem("f", "F", "")
        .actor("a", "A", Sector.BUSINESS, Set.of(Role.FIRM), "", "SE")
        .actor("b", "B", Sector.ACADEMIA, Set.of(Role.RESEARCH), "", "SE")
        .actor("c", "C", Sector.PUBLIC, Set.of(Role.AUTHORITY), "", "SE")
        .actor("d", "D", Sector.BUSINESS, Set.of(Role.FIRM), "", "SE")
        .membership("a", "e")
        .membership("b", "e", 2017, null)
        .membership("c", "e", 2016, 2019)
        .membership("d", "f", 2021, 2024)
        .tie("a", "b", TieKind.RESEARCH, 2, 2016, null)
        .tie("a", "c", TieKind.COLLABORATION, 1, null, null)
        .tie("b", "c", TieKind.TRADE, 3, 2017, 2019)
        .tie("c", "d", TieKind.RESEARCH, 1, 2020, 2020)
        .tie("a", "d", TieKind.CAPITAL, 5, 2018, 2018)
        .build();
  }

  /** Each tie as "from-to kind since until", in order. */
  private static List<String> ties(EcosystemGraph g) {
    List<String> rows = new ArrayList<>();
    for (int t = 0; t < g.tieCount(); t++) {
      rows.add(
          g.actorId(g.tieFrom(t))
              + "-"
              + g.actorId(g.tieTo(t))
              + " "
              + g.tieKind(t).id()
              + " "
              + year(g.tieSince(t))
              + " "
              + year(g.tieUntil(t)));
    }
    return rows;
  }

  private static String year(int year) {
    return year == NO ? "-" : String.valueOf(year);
  }

  private static List<String> members(EcosystemGraph g, String ecosystem) {
    int e = g.ecosystemIndex(ecosystem).orElseThrow();
    return java.util.Arrays.stream(g.members(e)).mapToObj(g::actorId).toList();
  }

  @Test
  void beforeEveryDatedTieOnlyTheUndatedTieAndMembershipRemain() {
    EcosystemGraph g = graph().asOf(2015);

    assertThat(ties(g)).containsExactly("a-c collaboration - -");
    assertThat(members(g, "e")).containsExactly("a");
    assertThat(members(g, "f")).isEmpty();
    assertThat(g.actorCount()).isEqualTo(4);
    assertThat(g.ecosystemCount()).isEqualTo(2);
  }

  @Test
  void aTieEndingLaterWasOngoingThen() {
    EcosystemGraph g = graph().asOf(2018);

    assertThat(ties(g))
        .containsExactly(
            "a-b research 2016 -",
            "a-c collaboration - -",
            "b-c trade 2017 -",
            "a-d capital 2018 2018");
    assertThat(members(g, "e")).containsExactly("a", "b", "c");
    int c = g.actorIndex("c").orElseThrow();
    assertThat(g.membershipSince(c, 0)).isEqualTo(2016);
    assertThat(g.membershipUntil(c, 0)).isEqualTo(NO);
    // degree and adjacency are rebuilt: a has ties to b, c, d
    int a = g.actorIndex("a").orElseThrow();
    assertThat(g.degree(a)).isEqualTo(3);
  }

  @Test
  void endedTiesStayWithTheirEndAndEndedMembershipsGo() {
    EcosystemGraph g = graph().asOf(2021);

    assertThat(ties(g))
        .containsExactly(
            "a-b research 2016 -",
            "a-c collaboration - -",
            "b-c trade 2017 2019",
            "c-d research 2020 2020",
            "a-d capital 2018 2018");
    assertThat(members(g, "e")).containsExactly("a", "b");
    assertThat(members(g, "f")).containsExactly("d");
    assertThat(g.memberships(g.actorIndex("c").orElseThrow())).isEmpty();
  }

  @Test
  void aMembershipIsValidInItsFirstAndLastYear() {
    assertThat(members(graph().asOf(2016), "e")).containsExactly("a", "c");
    assertThat(members(graph().asOf(2019), "e")).containsExactly("a", "b", "c");
    assertThat(members(graph().asOf(2020), "e")).containsExactly("a", "b");
    assertThat(members(graph().asOf(2024), "f")).containsExactly("d");
    assertThat(members(graph().asOf(2025), "f")).isEmpty();
  }

  @Test
  void tieKindsKeepTheirIndicesEvenWhenNoTieOfAKindIsLeft() {
    EcosystemGraph whole = graph();
    EcosystemGraph early = whole.asOf(2015);

    assertThat(early.tieKinds()).isEqualTo(whole.tieKinds());
    assertThat(early.tieKindIndex(0)).isEqualTo(whole.tieKindIndex(1));
  }

  @Test
  void aYearAfterEveryTieGivesTheSameTiesWithEndsKept() {
    EcosystemGraph whole = graph();
    assertThat(ties(whole.asOf(2030))).isEqualTo(ties(whole));
  }

  @Test
  void yearsSpanEveryTieAndMembershipYear() {
    assertThat(graph().years()).contains(new YearRange(2016, 2024));
    assertThat(EcosystemGraph.builder().build().years()).isEmpty();
  }

  @Test
  void repeatedMembershipSpansItsPeriods() {
    EcosystemGraph g =
        EcosystemGraph.builder()
            .ecosystem("e", "E", "")
            .actor("a", "A", Sector.BUSINESS, Set.of(Role.FIRM), "", "SE")
            .membership("a", "e", 2018, 2019)
            .membership("a", "e", 2016, 2017)
            .build();

    assertThat(g.membershipCount()).isEqualTo(1);
    assertThat(g.membershipSince(0, 0)).isEqualTo(2016);
    assertThat(g.membershipUntil(0, 0)).isEqualTo(2019);
    assertThat(g.toBuilder().build().membershipUntil(0, 0)).isEqualTo(2019);
  }

  @Test
  void membershipEndingBeforeItBeginsIsRejected() {
    EcosystemGraph.Builder b =
        EcosystemGraph.builder()
            .ecosystem("e", "E", "")
            .actor("a", "A", Sector.BUSINESS, Set.of(Role.FIRM), "", "SE");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> b.membership("a", "e", 2020, 2019))
        .withMessageContaining("ends before it begins");
  }

  @Test
  void yearRangeRejectsAnEndBeforeItsStart() {
    assertThatIllegalArgumentException().isThrownBy(() -> new YearRange(2020, 2019));
    assertThat(new YearRange(2016, 2020).including(2026)).isEqualTo(new YearRange(2016, 2026));
    assertThat(new YearRange(2016, 2020).contains(2020)).isTrue();
    assertThat(new YearRange(2016, 2020).contains(2021)).isFalse();
  }
}

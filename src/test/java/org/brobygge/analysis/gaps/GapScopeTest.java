package org.brobygge.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * Who each scope admits, by hand on four actors: m a member of e (home country), o a member of
 * another ecosystem f (abroad, NO), n a member of none (home country), u a member of none with no
 * known country.
 */
class GapScopeTest {

  private static final HomeRegion HOME = new HomeRegion("SE332", "SE");
  private final EcosystemGraph graph =
      EcosystemGraph.builder()
          .ecosystem("e", "E", "SE332")
          .ecosystem("f", "F", "NO071")
          .actor("m", "M", Sector.BUSINESS, Set.of(Role.FIRM), "SE332", "SE")
          .actor("o", "O", Sector.BUSINESS, Set.of(Role.FIRM), "NO071", "NO")
          .actor("n", "N", Sector.BUSINESS, Set.of(Role.FIRM), "SE110", "SE")
          .actor("u", "U", Sector.BUSINESS, Set.of(Role.FIRM), null, null)
          .membership("m", "e")
          .membership("o", "f")
          .build();

  /** Whether the scope admits each of m, o, n, u across a gap of ecosystem e. */
  private String admittedFromE(GapScope scope) {
    StringBuilder in = new StringBuilder();
    for (String id : new String[] {"m", "o", "n", "u"}) {
      if (scope.admits(graph, HOME, graph.actorIndex(id).orElseThrow(), id.equals("m"))) {
        in.append(id);
      }
    }
    return in.toString();
  }

  @Test
  void eachScopeAdmitsItsActors() {
    assertThat(admittedFromE(GapScope.ANYWHERE)).isEqualTo("monu");
    assertThat(admittedFromE(GapScope.ECOSYSTEM)).isEqualTo("m");
    assertThat(admittedFromE(GapScope.HOME_COUNTRY)).isEqualTo("mn");
    assertThat(admittedFromE(GapScope.ABROAD)).isEqualTo("o"); // u's country is unknown
    assertThat(admittedFromE(GapScope.OTHER_ECOSYSTEMS)).isEqualTo("o"); // n, u: in none
  }

  @Test
  void membershipDecidesOnlyForTheEcosystemScopes() {
    for (GapScope scope : GapScope.values()) {
      boolean decides = scope == GapScope.ECOSYSTEM || scope == GapScope.OTHER_ECOSYSTEMS;
      assertThat(scope.admitsMembership(true) && scope.admitsMembership(false))
          .as(scope.name())
          .isEqualTo(!decides);
    }
    assertThat(GapScope.ECOSYSTEM.admitsMembership(true)).isTrue();
    assertThat(GapScope.OTHER_ECOSYSTEMS.admitsMembership(true)).isFalse();
  }

  /** 10 admitted ignoring membership, 3 of them members of the judged ecosystem. */
  @Test
  void countsAmongTheAdmittedFromTheMembersPart() {
    assertThat(GapScope.ANYWHERE.amongAdmitted(10, 3)).isEqualTo(10);
    assertThat(GapScope.HOME_COUNTRY.amongAdmitted(10, 3)).isEqualTo(10);
    assertThat(GapScope.ABROAD.amongAdmitted(10, 3)).isEqualTo(10);
    assertThat(GapScope.ECOSYSTEM.amongAdmitted(10, 3)).isEqualTo(3);
    assertThat(GapScope.OTHER_ECOSYSTEMS.amongAdmitted(10, 3)).isEqualTo(7);
  }
}

package org.brobygge.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;

class InterEcosystemMatrixTest {

  private static final GapDefinition INTER_ECOSYSTEM =
      DefaultGapDefinitions.at(2026).byId("inter_ecosystem").orElseThrow();

  /**
   * Ecosystems A, B, C, D. a1 in A, b1 in B, x in A and B, c1 in C, d1 in D (no ties). Ties: a1-b1,
   * x-c1, a1-x. By hand: degrees a1 2, b1 1, x 2, c1 1; m = 3; K_A = 2 + 2 = 4, K_B = 1 + 2 = 3,
   * K_C = 1, K_D = 0. Observed: a1-b1 gives {A,B}; x-c1 gives {A,C} and {B,C}; a1-x gives {A,B}
   * (A-A is no pair). So O_AB = 2, O_AC = 1, O_BC = 1, all pairs with D 0. Expected K_i K_j / 2m:
   * E_AB = 12/6 = 2, E_AC = 4/6, E_BC = 3/6, E_AD = 0.
   */
  private static EcosystemGraph network() {
    EcosystemGraph.Builder b = EcosystemGraph.builder();
    for (String e : new String[] {"A", "B", "C", "D"}) {
      b.ecosystem(e, e, "");
    }
    for (String a : new String[] {"a1", "b1", "x", "c1", "d1"}) {
      b.actor(a, a, Sector.BUSINESS, Set.of(Role.FIRM), "", "SE");
    }
    b.membership("a1", "A").membership("b1", "B").membership("x", "A").membership("x", "B");
    b.membership("c1", "C").membership("d1", "D");
    b.tie("a1", "b1", TieKind.RESEARCH, 1, null, null);
    b.tie("x", "c1", TieKind.TRADE, 1, null, null);
    b.tie("a1", "x", TieKind.COLLABORATION, 1, null, null);
    return b.build();
  }

  @Test
  void countsTiesBetweenEcosystemsAgainstTheNullModel() {
    InterEcosystemMatrix matrix = new InterEcosystemMatrix(network(), INTER_ECOSYSTEM);

    assertThat(matrix.ecosystemIds()).containsExactly("A", "B", "C", "D");
    assertThat(matrix.observed(0, 1)).isEqualTo(2);
    assertThat(matrix.observed(1, 0)).isEqualTo(2);
    assertThat(matrix.observed(0, 2)).isEqualTo(1);
    assertThat(matrix.observed(1, 2)).isEqualTo(1);
    assertThat(matrix.observed(0, 0)).isZero();
    assertThat(matrix.expected(0, 1)).isCloseTo(2.0, within(1e-12));
    assertThat(matrix.expected(0, 2)).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(matrix.expected(1, 2)).isCloseTo(3.0 / 6, within(1e-12));
    assertThat(matrix.expected(0, 3)).isZero();
  }

  @Test
  void listsThePairsThatNeverConnect() {
    InterEcosystemMatrix matrix = new InterEcosystemMatrix(network(), INTER_ECOSYSTEM);

    assertThat(matrix.neverConnected())
        .extracting(p -> p.a() + p.b())
        .containsExactly("AD", "BD", "CD");
  }

  @Test
  void ranksSpannersMembersOfBothFirstThenByTiesAcross() {
    InterEcosystemMatrix matrix = new InterEcosystemMatrix(network(), INTER_ECOSYSTEM);

    // x is in A and B; a1 (A) reaches B through b1 and through x; b1 (B) reaches A through a1.
    assertThat(matrix.spanners(0, 1))
        .extracting(s -> s.actorId() + ":" + s.memberOfBoth() + ":" + s.tiesAcross())
        .containsExactly("x:true:0", "a1:false:2", "b1:false:1");
    // A-C: x (in A) tied to c1; c1 (in C) tied to x, a member of A. Equal ties: by id.
    assertThat(matrix.spanners(2, 0))
        .extracting(s -> s.actorId() + ":" + s.tiesAcross())
        .containsExactly("c1:1", "x:1");
    assertThat(matrix.spanners(0, 3)).isEmpty();
  }
}

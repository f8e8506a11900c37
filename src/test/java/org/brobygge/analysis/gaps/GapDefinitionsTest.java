package org.brobygge.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.brobygge.model.Role;
import org.junit.jupiter.api.Test;

class GapDefinitionsTest {

  @Test
  void shipsTheSevenGapsWithStableIdsInStrategyOrder() {
    GapDefinitions definitions = DefaultGapDefinitions.at(2026);

    assertThat(definitions.ids())
        .containsExactly(
            "research",
            "education",
            "capital",
            "authority",
            "inter_firm",
            "inter_ecosystem",
            "global_market");
    GapDefinition capital = definitions.byId("capital").orElseThrow();
    assertThat(capital.source().anyRole())
        .isEqualTo(Set.of(Role.FIRM, Role.EDUCATION, Role.RESEARCH));
    assertThat(capital.source().noneOfRoles()).isEqualTo(Set.of(Role.CAPITAL));
    assertThat(capital.target().anyRole()).isEqualTo(Set.of(Role.CAPITAL));
    assertThat(capital.weakness().threshold("capital")).isEqualTo(0.5);
    assertThat(capital.weakness().threshold("research")).isEqualTo(1.0);
    assertThat(definitions.byId("inter_firm").orElseThrow().scope()).isEqualTo(GapScope.ECOSYSTEM);
    assertThat(definitions.byId("inter_ecosystem").orElseThrow().scope())
        .isEqualTo(GapScope.OTHER_ECOSYSTEMS);
    assertThat(definitions.byId("global_market").orElseThrow().scope()).isEqualTo(GapScope.ABROAD);
  }
}

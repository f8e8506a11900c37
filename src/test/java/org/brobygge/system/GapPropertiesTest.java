package org.brobygge.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brobygge.analysis.gaps.DefaultGapDefinitions;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapScope;
import org.brobygge.model.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The app's gap definitions: the shipped ones, with what a deployment sets under brobygge.gaps. */
class GapPropertiesTest {

  private static List<GapDefinition> bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("brobygge.gaps", GapProperties.class)
        .toDefinitions();
  }

  @Test
  void withoutOverridesTheShippedDefinitions() {
    assertThat(bind(Map.of())).isEqualTo(DefaultGapDefinitions.definitions());
  }

  @Test
  void anOverriddenFieldReplacesOnlyItself() {
    List<GapDefinition> definitions =
        bind(
            Map.of(
                "brobygge.gaps.definitions.research.weakness.ended-years-ago", "4",
                "brobygge.gaps.definitions.research.weakness.weight-at-or-below-by-kind.research",
                    "2",
                "brobygge.gaps.definitions.capital.source.not-roles", "authority"));

    GapDefinition research = definitions.get(0);
    assertThat(research.id()).isEqualTo("research");
    assertThat(research.weakness().endedYearsAgo()).isEqualTo(4);
    assertThat(research.weakness().threshold("research")).isEqualTo(2.0);
    assertThat(research.weakness().threshold("capital")).isEqualTo(0.5); // shipped, kept
    assertThat(research.weakness().threshold("project")).isEqualTo(1.0);
    assertThat(research.name()).isEqualTo("Research gap");
    assertThat(research.source().anyRole()).isEqualTo(Set.of(Role.FIRM));
    GapDefinition capital = definitions.get(2);
    assertThat(capital.source().anyRole())
        .isEqualTo(Set.of(Role.FIRM, Role.EDUCATION, Role.RESEARCH));
    assertThat(capital.source().noneOfRoles()).isEqualTo(Set.of(Role.AUTHORITY));
    assertThat(definitions.subList(3, 7))
        .isEqualTo(DefaultGapDefinitions.definitions().subList(3, 7));
  }

  @Test
  void anAddedGapFollowsTheShippedOnes() {
    List<GapDefinition> definitions =
        bind(
            Map.of(
                "brobygge.gaps.definitions.intermediary.source.roles", "firm",
                "brobygge.gaps.definitions.intermediary.target.roles", "intermediary",
                "brobygge.gaps.definitions.intermediary.scope", "home-country",
                "brobygge.gaps.definitions.intermediary.weakness.weight-at-or-below", "1",
                "brobygge.gaps.definitions.intermediary.weakness.ended-years-ago", "3"));

    assertThat(definitions).hasSize(8);
    assertThat(definitions.subList(0, 7)).isEqualTo(DefaultGapDefinitions.definitions());
    assertThat(definitions.get(7).id()).isEqualTo("intermediary");
    assertThat(definitions.get(7).scope()).isEqualTo(GapScope.HOME_COUNTRY);
  }

  @Test
  void aBadOverrideIsNamed() {
    assertThatThrownBy(() -> bind(Map.of("brobygge.gaps.definitions.research.scope", "nearby")))
        .hasMessageContaining("brobygge.gaps.definitions.research.scope 'nearby' is none of");
  }
}

package org.brobygge.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TieKindsTest {

  @Test
  void readsKnownRelationshipTypesWithTheirDirection() {
    TieKinds kinds = TieKinds.builtIn();

    assertThat(kinds.forRelationshipType("CAPITAL")).contains(TieKind.CAPITAL);
    assertThat(kinds.forRelationshipType("RESEARCH").orElseThrow().directed()).isFalse();
  }

  @Test
  void readsAHandWrittenTypeAsAnUndirectedKindAndRejectsANonIdentifier() {
    TieKinds kinds = TieKinds.builtIn();

    assertThat(kinds.forRelationshipType("MENTORING")).contains(new TieKind("mentoring", false));
    assertThat(kinds.forRelationshipType("MEMBER-OF")).isEmpty();
  }

  @Test
  void addsConfiguredKindsButRefusesToRedirectABuiltInOne() {
    TieKinds kinds = TieKinds.withExtra(List.of(new TieKind("supply", true)));

    assertThat(kinds.byId("supply").orElseThrow().directed()).isTrue();
    assertThat(kinds.ids()).startsWith("research").contains("supply");
    assertThatThrownBy(() -> TieKinds.withExtra(List.of(new TieKind("capital", false))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capital");
  }
}

package org.brobygge.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.junit.jupiter.api.Test;

class NameSearchTest {

  private static final EcosystemGraph GRAPH =
      EcosystemGraph.builder()
          .actor("rokeri", "Älvsbyns Rökeri AB", Sector.BUSINESS, EnumSet.of(Role.FIRM), "", "SE")
          .actor("oulu", "Oulun yliopisto", Sector.ACADEMIA, EnumSet.of(Role.RESEARCH), "", "FI")
          .actor(
              "ltu",
              "Luleå tekniska universitet",
              Sector.ACADEMIA,
              EnumSet.noneOf(Role.class),
              "",
              "SE")
          .actor("dk-1", "Øresund Æblegård ApS", Sector.BUSINESS, EnumSet.of(Role.FIRM), "", "DK")
          .actor("de-1", "Straße & Łódź GmbH", Sector.BUSINESS, EnumSet.of(Role.FIRM), "", "DE")
          .build();

  @Test
  void findsNamesTypedWithoutDiacriticsOrCase() {
    NameSearch search = new NameSearch(GRAPH);

    assertThat(search.matchingIds("alvsby")).containsExactly("rokeri");
    assertThat(search.matchingIds("ROKERI")).containsExactly("rokeri");
    assertThat(search.matchingIds("lulea")).containsExactly("ltu");
    assertThat(search.matchingIds("oresund aeblegard")).containsExactly("dk-1");
    assertThat(search.matchingIds("strasse")).containsExactly("de-1");
    assertThat(search.matchingIds("lodz")).containsExactly("de-1");
  }

  @Test
  void typedDiacriticsStillMatchAndIdsAreSearchedToo() {
    NameSearch search = new NameSearch(GRAPH);

    assertThat(search.matchingIds("Älvsbyns")).containsExactly("rokeri");
    assertThat(search.matchingIds("luleå")).containsExactly("ltu");
    assertThat(search.matchingIds("oulu")).containsExactly("oulu");
    assertThat(search.matchingIds("dk-")).containsExactly("dk-1");
    assertThat(search.matchingIds(" univ ")).containsExactly("ltu");
  }

  @Test
  void aCommonPieceMatchesSeveralAndNothingMatchesNothing() {
    NameSearch search = new NameSearch(GRAPH);

    assertThat(search.matchingIds("s")).hasSize(5);
    assertThat(search.matchingIds("zzz")).isEmpty();
    assertThat(search.matchingIds("   ")).isEmpty();
  }

  @Test
  void foldingFollowsUnicodeDecompositionAndTheNordicLetters() {
    // NFKD splits å, ä, ö, é into base letter + combining mark; ﬁ (ligature) into f + i.
    assertThat(NameSearch.fold("Åäö É ﬁ")).isEqualTo("aao e fi");
    assertThat(NameSearch.fold("ØÆŒÐÞß")).isEqualTo("oaeoedthss");
  }
}

package org.brobygge.ingest.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name and number rules of member-list matching, by hand. */
class MemberListImporterTest {

  @Test
  void namesCompareWithoutCaseDiacriticsPunctuationAndLegalForms() {
    assertThat(MemberListImporter.normalisedName("Luleå Tekniska Universitet"))
        .isEqualTo("lulea tekniska universitet");
    assertThat(MemberListImporter.normalisedName("Orbit Systems AB (publ)"))
        .isEqualTo("orbit systems");
    assertThat(MemberListImporter.normalisedName("Kemi-Tornio Oy")).isEqualTo("kemi tornio");
    assertThat(MemberListImporter.normalisedName("Nordic Fund, Ltd.")).isEqualTo("nordic fund");
    assertThat(MemberListImporter.normalisedName("Örebro Läns Ek. För.")).isEqualTo("orebro lans");
    // a name that is only a legal form keeps it, so it is not the empty name
    assertThat(MemberListImporter.normalisedName("AB")).isEqualTo("ab");
  }

  @Test
  void numbersCompareByDigitsWithTheSwedishVatSuffixDropped() {
    assertThat(MemberListImporter.number("556677-8899")).isEqualTo("5566778899");
    assertThat(MemberListImporter.number("SE556677889901")).isEqualTo("5566778899");
    assertThat(MemberListImporter.number("se 5566778899 01")).isEqualTo("5566778899");
    assertThat(MemberListImporter.number("FI12345678")).isEqualTo("12345678");
    assertThat(MemberListImporter.number("1234567-8")).isEqualTo("12345678");
    assertThat(MemberListImporter.number("")).isEmpty();
  }
}

package org.brobygge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.TieKinds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules a hostile or careless file meets: ids are keys (one charset, one length), numbers are
 * plain decimals, quoting is RFC 4180's, headers ignore case but may not take generated names, and
 * limits on columns, cells, ids and rows are checked while reading.
 */
class NativeCsvRulesTest {

  private static final byte[] TWO_ACTORS = csv("id,name,sector", "a,A,business", "b,B,academia");

  private final NativeCsvParser parser = new NativeCsvParser(TieKinds.builtIn());

  private static byte[] csv(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private List<ImportProblem> problems(NativeCsvParser parser, ImportFiles files) {
    try {
      parser.parse(files, NativeCsvParser.KnownIds.NONE);
    } catch (ImportRejectedException e) {
      return e.problems();
    }
    throw new AssertionError("expected the import to be rejected");
  }

  private List<ImportProblem> problems(ImportFiles files) {
    return problems(parser, files);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a b", "a|b", "a/b", "a\"b", "-a", "a\u0000b", "a\u0007", "a;b", "ä%"})
  void actorIdsOutsideTheCharsetAreRejectedWithTheRule(String id) {
    String cell = id.contains("\"") ? "\"" + id.replace("\"", "\"\"") + "\"" : id;
    byte[] actors = csv("id,name,sector", cell + ",X,business");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field)
        .contains(tuple(ImportFiles.ACTORS, 2L, "id"));
  }

  @Test
  void idsInAnyScriptWithDotsDashesAndColonsAreFine() {
    byte[] actors =
        csv(
            "id,name,sector",
            "älvsby-rökeri.ab,Älvsbyns Rökeri AB,business",
            "ltu:1_x,LTU,academia");

    EcosystemData data =
        parser.parse(ImportFiles.of(null, actors, null), NativeCsvParser.KnownIds.NONE);
    assertThat(data.actors()).hasSize(2);
  }

  @Test
  void aLineBreakInsideAnIdIsRejected() {
    byte[] actors = csv("id,name,sector", "\"a\nb\",X,business");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .extracting(ImportProblem::line, ImportProblem::field)
        .containsExactly(tuple(2L, "id"));
  }

  @Test
  void tieEndsAndTieIdsFollowTheSameRule() {
    byte[] ties = csv("id,from,to,kind", "t 1,a,b,trade", "t2,a,b c,trade");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .extracting(ImportProblem::line, ImportProblem::field)
        .containsExactly(tuple(2L, "id"), tuple(3L, "to"));
  }

  @Test
  void aNulByteInANameIsRejectedAndShownAsACodePoint() {
    byte[] actors = csv("id,name,sector", "a,Bad\u0000Name,business");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("name");
              assertThat(p.message()).contains("U+0000").doesNotContain("\u0000");
            });
  }

  @Test
  void aQuoteInsideAnUnquotedValueIsNamedWithItsLineAndColumn() {
    byte[] actors = csv("id,name,sector", "a,A,business", "b,Smith \"Jr\" AB,business");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3L);
              assertThat(p.field()).isEqualTo("name");
              assertThat(p.message()).contains("double quote", "\"\"");
            });
  }

  @Test
  void textAfterAClosingQuoteIsRejected() {
    byte[] actors = csv("id,name,sector", "b,\"Smith\" AB,business");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .extracting(ImportProblem::line, ImportProblem::field)
        .containsExactly(tuple(2L, "name"));
  }

  @Test
  void properlyQuotedQuotesSpacesAndLineBreaksAreFine() {
    byte[] actors =
        csv(
            "id,name,sector",
            "a, \"Smith \"\"Jr\"\" AB\" ,business",
            "b,\"Two\r\nlines\",academia");

    EcosystemData data =
        parser.parse(ImportFiles.of(null, actors, null), NativeCsvParser.KnownIds.NONE);
    assertThat(data.actors().get(0).name()).isEqualTo("Smith \"Jr\" AB");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x1p3", "NaN", "Infinity", "2.5f", "1d", "+2", "1,5", "٣"})
  void weightsMustBePlainDecimals(String weight) {
    byte[] ties = csv("from,to,kind,weight", "a,b,trade,\"" + weight + "\"");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .extracting(ImportProblem::line, ImportProblem::field)
        .containsExactly(tuple(2L, "weight"));
  }

  @Test
  void plainDecimalsInAnyNotationAreFine() {
    byte[] ties =
        csv(
            "id,from,to,kind,weight",
            "t1,a,b,trade,2",
            "t2,a,b,trade,0.5",
            "t3,a,b,trade,.5",
            "t4,a,b,trade,1e3",
            "t5,a,b,trade,2.");

    EcosystemData data =
        parser.parse(ImportFiles.of(null, TWO_ACTORS, ties), NativeCsvParser.KnownIds.NONE);
    assertThat(data.ties()).extracting(t -> t.weight()).containsExactly(2.0, 0.5, 0.5, 1000.0, 2.0);
  }

  @Test
  void yearsAndSizesMustBeAsciiDigits() {
    byte[] ties = csv("from,to,kind,since", "a,b,trade,+2019", "a,b,research,٢٠١٩");
    byte[] actors = csv("id,name,sector,size", "a,A,business,+5", "b,B,academia,٥");

    assertThat(problems(ImportFiles.of(null, actors, ties)))
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field)
        .contains(
            tuple(ImportFiles.ACTORS, 2L, "size"),
            tuple(ImportFiles.ACTORS, 3L, "size"),
            tuple(ImportFiles.TIES, 2L, "since"),
            tuple(ImportFiles.TIES, 3L, "since"));
  }

  @Test
  void headersIgnoreCase() {
    byte[] actors = csv("ID,Name,Sector,Ecosystems", "a,A,business,");

    EcosystemData data =
        parser.parse(ImportFiles.of(null, actors, null), NativeCsvParser.KnownIds.NONE);
    assertThat(data.actors()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("A"));
    assertThat(data.actors().get(0).attributes()).isEmpty();
  }

  @Test
  void aColumnDifferingFromABuiltInOnlyByCaseIsTheSameColumnTwice() {
    byte[] actors = csv("id,name,sector,NAME", "a,A,business,B");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(1L));
  }

  @ParameterizedTest
  @ValueSource(strings = {"score_pagerank", "Score_Degree", "scoresVersion", "importId"})
  void generatedPropertyNamesCannotBeColumns(String column) {
    byte[] actors = csv("id,name,sector," + column, "a,A,business,1");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .extracting(ImportProblem::line, ImportProblem::field)
        .containsExactly(tuple(1L, column));
  }

  @Test
  void tooManyColumnsStopBeforeAnyRowIsRead() {
    StringBuilder header = new StringBuilder("id,name,sector");
    for (int i = 0; i < 300; i++) {
      header.append(",c").append(i);
    }
    byte[] actors = csv(header.toString(), "a,A,business");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1L);
              assertThat(p.message()).contains("303 columns", "256", "brobygge.import.max-columns");
            });
  }

  @Test
  void limitsOnCellsIdsAndRowsNameTheSettingToRaise() {
    NativeCsvParser small =
        new NativeCsvParser(TieKinds.builtIn(), new NativeCsvParser.Limits(10, 20, 5, 2));

    assertThat(
            problems(
                small,
                ImportFiles.of(
                    null, csv("id,name,sector", "a," + "x".repeat(21) + ",business"), null)))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("21 characters", "max-cell-length"));
    assertThat(
            problems(small, ImportFiles.of(null, csv("id,name,sector", "abcdef,A,business"), null)))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("max-id-length"));
    assertThat(
            problems(
                small,
                ImportFiles.of(
                    null,
                    csv("id,name,sector", "a,A,business", "b,B,business", "c,C,business"),
                    null)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(4L);
              assertThat(p.message()).contains("more than 2 rows", "max-rows");
            });
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> new NativeCsvParser.Limits(0, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A database, as the parser sees it, holding only the ties {@code ties} (id to signature). */
  private static NativeCsvParser.KnownIds holdingTies(java.util.Map<String, String> ties) {
    return new NativeCsvParser.KnownIds() {
      @Override
      public java.util.Set<String> existingActors(java.util.Collection<String> ids) {
        return java.util.Set.of();
      }

      @Override
      public java.util.Set<String> existingEcosystems(java.util.Collection<String> ids) {
        return java.util.Set.of();
      }

      @Override
      public java.util.Map<String, String> existingTies(java.util.Collection<String> ids) {
        return ties;
      }
    };
  }

  /** One research tie t1 between a and b. */
  private static final NativeCsvParser.KnownIds ONE_TIE =
      holdingTies(java.util.Map.of("t1", "research a b"));

  @Test
  void aTieIdInTheDatabaseMayNameOnlyThatTie() {
    byte[] actors = csv("id,name,sector", "a,A,business", "b,B,academia", "c,C,public");
    byte[] ties = csv("id,from,to,kind", "t1,b,a,research", "t2,a,c,trade");
    // the same research tie given the other way round is that tie again
    assertThat(parser.parse(ImportFiles.of(null, actors, ties), ONE_TIE).ties()).hasSize(2);

    byte[] otherPair = csv("id,from,to,kind", "t2,a,c,trade", "t1,a,c,research");
    byte[] otherKind = csv("id,from,to,kind", "t1,a,b,education");
    for (byte[] bad : List.of(otherPair, otherKind)) {
      try {
        parser.parse(ImportFiles.of(null, actors, bad), ONE_TIE);
        throw new AssertionError("expected a rejection");
      } catch (ImportRejectedException e) {
        assertThat(e.problems())
            .singleElement()
            .satisfies(
                p -> {
                  assertThat(p.file()).isEqualTo(ImportFiles.TIES);
                  assertThat(p.field()).isEqualTo("id");
                  assertThat(p.message()).contains("t1", "research tie between a and b");
                });
      }
    }
    // a directed kind given the other way round is another tie
    NativeCsvParser.KnownIds trade = holdingTies(java.util.Map.of("t9", "trade a b"));
    assertThatThrownBy(
            () ->
                parser.parse(
                    ImportFiles.of(null, actors, csv("id,from,to,kind", "t9,b,a,trade")), trade))
        .isInstanceOf(ImportRejectedException.class);
  }
}

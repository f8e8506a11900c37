package org.brobygge.ingest;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.TieKinds;
import org.junit.jupiter.api.Test;

/**
 * The native files as Swedish and Finnish Excel save them: {@code ;} between cells, {@code ,} as
 * the decimal mark, CRLF line ends, UTF-8 with a byte order mark; and the encodings that are
 * refused with their name. Expected values are written by hand from the rows.
 */
class CsvDialectTest {

  private static final String ACTORS = ImportFiles.ACTORS;
  private static final String TIES = ImportFiles.TIES;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final NativeCsvParser parser = new NativeCsvParser(TieKinds.builtIn());

  @Test
  void readsWhatNordicExcelSaves() {
    // Excel (sv-SE) "CSV UTF-8": BOM, ';', CRLF, decimal comma; a quoted ';' inside a name
    byte[] actors =
        crlf(
            BOM,
            "id;name;sector;roles",
            "ltu;Luleå tekniska universitet;academia;research|education",
            "ssc;\"Swedish Space; Corp\";business;firm");
    byte[] ties = crlf(BOM, "from;to;kind;weight;since", "ltu;ssc;research;1,5;2019");

    EcosystemData data = parser.parse(ImportFiles.of(null, actors, ties), none());

    assertThat(data.actors())
        .extracting(a -> a.name())
        .containsExactly("Luleå tekniska universitet", "Swedish Space; Corp");
    assertThat(data.ties())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.weight()).isEqualTo(1.5);
              assertThat(t.since()).isEqualTo(2019);
            });
  }

  @Test
  void readsSemicolonFileWithDecimalPointsUsedThroughout() {
    byte[] ties = lf("from;to;kind;weight", "a;b;research;2.5", "b;c;trade;0.25");

    EcosystemData data = parser.parse(ImportFiles.of(null, threeActors(), ties), none());

    assertThat(data.ties()).extracting(t -> t.weight()).containsExactly(2.5, 0.25);
  }

  @Test
  void readsCommaFileWithWindowsLineEndsAndBomAsBefore() {
    byte[] ties = crlf(BOM, "from,to,kind,weight", "a,b,research,2.5", "b,c,trade,x");

    List<ImportProblem> problems = problems(ImportFiles.of(null, threeActors(), ties), null);

    // CRLF does not shift the line count: the bad weight is on line 3
    assertThat(problems).singleElement().satisfies(p -> assertProblem(p, TIES, 3, "weight"));
  }

  @Test
  void mixedDecimalMarksInOneSemicolonFileAreAnErrorNamingBothLines() {
    byte[] ties = lf("from;to;kind;weight", "a;b;research;1,5", "b;c;trade;2.5");

    assertThat(problems(ImportFiles.of(null, threeActors(), ties), null))
        .singleElement()
        .satisfies(
            p ->
                assertProblem(
                    p, TIES, 3, "weight", "'2.5' uses '.'", "line 2 uses ','", "decimal="));
  }

  @Test
  void bothMarksInOneNumberAreAnError() {
    byte[] ties = lf("from;to;kind;weight", "a;b;research;1.234,5");

    assertThat(problems(ImportFiles.of(null, threeActors(), ties), null))
        .singleElement()
        .satisfies(p -> assertProblem(p, TIES, 2, "weight", "both '.' and ','", "1234,5"));
  }

  @Test
  void statedDecimalIsHeldTo() {
    byte[] ties = lf("from;to;kind;weight", "a;b;research;1,5", "b;c;trade;2.5");

    byte[] actors = lf("id;name;sector", "a;A;business", "b;B;academia", "c;C;public");
    assertThat(problems(ImportFiles.of(null, actors, ties), CsvDialect.of(null, ",")))
        .singleElement()
        .satisfies(p -> assertProblem(p, TIES, 3, "weight", "states decimal=,", "2,5"));
    EcosystemData data =
        parser.parse(
            ImportFiles.of(null, actors, lf("from;to;kind;weight", "a;b;research;2.5")),
            none(),
            CsvDialect.of(";", "."));
    assertThat(data.ties().getFirst().weight()).isEqualTo(2.5);
  }

  @Test
  void decimalCommaInCommaFileNeedsQuotesAndTheParameter() {
    byte[] ties = lf("from,to,kind,weight", "a,b,research,\"1,5\"");

    assertThat(problems(ImportFiles.of(null, threeActors(), ties), null))
        .singleElement()
        .satisfies(p -> assertProblem(p, TIES, 2, "weight", "comma-separated", "decimal=,"));
    EcosystemData data =
        parser.parse(ImportFiles.of(null, threeActors(), ties), none(), CsvDialect.of(",", ","));
    assertThat(data.ties().getFirst().weight()).isEqualTo(1.5);
  }

  @Test
  void headerWithBothSeparatorsIsAnError() {
    byte[] actors = lf("id;name,sector", "a;A,business");

    assertThat(problems(ImportFiles.of(null, actors, null), null))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 1, "", "both ',' and ';'", "delimiter="));
  }

  @Test
  void statedSeparatorWinsOverTheHeader() {
    byte[] actors = lf("id;name;sector", "a;A;business");

    assertThat(problems(ImportFiles.of(null, actors, null), CsvDialect.of(",", null)))
        .singleElement()
        .satisfies(
            p -> assertProblem(p, ACTORS, 1, "", "separated by ';'", "delimiter=, was stated"));
    assertThat(parser.parse(ImportFiles.of(null, actors, null), none(), CsvDialect.of(";", null)))
        .satisfies(d -> assertThat(d.actors()).hasSize(1));
  }

  @Test
  void tabSeparatedFileIsDetected() {
    byte[] actors = lf("id\tname\tsector", "a\tA\tbusiness");

    assertThat(parser.parse(ImportFiles.of(null, actors, null), none()).actors())
        .extracting(a -> a.name())
        .containsExactly("A");
  }

  @Test
  void quotingRulesFollowTheSeparator() {
    byte[] actors = lf("id;name;sector", "a;Smith \"Jr\" AB;business");

    assertThat(problems(ImportFiles.of(null, actors, null), null))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 2, "name", "double quote inside a value"));
  }

  @Test
  void utf16WithByteOrderMarkIsNamed() {
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "id;name;sector\n".getBytes(UTF_16LE));
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "id;name;sector\n".getBytes(UTF_16BE));

    assertThat(problems(ImportFiles.of(null, le, null), null))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 1, "", "UTF-16 little-endian", "CSV UTF-8"));
    assertThat(problems(ImportFiles.of(null, be, null), null))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 1, "", "UTF-16 big-endian", "CSV UTF-8"));
  }

  @Test
  void utf16WithoutByteOrderMarkIsNamedByItsNulBytes() {
    byte[] le = "id,name,sector\na,A,business\n".getBytes(UTF_16LE);

    assertThat(problems(ImportFiles.of(null, le, null), null))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 1, "", "UTF-16 little-endian", "NUL"));
  }

  @Test
  void windows1252FileIsNamedWithTheLineOfTheFirstBadByte() {
    byte[] actors =
        "id;name;sector\na;A;business\nb;Kemi–Tornio;public\n"
            .getBytes(Charset.forName("windows-1252"));

    // the en dash is the single byte 0x96 in Windows-1252, on line 3
    assertThat(problems(ImportFiles.of(null, actors, null), null))
        .singleElement()
        .satisfies(
            p ->
                assertProblem(
                    p, ACTORS, 3, "", "byte 0x96", "'–'", "Windows-1252", "Latin-1", "iconv"));
  }

  @Test
  void parametersAcceptCharactersAndNames() {
    assertThat(CsvDialect.of("semicolon", "comma")).isEqualTo(new CsvDialect(';', ','));
    assertThat(CsvDialect.of(";", ",")).isEqualTo(new CsvDialect(';', ','));
    assertThat(CsvDialect.of(null, "")).isEqualTo(CsvDialect.AUTO);
    assertThat(CsvDialect.of("auto", "auto")).isEqualTo(CsvDialect.AUTO);
    assertThatThrownBy(() -> CsvDialect.of("|", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("';' (semicolon)");
    assertThatThrownBy(() -> CsvDialect.of(null, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("',' (comma)");
  }

  private static byte[] threeActors() {
    return lf("id,name,sector", "a,A,business", "b,B,academia", "c,C,public");
  }

  private List<ImportProblem> problems(ImportFiles files, CsvDialect dialect) {
    ImportRejectedException e =
        catchThrowableOfType(
            ImportRejectedException.class,
            () -> parser.parse(files, none(), dialect == null ? CsvDialect.AUTO : dialect));
    assertThat(e).as("the import should have been rejected").isNotNull();
    return e.problems();
  }

  private static void assertProblem(
      ImportProblem p, String file, long line, String field, String... messageParts) {
    assertThat(p.file()).as("file of %s", p).isEqualTo(file);
    assertThat(p.line()).as("line of %s", p).isEqualTo(line);
    assertThat(p.field()).as("field of %s", p).isEqualTo(field);
    if (messageParts.length > 0) {
      assertThat(p.message()).contains(messageParts);
    }
  }

  private static NativeCsvParser.KnownIds none() {
    return NativeCsvParser.KnownIds.NONE;
  }

  private static byte[] lf(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(UTF_8);
  }

  private static byte[] crlf(byte[] prefix, String... lines) {
    return concat(prefix, (String.join("\r\n", lines) + "\r\n").getBytes(UTF_8));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}

package org.brobygge.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brobygge.model.Actor;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;
import org.brobygge.model.TieKinds;
import org.junit.jupiter.api.Test;

class NativeCsvParserTest {

  private static final String ACTORS = ImportFiles.ACTORS;
  private static final String TIES = ImportFiles.TIES;
  private static final String ECOSYSTEMS = ImportFiles.ECOSYSTEMS;

  private static final String ACTOR_HEADER =
      "id,name,sector,roles,region,country,ecosystems,size,sme,website";
  private static final String TIE_HEADER = "id,from,to,kind,weight,since,until,source";

  /** Two valid actors, for tie tests: a and b. */
  private static final byte[] TWO_ACTORS = csv("id,name,sector", "a,A,business", "b,B,academia");

  private final NativeCsvParser parser = new NativeCsvParser(TieKinds.builtIn());

  // ---- a valid import

  @Test
  void theIdCheckAgreesWithTheIdPattern() {
    // The pattern is the rule; the hand-written check must say the same, for ASCII, letters and
    // numbers of other scripts (also beyond U+FFFF), marks, symbols and lone surrogates.
    int[] alphabet = {
      'a',
      'Z',
      '0',
      '9',
      '.',
      '_',
      ':',
      '-',
      '|',
      ' ',
      '/',
      '"',
      '+',
      '\t',
      'é',
      'ß',
      'Ж',
      '語',
      '٣' /* Arabic-Indic digit, Nd */,
      'Ⅻ' /* Nl */,
      '²' /* No */,
      '½' /* No */,
      '\u0301' /* combining acute, Mn */,
      '\u00A0',
      '€',
      '\uD800' /* lone surrogate */,
      0x1D400 /* mathematical bold A, Lu */,
      0x10107 /* Aegean number one, No */,
      0x1F600 /* emoji, So */
    };
    java.util.Random random = new java.util.Random(42);
    List<String> ids = new ArrayList<>(List.of("", "a", "-a", "a-", "ab.c_d:e-f", "Ⅻ", "²x"));
    for (int n = 0; n < 200_000; n++) {
      StringBuilder id = new StringBuilder();
      int length = random.nextInt(5);
      for (int i = 0; i < length; i++) {
        id.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
      }
      ids.add(id.toString());
    }
    assertAgrees(NativeCsvParser.ID, NativeCsvParser::isWellFormedId, ids);
  }

  /**
   * {@code check} answers as {@code pattern} matches, for every text; and both answers occur often
   * enough (a twentieth of the texts at least) for the comparison to mean something.
   */
  private static void assertAgrees(
      java.util.regex.Pattern pattern,
      java.util.function.Predicate<String> check,
      List<String> texts) {
    int matching = 0;
    for (String text : texts) {
      boolean expected = pattern.matcher(text).matches();
      assertThat(check.test(text)).as("'%s'", text).isEqualTo(expected);
      matching += expected ? 1 : 0;
    }
    assertThat(matching).isBetween(texts.size() / 20, texts.size() - texts.size() / 20);
  }

  @Test
  void theWholeNumberCheckAgreesWithItsPattern() {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "", "0", "2021", "123456789", "1234567890", "-1", "+1", " 1", "1 ", "٣", "1e3"));
    java.util.Random random = new java.util.Random(7);
    String alphabet = "0123456789-+. x٣";
    for (int n = 0; n < 100_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.append(
            random.nextInt(10) < 8
                ? (char) ('0' + random.nextInt(10))
                : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    assertAgrees(NativeCsvParser.WHOLE, NativeCsvParser::isWhole, texts);
  }

  @Test
  void parsesValidImportIntoRecords() {
    byte[] ecosystems = csv("id,name,region", "space,Space,SE332", "mining,Mining,");
    byte[] actors =
        csv(
            ACTOR_HEADER + ",founded",
            "ltu,Luleå tekniska universitet,academia,research | education,SE332,SE,"
                + "space|mining,1700,false,https://ltu.se,1971",
            "ssc,SSC,business,,,,,,,,");
    byte[] ties =
        csv(
            TIE_HEADER,
            ",ltu,ssc,research,2.5,2015,2020,survey",
            ",ssc,ltu,collaboration,,,,",
            "t-cap,ssc,ltu,capital,,2021,,");

    EcosystemData data =
        parser.parse(ImportFiles.of(ecosystems, actors, ties), NativeCsvParser.KnownIds.NONE);

    assertThat(data.ecosystems())
        .extracting(e -> e.id(), e -> e.name(), e -> e.region())
        .containsExactly(tuple("space", "Space", "SE332"), tuple("mining", "Mining", ""));

    Actor ltu = data.actors().get(0);
    assertThat(ltu.id()).isEqualTo("ltu");
    assertThat(ltu.name()).isEqualTo("Luleå tekniska universitet");
    assertThat(ltu.sector()).isEqualTo(Sector.ACADEMIA);
    assertThat(ltu.roles()).containsExactlyInAnyOrder(Role.RESEARCH, Role.EDUCATION);
    assertThat(ltu.region()).isEqualTo("SE332");
    assertThat(ltu.country()).isEqualTo("SE");
    assertThat(ltu.ecosystems()).containsExactly("space", "mining");
    // size is a whole number, sme a boolean, website and any extra column are kept as text
    assertThat(ltu.attributes())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("size", 1700, "sme", false, "website", "https://ltu.se", "founded", "1971"));
    assertThat(ltu.attributes().get("size")).isInstanceOf(Integer.class);
    assertThat(ltu.attributes().get("sme")).isInstanceOf(Boolean.class);

    Actor ssc = data.actors().get(1);
    assertThat(ssc.roles()).isEmpty();
    assertThat(ssc.ecosystems()).isEmpty();
    assertThat(ssc.attributes()).isEmpty(); // empty optional cells are left out, not stored as ""
    assertThat(ssc.region()).isEmpty();

    assertThat(data.ties()).hasSize(3);
    Tie research = data.ties().get(0);
    // no id given: kind, ends in sorted order (research is undirected), years, source
    assertThat(research.id()).isEqualTo("research|ltu|ssc|2015|2020|survey");
    assertThat(research.from()).isEqualTo("ltu");
    assertThat(research.to()).isEqualTo("ssc");
    assertThat(research.kind()).isEqualTo(TieKind.RESEARCH);
    assertThat(research.weight()).isEqualTo(2.5);
    assertThat(research.since()).isEqualTo(2015);
    assertThat(research.until()).isEqualTo(2020);
    assertThat(research.source()).isEqualTo("survey");

    Tie collaboration = data.ties().get(1);
    assertThat(collaboration.weight()).isEqualTo(1.0); // default when the cell is empty
    assertThat(collaboration.since()).isNull();
    assertThat(collaboration.until()).isNull();
    assertThat(collaboration.source()).isEmpty();
    assertThat(collaboration.from()).isEqualTo("ssc"); // stored as the file gives it

    Tie capital = data.ties().get(2);
    assertThat(capital.id()).isEqualTo("t-cap");
    assertThat(capital.kind()).isEqualTo(TieKind.CAPITAL);
    assertThat(capital.since()).isEqualTo(2021);
    assertThat(capital.until()).isNull();
  }

  @Test
  void acceptsAnyOneFileOnItsOwn() {
    EcosystemData data =
        parser.parse(ImportFiles.of(null, TWO_ACTORS, null), NativeCsvParser.KnownIds.NONE);

    assertThat(data.ecosystems()).isEmpty();
    assertThat(data.actors()).extracting(Actor::id).containsExactly("a", "b");
    assertThat(data.ties()).isEmpty();
  }

  @Test
  void listsARepeatedEcosystemOfAnActorOnce() {
    byte[] ecosystems = csv("id,name", "space,Space");
    byte[] actors = csv("id,name,sector,ecosystems", "a,A,business,space|space");

    EcosystemData data = parser.parse(ImportFiles.of(ecosystems, actors, null), none());

    assertThat(data.actors().getFirst().ecosystems()).containsExactly("space");
  }

  @Test
  void derivesTheSameIdForBothOrdersOfAnUndirectedTie() {
    String ab = NativeCsvParser.derivedTieId(TieKind.RESEARCH, "a", "b", 2020, null, "");
    String ba = NativeCsvParser.derivedTieId(TieKind.RESEARCH, "b", "a", 2020, null, "");

    assertThat(ab).isEqualTo(ba);
  }

  @Test
  void derivesDifferentIdsForTheTwoDirectionsOfADirectedTie() {
    String ab = NativeCsvParser.derivedTieId(TieKind.CAPITAL, "a", "b", null, null, "");
    String ba = NativeCsvParser.derivedTieId(TieKind.CAPITAL, "b", "a", null, null, "");

    assertThat(ab).isNotEqualTo(ba);
  }

  @Test
  void derivesDifferentIdsForTiesThatDifferOnlyInYearsOrSource() {
    String plain = NativeCsvParser.derivedTieId(TieKind.RESEARCH, "a", "b", null, null, "");

    assertThat(NativeCsvParser.derivedTieId(TieKind.RESEARCH, "a", "b", 2020, null, ""))
        .isNotEqualTo(plain);
    assertThat(NativeCsvParser.derivedTieId(TieKind.RESEARCH, "a", "b", null, 2020, ""))
        .isNotEqualTo(plain)
        .isNotEqualTo(NativeCsvParser.derivedTieId(TieKind.RESEARCH, "a", "b", 2020, null, ""));
    assertThat(NativeCsvParser.derivedTieId(TieKind.RESEARCH, "a", "b", null, null, "cordis"))
        .isNotEqualTo(plain);
  }

  @Test
  void derivesDifferentIdsWhenAnIdContainsTheSeparator() {
    // "a|b" to "c" and "a" to "b|c" would both read research|a|b|c||| if '|' were not escaped
    assertThat(NativeCsvParser.derivedTieId(TieKind.RESEARCH, "a|b", "c", null, null, ""))
        .isNotEqualTo(NativeCsvParser.derivedTieId(TieKind.RESEARCH, "a", "b|c", null, null, ""));
  }

  @Test
  void reportsTheReversedRowOfAnUndirectedTieAsTheSameTie() {
    byte[] ties = csv("from,to,kind", "a,b,research", "b,a,research");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(TIES);
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.message()).contains("the same tie as line 2", "'id' column");
            });
  }

  @Test
  void keepsBothDirectionsOfADirectedTie() {
    byte[] ties = csv("from,to,kind", "a,b,capital", "b,a,capital");

    EcosystemData data = parser.parse(ImportFiles.of(null, TWO_ACTORS, ties), none());

    assertThat(data.ties())
        .extracting(Tie::from, Tie::to)
        .containsExactly(tuple("a", "b"), tuple("b", "a"));
  }

  @Test
  void keepsIdenticalRowsThatGiveDifferentIds() {
    byte[] ties = csv("id,from,to,kind", "t1,a,b,research", "t2,a,b,research");

    EcosystemData data = parser.parse(ImportFiles.of(null, TWO_ACTORS, ties), none());

    assertThat(data.ties()).extracting(Tie::id).containsExactly("t1", "t2");
  }

  @Test
  void reportsDuplicateTieIdWithItsFirstLine() {
    byte[] ties = csv("id,from,to,kind", "t1,a,b,research", "t1,a,b,trade");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .singleElement()
        .satisfies(p -> assertProblem(p, TIES, 3, "id", "duplicate id 't1'", "line 2"));
  }

  @Test
  void acceptsAUtf8ByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] ecosystems = concat(bom, csv("id,name", "space,Space"));

    EcosystemData data = parser.parse(ImportFiles.of(ecosystems, null, null), none());

    assertThat(data.ecosystems()).extracting(e -> e.id()).containsExactly("space");
  }

  @Test
  void acceptsWindowsLineEndings() {
    byte[] actors = "id,name,sector\r\na,A,business\r\nb,B,public\r\n".getBytes(UTF_8);

    EcosystemData data = parser.parse(ImportFiles.of(null, actors, null), none());

    assertThat(data.actors()).extracting(Actor::id).containsExactly("a", "b");
  }

  @Test
  void acceptsTieEndsThatOnlyTheDatabaseKnows() {
    byte[] ties = csv("from,to,kind", "a,stored,research");
    List<String> asked = new ArrayList<>();
    NativeCsvParser.KnownIds database =
        new StubKnownIds(Set.of("stored"), Set.of()) {
          @Override
          public Set<String> existingActors(Collection<String> ids) {
            asked.addAll(ids);
            return super.existingActors(ids);
          }
        };

    EcosystemData data = parser.parse(ImportFiles.of(null, TWO_ACTORS, ties), database);

    assertThat(data.ties()).extracting(Tie::to).containsExactly("stored");
    assertThat(asked).containsExactly("stored"); // only ids the files do not define are looked up
  }

  @Test
  void acceptsMembershipOfAnEcosystemThatOnlyTheDatabaseKnows() {
    byte[] actors = csv("id,name,sector,ecosystems", "a,A,business,stored");

    EcosystemData data =
        parser.parse(
            ImportFiles.of(null, actors, null), new StubKnownIds(Set.of(), Set.of("stored")));

    assertThat(data.actors().getFirst().ecosystems()).containsExactly("stored");
  }

  // ---- problems, one kind at a time

  @Test
  void reportsUnknownSectorWithValidChoices() {
    byte[] actors = csv("id,name,sector", "a,A,industry");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(
            p ->
                assertProblem(
                    p,
                    ACTORS,
                    2,
                    "sector",
                    "unknown sector 'industry'",
                    "academia, business, public, civil_society"));
  }

  @Test
  void reportsSectorInTheWrongCaseAsUnknown() {
    byte[] actors = csv("id,name,sector", "a,A,Business");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 2, "sector", "unknown sector 'Business'"));
  }

  @Test
  void reportsUnknownRoleWithValidChoices() {
    byte[] actors = csv("id,name,sector,roles", "a,A,business,firm|wizard");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(
            p ->
                assertProblem(
                    p,
                    ACTORS,
                    2,
                    "roles",
                    "unknown role 'wizard'",
                    "research, education, capital, authority, firm, intermediary",
                    "'|'"));
  }

  @Test
  void reportsUnknownTieKindWithValidChoices() {
    byte[] ties = csv("from,to,kind", "a,b,friendship");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .singleElement()
        .satisfies(
            p ->
                assertProblem(
                    p,
                    TIES,
                    2,
                    "kind",
                    "unknown tie kind 'friendship'",
                    "research, education, capital, authority, trade, collaboration"));
  }

  @Test
  void acceptsAConfiguredExtraTieKind() {
    NativeCsvParser extended =
        new NativeCsvParser(TieKinds.withExtra(List.of(new TieKind("mentoring", true))));
    byte[] ties = csv("from,to,kind", "a,b,mentoring");

    EcosystemData data = extended.parse(ImportFiles.of(null, TWO_ACTORS, ties), none());

    assertThat(data.ties().getFirst().kind()).isEqualTo(new TieKind("mentoring", true));
  }

  @Test
  void reportsTieEndThatIsNeitherInTheFileNorInTheDatabase() {
    byte[] ties = csv("from,to,kind", "a,b,research", "ghost,a,research");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .singleElement()
        .satisfies(
            p ->
                assertProblem(
                    p, TIES, 3, "from", "unknown actor 'ghost'", "actors.csv", "database"));
  }

  @Test
  void reportsBothDanglingEndsOfATie() {
    byte[] ties = csv("from,to,kind", "x,y,research");

    assertThat(problems(ImportFiles.of(null, null, ties)))
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field)
        .containsExactly(tuple(TIES, 2L, "from"), tuple(TIES, 2L, "to"));
  }

  @Test
  void reportsMembershipOfUnknownEcosystem() {
    byte[] ecosystems = csv("id,name", "space,Space");
    byte[] actors = csv("id,name,sector,ecosystems", "a,A,business,space|moon");

    assertThat(problems(ImportFiles.of(ecosystems, actors, null)))
        .singleElement()
        .satisfies(
            p ->
                assertProblem(
                    p, ACTORS, 2, "ecosystems", "unknown ecosystem 'moon'", "ecosystems.csv"));
  }

  @Test
  void reportsMissingRequiredColumnOnTheHeaderLine() {
    byte[] actors = csv("id,name,roles", "a,A,firm");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(
            p ->
                assertProblem(
                    p, ACTORS, 1, "sector", "missing column 'sector'", "found: id,name,roles"));
  }

  @Test
  void reportsEmptyRequiredCell() {
    byte[] actors = csv("id,name,sector", "a,,business");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 2, "name", "'name' is required"));
  }

  @Test
  void reportsWeightWithDecimalCommaAndShowsTheDecimalPoint() {
    byte[] ties = csv("from,to,kind,weight", "a,b,research,\"1,5\"");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .singleElement()
        .satisfies(p -> assertProblem(p, TIES, 2, "weight", "'1,5' is not a number", "'.'", "2.5"));
  }

  @Test
  void reportsZeroAndNegativeWeights() {
    byte[] ties = csv("from,to,kind,weight", "a,b,research,0", "a,b,trade,-2");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .extracting(ImportProblem::line, ImportProblem::field, ImportProblem::message)
        .containsExactly(
            tuple(2L, "weight", "weight must be a number greater than 0, not 0"),
            tuple(3L, "weight", "weight must be a number greater than 0, not -2"));
  }

  @Test
  void reportsNonFiniteWeights() {
    byte[] ties = csv("from,to,kind,weight", "a,b,research,NaN", "a,b,trade,Infinity");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .extracting(ImportProblem::line, ImportProblem::field)
        .containsExactly(tuple(2L, "weight"), tuple(3L, "weight"));
  }

  @Test
  void reportsSinceThatIsNotAYear() {
    byte[] ties = csv("from,to,kind,since", "a,b,research,last year");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .singleElement()
        .satisfies(
            p -> assertProblem(p, TIES, 2, "since", "'last year' is not a year such as 2021"));
  }

  @Test
  void reportsYearOutsideThePlausibleRange() {
    byte[] ties = csv("from,to,kind,until", "a,b,research,21");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .singleElement()
        .satisfies(p -> assertProblem(p, TIES, 2, "until", "year 21 is outside 1800..2200"));
  }

  @Test
  void reportsUntilBeforeSince() {
    byte[] ties = csv("from,to,kind,since,until", "a,b,research,2020,2019");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .singleElement()
        .satisfies(p -> assertProblem(p, TIES, 2, "until", "until 2019 is before since 2020"));
  }

  @Test
  void acceptsTieThatStartsAndEndsInTheSameYear() {
    byte[] ties = csv("from,to,kind,since,until", "a,b,research,2020,2020");

    EcosystemData data = parser.parse(ImportFiles.of(null, TWO_ACTORS, ties), none());

    assertThat(data.ties().getFirst().until()).isEqualTo(2020);
  }

  @Test
  void reportsDuplicateActorIdNamingTheFirstLine() {
    byte[] actors = csv("id,name,sector", "a,A,business", "b,B,public", "a,Again,academia");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(
            p -> assertProblem(p, ACTORS, 4, "id", "duplicate id 'a'", "first used on line 2"));
  }

  @Test
  void reportsDuplicateEcosystemIdNamingTheFirstLine() {
    byte[] ecosystems = csv("id,name", "space,Space", "space,Space again");

    assertThat(problems(ImportFiles.of(ecosystems, null, null)))
        .singleElement()
        .satisfies(
            p ->
                assertProblem(
                    p, ECOSYSTEMS, 3, "id", "duplicate id 'space'", "first used on line 2"));
  }

  @Test
  void reportsSelfTie() {
    byte[] ties = csv("from,to,kind", "a,a,research");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .singleElement()
        .satisfies(p -> assertProblem(p, TIES, 2, "to", "'a' is on both ends"));
  }

  @Test
  void reportsBadCountryCode() {
    byte[] actors = csv("id,name,sector,country", "a,A,business,se");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 2, "country", "'se'", "two-letter"));
  }

  @Test
  void reportsBadSizeAndSme() {
    byte[] actors = csv("id,name,sector,size,sme", "a,A,business,many,yes", "b,B,public,-1,");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .extracting(ImportProblem::line, ImportProblem::field)
        .containsExactly(tuple(2L, "size"), tuple(2L, "sme"), tuple(3L, "size"));
  }

  @Test
  void reportsFileThatIsNotUtf8() {
    // "Luleå" in ISO-8859-1: the å is the single byte 0xE5, which is not valid UTF-8 here
    byte[] actors =
        "id,name,sector\nltu,Lule\u00e5,academia\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(
            p ->
                assertProblem(
                    p,
                    ACTORS,
                    2,
                    "",
                    "is not UTF-8",
                    "byte 0xE5",
                    "Windows-1252",
                    "save it as UTF-8",
                    "CSV UTF-8"));
  }

  @Test
  void reportsUnbalancedQuoteAtTheLineWhereTheRecordStarts() {
    byte[] actors = csv("id,name,sector", "a,A,business", "b,\"Unclosed,business", "c,C,public");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 3, "", "is not valid CSV"));
  }

  @Test
  void reportsRowWithTooManyCells() {
    // an unquoted decimal comma splits the weight into two cells
    byte[] ties = csv("from,to,kind,weight", "a,b,research,1,5");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .singleElement()
        .satisfies(
            p ->
                assertProblem(
                    p, TIES, 2, "", "has 5 cells where the header has 4", "needs double quotes"));
  }

  @Test
  void reportsRowWithTooFewCells() {
    byte[] actors = csv("id,name,sector", "a,A");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 2, "", "has 2 cells where the header has 3"));
  }

  @Test
  void reportsUnknownColumnInTies() {
    byte[] ties = csv("from,to,kind,colour", "a,b,research,red");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .singleElement()
        .satisfies(
            p ->
                assertProblem(
                    p, TIES, 1, "colour", "unknown column 'colour'", "from, to, kind, weight"));
  }

  @Test
  void reportsExtraActorColumnWhoseNameCannotBeStored() {
    byte[] actors = csv("id,name,sector,annual turnover", "a,A,business,10");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 1, "annual turnover", "cannot be stored"));
  }

  @Test
  void reportsFileWithoutHeader() {
    assertThat(problems(ImportFiles.of(null, new byte[0], null)))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 1, "", "has no header row"));
  }

  @Test
  void reportsDuplicateColumnInTheHeader() {
    byte[] actors = csv("id,name,sector,name", "a,A,business,B");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 1, "", "cannot be read as CSV"));
  }

  // ---- line numbers

  @Test
  void givesRecordAfterMultiLineCellItsTrueStartingLine() {
    byte[] actors =
        csv(
            "id,name,sector", // line 1
            "a,\"Two", // line 2, the quoted cell goes on
            "lines\",business", // line 3
            "b,B,industry"); // line 4

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 4, "sector", "unknown sector"));
  }

  @Test
  void givesRecordAfterMultiLineCellItsTrueStartingLineWithWindowsLineEndings() {
    byte[] actors =
        "id,name,sector\r\na,\"Two\r\nlines\",business\r\nb,B,industry\r\n".getBytes(UTF_8);

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 4, "sector", "unknown sector"));
  }

  @Test
  void givesRecordAfterBlankLineItsTrueLine() {
    byte[] actors =
        csv(
            "id,name,sector", // line 1
            "a,A,business", // line 2
            "", // line 3, skipped
            "b,B,industry"); // line 4

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 4, "sector", "unknown sector"));
  }

  @Test
  void skipsBlankLinesBetweenAndAfterRecords() {
    byte[] actors = csv("id,name,sector", "", "a,A,business", "", "", "b,B,public", "", "");

    EcosystemData data = parser.parse(ImportFiles.of(null, actors, null), none());

    assertThat(data.actors()).extracting(Actor::id).containsExactly("a", "b");
  }

  @Test
  void givesRecordAfterBlankLinesItsTrueLineWithWindowsLineEndings() {
    byte[] actors = "id,name,sector\r\na,A,business\r\n\r\n\r\nb,B,industry\r\n".getBytes(UTF_8);

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 5, "sector", "unknown sector"));
  }

  @Test
  void reportsBlankFirstLineWhereTheHeaderShouldBe() {
    byte[] actors = csv("", "id,name,sector", "a,A,business");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 1, "", "cannot be read as CSV"));
  }

  @Test
  void givesMembershipProblemTheLineOfItsActor() {
    byte[] actors =
        csv("id,name,sector,ecosystems", "a,\"Two", "lines\",business,", "b,B,public,moon");

    assertThat(problems(ImportFiles.of(null, actors, null)))
        .singleElement()
        .satisfies(p -> assertProblem(p, ACTORS, 4, "ecosystems", "unknown ecosystem 'moon'"));
  }

  // ---- many problems

  @Test
  void reportsAllProblemsOfAllFilesInOneException() {
    byte[] ecosystems = csv("id,name", "space,Space", "space,Again");
    byte[] actors = csv("id,name,sector,roles", "a,A,business,", "b,B,industry,", "c,C,public,x");
    byte[] ties = csv("from,to,kind,weight", "a,b,friendship,1", "a,c,research,0");

    assertThat(problems(ImportFiles.of(ecosystems, actors, ties)))
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field)
        .containsExactly(
            tuple(ECOSYSTEMS, 3L, "id"),
            tuple(ACTORS, 3L, "sector"),
            tuple(ACTORS, 4L, "roles"),
            tuple(TIES, 2L, "kind"),
            tuple(TIES, 3L, "weight"));
  }

  @Test
  void reportsSeveralProblemsOfOneRow() {
    byte[] ties = csv("from,to,kind,weight,since", "a,b,friendship,-1,soon");

    assertThat(problems(ImportFiles.of(null, TWO_ACTORS, ties)))
        .extracting(ImportProblem::field)
        .containsExactly("kind", "weight", "since");
  }

  @Test
  void listsAtMostAThousandProblemsAndCountsTheRest() {
    // 1005 rows, each with one unknown sector: 1000 listed, 5 counted in a final entry
    List<String> lines = new ArrayList<>();
    lines.add("id,name,sector");
    for (int i = 0; i < 1005; i++) {
      lines.add("a" + i + ",A,industry");
    }
    byte[] actors = csv(lines.toArray(String[]::new));

    List<ImportProblem> problems = problems(ImportFiles.of(null, actors, null));

    assertThat(problems).hasSize(NativeCsvParser.MAX_PROBLEMS + 1);
    assertThat(problems.get(999).line()).isEqualTo(1001); // row a999 is on line 1001
    assertThat(problems.getLast().file()).isEmpty();
    assertThat(problems.getLast().line()).isZero();
    assertThat(problems.getLast().message()).startsWith("5 more problem(s) not listed");
  }

  @Test
  void listsExactlyAThousandProblemsWithoutACountEntry() {
    List<String> lines = new ArrayList<>();
    lines.add("id,name,sector");
    for (int i = 0; i < 1000; i++) {
      lines.add("a" + i + ",A,industry");
    }
    byte[] actors = csv(lines.toArray(String[]::new));

    List<ImportProblem> problems = problems(ImportFiles.of(null, actors, null));

    assertThat(problems).hasSize(1000).allMatch(p -> p.field().equals("sector"));
  }

  @Test
  void exceptionMessageCountsProblemsAndNamesTheFirst() {
    byte[] actors = csv("id,name,sector", "a,A,industry", "b,B,industry");

    ImportRejectedException e =
        catchThrowableOfType(
            ImportRejectedException.class,
            () -> parser.parse(ImportFiles.of(null, actors, null), none()));

    assertThat(e.getMessage())
        .startsWith("2 problem(s) in the import")
        .contains("actors.csv:2 [sector]: unknown sector 'industry'");
  }

  // ---- helpers

  private List<ImportProblem> problems(ImportFiles files) {
    ImportRejectedException e =
        catchThrowableOfType(ImportRejectedException.class, () -> parser.parse(files, none()));
    assertThat(e).as("the import should have been rejected").isNotNull();
    return e.problems();
  }

  private static void assertProblem(
      ImportProblem p, String file, long line, String field, String... messageParts) {
    assertThat(p.file()).as("file of %s", p).isEqualTo(file);
    assertThat(p.line()).as("line of %s", p).isEqualTo(line);
    assertThat(p.field()).as("field of %s", p).isEqualTo(field);
    assertThat(p.message()).contains(messageParts);
  }

  private static NativeCsvParser.KnownIds none() {
    return NativeCsvParser.KnownIds.NONE;
  }

  private static byte[] csv(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  /** The database as a fixed set of ids. */
  private static class StubKnownIds implements NativeCsvParser.KnownIds {
    private final Set<String> actors;
    private final Set<String> ecosystems;

    StubKnownIds(Set<String> actors, Set<String> ecosystems) {
      this.actors = actors;
      this.ecosystems = ecosystems;
    }

    @Override
    public Set<String> existingActors(Collection<String> ids) {
      Set<String> found = new HashSet<>(ids);
      found.retainAll(actors);
      return found;
    }

    @Override
    public Set<String> existingEcosystems(Collection<String> ids) {
      Set<String> found = new HashSet<>(ids);
      found.retainAll(ecosystems);
      return found;
    }
  }
}

package org.brobygge.ingest.cordis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.brobygge.ingest.ImportProblem;
import org.brobygge.ingest.ImportRejectedException;
import org.brobygge.model.Actor;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKinds;
import org.junit.jupiter.api.Test;

/**
 * The parser over the invented fixture in src/test/resources/imports/cordis/valid, written in the
 * layout of CORDIS's CSV exports. Expected values are worked out by hand from the fixture (comments
 * give the sums).
 */
class CordisParserTest {

  static final Path VALID = Path.of("src/test/resources/imports/cordis/valid");

  final CordisParser parser = new CordisParser(TieKinds.builtIn());

  static CordisFiles fixture() throws IOException {
    return CordisFiles.fromFolder(VALID);
  }

  static String text(String name) throws IOException {
    return Files.readString(VALID.resolve(name));
  }

  static CordisOptions options(List<String> regions, CordisOptions.Weighting w, int cap) {
    return new CordisOptions(regions, "research", w, cap);
  }

  static Map<String, Tie> tiesByPair(CordisParser.Result result) {
    return result.data().ties().stream()
        .collect(
            Collectors.toMap(
                t -> {
                  int a = Integer.parseInt(t.from().substring(7)) - 900_000_000;
                  int b = Integer.parseInt(t.to().substring(7)) - 900_000_000;
                  return Math.min(a, b) + "-" + Math.max(a, b);
                },
                Function.identity()));
  }

  @Test
  void keepsTheRegionsProjectsWithAllTheirParticipants() throws IOException {
    CordisParser.Result result = parser.parse(fixture(), CordisOptions.DEFAULTS);

    // P1 (SE332, FI1D7), P2 (SE332), P3 (FI1A3, the older Lapland code), P5 (SE332); not P4
    assertThat(result.stats()).isEqualTo(new CordisParser.Stats(5, 14, 4, 12, 0, 7, 11));
    assertThat(result.data().ecosystems()).isEmpty();
    Map<String, Actor> actors =
        result.data().actors().stream().collect(Collectors.toMap(Actor::id, a -> a));
    assertThat(actors.keySet())
        .containsExactlyInAnyOrder(
            "cordis-900000001",
            "cordis-900000002",
            "cordis-900000003",
            "cordis-900000004",
            "cordis-900000005",
            "cordis-900000007",
            "cordis-900000008");

    Actor ntu = actors.get("cordis-900000001");
    assertThat(ntu.name()).isEqualTo("Norrbotten Tekniska Universitet");
    assertThat(ntu.sector()).isEqualTo(Sector.ACADEMIA);
    assertThat(ntu.roles()).containsExactlyInAnyOrder(Role.RESEARCH, Role.EDUCATION);
    assertThat(ntu.region()).isEqualTo("SE332");
    assertThat(ntu.country()).isEqualTo("SE");
    assertThat(ntu.ecosystems()).isEmpty();
    assertThat(ntu.attributes())
        .containsEntry("sme", false)
        .containsEntry("website", "https://ntu.example.se")
        .containsEntry("vatNumber", "SE999999000101")
        .containsEntry("cordisId", "900000001")
        .containsEntry("activityType", "HES")
        .containsEntry("cordisProjects", 2)
        .containsEntry("cordisCoordinations", 2);
    // 1200000,50 + 700000 + 200000 (the merged 900000006 in MINEDATA)
    assertThat((double) ntu.attributes().get("ecContribution")).isEqualTo(2_100_000.5);

    assertThat(actors.get("cordis-900000002").sector()).isEqualTo(Sector.BUSINESS);
    assertThat(actors.get("cordis-900000002").roles()).containsExactly(Role.FIRM);
    assertThat(actors.get("cordis-900000002").attributes()).containsEntry("sme", true);
    assertThat(actors.get("cordis-900000003").roles()).containsExactly(Role.RESEARCH);
    assertThat(actors.get("cordis-900000003").country()).isEqualTo("EL");
    // 500000.25 (a '.' before the cents) + 100000; FARAWAY is not kept
    assertThat((double) actors.get("cordis-900000003").attributes().get("ecContribution"))
        .isEqualTo(600_000.25);
    assertThat(actors.get("cordis-900000004").sector()).isEqualTo(Sector.PUBLIC);
    assertThat(actors.get("cordis-900000004").roles()).containsExactly(Role.AUTHORITY);
    assertThat(actors.get("cordis-900000005").sector()).isEqualTo(Sector.CIVIL_SOCIETY);
    assertThat(actors.get("cordis-900000005").roles()).isEmpty();
    assertThat(actors.get("cordis-900000008").country()).isEqualTo("UK");
    assertThat(actors.get("cordis-900000007").region()).isEqualTo("FI1A3");
  }

  @Test
  void mergesTheSameOrganisationByVatNumberThenByNameAndSaysSo() throws IOException {
    CordisParser.Result result = parser.parse(fixture(), CordisOptions.DEFAULTS);

    assertThat(result.merges())
        .containsExactly(
            new CordisParser.Merge(
                "cordis-900000001", "900000001", "900000006", "same VAT number SE 999999-000101"),
            new CordisParser.Merge(
                "cordis-900000002", "900000002", "900000009", "same name 'Lappi Space Oy.' in FI"));
  }

  @Test
  void weighsEachSharedProjectOneOverConsortiumSizeMinusOne() throws IOException {
    CordisParser.Result result = parser.parse(fixture(), CordisOptions.DEFAULTS);

    Map<String, Tie> ties = tiesByPair(result);
    // ARCTICSAT {1,2,3}: 1/2 per pair; MINEDATA {1,4,5} (6 is 1): 1/2; OLDLAP {7,3,8,2}: 1/3
    assertThat(ties.keySet())
        .containsExactlyInAnyOrder(
            "1-2", "1-3", "2-3", "1-4", "1-5", "4-5", "3-7", "7-8", "2-7", "3-8", "2-8");
    assertThat(ties.get("1-2").weight()).isCloseTo(0.5, within(1e-12));
    assertThat(ties.get("4-5").weight()).isCloseTo(0.5, within(1e-12));
    assertThat(ties.get("3-8").weight()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(ties.get("2-3").weight()).isCloseTo(0.5 + 1.0 / 3, within(1e-12));
    Tie shared = ties.get("2-3");
    assertThat(shared.kind().id()).isEqualTo("research");
    assertThat(shared.since()).isEqualTo(2012); // OLDLAP starts 2012-06-01
    assertThat(shared.until()).isEqualTo(2025); // ARCTICSAT ends 2025-12-31
    // projects in file order
    assertThat(shared.source())
        .isEqualTo("CORDIS H2020: ARCTICSAT (101000001), OLDLAP (101000003)");
    assertThat(ties.get("1-4").since()).isEqualTo(2019);
    assertThat(ties.get("1-4").until()).isEqualTo(2021);
    assertThat(ties.get("1-4").source()).isEqualTo("CORDIS H2020: MINEDATA (101000002)");
  }

  @Test
  void countsSharedProjectsWhenAsked() throws IOException {
    CordisParser.Result result =
        parser.parse(
            fixture(),
            options(CordisOptions.DEFAULT_REGIONS, CordisOptions.Weighting.PROJECTS, 50));

    Map<String, Tie> ties = tiesByPair(result);
    assertThat(ties.get("2-3").weight()).isEqualTo(2.0);
    assertThat(ties.get("1-2").weight()).isEqualTo(1.0);
  }

  @Test
  void projectsOverTheCapAddNoTiesButKeepTheirParticipants() throws IOException {
    CordisParser.Result result =
        parser.parse(
            fixture(), options(CordisOptions.DEFAULT_REGIONS, CordisOptions.Weighting.PROJECTS, 3));

    // OLDLAP has 4 organisations
    assertThat(result.stats().projectsOverCap()).isEqualTo(1);
    assertThat(tiesByPair(result).keySet())
        .containsExactlyInAnyOrder("1-2", "1-3", "2-3", "1-4", "1-5", "4-5");
    assertThat(result.data().actors()).hasSize(7);
    assertThat(tiesByPair(result).get("2-3").weight()).isEqualTo(1.0);
  }

  @Test
  void theRegionFilterMatchesNutsPrefixes() throws IOException {
    // Without FI1A3, OLDLAP has nobody in the region (Lappi Space's second record is in FI1B1)
    CordisParser.Result current =
        parser.parse(
            fixture(), options(List.of("SE332", "fi1d7"), CordisOptions.Weighting.CONSORTIUM, 50));
    assertThat(current.stats().projectsKept()).isEqualTo(3);
    assertThat(current.data().actors()).hasSize(5);

    // "FI1D" is a prefix of FI1D7 (ARCTICSAT only); "all" keeps FARAWAY too
    assertThat(
            parser
                .parse(fixture(), options(List.of("FI1D"), CordisOptions.Weighting.CONSORTIUM, 50))
                .stats()
                .projectsKept())
        .isEqualTo(1);
    CordisParser.Result all =
        parser.parse(
            fixture(), options(CordisOptions.regions("all"), CordisOptions.Weighting.PROJECTS, 50));
    assertThat(all.stats()).isEqualTo(new CordisParser.Stats(5, 14, 5, 14, 0, 8, 12));
    assertThat(tiesByPair(all)).containsKey("3-10");
  }

  @Test
  void findsColumnsByNameNotPosition() throws IOException {
    String reordered = reorder(text("organization.csv"));
    CordisFiles files =
        new CordisFiles(
            Files.readAllBytes(VALID.resolve("project.csv")),
            reordered.getBytes(StandardCharsets.UTF_8));

    CordisParser.Result expected = parser.parse(fixture(), CordisOptions.DEFAULTS);
    CordisParser.Result result = parser.parse(files, CordisOptions.DEFAULTS);
    assertThat(result.data().actors())
        .containsExactlyInAnyOrderElementsOf(expected.data().actors());
    assertThat(result.data().ties()).containsExactlyElementsOf(expected.data().ties());
  }

  /** Columns reversed, an extra column added at the front, and a byte order mark. */
  static String reorder(String csv) {
    StringBuilder out = new StringBuilder("\uFEFF");
    for (String line : csv.split("\n")) {
      List<String> cells = new ArrayList<>(Arrays.asList(line.split(";", -1)));
      Collections.reverse(cells);
      cells.add(0, out.length() == 1 ? "\"extraColumn\"" : "\"x\"");
      out.append(String.join(";", cells)).append("\r\n");
    }
    return out.toString();
  }

  @Test
  void readsTheProgrammesZipAndSkipsItsOtherMembers() throws IOException {
    byte[] zip =
        zip(
            Map.of(
                "cordis-h2020projects-csv/project.csv",
                Files.readAllBytes(VALID.resolve("project.csv")),
                "cordis-h2020projects-csv/organization.csv",
                Files.readAllBytes(VALID.resolve("organization.csv")),
                "cordis-h2020projects-csv/euroSciVoc.csv",
                "\"projectID\";\"euroSciVocCode\"\n".getBytes(StandardCharsets.UTF_8)));

    CordisFiles files = CordisFiles.fromZip(new ByteArrayInputStream(zip), "h2020.zip");
    assertThat(parser.parse(files, CordisOptions.DEFAULTS).stats())
        .isEqualTo(parser.parse(fixture(), CordisOptions.DEFAULTS).stats());
  }

  @Test
  void aTruncatedZipIsRejectedNamingTheArchive() throws IOException {
    byte[] zip =
        zip(
            Map.of(
                "project.csv", Files.readAllBytes(VALID.resolve("project.csv")),
                "organization.csv", Files.readAllBytes(VALID.resolve("organization.csv"))));
    byte[] truncated = Arrays.copyOf(zip, zip.length / 2);

    var e =
        catchThrowableOfType(
            ImportRejectedException.class,
            () -> CordisFiles.fromZip(new ByteArrayInputStream(truncated), "h2020.zip"));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().getFirst().file()).isEqualTo("h2020.zip");
    assertThat(e.problems().getFirst().message()).startsWith("is not a complete zip archive");
  }

  @Test
  void aZipWithoutOrganizationCsvSaysWhatIsMissing() throws IOException {
    byte[] zip = zip(Map.of("project.csv", Files.readAllBytes(VALID.resolve("project.csv"))));
    var e =
        catchThrowableOfType(
            ImportRejectedException.class,
            () -> CordisFiles.fromZip(new ByteArrayInputStream(zip), "h2020.zip"));
    assertThat(e.problems())
        .extracting(ImportProblem::message)
        .singleElement()
        .asString()
        .startsWith("has no organization.csv");
  }

  @Test
  void anUnknownActivityTypeNamesFileLineAndColumn() throws IOException {
    // line 5 is Kiruna Kommun's first row
    String organizations = text("organization.csv").replace("\"PUB\"", "\"GOV\"");
    var problems = problems(text("project.csv"), organizations);

    assertThat(problems)
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("organization.csv", 6L, "activityType"),
            org.assertj.core.groups.Tuple.tuple("organization.csv", 15L, "activityType"));
    assertThat(problems.getFirst().message()).contains("'GOV'").contains("HES, REC, PRC, PUB, OTH");
  }

  @Test
  void aMissingColumnIsNamedWithTheHeaderFound() throws IOException {
    String organizations = text("organization.csv").replace("\"nutsCode\"", "\"nuts\"");
    var problems = problems(text("project.csv"), organizations);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("organization.csv");
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.field()).isEqualTo("nutsCode");
              assertThat(p.message()).contains("missing column 'nutsCode'").contains("nuts;");
            });
  }

  @Test
  void aFileResavedWithCommasIsNotMisread() throws IOException {
    String organizations = text("organization.csv").replace("\";\"", "\",\"");
    var problems = problems(text("project.csv"), organizations);

    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("is not separated by ';'"));
  }

  @Test
  void projectFilesWrongHeaderAndBadDatesAreReportedByLine() throws IOException {
    // MINEDATA's record starts on line 4: ARCTICSAT's objective spans lines 2 and 3
    String projects = text("project.csv").replace("\"2019-03-01\"", "\"01/03/2019\"");
    assertThat(problems(projects, text("organization.csv")))
        .extracting(ImportProblem::toString)
        .containsExactly(
            "project.csv:4 [startDate]: '01/03/2019' is not a date such as 2021-03-01");

    String noId = text("project.csv").replaceFirst("\"id\"", "\"projectID\"");
    assertThat(problems(noId, text("organization.csv")))
        .extracting(ImportProblem::field)
        .containsExactly("id");
  }

  @Test
  void badMoneyRolesAndMissingProjectsAreProblems() throws IOException {
    String organizations =
        text("organization.csv")
            .replace("\"1200000,50\";\"1200000,50\"", "\"1.200.000,50\";\"1200000,50\"")
            .replace("\"thirdParty\"", "\"observer\"")
            .replace("\"101000005\";\"SOLO\"", "\"101000099\";\"SOLO\"");
    assertThat(problems(text("project.csv"), organizations))
        .extracting(ImportProblem::toString)
        .containsExactly(
            "organization.csv:2 [ecContribution]: '1.200.000,50' is not an amount in euros such as"
                + " 12500,50",
            "organization.csv:7 [role]: unknown role 'observer'; CORDIS uses coordinator,"
                + " participant, partner, thirdParty, associatedPartner",
            "organization.csv:15 [projectID]: project 101000099 is not in project.csv");
  }

  @Test
  void anUnknownTieKindIsAProblem() throws IOException {
    var e =
        catchThrowableOfType(
            ImportRejectedException.class,
            () ->
                parser.parse(
                    fixture(),
                    new CordisOptions(
                        CordisOptions.DEFAULT_REGIONS,
                        "friendship",
                        CordisOptions.Weighting.CONSORTIUM,
                        50)));
    assertThat(e.problems()).extracting(ImportProblem::field).containsExactly("kind");
  }

  @Test
  void namesAreNormalisedForMatching() {
    assertThat(CordisParser.normalised("Lappi Space Oy.")).isEqualTo("LAPPI SPACE OY");
    assertThat(CordisParser.normalised("  Luleå  tekniska-universitet "))
        .isEqualTo("LULEA TEKNISKA UNIVERSITET");
    assertThat(Set.of(CordisParser.normalised("Oulun yliopisto"))).contains("OULUN YLIOPISTO");
  }

  List<ImportProblem> problems(String projects, String organizations) {
    CordisFiles files =
        new CordisFiles(
            projects.getBytes(StandardCharsets.UTF_8),
            organizations.getBytes(StandardCharsets.UTF_8));
    var e =
        catchThrowableOfType(
            ImportRejectedException.class, () -> parser.parse(files, CordisOptions.DEFAULTS));
    assertThat(e).as("rejected").isNotNull();
    return e.problems();
  }

  static byte[] zip(Map<String, byte[]> members) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var member : new java.util.TreeMap<>(members).entrySet()) {
        zip.putNextEntry(new ZipEntry(member.getKey()));
        zip.write(member.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}

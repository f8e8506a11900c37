package org.brobygge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.brobygge.model.Actor;
import org.brobygge.model.Ecosystem;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeCsvWriterTest {

  @TempDir Path dir;

  private static EcosystemData smallNetwork() {
    return new EcosystemData(
        List.of(
            new Ecosystem("space", "Space", "SE332"),
            new Ecosystem("lap_design", "Arctic design, Lapland", "FI1D7")),
        List.of(
            new Actor(
                "a1",
                "Norrvik University of Technology",
                Sector.ACADEMIA,
                EnumSet.of(Role.RESEARCH, Role.EDUCATION),
                "SE332",
                "SE",
                List.of("space", "lap_design"),
                Map.of("size", 3100, "website", "https://norrvik-university.example")),
            new Actor(
                "a2",
                "Föreningen \"Norrsken\", Älvnäs",
                Sector.CIVIL_SOCIETY,
                EnumSet.noneOf(Role.class),
                "SE332",
                "SE",
                List.of("space"),
                Map.of()),
            new Actor(
                "a3",
                "Kitahara Ice Lab K.K.",
                Sector.BUSINESS,
                EnumSet.of(Role.FIRM),
                "JP-23",
                "JP",
                List.of(),
                Map.of("size", 12, "sme", true, "founded", 1998, "cordisPic", "999123456"))),
        List.of(
            new Tie("t1", "a1", "a2", TieKind.COLLABORATION, 3.0, 2019, null, "survey-2025"),
            new Tie("t2", "a3", "a1", TieKind.TRADE, 0.5, 2010, 2016, ""),
            new Tie("t3", "a1", "a3", TieKind.CAPITAL, 1.0e7, null, null, "funding-register")));
  }

  private List<String> lines(String file) throws IOException {
    return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
  }

  @Test
  void writesTheThreeFilesWithTheirHeaders() throws IOException {
    NativeCsvWriter.write(smallNetwork(), dir);

    assertThat(lines("ecosystems.csv")).first().isEqualTo("id,name,region");
    assertThat(lines("actors.csv"))
        .first()
        .isEqualTo(
            "id,name,sector,roles,region,country,ecosystems,size,sme,website,cordisPic,founded");
    assertThat(lines("ties.csv")).first().isEqualTo("id,from,to,kind,weight,since,until,source");
  }

  @Test
  void joinsMultiValuedCellsWithABar() throws IOException {
    NativeCsvWriter.write(smallNetwork(), dir);

    assertThat(lines("actors.csv").get(1))
        .isEqualTo(
            "a1,Norrvik University of Technology,academia,research|education,SE332,SE,"
                + "space|lap_design,3100,,https://norrvik-university.example,,");
  }

  @Test
  void quotesNamesHoldingACommaOrAQuoteAndLeavesAbsentValuesEmpty() throws IOException {
    NativeCsvWriter.write(smallNetwork(), dir);

    assertThat(lines("actors.csv").get(2))
        .isEqualTo("a2,\"Föreningen \"\"Norrsken\"\", Älvnäs\",civil_society,,SE332,SE,space,,,,,");
    assertThat(lines("ecosystems.csv").get(2))
        .isEqualTo("lap_design,\"Arctic design, Lapland\",FI1D7");
  }

  @Test
  void writesExtraAttributesInSortedColumnsAndSmeAsTrueOrFalse() throws IOException {
    NativeCsvWriter.write(smallNetwork(), dir);

    assertThat(lines("actors.csv").get(3))
        .isEqualTo("a3,Kitahara Ice Lab K.K.,business,firm,JP-23,JP,,12,true,,999123456,1998");
  }

  @Test
  void writesWeightsAsPlainDecimalsAndYearsOrEmptyCells() throws IOException {
    NativeCsvWriter.write(smallNetwork(), dir);

    assertThat(lines("ties.csv"))
        .containsExactly(
            "id,from,to,kind,weight,since,until,source",
            "t1,a1,a2,collaboration,3,2019,,survey-2025",
            "t2,a3,a1,trade,0.5,2010,2016,",
            "t3,a1,a3,capital,10000000,,,funding-register");
  }

  @Test
  void endsLinesWithLineFeedOnlyInUtf8() throws IOException {
    NativeCsvWriter.write(smallNetwork(), dir);

    byte[] bytes = Files.readAllBytes(dir.resolve("actors.csv"));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r").endsWith("\n").contains("Älvnäs");
    assertThat(bytes[0]).as("no byte-order mark").isEqualTo((byte) 'i');
  }

  @Test
  void sameDataGivesByteIdenticalFiles(@TempDir Path other) throws IOException {
    NativeCsvWriter.write(smallNetwork(), dir);
    NativeCsvWriter.write(smallNetwork(), other);

    for (String file : List.of("ecosystems.csv", "actors.csv", "ties.csv")) {
      assertThat(Files.mismatch(dir.resolve(file), other.resolve(file))).as(file).isEqualTo(-1L);
    }
  }

  @Test
  void rejectsAnEcosystemIdHoldingTheSeparator() {
    EcosystemData data =
        new EcosystemData(
            List.of(new Ecosystem("a|b", "A or B", "")),
            List.of(
                new Actor(
                    "a1",
                    "X",
                    Sector.PUBLIC,
                    EnumSet.noneOf(Role.class),
                    "",
                    "",
                    List.of("a|b"),
                    Map.of())),
            List.of());

    assertThatThrownBy(() -> NativeCsvWriter.write(data, dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a|b");
  }

  @Test
  void formatsDecimalsInTheirShortestPlainForm() {
    assertThat(NativeCsvWriter.decimal(3.0)).isEqualTo("3");
    assertThat(NativeCsvWriter.decimal(0.1)).isEqualTo("0.1");
    assertThat(NativeCsvWriter.decimal(12.3)).isEqualTo("12.3");
    assertThat(NativeCsvWriter.decimal(1.0e-7)).isEqualTo("0.0000001");
    assertThat(NativeCsvWriter.decimal(2.5e12)).isEqualTo("2500000000000");
  }
}

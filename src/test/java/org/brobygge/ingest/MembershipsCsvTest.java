package org.brobygge.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.brobygge.export.NativeCsvWriter;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Membership;
import org.brobygge.model.TieKinds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code memberships.csv} (actor, ecosystem, since, until): read with years, every bad row named by
 * file, line and field, written back by {@link NativeCsvWriter} so that the native round trip
 * holds, and judged per year by {@link EcosystemGraph#asOf}.
 */
class MembershipsCsvTest {

  private static final String MEMBERSHIPS = ImportFiles.MEMBERSHIPS;
  private static final byte[] ECOSYSTEMS = csv("id,name", "space,Space", "mining,Mining");
  private static final byte[] ACTORS =
      csv(
          "id,name,sector,ecosystems",
          "a,A,business,space",
          "b,B,academia,",
          "c,C,business,mining");

  private final NativeCsvParser parser = new NativeCsvParser(TieKinds.builtIn());

  private EcosystemData parse(byte[] memberships) {
    return parser.parse(
        ImportFiles.of(ECOSYSTEMS, ACTORS, null, memberships), NativeCsvParser.KnownIds.NONE);
  }

  private List<ImportProblem> problems(byte[] memberships) {
    return catchThrowableOfType(ImportRejectedException.class, () -> parse(memberships)).problems();
  }

  @Test
  void readsMembershipsWithOptionalYears() {
    EcosystemData data =
        parse(
            csv(
                "actor,ecosystem,since,until",
                "a,space,2016,2019",
                "b,space,2021,",
                "c,space,,2018"));

    assertThat(data.memberships())
        .containsExactly(
            new Membership("a", "space", 2016, 2019),
            new Membership("b", "space", 2021, null),
            new Membership("c", "space", null, 2018));
    // actors.csv's ecosystems column keeps working: c in mining without years
    assertThat(data.allMemberships())
        .containsExactly(
            new Membership("a", "space", 2016, 2019),
            new Membership("c", "mining", null, null),
            new Membership("b", "space", 2021, null),
            new Membership("c", "space", null, 2018));
  }

  @Test
  void aMembershipEndingBeforeItBeginsIsAnErrorWithFileLineAndField() {
    assertThat(
            problems(csv("actor,ecosystem,since,until", "a,space,2016,2019", "b,space,2021,2020")))
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field)
        .containsExactly(tuple(MEMBERSHIPS, 3L, "until"));
    assertThat(
            problems(csv("actor,ecosystem,since,until", "b,space,2021,2020")).getFirst().message())
        .contains("ends in 2020", "before it begins in 2021");
  }

  @Test
  void aDanglingActorOrEcosystemIsAnErrorWithFileLineAndField() {
    List<ImportProblem> problems =
        problems(
            csv("actor,ecosystem,since,until", "a,space,2016,", "x,space,2016,", "b,tourism,,"));

    assertThat(problems)
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field)
        .containsExactlyInAnyOrder(
            tuple(MEMBERSHIPS, 3L, "actor"), tuple(MEMBERSHIPS, 4L, "ecosystem"));
    assertThat(problems).extracting(ImportProblem::message).anyMatch(m -> m.contains("'x'"));
    assertThat(problems).extracting(ImportProblem::message).anyMatch(m -> m.contains("'tourism'"));
  }

  @Test
  void referencesMayNameIdsAlreadyInTheDatabase() {
    NativeCsvParser.KnownIds known =
        new NativeCsvParser.KnownIds() {
          @Override
          public Set<String> existingActors(Collection<String> ids) {
            return Set.of("old");
          }

          @Override
          public Set<String> existingEcosystems(Collection<String> ids) {
            return Set.of("tourism");
          }
        };

    EcosystemData data =
        parser.parse(
            ImportFiles.of(
                null, null, null, csv("actor,ecosystem,since,until", "old,tourism,2018,")),
            known);

    assertThat(data.memberships()).containsExactly(new Membership("old", "tourism", 2018, null));
  }

  @Test
  void aDuplicateRowIsAnErrorNamingTheFirstLine() {
    List<ImportProblem> problems =
        problems(csv("actor,ecosystem,since,until", "a,space,2016,", "a,space,2020,2022"));

    assertThat(problems)
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field)
        .containsExactly(tuple(MEMBERSHIPS, 3L, "ecosystem"));
    assertThat(problems.getFirst().message()).contains("first given on line 2");
  }

  @Test
  void aBadYearOrAMissingColumnOrAnUnknownColumnIsAnError() {
    assertThat(problems(csv("actor,ecosystem,since,until", "a,space,twenty,")))
        .extracting(ImportProblem::line, ImportProblem::field)
        .containsExactly(tuple(2L, "since"));
    assertThat(problems(csv("actor,since", "a,2016")))
        .extracting(ImportProblem::line, ImportProblem::field)
        .containsExactly(tuple(1L, "ecosystem"));
    assertThat(problems(csv("actor,ecosystem,role", "a,space,chair")))
        .extracting(ImportProblem::line, ImportProblem::field)
        .containsExactly(tuple(1L, "role"));
  }

  @Test
  void writtenAndReadBackTheDataIsTheSame(@TempDir Path dir) throws Exception {
    EcosystemData data =
        parse(csv("actor,ecosystem,since,until", "a,space,2016,2019", "b,space,2021,"));

    NativeCsvWriter.write(data, dir);
    EcosystemData back = parser.parse(ImportFiles.fromFolder(dir), NativeCsvParser.KnownIds.NONE);

    assertThat(back).isEqualTo(data);
    assertThat(Files.readAllLines(dir.resolve(MEMBERSHIPS)))
        .containsExactly("actor,ecosystem,since,until", "a,space,2016,2019", "b,space,2021,");
  }

  @Test
  void dataWithoutYearsWritesNoMembershipsFileAndRemovesAStaleOne(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve(MEMBERSHIPS), "actor,ecosystem,since,until\na,space,2016,\n");

    NativeCsvWriter.write(parse(null), dir);

    assertThat(dir.resolve(MEMBERSHIPS)).doesNotExist();
  }

  @Test
  void asOfAYearCountsTheMembershipsValidThen() {
    // a: 2016-2019, b: from 2021, c in space until 2018 (unknown start), c in mining always
    EcosystemGraph graph =
        EcosystemGraph.of(
            parse(
                csv(
                    "actor,ecosystem,since,until",
                    "a,space,2016,2019",
                    "b,space,2021,",
                    "c,space,,2018")));
    int space = graph.ecosystemIndex("space").orElseThrow();

    // by hand: 2015 c; 2016-2018 a, c; 2019 a; 2020 none; 2021 on b
    assertThat(members(graph.asOf(2015), space)).containsExactly("c");
    assertThat(members(graph.asOf(2018), space)).containsExactlyInAnyOrder("a", "c");
    assertThat(members(graph.asOf(2019), space)).containsExactly("a");
    assertThat(members(graph.asOf(2020), space)).isEmpty();
    assertThat(members(graph.asOf(2024), space)).containsExactly("b");
    assertThat(members(graph.asOf(2020), graph.ecosystemIndex("mining").orElseThrow()))
        .containsExactly("c");
  }

  private static List<String> members(EcosystemGraph graph, int ecosystem) {
    return java.util.Arrays.stream(graph.members(ecosystem)).mapToObj(graph::actorId).toList();
  }

  private static byte[] csv(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(UTF_8);
  }
}

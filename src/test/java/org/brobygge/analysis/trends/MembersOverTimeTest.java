package org.brobygge.analysis.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brobygge.analysis.centrality.ComputeLimits;
import org.brobygge.analysis.gaps.DefaultGapDefinitions;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Actor;
import org.brobygge.model.Ecosystem;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.Membership;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKinds;
import org.brobygge.session.AnalysisSession;
import org.junit.jupiter.api.Test;

/**
 * Members by sector and SMEs per year, and the evaluation's firms and new members, on a planted
 * history of memberships (as {@code memberships.csv} gives them), counted by hand:
 *
 * <pre>
 *   u0:       a university, member with no years (actors.csv's ecosystems column)
 *   f00..f39: firms, members 2016-; f00..f29 SMEs; f00..f02 leave after 2018 (until 2018)
 *   f40..f47: firms joining 2021, f48..f54 joining 2022; f40..f51 SMEs (12), f52..f54 not
 *
 *   year   firms  SMEs   members
 *   2017   40     30     41
 *   2019   37     27     38
 *   2021   45     35     46
 *   2023   52     39     53
 * </pre>
 *
 * So between 2020 and 2023 "the ecosystem grew from 37 to 52 firms, 12 of them SMEs".
 */
class MembersOverTimeTest {

  private static EcosystemGraph planted() {
    List<Actor> actors = new ArrayList<>();
    List<Membership> memberships = new ArrayList<>();
    actors.add(
        new Actor(
            "u0",
            "U",
            Sector.ACADEMIA,
            Set.of(Role.RESEARCH),
            "SE332",
            "SE",
            List.of("e"),
            Map.of()));
    for (int f = 0; f < 55; f++) {
      String id = String.format("f%02d", f);
      boolean sme = f < 30 || (f >= 40 && f < 52);
      actors.add(
          new Actor(
              id,
              id,
              Sector.BUSINESS,
              Set.of(Role.FIRM),
              "SE332",
              "SE",
              List.of(),
              Map.of("sme", sme)));
      int since = f < 40 ? 2016 : f < 48 ? 2021 : 2022;
      memberships.add(new Membership(id, "e", since, f < 3 ? 2018 : null));
    }
    return EcosystemGraph.of(
        new EcosystemData(
            List.of(new Ecosystem("e", "E", "SE332")), actors, List.of(), memberships));
  }

  private static AnalysisSession session() {
    return AnalysisSession.of(
        planted(),
        DefaultGapDefinitions.at(2026),
        new HomeRegion("SE332", "SE"),
        TieKinds.withExtra(List.of()),
        ComputeLimits.DEFAULTS);
  }

  @Test
  void membersBySectorAndSmesFollowTheMembershipYears() {
    AnalysisSession session = session();
    int[][] expected = {
      {2017, 40, 30, 41}, {2019, 37, 27, 38}, {2021, 45, 35, 46}, {2023, 52, 39, 53}
    };
    for (int[] row : expected) {
      EcosystemYear y = session.asOf(row[0]).yearProfile().ecosystem(0);
      assertThat(y.membersBySector().get(Sector.BUSINESS)).as("firms %d", row[0]).isEqualTo(row[1]);
      assertThat(y.smes()).as("SMEs %d", row[0]).isEqualTo(row[2]);
      assertThat(y.members()).as("members %d", row[0]).isEqualTo(row[3]);
      assertThat(y.membersBySector().get(Sector.ACADEMIA)).isEqualTo(1);
    }
  }

  @Test
  void theEvaluationSaysHowManyFirmsAndSmesThereWereAndWhoJoined() {
    Evaluation e = session().evaluation(0, 2020, 2023);

    assertThat(e.firms()).isEqualTo(new Evaluation.Firms(37, 52, 27, 39, 12));
    assertThat(e.membersBefore()).isEqualTo(38);
    assertThat(e.membersAfter()).isEqualTo(53);
    assertThat(e.joinedBySector()).containsEntry("business", 15).containsEntry("academia", 0);
    assertThat(e.leftBySector()).containsEntry("business", 0);
    assertThat(session().evaluation(0, 2016, 2020).leftBySector()).containsEntry("business", 3);
    assertThat(org.brobygge.export.EvaluationMarkdown.render(e))
        .contains(
            "Firms: from 37 to 52 between 2020 and 2023; SMEs 27 then, 39 now, 12 of them new"
                + " members.");
  }
}

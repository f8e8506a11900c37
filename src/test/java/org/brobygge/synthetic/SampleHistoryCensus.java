package org.brobygge.synthetic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brobygge.analysis.centrality.ComputeLimits;
import org.brobygge.analysis.gaps.DefaultGapDefinitions;
import org.brobygge.analysis.trends.Evaluation;
import org.brobygge.analysis.trends.GapChange;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Actor;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.Membership;
import org.brobygge.model.Role;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKinds;
import org.brobygge.session.AnalysisSession;

/**
 * Prints the numbers of data/sample/README.md's "History" section: members per year, the ties
 * across each planted improvement by start year, and the evaluation 2020-2023 of every ecosystem.
 */
final class SampleHistoryCensus {

  private SampleHistoryCensus() {}

  public static void main(String[] args) {
    EcosystemData sample =
        SyntheticNetworkGenerator.norrbottenLaplandSample(SyntheticNetworkGenerator.SAMPLE_SEED);
    Map<Integer, Integer> joinedByYear = new TreeMap<>();
    for (Membership m : sample.memberships()) {
      joinedByYear.merge(m.since(), 1, Integer::sum);
    }
    System.out.println("memberships by first year " + joinedByYear);
    Map<String, Actor> actors = new HashMap<>();
    sample.actors().forEach(a -> actors.put(a.id(), a));
    for (SampleHistory.Improvement i : SampleHistory.IMPROVEMENTS) {
      Map<String, Integer> bySince = new TreeMap<>();
      for (Tie t : sample.ties()) {
        Actor from = actors.get(t.from());
        Actor to = actors.get(t.to());
        if (across(from, to, i) || across(to, from, i)) {
          bySince.merge(t.since() + "-" + (t.until() == null ? "" : t.until()), 1, Integer::sum);
        }
      }
      System.out.println(i + " ties across by since-until " + bySince);
    }
    AnalysisSession session =
        AnalysisSession.of(
            EcosystemGraph.of(sample),
            DefaultGapDefinitions.at(2026),
            new HomeRegion("SE332", "SE"),
            TieKinds.withExtra(List.of()),
            ComputeLimits.DEFAULTS);
    for (int e = 0; e < sample.ecosystems().size(); e++) {
      Evaluation ev = session.evaluation(e, SampleHistory.BASELINE, SampleHistory.FOLLOW_UP);
      StringBuilder row =
          new StringBuilder(ev.ecosystemId())
              .append(" members ")
              .append(ev.membersBefore())
              .append("->")
              .append(ev.membersAfter())
              .append(" firms ")
              .append(ev.firms())
              .append(": ");
      for (GapChange c : ev.gaps()) {
        row.append(c.gap())
            .append(' ')
            .append(c.baseline().severity().map(s -> String.format("%.2f", s)).orElse("-"))
            .append("->")
            .append(c.followUp().severity().map(s -> String.format("%.2f", s)).orElse("-"))
            .append(' ')
            .append(c.verdict().id())
            .append("; ");
      }
      System.out.println(row);
    }
  }

  private static boolean across(Actor firm, Actor partner, SampleHistory.Improvement i) {
    return firm.hasRole(Role.FIRM)
        && firm.ecosystems().contains(i.ecosystem())
        && !firm.ecosystems().contains(SampleHistory.STAGNATING)
        && !partner.ecosystems().contains(SampleHistory.STAGNATING)
        && partner.hasRole(i.partner());
  }
}

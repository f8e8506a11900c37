package org.brobygge.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brobygge.analysis.bridges.ClusterPlan;
import org.brobygge.analysis.trends.Evaluation;
import org.brobygge.analysis.trends.GapChange;
import org.brobygge.analysis.trends.GapPoint;
import org.brobygge.analysis.trends.RegionEvaluation;
import org.brobygge.analysis.trends.SeverityBootstrap;

/**
 * An {@link Evaluation} as Markdown for a funding decision: each gap before and after with its
 * verdict, in how many gaps the ecosystem developed forward, what changed, and which of the
 * baseline plan's ties were formed; and the region's ranking ({@link RegionEvaluation}). Names are
 * escaped as in {@link ClusterPlanMarkdown}.
 */
public final class EvaluationMarkdown {

  private EvaluationMarkdown() {}

  /** One ecosystem's evaluation. */
  public static String render(Evaluation e) {
    StringBuilder md = new StringBuilder();
    md.append("# Evaluation: ")
        .append(ClusterPlanMarkdown.text(e.ecosystemName()))
        .append(", ")
        .append(e.baselineYear())
        .append(" to ")
        .append(e.followUpYear())
        .append("\n\n");
    md.append("The ecosystem developed forward in **")
        .append(e.improved())
        .append(" of ")
        .append(e.gaps().size())
        .append("** gaps")
        .append(e.worse() > 0 ? " and went back in " + e.worse() : "")
        .append(". A gap is called improved or worse only when its ")
        .append(percent(new SeverityBootstrap().confidence()))
        .append(" intervals in the two years do not overlap; otherwise there is no clear change.")
        .append(" Severity: the share of source-side members with no tie across the gap, those")
        .append(" with weak ties only counting half (0 = closed, 1 = wide open).\n\n");

    md.append("## The gaps\n\n");
    md.append("| Gap | Severity ")
        .append(e.baselineYear())
        .append(" | Severity ")
        .append(e.followUpYear())
        .append(" | Ties across then / now | Verdict |\n");
    md.append("|---|---|---|---:|---|\n");
    for (GapChange c : e.gaps()) {
      md.append("| ")
          .append(c.gap())
          .append(" | ")
          .append(severity(c.baseline()))
          .append(" | ")
          .append(severity(c.followUp()))
          .append(" | ")
          .append(c.baseline().observedTies())
          .append(" / ")
          .append(c.followUp().observedTies())
          .append(" | ")
          .append(c.verdict().id().replace('-', ' '))
          .append(" |\n");
    }

    md.append("\n## What changed\n\n");
    md.append("Members: ")
        .append(e.membersBefore())
        .append(" in ")
        .append(e.baselineYear())
        .append(", ")
        .append(e.membersAfter())
        .append(" in ")
        .append(e.followUpYear())
        .append(". Joined: ")
        .append(sectors(e.joinedBySector()))
        .append(". Left: ")
        .append(sectors(e.leftBySector()))
        .append(".\n\n");
    Evaluation.Firms firms = e.firms();
    md.append("Firms: ")
        .append(firms.before() == firms.after() ? "stayed at " : "from ")
        .append(firms.before() == firms.after() ? "" : firms.before() + " to ")
        .append(firms.after())
        .append(" between ")
        .append(e.baselineYear())
        .append(" and ")
        .append(e.followUpYear())
        .append("; SMEs ")
        .append(firms.smesBefore())
        .append(" then, ")
        .append(firms.smesAfter())
        .append(" now, ")
        .append(firms.smesJoined())
        .append(" of them new members.\n\n");
    md.append("| Gap | Ties across begun since ")
        .append(e.baselineYear())
        .append(" | Ties across ended |\n|---|---:|---:|\n");
    for (Evaluation.TiesAcross t : e.tiesAcross()) {
      md.append("| ")
          .append(t.gap())
          .append(" | ")
          .append(t.begun())
          .append(" | ")
          .append(t.ended())
          .append(" |\n");
    }
    md.append("\nLocomotives (firms with the most partners) in ")
        .append(e.baselineYear())
        .append(": ")
        .append(locomotives(e.locomotivesThen()))
        .append("; in ")
        .append(e.followUpYear())
        .append(": ")
        .append(locomotives(e.locomotivesNow()))
        .append(".\n\n");

    md.append("## The baseline plan's ties\n\n");
    if (e.plannedTies().isEmpty()) {
      md.append("The plan of ").append(e.baselineYear()).append(" recommended no ties.\n");
    } else {
      md.append(e.plannedTiesFormed())
          .append(" of the ")
          .append(e.plannedTies().size())
          .append(" ties the plan of ")
          .append(e.baselineYear())
          .append(" recommended were formed by ")
          .append(e.followUpYear())
          .append(" (a tie of a kind the gap counts, begun after the baseline).\n\n");
      md.append("| Gap | Between | And | Formed |\n|---|---|---|---|\n");
      for (Evaluation.PlannedTie p : e.plannedTies()) {
        md.append("| ")
            .append(p.gap())
            .append(" | ")
            .append(ClusterPlanMarkdown.text(p.source().name()))
            .append(" | ")
            .append(ClusterPlanMarkdown.text(p.target().name()))
            .append(" | ")
            .append(p.formed() ? "in " + p.formedIn() : "no")
            .append(" |\n");
      }
    }
    return md.toString();
  }

  /** The region's ranking. */
  public static String render(RegionEvaluation region) {
    StringBuilder md = new StringBuilder();
    md.append("# The region's ecosystems, ")
        .append(region.baselineYear())
        .append(" to ")
        .append(region.followUpYear())
        .append("\n\nRanked by gaps improved less gaps gone worse, then by the mean change of")
        .append(" severity over the gaps judged in both years. A gap with fewer source actors")
        .append(" than the minimum in either year is counted under \"Too few actors\" only: one")
        .append(" actor would decide its verdict.\n\n");
    md.append("| Rank | Ecosystem | Improved | Worse | No clear change | Not comparable |")
        .append(" Too few actors | Mean severity change |\n")
        .append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for (RegionEvaluation.Ranked r : region.ecosystems()) {
      md.append("| ")
          .append(r.rank())
          .append(" | ")
          .append(ClusterPlanMarkdown.text(r.ecosystemName()))
          .append(" | ")
          .append(r.improved())
          .append(" | ")
          .append(r.worse())
          .append(" | ")
          .append(r.noClearChange())
          .append(" | ")
          .append(r.notComparable())
          .append(" | ")
          .append(r.tooFewActors())
          .append(" | ")
          .append(
              r.meanSeverityChange() == null
                  ? "-"
                  : String.format(Locale.ROOT, "%+.2f", r.meanSeverityChange()))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String severity(GapPoint p) {
    if (p.severity().isEmpty() || p.interval().isEmpty()) {
      return "not applicable";
    }
    return String.format(
        Locale.ROOT,
        "%.2f (%.2f-%.2f)",
        p.severity().get(),
        p.interval().get().low(),
        p.interval().get().high());
  }

  private static String sectors(Map<String, Integer> bySector) {
    List<String> parts =
        bySector.entrySet().stream()
            .filter(x -> x.getValue() > 0)
            .sorted(Map.Entry.comparingByKey())
            .map(x -> x.getValue() + " " + x.getKey().replace('_', ' '))
            .toList();
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  private static String locomotives(List<ClusterPlan.Locomotive> list) {
    if (list.isEmpty()) {
      return "none";
    }
    return String.join(
        ", ",
        list.stream()
            .map(l -> ClusterPlanMarkdown.text(l.actor().name()) + " (" + l.partners() + ")")
            .toList());
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}

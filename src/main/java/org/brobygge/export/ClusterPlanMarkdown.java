package org.brobygge.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brobygge.analysis.bridges.ClusterPlan;
import org.brobygge.analysis.bridges.GapBroker;
import org.brobygge.analysis.bridges.SeverityChange;
import org.brobygge.analysis.gaps.GapFinding;
import org.brobygge.analysis.gaps.GapLevel;

/**
 * A {@link ClusterPlan} as Markdown for a strategist: a summary table, the ecosystem, each gap with
 * its evidence, actions, expected effect and brokers, and the baseline to measure again. Names are
 * escaped so that a name with {@code |} or {@code *} cannot break a table or the emphasis.
 */
public final class ClusterPlanMarkdown {

  private ClusterPlanMarkdown() {}

  /** One ecosystem's plan. */
  public static String render(ClusterPlan plan) {
    StringBuilder md = new StringBuilder();
    md.append("# Cluster plan: ").append(text(plan.ecosystemName())).append("\n\n");
    md.append("*")
        .append(plan.region().isEmpty() ? "" : "Region " + text(plan.region()) + ". ")
        .append("Gaps judged on the network as it stood in ")
        .append(plan.referenceYear())
        .append(
            ". Written by Brobygge; every figure below can be measured again next year with the")
        .append(" same gap definitions (see the last section).*\n\n");

    summary(md, plan);
    profile(md, plan);
    md.append("## The gaps, one by one\n\n");
    for (ClusterPlan.GapPlan gap : plan.gaps()) {
      gap(md, plan, gap);
    }
    allActions(md, plan);
    baseline(md, plan);
    return md.toString();
  }

  /** The index of a folder of plans: every ecosystem with its worst gaps and a link. */
  public static String index(List<ClusterPlan> plans) {
    StringBuilder md = new StringBuilder("# Cluster plans\n\n");
    if (plans.isEmpty()) {
      return md.append("There are no ecosystems in the network.\n").toString();
    }
    md.append("One plan per ecosystem, gaps judged in ")
        .append(plans.get(0).referenceYear())
        .append(". Each plan lists the ecosystem's seven gaps, the actions that would narrow them")
        .append(" and the figures to measure again next year.\n\n");
    md.append("| Ecosystem | Members | Gaps at moderate or severe level | Plan |\n");
    md.append("|---|---:|---|---|\n");
    for (ClusterPlan plan : plans) {
      List<String> pressing =
          worstFirst(plan.gaps()).stream()
              .filter(g -> g.severity() != null && g.severity() >= GapLevel.MODERATE.from())
              .map(g -> g.name() + " " + number(g.severity()) + " (" + g.level() + ")")
              .toList();
      md.append("| ")
          .append(cell(plan.ecosystemName()))
          .append(" | ")
          .append(plan.profile().members())
          .append(" | ")
          .append(pressing.isEmpty() ? "none" : cell(String.join(", ", pressing)))
          .append(" | [")
          .append(plan.ecosystemId())
          .append(".md](")
          .append(plan.ecosystemId())
          .append(".md) |\n");
    }
    List<String> pairs = new ArrayList<>();
    for (ClusterPlan plan : plans) {
      for (ClusterPlan.NeverTied n : plan.neverTied()) {
        String a = plan.ecosystemName();
        String b = n.ecosystemName();
        String pair =
            a.compareTo(b) < 0 ? text(a) + " and " + text(b) : text(b) + " and " + text(a);
        if (!pairs.contains(pair)) {
          pairs.add(pair);
        }
      }
    }
    if (!pairs.isEmpty()) {
      md.append("\nEcosystems with no tie between their members at all: ")
          .append(String.join("; ", pairs))
          .append(". Each of their plans proposes bridges.\n");
    }
    return md.toString();
  }

  // ------------------------------------------------------------------------- sections

  private static void summary(StringBuilder md, ClusterPlan plan) {
    md.append("## In short\n\n");
    md.append(
        "| Gap | Severity now | Level | Rank in the region (1 = worst) | Region median | After"
            + " this plan's actions |\n");
    md.append("|---|---:|---|---|---:|---|\n");
    for (ClusterPlan.GapPlan g : plan.gaps()) {
      md.append("| ").append(cell(g.name())).append(" | ");
      if (!g.applicable()) {
        md.append("n/a | cannot be judged | | ").append(number(g.regionMedian())).append(" | |\n");
        continue;
      }
      md.append(number(g.severity()))
          .append(" | ")
          .append(g.level())
          .append(g.judgeable() ? "" : " (too few actors to judge)")
          .append(" | ")
          .append(g.judgeable() ? rank(g) : "not ranked: " + cell(g.reason()))
          .append(" | ")
          .append(number(g.regionMedian()))
          .append(" | ")
          .append(
              g.severityAfterActions() != null
                  ? number(g.severityAfterActions()) + " (" + g.levelAfterActions() + ")"
                  : g.missing() + g.weakOnly() == 0 ? "none needed" : "no action found")
          .append(" |\n");
    }
    md.append('\n');
    List<String> pressing =
        worstFirst(plan.gaps()).stream()
            .filter(g -> g.severity() != null && g.severity() >= GapLevel.MODERATE.from())
            .map(
                g -> "**" + text(g.name()) + "** (" + g.level() + ", " + number(g.severity()) + ")")
            .toList();
    if (pressing.isEmpty()) {
      md.append("No gap is at a moderate or severe level. ");
    } else {
      md.append("The most pressing: ").append(String.join(", ", pressing)).append(". ");
    }
    if (!plan.neverTied().isEmpty()) {
      md.append("No member is tied to any member of ")
          .append(
              String.join(
                  " or ",
                  plan.neverTied().stream()
                      .map(n -> "**" + text(n.ecosystemName()) + "**")
                      .toList()))
          .append(" (see the inter-ecosystem gap). ");
    }
    long actions = plan.gaps().stream().mapToLong(g -> g.actions().size()).sum();
    md.append("This plan proposes ")
        .append(actions)
        .append(actions == 1 ? " action" : " actions")
        .append(
            ", each naming two actors who should work together and who can introduce them.\n\n");
    md.append(
        "**How to read the figures.** A gap's severity runs from 0 (every actor concerned has a"
            + " strong tie across the gap) to 1 (none has any tie across it); an actor whose ties"
            + " across are all weak counts as half closed. Levels: none below 0.20, mild below"
            + " 0.40, moderate below 0.60, severe from 0.60. A weak tie is a light one (a single"
            + " project, course or contact; little money) or one that ended years ago. Rank 1 is"
            + " the worst ecosystem of the region on that gap.\n\n");
  }

  private static void profile(StringBuilder md, ClusterPlan plan) {
    ClusterPlan.Profile p = plan.profile();
    md.append("## The ecosystem\n\n");
    md.append(text(plan.ecosystemName()))
        .append(" has ")
        .append(p.members())
        .append(" members: ")
        .append(counts(p.bySector(), true))
        .append(". By role: ")
        .append(roles(p.byRole()))
        .append(" (an actor can have several roles or none). They have ")
        .append(p.internalTies())
        .append(" ties among themselves and ")
        .append(p.boundaryTies())
        .append(" with actors outside the ecosystem.\n\n");
    if (!p.locomotives().isEmpty()) {
      md.append(
          "**Locomotives**: the members with the most partners in the whole network (degree"
              + " centrality).\n\n");
      md.append("| Member | Partners | Of which in the ecosystem |\n|---|---:|---:|\n");
      for (ClusterPlan.Locomotive l : p.locomotives()) {
        md.append("| ")
            .append(cell(l.actor().name()))
            .append(" | ")
            .append(l.partners())
            .append(" | ")
            .append(l.partnersInEcosystem())
            .append(" |\n");
      }
      md.append('\n');
    }
  }

  private static void gap(StringBuilder md, ClusterPlan plan, ClusterPlan.GapPlan g) {
    md.append("### ").append(text(g.name()));
    if (!g.applicable()) {
      md.append(": cannot be judged\n\n")
          .append(text(g.description()))
          .append("\n\nThis gap cannot be judged for ")
          .append(text(plan.ecosystemName()))
          .append(": ")
          .append(text(g.reason()))
          .append(".\n\n");
      return;
    }
    md.append(": level ")
        .append(g.level())
        .append(" (")
        .append(number(g.severity()))
        .append(g.judgeable() ? ")\n\n" : "), too few actors to judge\n\n");
    if (!g.judgeable()) {
      md.append("**Too few to judge:** ")
          .append(text(g.reason()))
          .append(". One actor's tie would change the level, so the figures below are shown but")
          .append(" not ranked, and the region's median leaves ")
          .append(text(plan.ecosystemName()))
          .append(" out.\n\n");
    }
    md.append("*").append(text(g.description())).append("*\n\n");

    md.append("- **Where it stands.** Of ")
        .append(g.sourceActors())
        .append(" ")
        .append(g.sourcePlural())
        .append(", ")
        .append(g.strong())
        .append(" have a strong tie to ")
        .append(g.targetPlural())
        .append(", ")
        .append(g.weakOnly())
        .append(" only weak ties and ")
        .append(g.missing())
        .append(" none. ")
        .append(rankSentence(plan, g))
        .append('\n');
    md.append("- **Ties across the gap:** ")
        .append(g.observedTies())
        .append(", where ")
        .append(oneDecimal(g.expectedTies()))
        .append(" would be expected if these actors formed ties at random.\n");
    if (!g.withoutTie().isEmpty()) {
      md.append("- **Without any tie across:** ").append(text(String.join(", ", g.withoutTie())));
      if (g.missing() > g.withoutTie().size()) {
        md.append(" and ").append(g.missing() - g.withoutTie().size()).append(" more");
      }
      md.append(".\n");
    }
    if (!g.weakOnlyTies().isEmpty()) {
      md.append("- **Only weak ties across:** ");
      List<String> weak = new ArrayList<>();
      for (GapFinding.WeakEdge w : g.weakOnlyTies()) {
        weak.add(
            text(w.actorName())
                + " with "
                + text(w.otherName())
                + " ("
                + w.kind()
                + "; "
                + text(w.reason())
                + ")");
      }
      md.append(String.join("; ", weak));
      int more = g.weakOnlyTieCount() - g.weakOnlyTies().size();
      md.append(more > 0 ? "; and " + more + " more.\n" : ".\n");
    }
    int besideStrong = g.weakTieCount() - g.weakOnlyTieCount();
    if (besideStrong > 0) {
      md.append("- **Weak ties beside strong ones:** ")
          .append(besideStrong)
          .append(
              besideStrong == 1
                  ? " more weak tie belongs to an actor that also has a strong one"
                  : " more weak ties belong to actors that also have a strong one")
          .append(" (listed by `GET /api/gaps`).\n");
    }
    md.append('\n');

    if (g.actions().isEmpty()) {
      md.append(
          g.missing() + g.weakOnly() == 0
              ? "**Actions:** none needed: every one of them already has a strong tie across.\n\n"
              : "**Actions:** no candidate tie was found.\n\n");
    } else {
      md.append("**Actions**\n\n");
      int i = 1;
      for (ClusterPlan.Action a : g.actions()) {
        action(md, i++, a);
      }
      md.append("**Expected effect:** with these ")
          .append(g.actions().size())
          .append(g.actions().size() == 1 ? " action" : " actions")
          .append(" the ")
          .append(lowerFirst(text(g.name())))
          .append(" falls from ")
          .append(number(g.severity()))
          .append(" to ")
          .append(number(g.severityAfterActions()))
          .append(
              g.level().equals(g.levelAfterActions())
                  ? " (still " + g.level() + ")"
                  : " (from " + g.level() + " to " + g.levelAfterActions() + ")")
          .append(".\n\n");
    }

    if (g.targetPlural().endsWith("in another ecosystem")) {
      neverTied(md, plan);
    }

    if (!g.brokers().isEmpty()) {
      md.append("**Who can help bridge this gap**\n\n");
      for (GapBroker b : g.brokers()) {
        md.append("- **")
            .append(text(b.actor().name()))
            .append("** (")
            .append(role(b))
            .append("). ")
            .append(text(b.summary()))
            .append('\n');
      }
      md.append('\n');
    }
  }

  private static void action(StringBuilder md, int number, ClusterPlan.Action a) {
    String source = text(a.source().name());
    String target = text(a.target().name());
    md.append(number).append(". **");
    switch (a.type()) {
      case "strengthen" ->
          md.append("Renew and deepen the tie between ")
              .append(source)
              .append(" and ")
              .append(target)
              .append("** (")
              .append(a.proposedTie().kind())
              .append(" tie, now weak).");
      default ->
          md.append(
                  a.basis().equals("best_connected")
                      ? "Put " + source + " in touch with " + target
                      : "Introduce " + source + " to " + target)
              .append("** (new ")
              .append(a.proposedTie().kind())
              .append(" tie")
              .append(a.basis().equals("best_connected") ? "; a first contact" : "")
              .append(").");
    }
    md.append("  \n   ");
    if (a.type().equals("strengthen")) {
      md.append("*Who:* the two already work together.");
    } else if (a.introducers().isEmpty()) {
      md.append("*Who can introduce them:* nobody found within three steps.");
    } else {
      md.append("*Who can introduce them:* ").append(introducers(a)).append('.');
    }
    md.append("  \n   *Why:* ").append(text(a.rationale())).append("\n\n");
  }

  private static void neverTied(StringBuilder md, ClusterPlan plan) {
    for (ClusterPlan.NeverTied n : plan.neverTied()) {
      md.append("**Never tied to ")
          .append(text(n.ecosystemName()))
          .append(".** No member of ")
          .append(text(plan.ecosystemName()))
          .append(" has any tie to a member of ")
          .append(text(n.ecosystemName()))
          .append(", where ")
          .append(oneDecimal(n.expectedTies()))
          .append(
              " ties would be expected if ties formed at random between ecosystems this active.");
      if (n.bridges().isEmpty()) {
        md.append(" No candidate tie between them was found.\n\n");
        continue;
      }
      md.append(" To open the link:\n\n");
      int i = 1;
      for (ClusterPlan.Action a : n.bridges()) {
        action(md, i++, a);
      }
    }
  }

  private static String introducers(ClusterPlan.Action a) {
    List<String> names = new ArrayList<>();
    for (ClusterPlan.PlanIntroducer i : a.introducers()) {
      String name = text(i.actor().name());
      names.add(
          switch (i.via()) {
            case "short_path" ->
                name
                    + " (works with both "
                    + text(a.source().name())
                    + " and "
                    + text(i.through().name())
                    + ", a partner of "
                    + text(a.target().name())
                    + ")";
            case "ecosystem_intermediary" -> name + " (the ecosystem's intermediary)";
            default -> name;
          });
    }
    String joined =
        names.size() == 1
            ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1))
                + " or "
                + names.get(names.size() - 1);
    boolean shared = a.introducers().get(0).via().equals("shared_partner");
    return joined
        + (shared
            ? (names.size() == 1 ? ", who works with both" : ", each of whom works with both")
            : "");
  }

  private static void allActions(StringBuilder md, ClusterPlan plan) {
    long actions = plan.gaps().stream().mapToLong(g -> g.actions().size()).sum();
    if (actions == 0) {
      return;
    }
    md.append("## If every action is carried out\n\n");
    md.append("All ")
        .append(actions)
        .append(
            " actions together, judged again on the whole network. An action aimed at one gap"
                + " can narrow another too: a new research partner abroad also counts for the"
                + " global-market gap.\n\n");
    md.append("| Gap | Now | After all actions |\n|---|---:|---:|\n");
    for (SeverityChange c : plan.allActions()) {
      String name =
          plan.gaps().stream()
              .filter(g -> g.gap().equals(c.gap()))
              .map(ClusterPlan.GapPlan::name)
              .findFirst()
              .orElse(c.gap());
      md.append("| ")
          .append(cell(name))
          .append(" | ")
          .append(c.before() == null ? "n/a" : number(c.before()) + " (" + c.levelBefore() + ")")
          .append(" | ")
          .append(c.after() == null ? "n/a" : number(c.after()) + " (" + c.levelAfter() + ")")
          .append(" |\n");
    }
    md.append('\n');
  }

  private static void baseline(StringBuilder md, ClusterPlan plan) {
    md.append("## Baseline to measure again in ").append(plan.referenceYear() + 1).append("\n\n");
    md.append(
        "These are the figures of "
            + plan.referenceYear()
            + ". To see whether the plan worked, import next year's data and measure again with"
            + " the same gap definitions: `GET /api/ecosystems/"
            + plan.ecosystemId()
            + "/gaps`, or `brobygge plans --out <folder>` for every ecosystem's plan.\n\n");
    md.append(
        "| Gap | Severity | Coverage | Actors concerned | Strong | Weak only | None | Ties across"
            + " | Expected at random |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ClusterPlan.Baseline b : plan.baseline()) {
      String name =
          plan.gaps().stream()
              .filter(g -> g.gap().equals(b.gap()))
              .map(ClusterPlan.GapPlan::name)
              .findFirst()
              .orElse(b.gap());
      md.append("| ")
          .append(cell(name))
          .append(" | ")
          .append(b.severity() == null ? "n/a" : number(b.severity()))
          .append(" | ")
          .append(b.coverage() == null ? "n/a" : percent(b.coverage()))
          .append(" | ")
          .append(b.sourceActors())
          .append(" | ")
          .append(b.strong())
          .append(" | ")
          .append(b.weakOnly())
          .append(" | ")
          .append(b.missing())
          .append(" | ")
          .append(b.observedTies())
          .append(" | ")
          .append(oneDecimal(b.expectedTies()))
          .append(" |\n");
    }
    md.append(
        "\nCoverage is the share of the actors concerned with a strong tie across the gap. The"
            + " actions were ranked by "
            + plan.index().replace('_', ' ')
            + " (how many partners the two share, a shared partner with few partners counting"
            + " most) and by how much of the gap they close.\n");
  }

  // --------------------------------------------------------------------------- words

  private static String rank(ClusterPlan.GapPlan g) {
    if (g.rank() == null) {
      return "";
    }
    if (g.rank() == 1) {
      return "worst of " + g.rankedEcosystems();
    }
    if (g.rank() == g.rankedEcosystems()) {
      return "best of " + g.rankedEcosystems();
    }
    return g.rank() + " of " + g.rankedEcosystems();
  }

  private static String rankSentence(ClusterPlan plan, ClusterPlan.GapPlan g) {
    if (g.rank() == null) {
      return "";
    }
    String where =
        g.rank() == 1
            ? "the worst"
            : g.rank() == g.rankedEcosystems() ? "the best" : "number " + g.rank();
    return text(plan.ecosystemName())
        + " is "
        + where
        + " of the region's "
        + g.rankedEcosystems()
        + " ecosystems on this gap; the region's median severity is "
        + number(g.regionMedian())
        + ".";
  }

  private static String role(GapBroker b) {
    var r = b.roles();
    long best =
        Math.max(
            Math.max(r.liaison(), r.gatekeeper()),
            Math.max(r.representative(), Math.max(r.itinerant(), r.coordinator())));
    String role;
    if (best == r.liaison()) {
      role = "liaison: on neither side of the gap";
    } else if (best == r.gatekeeper()) {
      role = "gatekeeper: on the other side of the gap";
    } else if (best == r.representative()) {
      role = "representative: one of the ecosystem's own";
    } else if (best == r.itinerant()) {
      role = "go-between from outside";
    } else {
      role = "one of the ecosystem's own";
    }
    return role;
  }

  private static List<ClusterPlan.GapPlan> worstFirst(List<ClusterPlan.GapPlan> gaps) {
    return gaps.stream()
        .filter(g -> g.severity() != null && g.judgeable())
        .sorted(Comparator.comparingDouble(ClusterPlan.GapPlan::severity).reversed())
        .toList();
  }

  private static String roles(Map<String, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (id, n) -> {
          if (n > 0) {
            parts.add(n + " " + roleNoun(id, n != 1));
          }
        });
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  private static String roleNoun(String role, boolean plural) {
    String singular =
        switch (role) {
          case "research" -> "research organisation";
          case "education" -> "education organisation";
          case "capital" -> "capital provider";
          case "authority" -> "public authority";
          case "intermediary" -> "intermediary";
          default -> role;
        };
    if (!plural) {
      return singular;
    }
    return switch (singular) {
      case "public authority" -> "public authorities";
      case "intermediary" -> "intermediaries";
      default -> singular + "s";
    };
  }

  private static String counts(Map<String, Integer> counts, boolean all) {
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (id, n) -> {
          if (all || n > 0) {
            parts.add(n + " " + id.replace('_', ' '));
          }
        });
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  private static String number(Double value) {
    return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.0f %%", 100 * value);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  /** Text with Markdown's emphasis, link and HTML characters escaped. */
  static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if ("\\*_`[]<>#|".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return out.toString();
  }

  private static String cell(String s) {
    return text(s);
  }
}

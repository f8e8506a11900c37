package org.brobygge.analysis.bridges;

import java.util.List;
import java.util.Locale;
import org.brobygge.analysis.gaps.Coverage;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapSides;
import org.brobygge.analysis.gaps.ParallelTies;
import org.brobygge.graph.EcosystemGraph;

/** A recommendation in plain words, for a strategist who will not read the score's parts. */
final class Rationale {

  private Rationale() {}

  static String of(
      BridgeRecommender r,
      int s,
      int t,
      RecommendationType type,
      CandidateBasis basis,
      int common,
      ParallelTies weakTie,
      List<Introducer> introducers,
      ProposedTie proposed) {
    GapSides sides = r.sides();
    EcosystemGraph graph = sides.graph();
    GapDefinition d = sides.definition();
    String source = graph.actorName(s);
    String target = graph.actorName(t);
    String plural = GapWords.targetPlural(d, r.ecosystemName());
    String singular = GapWords.targetSingular(d, r.ecosystemName());
    StringBuilder text = new StringBuilder();

    Coverage coverage = sides.sourceCoverage(s);
    switch (coverage) {
      case MISSING ->
          text.append(source).append(" has no tie to any ").append(singular).append(". ");
      case WEAK_ONLY ->
          text.append(source).append("'s ties to ").append(plural).append(" are all weak. ");
      case STRONG ->
          text.append(source)
              .append(" already has a strong tie to a ")
              .append(singular)
              .append("; this one would add another without lowering the severity. ");
    }

    switch (basis) {
      case SHARED_PARTNERS ->
          text.append("It shares ")
              .append(GapWords.partners(common))
              .append(" with ")
              .append(target)
              .append(sharedPartnerClause(introducers))
              .append(". ");
      case BEST_CONNECTED ->
          text.append(
                  r.network().degree(s) == 0
                      ? "It has no partner in the network at all. "
                      : "None of its partners works with one. ")
              .append(target)
              .append(" is one of the best-connected ")
              .append(plural)
              .append(" (")
              .append(GapWords.partners(r.network().degree(t)))
              .append("), suggested as a first contact although the two share no partner. ")
              .append(pathClause(source, target, introducers));
      case WEAK_TIE ->
          text.append("Its ")
              .append(weakTie.kindId())
              .append(" tie with ")
              .append(target)
              .append(" (weight ")
              .append(GapWords.weight(weakTie.weight()))
              .append(years(weakTie))
              .append(") is weak: ")
              .append(weakTie.weakReason().orElseThrow())
              .append(". The two already work together, so no introduction is needed. ");
    }

    if (sides.isSource(t) && sides.isTarget(s)) {
      Coverage other = sides.sourceCoverage(t);
      if (other == Coverage.MISSING) {
        text.append(target).append(" has no such tie either, so this would help both. ");
      } else if (other == Coverage.WEAK_ONLY) {
        text.append(target).append("'s ties of this kind are weak too, so this would help both. ");
      }
    }

    double effect =
        coverage.open()
            + (sides.isSource(t) && sides.isTarget(s) ? sides.sourceCoverage(t).open() : 0);
    if (effect > 0) {
      text.append(
              type == RecommendationType.STRENGTHEN
                  ? "Renewed as an ongoing tie"
                  : "As an ongoing " + proposed.kind() + " tie")
          .append(" of weight ")
          .append(GapWords.weight(proposed.weight()))
          .append(" or more, it would lower the ")
          .append(lowerFirst(d.name()))
          .append(" of ")
          .append(r.ecosystemName())
          .append(" from ")
          .append(GapWords.severity(sides.severity()))
          .append(" to ")
          .append(GapWords.severity(sides.severity() - effect / sides.sourceCount()))
          .append(" (-")
          .append(GapWords.drop(effect / sides.sourceCount()))
          .append(").");
    }
    return text.toString().strip();
  }

  /** The best-placed introducer only: the recommendation lists them all. */
  private static String sharedPartnerClause(List<Introducer> introducers) {
    if (introducers.isEmpty()) {
      return "";
    }
    return "; " + introducers.get(0).actor().name() + " works with both";
  }

  private static String pathClause(String source, String target, List<Introducer> introducers) {
    if (introducers.isEmpty()) {
      return "No introducer was found within three steps. ";
    }
    Introducer first = introducers.get(0);
    return switch (first.via()) {
      case SHORT_PATH ->
          first.actor().name()
              + " works with "
              + source
              + " and with "
              + first.through().name()
              + ", who works with "
              + target
              + ". ";
      case ECOSYSTEM_INTERMEDIARY ->
          "No partner of "
              + source
              + " knows a partner of "
              + target
              + "; "
              + first.actor().name()
              + ", the ecosystem's intermediary, could arrange a first meeting. ";
      case SHARED_PARTNER -> first.actor().name() + " works with both. ";
    };
  }

  private static String years(ParallelTies tie) {
    boolean since = tie.since() != EcosystemGraph.NO_YEAR;
    boolean until = tie.until() != EcosystemGraph.NO_YEAR;
    if (since && until) {
      return ", " + tie.since() + "-" + tie.until();
    }
    if (until) {
      return ", until " + tie.until();
    }
    return since ? ", since " + tie.since() : "";
  }

  private static String lowerFirst(String name) {
    return name.isEmpty()
        ? name
        : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }
}

package org.brobygge.analysis.bridges;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.brobygge.analysis.gaps.Coverage;
import org.brobygge.analysis.gaps.GapAnalysis;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapFinding;
import org.brobygge.analysis.gaps.GapLevel;
import org.brobygge.analysis.gaps.GapScope;
import org.brobygge.analysis.gaps.GapSides;
import org.brobygge.analysis.gaps.InterEcosystemMatrix;
import org.brobygge.analysis.gaps.RegionView;
import org.brobygge.analysis.profile.EcosystemProfile;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKinds;

/**
 * One ecosystem's development plan, the document a strategist acts on and re-measures a year later:
 * who is in it, its seven gaps with their evidence, the top actions per gap with who can introduce
 * the two sides and what the actions would change (by {@link WhatIf}), the brokers, and the
 * baseline figures.
 *
 * <p>Actions are a gap's best recommendations that lower its severity ({@link
 * ScoreParts#gapEffect()} > 0), one per source actor so that each action helps a different actor:
 * the number asked for a gap at a mild, moderate or severe level, at most {@link
 * #ACTIONS_SMALL_GAP} for a gap at level none, so that the plan's weight lies where the gaps are.
 * {@code severityAfterActions} is the what-if of that gap's actions together; {@link #allActions()}
 * the what-if of every action of the plan, which also shows the effect of one gap's actions on
 * another (a research tie abroad narrows the global-market gap too).
 *
 * @param ecosystemId the ecosystem
 * @param referenceYear the year the gaps were judged at
 * @param index the link-prediction index of the recommendations
 * @param profile members and ties
 * @param gaps one entry per gap, in definition order
 * @param neverTied the other ecosystems that no member of this one is tied to (by a tie of a kind
 *     the inter-ecosystem gap counts), with the best bridges into each
 * @param allActions every gap of the ecosystem before and after all the plan's actions
 * @param baseline the figures to measure again next year, one per gap
 */
public record ClusterPlan(
    String ecosystemId,
    String ecosystemName,
    String region,
    int referenceYear,
    String index,
    Profile profile,
    List<GapPlan> gaps,
    List<NeverTied> neverTied,
    List<SeverityChange> allActions,
    List<Baseline> baseline) {

  /** Recommended actions per gap unless told otherwise. */
  public static final int ACTIONS_DEFAULT = 5;

  /** Actions at most for a gap whose level is none. */
  public static final int ACTIONS_SMALL_GAP = 2;

  /** Brokers named per gap. */
  public static final int BROKERS = 3;

  /** Evidence listed per gap: actors without a tie, weak ties. */
  public static final int EVIDENCE = 10;

  public ClusterPlan {
    gaps = List.copyOf(gaps);
    neverTied = List.copyOf(neverTied);
    allActions = List.copyOf(allActions);
    baseline = List.copyOf(baseline);
  }

  /**
   * Who is in the ecosystem.
   *
   * @param bySector members per sector id
   * @param byRole members per role id
   * @param internalTies ties among members
   * @param boundaryTies ties between a member and an actor outside
   * @param locomotives its firms (every member if it has none) with the most partners in the whole
   *     network: degree centrality
   */
  public record Profile(
      int members,
      Map<String, Integer> bySector,
      Map<String, Integer> byRole,
      int internalTies,
      int boundaryTies,
      List<Locomotive> locomotives) {}

  /**
   * A well-connected member.
   *
   * @param partners distinct partners in the whole network
   * @param partnersInEcosystem of those, members of the ecosystem
   */
  public record Locomotive(ActorRef actor, int partners, int partnersInEcosystem) {}

  /**
   * One gap of the plan.
   *
   * @param judgeable false when not applicable or on too few source actors ({@link
   *     GapFinding#judgeable()}): the figures are given, the rank is null and the region's median
   *     leaves this ecosystem out
   * @param rank the ecosystem's place among the ecosystems where the gap can be judged, 1 the
   *     worst; null where not applicable or not judgeable
   * @param rankedEcosystems how many ecosystems are ranked on this gap
   * @param regionMedian the median severity of the region
   * @param targetPlural who the other side is, in words ("research organisations")
   * @param withoutTie names of source actors with no tie across, at most {@link #EVIDENCE}
   * @param weakOnlyTies the weak ties of the actors whose ties across are all weak, the ones that
   *     keep the gap half open; at most {@link #EVIDENCE}
   * @param weakOnlyTieCount all such ties
   * @param weakTieCount all weak ties across, those of strongly tied actors included
   * @param actions the top actions
   * @param severityAfterActions severity if the actions are carried out, by what-if
   * @param brokers the best-placed brokers, at most {@link #BROKERS}
   */
  public record GapPlan(
      String gap,
      String name,
      String description,
      boolean applicable,
      String reason,
      boolean judgeable,
      Double severity,
      String level,
      Integer rank,
      int rankedEcosystems,
      Double regionMedian,
      int sourceActors,
      String sourcePlural,
      String targetPlural,
      int strong,
      int weakOnly,
      int missing,
      int observedTies,
      double expectedTies,
      List<String> withoutTie,
      List<GapFinding.WeakEdge> weakOnlyTies,
      int weakOnlyTieCount,
      int weakTieCount,
      List<Action> actions,
      Double severityAfterActions,
      String levelAfterActions,
      List<GapBroker> brokers) {}

  /**
   * One action: a {@link BridgeRecommendation} in the plan's words.
   *
   * @param type {@code new_tie} or {@code strengthen}
   * @param basis {@code shared_partners}, {@code best_connected} or {@code weak_tie}
   * @param severityDrop how much this action alone lowers the gap's severity
   * @param introducers who can introduce the two, best placed first
   */
  public record Action(
      String type,
      String basis,
      ActorRef source,
      ActorRef target,
      double score,
      double severityDrop,
      List<PlanIntroducer> introducers,
      ProposedTie proposedTie,
      String rationale) {}

  /**
   * An introducer in the plan's words.
   *
   * @param via {@code shared_partner}, {@code short_path} or {@code ecosystem_intermediary}
   * @param through for a short path, the partner who works with the target
   */
  public record PlanIntroducer(ActorRef actor, String via, ActorRef through) {}

  /**
   * Another ecosystem that this one has no tie with.
   *
   * @param expectedTies the ties a degree-preserving null model expects between the two ({@link
   *     InterEcosystemMatrix})
   * @param bridges the best new ties between a member of this ecosystem and one of the other, one
   *     per member, at most {@link #BRIDGES_PER_PAIR}
   */
  public record NeverTied(
      String ecosystemId, String ecosystemName, double expectedTies, List<Action> bridges) {}

  /** Bridges proposed into each ecosystem this one never ties to. */
  public static final int BRIDGES_PER_PAIR = 3;

  /** The figures to measure again: {@code GapFinding}'s, for one gap. */
  public record Baseline(
      String gap,
      Double severity,
      Double coverage,
      int sourceActors,
      int strong,
      int weakOnly,
      int missing,
      int observedTies,
      double expectedTies) {}

  /**
   * The plan of ecosystem {@code ecosystem}.
   *
   * @param network the whole network of the snapshot {@code analysis} judged
   * @param analysis the gap analysis of that snapshot
   * @param home the home region {@code analysis} was made with
   * @param kinds the tie kinds, for the what-ifs
   * @param index the link-prediction index of the recommendations
   * @param actionsPerGap how many actions per gap, at least 1
   */
  public static ClusterPlan of(
      LinkNetwork network,
      GapAnalysis analysis,
      HomeRegion home,
      TieKinds kinds,
      int ecosystem,
      LinkPredictionIndex index,
      int actionsPerGap) {
    return of(network, analysis, null, home, kinds, ecosystem, index, actionsPerGap);
  }

  /**
   * As {@link #of(LinkNetwork, GapAnalysis, HomeRegion, TieKinds, int, LinkPredictionIndex, int)},
   * with the inter-ecosystem matrix already at hand: it takes seconds on a million ties, so the
   * plans of every ecosystem share one.
   *
   * @param matrix the matrix of the snapshot for the analysis's gap scoped to other ecosystems, or
   *     null to compute it here
   */
  public static ClusterPlan of(
      LinkNetwork network,
      GapAnalysis analysis,
      InterEcosystemMatrix matrix,
      HomeRegion home,
      TieKinds kinds,
      int ecosystem,
      LinkPredictionIndex index,
      int actionsPerGap) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(index, "index");
    if (actionsPerGap < 1) {
      throw new IllegalArgumentException("actionsPerGap must be >= 1: " + actionsPerGap);
    }
    EcosystemGraph graph = network.snapshot();
    Objects.checkIndex(ecosystem, graph.ecosystemCount());
    RegionView region = RegionView.of(analysis);
    String id = graph.ecosystemId(ecosystem);
    int year = analysis.referenceYear();

    List<GapPlan> gaps = new ArrayList<>();
    List<ProposedTie> all = new ArrayList<>();
    List<NeverTied> neverTied = List.of();
    List<GapFinding> findings = analysis.findingsOf(ecosystem);
    for (int g = 0; g < findings.size(); g++) {
      GapDefinition d = analysis.definitions().get(g);
      GapFinding f = findings.get(g);
      List<Action> actions = new ArrayList<>();
      List<GapBroker> brokers = List.of();
      Double after = null;
      String levelAfter = null;
      List<GapFinding.WeakEdge> weakOnly = List.of();
      if (f.applicable()) {
        BridgeRecommender recommender =
            new BridgeRecommender(network, d, home, year, ecosystem, index);
        weakOnly = weakOnlyTies(recommender.sides(), f);
        if (d.scope() == GapScope.OTHER_ECOSYSTEMS) {
          neverTied =
              neverTied(
                  graph,
                  matrix != null ? matrix : new InterEcosystemMatrix(graph, d),
                  ecosystem,
                  recommender);
        }
        int wanted =
            f.gapLevel().orElse(null) == GapLevel.NONE
                ? Math.min(ACTIONS_SMALL_GAP, actionsPerGap)
                : actionsPerGap;
        actions = actions(recommender, wanted);
        brokers = new GapBrokers(network, d, home, year, ecosystem).top(BROKERS);
        List<ProposedTie> ties = actions.stream().map(Action::proposedTie).toList();
        all.addAll(ties);
        if (!ties.isEmpty()) {
          SeverityChange change =
              WhatIf.ofEcosystem(graph, analysis, home, kinds, ties, ecosystem).get(g);
          after = change.after();
          levelAfter = change.levelAfter();
        }
      }
      List<RegionView.Ranked> ranked = region.rankings().get(d.id());
      gaps.add(
          new GapPlan(
              d.id(),
              d.name(),
              d.description(),
              f.applicable(),
              f.reason(),
              f.judgeable(),
              f.severity(),
              f.level(),
              ranked.stream()
                  .filter(r -> r.ecosystemId().equals(id))
                  .map(RegionView.Ranked::rank)
                  .findFirst()
                  .orElse(null),
              ranked.size(),
              region.medians().get(d.id()),
              f.sourceActors(),
              sourcePlural(d),
              GapWords.targetPlural(d, graph.ecosystemName(ecosystem)),
              f.strong(),
              f.weakOnly(),
              f.missing(),
              f.observedTies(),
              f.expectedTies(),
              f.missingEdges().stream()
                  .limit(EVIDENCE)
                  .map(GapFinding.MissingEdge::actorName)
                  .toList(),
              weakOnly.stream().limit(EVIDENCE).toList(),
              weakOnly.size(),
              f.weakEdges().size(),
              actions,
              after,
              levelAfter,
              brokers));
    }
    List<SeverityChange> allActions =
        WhatIf.ofEcosystem(graph, analysis, home, kinds, all, ecosystem);
    List<Baseline> baseline =
        findings.stream()
            .map(
                f ->
                    new Baseline(
                        f.gap(),
                        f.severity(),
                        f.coverage(),
                        f.sourceActors(),
                        f.strong(),
                        f.weakOnly(),
                        f.missing(),
                        f.observedTies(),
                        f.expectedTies()))
            .toList();
    return new ClusterPlan(
        id,
        graph.ecosystemName(ecosystem),
        graph.ecosystemRegion(ecosystem),
        year,
        index.id(),
        profile(network, ecosystem),
        gaps,
        neverTied,
        allActions,
        baseline);
  }

  /**
   * The best recommendations that lower the severity, one per source actor. A tie that closes the
   * gap for both ends (two firms of the ecosystem) is taken first when neither end is helped by an
   * earlier action; then the slots left are filled with the best ones for actors not yet helped.
   */
  private static List<Action> actions(BridgeRecommender recommender, int limit) {
    // PER_SOURCE caps each actor's options; enough of them to find `limit` different actors
    List<BridgeRecommendation> ranked = recommender.top(limit * BridgeRecommender.PER_SOURCE * 2);
    List<BridgeRecommendation> chosen = new ArrayList<>();
    Set<String> helped = new HashSet<>();
    for (boolean strict : new boolean[] {true, false}) {
      for (BridgeRecommendation r : ranked) {
        if (chosen.size() == limit) {
          break;
        }
        boolean targetOpen =
            r.parts().targetCoverage().filter(c -> c != Coverage.STRONG).isPresent();
        if (r.parts().gapEffect() <= 0
            || chosen.contains(r)
            || helped.contains(r.source().id())
            || (strict && targetOpen && helped.contains(r.target().id()))) {
          continue;
        }
        chosen.add(r);
        helped.add(r.source().id());
        if (targetOpen) {
          helped.add(r.target().id());
        }
      }
    }
    chosen.sort(Comparator.comparingInt(ranked::indexOf));
    return chosen.stream().map(ClusterPlan::action).toList();
  }

  private static Action action(BridgeRecommendation r) {
    return new Action(
        r.type().id(),
        r.basis().id(),
        r.source(),
        r.target(),
        r.score(),
        r.parts().severityDrop(),
        r.introducers().stream()
            .map(i -> new PlanIntroducer(i.actor(), i.via().id(), i.through()))
            .toList(),
        r.proposedTie(),
        r.rationale());
  }

  /**
   * The ecosystems that the inter-ecosystem gap's matrix shows never tied to this one, with the
   * recommender's best new ties into each.
   */
  private static List<NeverTied> neverTied(
      EcosystemGraph graph,
      InterEcosystemMatrix matrix,
      int ecosystem,
      BridgeRecommender recommender) {
    List<NeverTied> result = new ArrayList<>();
    for (int other = 0; other < graph.ecosystemCount(); other++) {
      if (other == ecosystem || matrix.observed(ecosystem, other) > 0) {
        continue;
      }
      boolean[] inOther = new boolean[graph.actorCount()];
      for (int m : graph.members(other)) {
        inOther[m] = true;
      }
      List<Action> bridges =
          recommender.top(BRIDGES_PER_PAIR, 1, t -> inOther[t]).stream()
              .map(ClusterPlan::action)
              .toList();
      result.add(
          new NeverTied(
              graph.ecosystemId(other),
              graph.ecosystemName(other),
              matrix.expected(ecosystem, other),
              bridges));
    }
    return result;
  }

  /** The weak ties of the actors whose ties across are all weak. */
  private static List<GapFinding.WeakEdge> weakOnlyTies(GapSides sides, GapFinding f) {
    EcosystemGraph graph = sides.graph();
    List<GapFinding.WeakEdge> result = new ArrayList<>();
    for (GapFinding.WeakEdge w : f.weakEdges()) {
      int actor = graph.actorIndex(w.actorId()).orElseThrow();
      int other = graph.actorIndex(w.otherId()).orElseThrow();
      if (sides.hasCoverage(actor, Coverage.WEAK_ONLY)
          || sides.hasCoverage(other, Coverage.WEAK_ONLY)) {
        result.add(w);
      }
    }
    return result;
  }

  /**
   * The members of one ecosystem by sector and role, its ties inside and across its boundary, and
   * its five locomotives: the plan's profile, also what an evaluation compares year by year.
   */
  public static Profile profile(LinkNetwork network, int ecosystem) {
    EcosystemGraph graph = network.snapshot();
    EcosystemProfile p = EcosystemProfile.of(graph, ecosystem);
    Map<String, Integer> bySector = new LinkedHashMap<>();
    p.bySector().forEach((Sector s, Integer n) -> bySector.put(s.id(), n));
    Map<String, Integer> byRole = new LinkedHashMap<>();
    p.byRole().forEach((Role r, Integer n) -> byRole.put(r.id(), n));
    int[] members = graph.members(ecosystem);
    boolean[] member = new boolean[graph.actorCount()];
    for (int m : members) {
      member[m] = true;
    }
    boolean anyFirm = false;
    for (int m : members) {
      anyFirm |= graph.hasRole(m, Role.FIRM);
    }
    List<Locomotive> locomotives = new ArrayList<>();
    for (int m : members) {
      if (anyFirm && !graph.hasRole(m, Role.FIRM)) {
        continue;
      }
      int inside = 0;
      for (int partner : network.neighbours(m)) {
        inside += member[partner] ? 1 : 0;
      }
      locomotives.add(new Locomotive(ActorRef.of(graph, m), network.degree(m), inside));
    }
    locomotives.sort(
        Comparator.comparingInt(Locomotive::partners)
            .thenComparingInt(Locomotive::partnersInEcosystem)
            .reversed()
            .thenComparing(l -> l.actor().id()));
    return new Profile(
        p.members(),
        bySector,
        byRole,
        p.internalTies(),
        p.boundaryTies(),
        List.copyOf(locomotives.subList(0, Math.min(5, locomotives.size()))));
  }

  private static String sourcePlural(GapDefinition d) {
    List<Role> roles = d.source().anyRole().stream().sorted().toList();
    if (roles.isEmpty()) {
      return "members";
    }
    List<String> nouns = roles.stream().map(r -> GapWords.roleNoun(r, true)).toList();
    if (nouns.size() == 1) {
      return nouns.get(0);
    }
    return String.join(", ", nouns.subList(0, nouns.size() - 1))
        + " and "
        + nouns.get(nouns.size() - 1);
  }
}

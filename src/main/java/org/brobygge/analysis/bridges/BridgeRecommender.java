package org.brobygge.analysis.bridges;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import org.brobygge.analysis.gaps.Coverage;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapSides;
import org.brobygge.analysis.gaps.ParallelTies;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.Role;

/**
 * Ranked bridge recommendations for one gap of one ecosystem: candidate ties between the
 * ecosystem's source-side actors and the other side, scored by how likely the tie is and how much
 * of the gap it would close.
 *
 * <p><b>Candidates.</b> For each source actor s (see {@code GapFinding}): every actor t on the
 * other side of the gap (target selector and scope) that s reaches in two steps on the whole
 * network and is not tied to across the gap yet ({@link CandidateBasis#SHARED_PARTNERS}); if there
 * is none, the {@link #FALLBACK_TARGETS} best-connected actors of the other side ({@link
 * CandidateBasis#BEST_CONNECTED}, labelled as a fallback); and, for an actor whose ties across are
 * all weak, each of those weak ties ({@link RecommendationType#STRENGTHEN}). No pair of actors is
 * ever scored blindly: the work is the source actors' two-step neighbourhoods, O(sum over source
 * actors s of sum over partners w of s of deg w).
 *
 * <p><b>Score.</b> With {@code likelihood} = the link-prediction index of the pair divided by the
 * best index among this gap's new-tie candidates (so in [0, 1]; 1 for strengthening an existing
 * tie, which the two already share; 0 for a fallback) and {@code gapEffect} = {@link
 * Coverage#open()} of the source actor (1 with no tie across, 1/2 with weak ties only, 0 with a
 * strong one), plus the target's when it stands on the source side too (two firms of one
 * ecosystem):
 *
 * <pre>
 *   score = LIKELIHOOD_WEIGHT * likelihood + (1 - LIKELIHOOD_WEIGHT) * gapEffect
 * </pre>
 *
 * With the weight 1/2 every candidate of an actor without a tie across (score at least 1/2) ranks
 * above every candidate of an actor that is already strongly tied (at most 1/2), and a likely tie
 * of a weak-only actor can outrank an unlikely one of a missing actor. Candidates of strongly tied
 * actors are kept (they deepen the bridge without changing the severity) and rank last.
 *
 * <p><b>Introducers</b> (for new ties: the two of a weak tie know each other). The partners the two
 * share, strongest first (by the weaker of their two ties, then the sum); without a shared partner,
 * the first actors of paths of three steps, by the weakest of the three ties; without such a path,
 * the ecosystem's best-connected intermediary.
 *
 * <p>Everything is computed in the constructor. {@link #top(int)} builds the records with
 * introducers and rationale for the asked ones only.
 */
public final class BridgeRecommender {

  /** Weight of the likelihood part of the score; the gap effect gets the rest. */
  public static final double LIKELIHOOD_WEIGHT = 0.5;

  /** Best-connected targets offered to a source actor that reaches none in two steps. */
  public static final int FALLBACK_TARGETS = 3;

  /** Introducers named per recommendation. */
  public static final int MAX_INTRODUCERS = 3;

  /** At most this many recommendations per source actor in {@link #top(int)}. */
  public static final int PER_SOURCE = 3;

  private final LinkNetwork network;
  private final EcosystemGraph graph;
  private final GapSides sides;
  private final LinkPredictionIndex index;
  private final int referenceYear;
  private final String ecosystemName;
  private final List<Candidate> ranked;

  /** A scored pair, kept primitive until {@link #top(int)} asks for its record. */
  private static final class Candidate {
    final int source;
    final int target;
    final RecommendationType type;
    final CandidateBasis basis;
    final int common;
    final double indexValue;
    final double gapEffect;
    final ParallelTies weakTie; // for STRENGTHEN
    double likelihood;
    double score;

    Candidate(
        int source,
        int target,
        RecommendationType type,
        CandidateBasis basis,
        int common,
        double indexValue,
        double gapEffect,
        ParallelTies weakTie) {
      this.source = source;
      this.target = target;
      this.type = type;
      this.basis = basis;
      this.common = common;
      this.indexValue = indexValue;
      this.gapEffect = gapEffect;
      this.weakTie = weakTie;
    }
  }

  /**
   * @param network the whole network of the snapshot
   * @param definition the gap
   * @param home the home region, for the home-country and abroad scopes
   * @param referenceYear "now" for judging old ties, and the start year of proposed ties
   * @param ecosystem ecosystem index in the snapshot
   * @param index the link-prediction index of the likelihood part
   */
  public BridgeRecommender(
      LinkNetwork network,
      GapDefinition definition,
      HomeRegion home,
      int referenceYear,
      int ecosystem,
      LinkPredictionIndex index) {
    this.network = Objects.requireNonNull(network, "network");
    this.graph = network.snapshot();
    this.index = Objects.requireNonNull(index, "index");
    this.referenceYear = referenceYear;
    this.sides = new GapSides(graph, definition, home, referenceYear, ecosystem);
    this.ecosystemName = graph.ecosystemName(ecosystem);
    this.ranked = sides.applicable() ? rank(candidates()) : List.of();
  }

  private List<Candidate> candidates() {
    int n = graph.actorCount();
    int[] common = new int[n];
    double[] inverseDegree = new double[n];
    double[] inverseLogDegree = new double[n];
    boolean[] tiedToSource = new boolean[n];
    int[] touched = new int[Math.max(16, n)];
    int[] fallback = bestConnectedTargets();
    Set<Long> fallbackPairs = new HashSet<>();
    List<Candidate> result = new ArrayList<>();
    for (int s : sides.sources()) {
      Coverage coverage = sides.sourceCoverage(s);
      List<ParallelTies> across = sides.countingTies(s);
      for (ParallelTies t : across) {
        tiedToSource[t.other()] = true;
      }
      int touchedCount = 0;
      for (int k = network.rowStart(s); k < network.rowEnd(s); k++) {
        int w = network.neighbourAt(k);
        int degree = network.degree(w);
        double inverse = 1.0 / degree;
        double inverseLog = 1.0 / Math.log(degree); // degree >= 2: w has s and t
        for (int l = network.rowStart(w); l < network.rowEnd(w); l++) {
          int t = network.neighbourAt(l);
          if (t == s || tiedToSource[t] || !sides.isTarget(t) || seenFromOtherEnd(s, t)) {
            continue;
          }
          if (common[t] == 0) {
            touched[touchedCount++] = t;
          }
          common[t]++;
          inverseDegree[t] += inverse;
          inverseLogDegree[t] += inverseLog;
        }
      }
      for (int i = 0; i < touchedCount; i++) {
        int t = touched[i];
        double value =
            index.value(
                common[t],
                inverseDegree[t],
                inverseLogDegree[t],
                network.degree(s),
                network.degree(t));
        result.add(
            new Candidate(
                s,
                t,
                RecommendationType.NEW_TIE,
                CandidateBasis.SHARED_PARTNERS,
                common[t],
                value,
                effect(s, t),
                null));
        common[t] = 0;
        inverseDegree[t] = 0;
        inverseLogDegree[t] = 0;
      }
      if (touchedCount == 0 && !hasTwoStepCandidate(s)) {
        int offered = 0;
        for (int t : fallback) {
          if (offered == FALLBACK_TARGETS) {
            break;
          }
          if (t == s || tiedToSource[t] || network.adjacent(s, t)) {
            continue;
          }
          offered++;
          if (fallbackPairs.add(pairKey(s, t))) {
            result.add(
                new Candidate(
                    s,
                    t,
                    RecommendationType.NEW_TIE,
                    CandidateBasis.BEST_CONNECTED,
                    0,
                    0,
                    effect(s, t),
                    null));
          }
        }
      }
      if (coverage == Coverage.WEAK_ONLY) {
        strengthen(s, across, result);
      }
      for (ParallelTies t : across) {
        tiedToSource[t.other()] = false;
      }
    }
    return result;
  }

  /**
   * A pair of two source actors that are each on the other's target side (two firms of one
   * ecosystem) is met from both ends; it is kept from its lower end only.
   */
  private boolean seenFromOtherEnd(int s, int t) {
    return t < s && sides.isSource(t) && sides.isTarget(s);
  }

  /**
   * Whether s has a two-step candidate that was left to the other end (see {@link
   * #seenFromOtherEnd}): then it is not without candidates and needs no fallback.
   */
  private boolean hasTwoStepCandidate(int s) {
    for (int k = network.rowStart(s); k < network.rowEnd(s); k++) {
      int w = network.neighbourAt(k);
      for (int l = network.rowStart(w); l < network.rowEnd(w); l++) {
        int t = network.neighbourAt(l);
        if (t != s && sides.isTarget(t) && !sides.tiedAcross(s, t)) {
          return true;
        }
      }
    }
    return false;
  }

  private void strengthen(int s, List<ParallelTies> across, List<Candidate> result) {
    // one per partner: the heaviest of its weak ties, the lowest kind index among equals
    Map<Integer, ParallelTies> byPartner = new HashMap<>();
    for (ParallelTies t : across) {
      byPartner.merge(
          t.other(),
          t,
          (a, b) ->
              a.weight() > b.weight() || (a.weight() == b.weight() && a.kind() < b.kind()) ? a : b);
    }
    for (ParallelTies t : byPartner.values()) {
      int other = t.other();
      if (other < s && sides.hasCoverage(other, Coverage.WEAK_ONLY) && sides.isTarget(s)) {
        continue; // two weak-only source actors tied to each other: kept from the lower end
      }
      result.add(
          new Candidate(
              s,
              other,
              RecommendationType.STRENGTHEN,
              CandidateBasis.WEAK_TIE,
              network.pairCounts(s, other).common(),
              index.value(network, s, other),
              effect(s, other),
              t));
    }
  }

  /** The source actor's open part, plus the target's when it is on the source side too. */
  private double effect(int s, int t) {
    double effect = sides.sourceCoverage(s).open();
    if (sides.isSource(t) && sides.isTarget(s)) {
      effect += sides.sourceCoverage(t).open();
    }
    return effect;
  }

  /** The other side, most partners first, enough of them to skip a source actor's own partners. */
  private int[] bestConnectedTargets() {
    List<Integer> targets = new ArrayList<>();
    for (int a = 0; a < graph.actorCount(); a++) {
      if (sides.isTarget(a)) {
        targets.add(a);
      }
    }
    targets.sort(
        Comparator.comparingInt((Integer a) -> network.degree(a))
            .reversed()
            .thenComparing(graph::actorId));
    int keep = Math.min(targets.size(), 64);
    return targets.subList(0, keep).stream().mapToInt(Integer::intValue).toArray();
  }

  private List<Candidate> rank(List<Candidate> candidates) {
    double best = 0;
    for (Candidate c : candidates) {
      if (c.basis == CandidateBasis.SHARED_PARTNERS) {
        best = Math.max(best, c.indexValue);
      }
    }
    for (Candidate c : candidates) {
      c.likelihood =
          switch (c.basis) {
            case WEAK_TIE -> 1.0;
            case BEST_CONNECTED -> 0.0;
            case SHARED_PARTNERS -> best > 0 ? c.indexValue / best : 0.0;
          };
      c.score = LIKELIHOOD_WEIGHT * c.likelihood + (1 - LIKELIHOOD_WEIGHT) * c.gapEffect;
    }
    candidates.sort(
        Comparator.comparingDouble((Candidate c) -> c.score)
            .thenComparingDouble(c -> c.gapEffect)
            .thenComparingDouble(c -> c.indexValue)
            .thenComparingInt(c -> network.degree(c.target))
            .reversed()
            .thenComparing(c -> graph.actorId(c.source))
            .thenComparing(c -> graph.actorId(c.target)));
    return List.copyOf(candidates);
  }

  private static long pairKey(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  // ---------------------------------------------------------------------------------- answers

  /** Whether the gap can be judged for this ecosystem; if not, there is nothing to recommend. */
  public boolean applicable() {
    return sides.applicable();
  }

  /** The ecosystem's actors on the source side of the gap. */
  public int sourceActors() {
    return sides.sourceCount();
  }

  /** The gap's severity now, as {@code GapFinding} gives it; NaN where not applicable. */
  public double severity() {
    return sides.severity();
  }

  /** Number of candidates of every type, the fallbacks included. */
  public int candidateCount() {
    return ranked.size();
  }

  /**
   * The best {@code limit} recommendations, at most {@link #PER_SOURCE} per source actor so that
   * one actor's options do not crowd out the others'.
   */
  public List<BridgeRecommendation> top(int limit) {
    return top(limit, PER_SOURCE, t -> true);
  }

  /**
   * The best {@code limit} new ties or strengthenings whose target {@code target} accepts, at most
   * {@code perSource} per source actor: a plan's bridges into one other ecosystem.
   */
  List<BridgeRecommendation> top(int limit, int perSource, IntPredicate target) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0: " + limit);
    }
    List<BridgeRecommendation> result = new ArrayList<>(Math.min(limit, ranked.size()));
    Map<Integer, Integer> bySource = new HashMap<>();
    for (Candidate c : ranked) {
      if (result.size() == limit) {
        break;
      }
      if (!target.test(c.target) || bySource.merge(c.source, 1, Integer::sum) > perSource) {
        continue;
      }
      result.add(record(c));
    }
    return result;
  }

  /**
   * Every candidate pair with its score, best first, for the hold-out evaluation: {source, target}
   * actor indices and the score.
   */
  List<ScoredPair> scoredPairs() {
    return ranked.stream()
        .map(
            c ->
                new ScoredPair(
                    c.source, c.target, c.type, c.score, c.indexValue, c.likelihood, c.gapEffect))
        .toList();
  }

  record ScoredPair(
      int source,
      int target,
      RecommendationType type,
      double score,
      double indexValue,
      double likelihood,
      double gapEffect) {}

  private BridgeRecommendation record(Candidate c) {
    List<Introducer> introducers = introducers(c);
    ProposedTie proposed = proposedTie(c);
    return new BridgeRecommendation(
        c.type,
        c.basis,
        graph.ecosystemId(sides.ecosystem()),
        sides.definition().id(),
        ActorRef.of(graph, c.source),
        ActorRef.of(graph, c.target),
        c.score,
        new ScoreParts(
            index.id(),
            c.indexValue,
            c.likelihood,
            c.common,
            sides.sourceCoverage(c.source),
            sides.coverage(c.target),
            c.gapEffect,
            c.gapEffect / sides.sourceCount()),
        introducers,
        proposed,
        Rationale.of(
            this, c.source, c.target, c.type, c.basis, c.common, c.weakTie, introducers, proposed));
  }

  // --------------------------------------------------------------------------- introducers

  private List<Introducer> introducers(Candidate c) {
    if (c.type == RecommendationType.STRENGTHEN) {
      return List.of(); // the two already work together
    }
    if (c.common > 0) {
      return sharedPartners(c.source, c.target);
    }
    List<Introducer> paths = shortPaths(c.source, c.target);
    if (!paths.isEmpty()) {
      return paths;
    }
    int intermediary = ecosystemIntermediary(c.source, c.target);
    if (intermediary < 0) {
      return List.of();
    }
    return List.of(
        new Introducer(
            ActorRef.of(graph, intermediary),
            Introducer.Via.ECOSYSTEM_INTERMEDIARY,
            network.ties(intermediary, c.source),
            network.ties(intermediary, c.target),
            null));
  }

  private List<Introducer> sharedPartners(int s, int t) {
    List<double[]> shared = new ArrayList<>(); // {actor, tie to s, tie to t}
    for (int k = network.rowStart(s); k < network.rowEnd(s); k++) {
      int w = network.neighbourAt(k);
      int toTarget = network.ties(w, t);
      if (w != t && toTarget > 0) {
        shared.add(new double[] {w, network.tiesAt(k), toTarget});
      }
    }
    shared.sort(introducerOrder());
    return shared.stream()
        .limit(MAX_INTRODUCERS)
        .map(
            x ->
                new Introducer(
                    ActorRef.of(graph, (int) x[0]),
                    Introducer.Via.SHARED_PARTNER,
                    (int) x[1],
                    (int) x[2],
                    null))
        .toList();
  }

  /** Paths s - x - y - t; the best one per first step x. */
  private List<Introducer> shortPaths(int s, int t) {
    Map<Integer, Integer> targetPartners = new HashMap<>();
    for (int k = network.rowStart(t); k < network.rowEnd(t); k++) {
      targetPartners.put(network.neighbourAt(k), network.tiesAt(k));
    }
    List<double[]> paths = new ArrayList<>(); // {x, s-x, y-t, y, weakest}
    for (int k = network.rowStart(s); k < network.rowEnd(s); k++) {
      int x = network.neighbourAt(k);
      if (x == t) {
        continue;
      }
      double[] best = null;
      for (int l = network.rowStart(x); l < network.rowEnd(x); l++) {
        int y = network.neighbourAt(l);
        Integer toTarget = targetPartners.get(y);
        if (y == s || toTarget == null) {
          continue;
        }
        double weakest = Math.min(network.tiesAt(k), Math.min(network.tiesAt(l), toTarget));
        if (best == null
            || weakest > best[4]
            || (weakest == best[4]
                && graph.actorId(y).compareTo(graph.actorId((int) best[3])) < 0)) {
          best = new double[] {x, network.tiesAt(k), toTarget, y, weakest};
        }
      }
      if (best != null) {
        paths.add(best);
      }
    }
    paths.sort(
        Comparator.comparingDouble((double[] p) -> p[4])
            .reversed()
            .thenComparing(p -> graph.actorId((int) p[0])));
    return paths.stream()
        .limit(MAX_INTRODUCERS)
        .map(
            p ->
                new Introducer(
                    ActorRef.of(graph, (int) p[0]),
                    Introducer.Via.SHORT_PATH,
                    (int) p[1],
                    (int) p[2],
                    ActorRef.of(graph, (int) p[3])))
        .toList();
  }

  /** The ecosystem's member with role intermediary and the most partners, or -1. */
  private int ecosystemIntermediary(int s, int t) {
    int best = -1;
    for (int m : graph.members(sides.ecosystem())) {
      if (m != s && m != t && graph.hasRole(m, Role.INTERMEDIARY)) {
        if (best < 0 || network.degree(m) > network.degree(best)) {
          best = m;
        }
      }
    }
    return best;
  }

  private Comparator<double[]> introducerOrder() {
    return Comparator.comparingDouble((double[] x) -> Math.min(x[1], x[2]))
        .thenComparingDouble(x -> x[1] + x[2])
        .reversed()
        .thenComparing(x -> graph.actorId((int) x[0]));
  }

  // ------------------------------------------------------------------------------ proposal

  private ProposedTie proposedTie(Candidate c) {
    GapDefinition d = sides.definition();
    if (c.type == RecommendationType.STRENGTHEN) {
      String kind = c.weakTie.kindId();
      boolean reversed = graph.tieKinds().get(c.weakTie.kind()).directed() && providerFirst(c);
      return new ProposedTie(
          graph.actorId(reversed ? c.target : c.source),
          graph.actorId(reversed ? c.source : c.target),
          kind,
          strongWeight(d, kind),
          referenceYear,
          null);
    }
    Role role = partnerRole(c.target);
    String kind = kindFor(d, role);
    boolean providerFirst = role == Role.CAPITAL;
    return new ProposedTie(
        graph.actorId(providerFirst ? c.target : c.source),
        graph.actorId(providerFirst ? c.source : c.target),
        kind,
        strongWeight(d, kind),
        referenceYear,
        null);
  }

  /** For a capital tie, money flows from the provider: the end with role capital comes first. */
  private boolean providerFirst(Candidate c) {
    return graph.hasRole(c.target, Role.CAPITAL) && !graph.hasRole(c.source, Role.CAPITAL);
  }

  /** The target's role that puts it on the other side of the gap, if the gap names roles. */
  private Role partnerRole(int t) {
    for (Role role : sides.definition().target().anyRole().stream().sorted().toList()) {
      if (graph.hasRole(t, role)) {
        return role;
      }
    }
    return null;
  }

  /**
   * The tie kind that names the partnership: research with a research organisation, capital with a
   * capital provider and so on; collaboration otherwise. It must count for the gap: a gap
   * restricted to some kinds gets its first one.
   */
  static String kindFor(GapDefinition d, Role role) {
    String kind =
        role == null
            ? "collaboration"
            : switch (role) {
              case RESEARCH -> "research";
              case EDUCATION -> "education";
              case CAPITAL -> "capital";
              case AUTHORITY -> "authority";
              case FIRM, INTERMEDIARY -> "collaboration";
            };
    if (!d.counts(kind)) {
      kind = d.tieKinds().stream().sorted().findFirst().orElse(kind);
    }
    return kind;
  }

  /** The smallest round weight above the weak threshold of the kind: 2 for 1, 1 for 0.5. */
  static double strongWeight(GapDefinition d, String kind) {
    double threshold = d.weakness().threshold(kind);
    return threshold > 0 ? 2 * threshold : 1;
  }

  // ------------------------------------------------------------------- for Rationale

  GapSides sides() {
    return sides;
  }

  LinkNetwork network() {
    return network;
  }

  String ecosystemName() {
    return ecosystemName;
  }

  LinkPredictionIndex index() {
    return index;
  }
}

package org.brobygge.analysis.gaps;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;

/**
 * One gap of one ecosystem as two sides of actors, the one model of a gap every answer reads: its
 * source-side members, who may stand on the other side (target selector and {@link GapScope}
 * relative to the ecosystem), how each source actor is tied across (counting kinds only, parallel
 * ties of one kind to one partner taken together as {@link ParallelTies}, weak by the definition's
 * {@link Weakness}), its {@link Coverage}, whether the gap can be judged at all and its severity.
 * {@link GapAnalysis} computes its findings from these sides, and the recommendations, brokers,
 * what-if, plan and map read them, so all describe the same gap.
 *
 * <pre>
 *   applicable = there are source actors, and someone on the other side other than a lone actor
 *                that is on both sides
 *   severity   = (missing + weakOnly / 2) / sourceActors
 * </pre>
 *
 * <p>Cost: O(actors) for the membership flags (none when {@link GapAnalysis} lends its own), then
 * O(members + ties of the source actors); plus O(actors + tie kinds) for the {@link GapRules} when
 * built from a definition.
 */
public final class GapSides {

  private static final ParallelTies[] NONE = new ParallelTies[0];

  private final GapRules rules;
  private final EcosystemGraph graph;
  private final int ecosystem;
  private final int[] members;
  private final boolean[] member; // by actor
  private final int[] sources; // ascending
  private final Coverage[] coverage; // by position in sources
  private final ParallelTies[][] ties; // by position in sources, in the order findings list them
  private final int targetCount;
  private final boolean applicable;
  private final int strong;
  private final int weakOnly;
  private final int missing;

  /** The sides of one gap in one ecosystem; see {@link GapRules} to judge many ecosystems. */
  public GapSides(
      EcosystemGraph graph,
      GapDefinition definition,
      HomeRegion home,
      int referenceYear,
      int ecosystem) {
    this(new GapRules(graph, definition, home, referenceYear), ecosystem, null);
  }

  /**
   * @param member all false, actor-sized: marked with the ecosystem's members and used as this
   *     view's flags until {@link #release()}; null for flags of its own
   */
  GapSides(GapRules rules, int ecosystem, boolean[] member) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.graph = rules.graph();
    Objects.checkIndex(ecosystem, graph.ecosystemCount());
    this.ecosystem = ecosystem;
    this.member = member != null ? member : new boolean[graph.actorCount()];
    members = graph.members(ecosystem);
    int sourceCount = 0;
    long targetMembers = 0;
    for (int a : members) {
      this.member[a] = true;
      if (rules.sourceSelected(a)) {
        sourceCount++;
      }
      if (rules.targetIgnoringMembership(a)) {
        targetMembers++;
      }
    }
    targetCount =
        (int)
            rules
                .definition()
                .scope()
                .amongAdmitted(rules.targetIgnoringMembershipCount(), targetMembers);
    sources = new int[sourceCount];
    int i = 0;
    for (int a : members) {
      if (rules.sourceSelected(a)) {
        sources[i++] = a;
      }
    }

    coverage = new Coverage[sources.length];
    ties = new ParallelTies[sources.length][];
    int strongCount = 0;
    int weakOnlyCount = 0;
    boolean aSourceIsTarget = false;
    Map<Long, ParallelTies> byPartnerAndKind = new HashMap<>();
    for (i = 0; i < sources.length; i++) {
      int s = sources[i];
      aSourceIsTarget |= isTarget(s);
      byPartnerAndKind.clear();
      for (int j = 0, degree = graph.incidentTieCount(s); j < degree; j++) {
        int tie = graph.incidentTie(s, j);
        int kind = graph.tieKindIndex(tie);
        int other = graph.otherEnd(tie, s);
        if (other == s || !rules.counts(kind) || !isTarget(other)) {
          continue;
        }
        byPartnerAndKind
            .computeIfAbsent(
                ((long) other << 7) | kind, k -> new ParallelTies(other, kind, rules.kindId(kind)))
            .add(graph.tieWeight(tie), graph.tieSince(tie), graph.tieUntil(tie));
      }
      if (byPartnerAndKind.isEmpty()) {
        ties[i] = NONE;
        coverage[i] = Coverage.MISSING;
        continue;
      }
      // one pass in the map's order (the order findings list weak edges in), into an array of
      // the exact size: toArray(new T[0]) costs a quarter of GapAnalysis's time
      ParallelTies[] across = new ParallelTies[byPartnerAndKind.size()];
      int k = 0;
      Coverage c = Coverage.WEAK_ONLY;
      for (ParallelTies t : byPartnerAndKind.values()) {
        rules.judge(t);
        if (!t.weak()) {
          c = Coverage.STRONG;
        }
        across[k++] = t;
      }
      ties[i] = across;
      coverage[i] = c;
      if (c == Coverage.STRONG) {
        strongCount++;
      } else {
        weakOnlyCount++;
      }
    }
    strong = strongCount;
    weakOnly = weakOnlyCount;
    missing = sources.length - strongCount - weakOnlyCount;
    applicable = sources.length > 0 && (targetCount > 1 || (targetCount == 1 && !aSourceIsTarget));
  }

  /** Clears the borrowed membership flags: this view must not be used afterwards. */
  void release() {
    for (int a : members) {
      member[a] = false;
    }
  }

  public GapRules rules() {
    return rules;
  }

  public EcosystemGraph graph() {
    return graph;
  }

  public GapDefinition definition() {
    return rules.definition();
  }

  public int ecosystem() {
    return ecosystem;
  }

  public boolean isMember(int actor) {
    return member[actor];
  }

  /** Whether {@code actor} is on the source side: a member the source selector picks. */
  public boolean isSource(int actor) {
    return member[actor] && rules.sourceSelected(actor);
  }

  /** Whether {@code actor} may stand on the other side: target selector and scope. */
  public boolean isTarget(int actor) {
    return rules.isTarget(actor, member);
  }

  /** Whether ties of the kind with this index count for the gap. */
  public boolean counts(int kindIndex) {
    return rules.counts(kindIndex);
  }

  /** The source-side members, ascending. */
  public int[] sources() {
    return sources.clone();
  }

  public int sourceCount() {
    return sources.length;
  }

  /** How many actors may stand on the other side. */
  public int targetCount() {
    return targetCount;
  }

  /** How source actor {@code s} is tied across; null for an actor not on the source side. */
  public Coverage coverage(int s) {
    int i = Arrays.binarySearch(sources, s);
    return i < 0 ? null : coverage[i];
  }

  /**
   * The counting ties from source actor {@code s} across the gap, parallel ties of one kind taken
   * together, in the order the finding lists its weak edges; empty for an actor not on the source
   * side.
   */
  public List<ParallelTies> countingTies(int s) {
    int i = Arrays.binarySearch(sources, s);
    return i < 0 ? List.of() : List.of(ties[i]);
  }

  /** The members, for {@link GapAnalysis}; not a copy. */
  int[] membersNoCopy() {
    return members;
  }

  /** The {@code i}-th source actor, for {@link GapAnalysis}. */
  int sourceAt(int i) {
    return sources[i];
  }

  /** The counting ties of the {@code i}-th source actor, for {@link GapAnalysis}; not a copy. */
  ParallelTies[] countingTiesAt(int i) {
    return ties[i];
  }

  /** Whether {@code s} has a counting tie (weak or strong) to {@code other} across the gap. */
  public boolean tiedAcross(int s, int other) {
    int i = Arrays.binarySearch(sources, s);
    if (i < 0) {
      return false;
    }
    for (ParallelTies t : ties[i]) {
      if (t.other() == other) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the gap can be judged: there are source actors, and someone on the other side other
   * than a lone actor that is on both (who has nobody to be tied to).
   */
  public boolean applicable() {
    return applicable;
  }

  /** How many source actors stand so across the gap. */
  public int count(Coverage c) {
    return switch (c) {
      case STRONG -> strong;
      case WEAK_ONLY -> weakOnly;
      case MISSING -> missing;
    };
  }

  /**
   * (missing + weakOnly / 2) / sourceActors, computed from the open part so that one rounding gives
   * the nearest double (1.0 - 4/5.0 is 0.19999999999999996, below the "mild" edge at 0.2); NaN when
   * not {@link #applicable()}.
   */
  public double severity() {
    if (!applicable) {
      return Double.NaN;
    }
    return (missing + weakOnly / 2.0) / sources.length;
  }
}

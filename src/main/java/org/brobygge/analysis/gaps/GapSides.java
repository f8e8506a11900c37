package org.brobygge.analysis.gaps;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

  /** A partner, kind and position packed into one sortable long: 24 bits for the position. */
  private static final int POSITION_BITS = 24;

  private final GapRules rules;
  private final EcosystemGraph graph;
  private final int ecosystem;
  private final int[] members;
  private final boolean[] member; // by actor
  private final int[] sources; // ascending
  private final Coverage[] coverage; // by position in sources
  private final int[] acrossStart; // by position in sources, into across; one more at the end
  private final ParallelTies[] across; // source by source, each by partner then kind index
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
    this(new GapRules(graph, definition, home, referenceYear), ecosystem, new Scratch(graph));
  }

  /**
   * @param scratch what the sides are worked out in: its membership flags (all false, marked with
   *     the ecosystem's members until {@link #release()}) and arrays become this view's, so a
   *     scratch lent to one sides after another must not be lent again before that one is done
   */
  GapSides(GapRules rules, int ecosystem, Scratch scratch) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.graph = rules.graph();
    Objects.checkIndex(ecosystem, graph.ecosystemCount());
    this.ecosystem = ecosystem;
    this.member = scratch.member;
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
    acrossStart = new int[sources.length + 1];
    int strongCount = 0;
    int weakOnlyCount = 0;
    boolean aSourceIsTarget = false;
    int n = 0; // parallel ties across so far
    for (i = 0; i < sources.length; i++) {
      int s = sources[i];
      aSourceIsTarget |= isTarget(s);
      acrossStart[i] = n;
      // The counting ties to the other side, sorted by partner, kind and position: parallel ties
      // of one kind to one partner are then neighbours, taken together in the order listed.
      int degree = graph.incidentTieCount(s);
      if (degree >= 1 << POSITION_BITS) {
        throw new IllegalArgumentException(
            "actor " + graph.actorId(s) + " has more than 2^24 ties: too many to judge");
      }
      long[] keys = scratch.keys(degree);
      int count = 0;
      for (int j = 0; j < degree; j++) {
        int other = graph.incidentOtherEnd(s, j);
        int kind = graph.incidentKindIndex(s, j);
        if (other == s || !rules.counts(kind) || !isTarget(other)) {
          continue;
        }
        keys[count++] = ((long) other << 32) | ((long) kind << POSITION_BITS) | j;
      }
      if (count == 0) {
        coverage[i] = Coverage.MISSING;
        continue;
      }
      Arrays.sort(keys, 0, count);
      Coverage c = Coverage.WEAK_ONLY;
      for (int r = 0; r < count; ) {
        long partnerAndKind = keys[r] >>> POSITION_BITS;
        int other = (int) (keys[r] >>> 32);
        int kind = (int) partnerAndKind & 0xff;
        ParallelTies t = new ParallelTies(other, kind, rules.kindId(kind));
        do {
          int tie = graph.incidentTie(s, (int) keys[r] & ((1 << POSITION_BITS) - 1));
          t.add(graph.tieWeight(tie), graph.tieSince(tie), graph.tieUntil(tie));
          r++;
        } while (r < count && keys[r] >>> POSITION_BITS == partnerAndKind);
        rules.judge(t);
        if (!t.weak()) {
          c = Coverage.STRONG;
        }
        scratch.across(n)[n++] = t;
      }
      coverage[i] = c;
      if (c == Coverage.STRONG) {
        strongCount++;
      } else {
        weakOnlyCount++;
      }
    }
    acrossStart[sources.length] = n;
    across = scratch.across;
    strong = strongCount;
    weakOnly = weakOnlyCount;
    missing = sources.length - strongCount - weakOnlyCount;
    applicable = sources.length > 0 && (targetCount > 1 || (targetCount == 1 && !aSourceIsTarget));
  }

  /**
   * What sides are worked out in, lent by {@link GapAnalysis} to one ecosystem's sides after
   * another: actor-sized membership flags and growing arrays, so that judging 260 ecosystems does
   * not allocate them 260 times.
   */
  static final class Scratch {
    final boolean[] member; // by actor, all false between uses
    private long[] keys = new long[64];
    private ParallelTies[] across = new ParallelTies[256];

    Scratch(EcosystemGraph graph) {
      member = new boolean[graph.actorCount()];
    }

    long[] keys(int size) {
      if (keys.length < size) {
        keys = new long[Math.max(size, keys.length * 2)];
      }
      return keys;
    }

    ParallelTies[] across(int index) {
      if (index == across.length) {
        across = Arrays.copyOf(across, across.length * 2);
      }
      return across;
    }
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

  /** How {@code actor} is tied across; empty for an actor not on the source side. */
  public Optional<Coverage> coverage(int actor) {
    int i = Arrays.binarySearch(sources, actor);
    return i < 0 ? Optional.empty() : Optional.of(coverage[i]);
  }

  /**
   * How source actor {@code source} is tied across.
   *
   * @throws IllegalArgumentException when it is not on the source side
   */
  public Coverage sourceCoverage(int source) {
    int i = Arrays.binarySearch(sources, source);
    if (i < 0) {
      throw new IllegalArgumentException(
          "actor " + graph.actorId(source) + " is not on the source side");
    }
    return coverage[i];
  }

  /** Whether {@code actor} is on the source side and stands so across the gap. */
  public boolean hasCoverage(int actor, Coverage c) {
    int i = Arrays.binarySearch(sources, actor);
    return i >= 0 && coverage[i] == c;
  }

  /**
   * The counting ties from source actor {@code s} across the gap, parallel ties of one kind taken
   * together, by partner (actor index) and then kind index, the order the finding lists its weak
   * edges in; empty for an actor not on the source side.
   */
  public List<ParallelTies> countingTies(int s) {
    int i = Arrays.binarySearch(sources, s);
    return i < 0
        ? List.of()
        : List.of(Arrays.copyOfRange(across, acrossStart[i], acrossStart[i + 1]));
  }

  /** The members, for {@link GapAnalysis}; not a copy. */
  int[] membersNoCopy() {
    return members;
  }

  /** The {@code i}-th source actor, for {@link GapAnalysis}. */
  int sourceAt(int i) {
    return sources[i];
  }

  /** Where the counting ties of the {@code i}-th source actor begin in {@link #acrossAt}. */
  int acrossStart(int i) {
    return acrossStart[i];
  }

  /** Where the counting ties of the {@code i}-th source actor end (exclusive). */
  int acrossEnd(int i) {
    return acrossStart[i + 1];
  }

  /** The {@code k}-th counting tie, source by source, for {@link GapAnalysis}. */
  ParallelTies acrossAt(int k) {
    return across[k];
  }

  /** Whether {@code s} has a counting tie (weak or strong) to {@code other} across the gap. */
  public boolean tiedAcross(int s, int other) {
    int i = Arrays.binarySearch(sources, s);
    if (i < 0) {
      return false;
    }
    for (int k = acrossStart[i]; k < acrossStart[i + 1]; k++) {
      if (across[k].other() == other) {
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

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

  private final GapRules rules;
  private final EcosystemGraph graph;
  private final int ecosystem;
  private final int[] members;
  private final boolean[] member; // by actor
  private final int[] sources; // ascending
  private final Coverage[] coverage; // by position in sources
  private final TiesByPartner byPartner; // every tie of the source actors, by partner and kind
  private final int[] acrossStart; // by position in sources, into the two arrays below; +1 at end
  private final int[] across; // entries of byPartner that count across, source by source
  private final boolean[] weak; // whether each of those is weak
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
    this(new GapRules(graph, definition, home, referenceYear), ecosystem, new Scratch(graph), null);
  }

  /**
   * @param scratch what the sides are worked out in: its membership flags (all false, marked with
   *     the ecosystem's members until {@link #release()}) and arrays become this view's, so a
   *     scratch lent to one sides after another must not be lent again before that one is done
   * @param byActor the ties of every actor that may be a source actor, by partner and kind, row =
   *     actor index ({@link TiesByPartner#ofActors}); null to gather the source actors' own
   */
  GapSides(GapRules rules, int ecosystem, Scratch scratch, TiesByPartner byActor) {
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
    byPartner = byActor != null ? byActor : TiesByPartner.of(graph, sources);

    coverage = new Coverage[sources.length];
    acrossStart = new int[sources.length + 1];
    int strongCount = 0;
    int weakOnlyCount = 0;
    boolean aSourceIsTarget = false;
    int n = 0; // entries across so far
    for (i = 0; i < sources.length; i++) {
      int s = sources[i];
      aSourceIsTarget |= isTarget(s);
      acrossStart[i] = n;
      int row = byActor != null ? s : i;
      Coverage c = Coverage.MISSING;
      for (int e = byPartner.rowStart(row), end = byPartner.rowEnd(row); e < end; e++) {
        if (!rules.counts(byPartner.kind(e)) || !isTarget(byPartner.partner(e))) {
          continue;
        }
        boolean isWeak = rules.weak(byPartner.kind(e), byPartner.weight(e), byPartner.until(e));
        scratch.room(n);
        scratch.across[n] = e;
        scratch.weak[n] = isWeak;
        n++;
        if (!isWeak) {
          c = Coverage.STRONG;
        } else if (c == Coverage.MISSING) {
          c = Coverage.WEAK_ONLY;
        }
      }
      coverage[i] = c;
      if (c == Coverage.STRONG) {
        strongCount++;
      } else if (c == Coverage.WEAK_ONLY) {
        weakOnlyCount++;
      }
    }
    acrossStart[sources.length] = n;
    across = scratch.across;
    weak = scratch.weak;
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
    private int[] across = new int[256];
    private boolean[] weak = new boolean[256];

    Scratch(EcosystemGraph graph) {
      member = new boolean[graph.actorCount()];
    }

    /** Makes room for the entry at {@code index}. */
    void room(int index) {
      if (index == across.length) {
        across = Arrays.copyOf(across, across.length * 2);
        weak = Arrays.copyOf(weak, weak.length * 2);
      }
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
    if (i < 0) {
      return List.of();
    }
    ParallelTies[] ties = new ParallelTies[acrossStart[i + 1] - acrossStart[i]];
    for (int k = 0; k < ties.length; k++) {
      ties[k] = new ParallelTies(byPartner, across[acrossStart[i] + k], rules);
    }
    return List.of(ties);
  }

  /** The members, for {@link GapAnalysis}; not a copy. */
  int[] membersNoCopy() {
    return members;
  }

  /** The {@code i}-th source actor, for {@link GapAnalysis}. */
  int sourceAt(int i) {
    return sources[i];
  }

  /** Where the counting ties of the {@code i}-th source actor begin, for {@link GapAnalysis}. */
  int acrossStart(int i) {
    return acrossStart[i];
  }

  /** Where the counting ties of the {@code i}-th source actor end (exclusive). */
  int acrossEnd(int i) {
    return acrossStart[i + 1];
  }

  /** The {@link TiesByPartner} entry of the {@code k}-th counting tie, source by source. */
  int acrossEntry(int k) {
    return across[k];
  }

  /** Whether the {@code k}-th counting tie is weak. */
  boolean acrossWeak(int k) {
    return weak[k];
  }

  /** The ties the entries index. */
  TiesByPartner byPartner() {
    return byPartner;
  }

  /** Whether {@code s} has a counting tie (weak or strong) to {@code other} across the gap. */
  public boolean tiedAcross(int s, int other) {
    int i = Arrays.binarySearch(sources, s);
    if (i < 0) {
      return false;
    }
    for (int k = acrossStart[i]; k < acrossStart[i + 1]; k++) {
      if (byPartner.partner(across[k]) == other) {
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

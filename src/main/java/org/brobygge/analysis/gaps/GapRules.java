package org.brobygge.analysis.gaps;

import java.util.Objects;
import java.util.function.IntPredicate;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;

/**
 * One gap's rules applied to one snapshot, the part that is the same for every ecosystem: which tie
 * kinds count, which actors the source selector picks, and which the target selector and the scope
 * admit {@linkplain GapScope#admitsIgnoringMembership ignoring membership}. {@link #sides(int)}
 * adds the ecosystem: its sides and how each source actor is tied across.
 *
 * <p>{@link GapAnalysis}, the recommendations, brokers, what-if and the map all judge a gap through
 * this class and {@link GapSides}, so they cannot disagree on who stands where.
 *
 * <p>Cost: O(actors + tie kinds); the sides of each ecosystem then cost O(actors) for its
 * membership flags plus O(members + ties of its source actors). Build it once per gap when judging
 * many ecosystems.
 */
public final class GapRules {

  private final EcosystemGraph graph;
  private final GapDefinition definition;
  private final GapScope scope;
  private final Weakness weakness;
  private final int referenceYear;
  private final HomeRegion home;
  private final String[] kindIds; // by tie kind index
  private final boolean[] counts; // by tie kind index
  private final double[] threshold; // by tie kind index: the weakness's weight threshold
  private final boolean[] sourceSelected; // by actor
  private final boolean[] targetIgnoringMembership; // by actor
  private final int targetIgnoringMembershipCount;

  /**
   * @param graph the snapshot
   * @param definition the gap
   * @param home the home region, for the home-country and abroad scopes
   * @param referenceYear "now" for judging how long ago a tie ended
   */
  public GapRules(
      EcosystemGraph graph, GapDefinition definition, HomeRegion home, int referenceYear) {
    this.graph = Objects.requireNonNull(graph, "graph");
    this.definition = Objects.requireNonNull(definition, "definition");
    this.home = Objects.requireNonNull(home, "home");
    this.scope = definition.scope();
    this.weakness = definition.weakness();
    this.referenceYear = referenceYear;
    kindIds = graph.tieKinds().stream().map(k -> k.id()).toArray(String[]::new);
    counts = new boolean[kindIds.length];
    threshold = new double[kindIds.length];
    for (int k = 0; k < counts.length; k++) {
      counts[k] = definition.counts(kindIds[k]);
      threshold[k] = weakness.threshold(kindIds[k]);
    }
    int n = graph.actorCount();
    sourceSelected = new boolean[n];
    targetIgnoringMembership = new boolean[n];
    IntPredicate source = definition.source().matcher(graph);
    IntPredicate target = definition.target().matcher(graph);
    int targets = 0;
    for (int a = 0; a < n; a++) {
      sourceSelected[a] = source.test(a);
      boolean in = target.test(a) && scope.admitsIgnoringMembership(graph, home, a);
      targetIgnoringMembership[a] = in;
      if (in) {
        targets++;
      }
    }
    targetIgnoringMembershipCount = targets;
  }

  /** These rules on {@code changed}, sharing what depends on actors and memberships only. */
  private GapRules(GapRules rules, EcosystemGraph changed) {
    this.graph = changed;
    this.definition = rules.definition;
    this.home = rules.home;
    this.scope = rules.scope;
    this.weakness = rules.weakness;
    this.referenceYear = rules.referenceYear;
    kindIds = changed.tieKinds().stream().map(k -> k.id()).toArray(String[]::new);
    counts = new boolean[kindIds.length];
    threshold = new double[kindIds.length];
    for (int k = 0; k < counts.length; k++) {
      counts[k] = definition.counts(kindIds[k]);
      threshold[k] = weakness.threshold(kindIds[k]);
    }
    sourceSelected = rules.sourceSelected;
    targetIgnoringMembership = rules.targetIgnoringMembership;
    targetIgnoringMembershipCount = rules.targetIgnoringMembershipCount;
  }

  /**
   * The same rules on a changed copy of this snapshot that has the same actors and memberships and
   * only other ties ({@link EcosystemGraph#toBuilder()} with ties added, as a what-if makes): the
   * sides each actor may stand on are shared instead of worked out again for every actor, so a
   * what-if of one ecosystem costs O(its members' ties), not O(actors).
   *
   * @throws IllegalArgumentException when {@code changed} has another number of actors or
   *     memberships
   */
  public GapRules withTiesOf(EcosystemGraph changed) {
    Objects.requireNonNull(changed, "changed");
    if (changed.actorCount() != graph.actorCount()
        || changed.membershipCount() != graph.membershipCount()) {
      throw new IllegalArgumentException(
          "not a copy of this snapshot with other ties: "
              + changed.actorCount()
              + " actors and "
              + changed.membershipCount()
              + " memberships against "
              + graph.actorCount()
              + " and "
              + graph.membershipCount());
    }
    return new GapRules(this, changed);
  }

  /** The sides of the gap in one ecosystem, with flags of its own. */
  public GapSides sides(int ecosystem) {
    return new GapSides(this, ecosystem, new GapSides.Scratch(graph), null);
  }

  public EcosystemGraph graph() {
    return graph;
  }

  public GapDefinition definition() {
    return definition;
  }

  public int referenceYear() {
    return referenceYear;
  }

  /** Whether ties of the kind with this index count for the gap. */
  public boolean counts(int kindIndex) {
    return counts[kindIndex];
  }

  String kindId(int kindIndex) {
    return kindIds[kindIndex];
  }

  /** Whether the source selector picks {@code actor} (a source actor if also a member). */
  public boolean sourceSelected(int actor) {
    return sourceSelected[actor];
  }

  /** Whether the target selector and the membership-free part of the scope admit {@code actor}. */
  public boolean targetIgnoringMembership(int actor) {
    return targetIgnoringMembership[actor];
  }

  /** How many actors {@link #targetIgnoringMembership} admits. */
  public int targetIgnoringMembershipCount() {
    return targetIgnoringMembershipCount;
  }

  /**
   * Whether {@code actor} stands on the other side of the gap of an ecosystem whose membership
   * flags (by actor) are {@code member}. The flag is read only when the rest admits the actor: one
   * random read fewer per tie on the hot path of {@link GapAnalysis}.
   */
  public boolean isTarget(int actor, boolean[] member) {
    return targetIgnoringMembership[actor] && scope.admitsMembership(member[actor]);
  }

  /**
   * Whether parallel ties of the kind with this index, taken together ({@link TiesByPartner}), are
   * weak by the gap's {@link Weakness}.
   *
   * @param until their latest end, {@link EcosystemGraph#NO_YEAR} when one is ongoing
   */
  boolean weak(int kindIndex, double weight, int until) {
    return weakness.isWeak(threshold[kindIndex], weight, until, referenceYear);
  }

  /** Why such ties are weak, in words; empty when they are strong. */
  java.util.Optional<String> weakReason(int kindIndex, double weight, int until) {
    return weakness.reason(kindIds[kindIndex], weight, until, referenceYear);
  }
}

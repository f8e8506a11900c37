package org.brobygge.analysis.bridges;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.brobygge.analysis.gaps.GapAnalysis;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapFinding;
import org.brobygge.analysis.gaps.GapLevel;
import org.brobygge.analysis.gaps.GapRules;
import org.brobygge.analysis.gaps.GapSides;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.TieKind;
import org.brobygge.model.TieKinds;

/**
 * What the gaps would be if some ties were made: the proposed ties are added to a copy of the
 * snapshot ({@link EcosystemGraph#toBuilder()}), the gap analysis runs again on the copy, and every
 * gap of every ecosystem is reported before and after. The snapshot, and the database behind it,
 * are not touched.
 *
 * <p>A proposed tie between two actors already tied with the same kind is a parallel tie: the gap
 * analysis sums their weights and takes the latest end, so an ongoing proposed tie of enough weight
 * makes a weak tie strong.
 *
 * <p>Cost: a copy of the snapshot, O(actors + ties), and one gap analysis (see {@link
 * GapAnalysis}).
 */
public final class WhatIf {

  private final EcosystemGraph after;
  private final GapAnalysis afterAnalysis;
  private final List<SeverityChange> changes;

  /**
   * @param graph the snapshot
   * @param before the gap analysis of {@code graph}: its definitions, home region and reference
   *     year are used for the analysis after
   * @param home the home region {@code before} was computed with
   * @param kinds the tie kinds a proposed tie may have
   * @param ties the proposed ties
   * @throws InvalidProposedTiesException naming every tie that names an unknown actor or kind, an
   *     actor twice, a weight that is not a finite number greater than 0, or an end before its
   *     start
   */
  public WhatIf(
      EcosystemGraph graph,
      GapAnalysis before,
      HomeRegion home,
      TieKinds kinds,
      List<ProposedTie> ties) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(kinds, "kinds");
    Objects.requireNonNull(ties, "ties");
    after = apply(graph, kinds, ties);
    afterAnalysis =
        new GapAnalysis(
            after, before.definitions(), home, before.referenceYear(), before.minSourceActors());
    changes = compare(graph, before, afterAnalysis);
  }

  /**
   * The gaps of one ecosystem before and after the proposed ties: {@link #changes()} restricted to
   * that ecosystem, but only its gaps are judged again on the copy, from its own members' ties
   * (which is all a gap's severity depends on), instead of a gap analysis of every ecosystem. It
   * judges by the same {@link GapSides} that {@link GapAnalysis} computes its findings from, so the
   * answer is the constructor's. A plan asks this for each gap; on a million ties it takes a tenth
   * of a second against three.
   *
   * @throws InvalidProposedTiesException as the constructor
   */
  public static List<SeverityChange> ofEcosystem(
      EcosystemGraph graph,
      GapAnalysis before,
      HomeRegion home,
      TieKinds kinds,
      List<ProposedTie> ties,
      int ecosystem) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(home, "home");
    Objects.checkIndex(ecosystem, graph.ecosystemCount());
    EcosystemGraph after = apply(graph, kinds, ties);
    List<SeverityChange> changes = new ArrayList<>();
    List<GapFinding> was = before.findingsOf(ecosystem);
    for (int g = 0; g < was.size(); g++) {
      GapFinding b = was.get(g);
      GapDefinition d = before.definitions().get(g);
      // the rules of before, on the copy: who may stand on each side does not change with ties
      GapRules rules =
          before
              .rules(d.id())
              .map(r -> r.withTiesOf(after))
              .orElseGet(() -> new GapRules(after, d, home, before.referenceYear()));
      GapSides sides = rules.sides(ecosystem);
      Double now = sides.applicable() ? sides.severity() : null;
      changes.add(
          new SeverityChange(
              b.ecosystemId(),
              b.ecosystemName(),
              b.gap(),
              b.severity(),
              now,
              b.severity() != null && now != null ? now - b.severity() : null,
              b.level(),
              now == null ? null : GapLevel.of(now).id()));
    }
    return List.copyOf(changes);
  }

  private static EcosystemGraph apply(
      EcosystemGraph graph, TieKinds kinds, List<ProposedTie> ties) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(kinds, "kinds");
    Objects.requireNonNull(ties, "ties");
    List<TieKind> resolved = validate(graph, kinds, ties);
    EcosystemGraph.Builder builder = graph.toBuilder();
    for (int i = 0; i < ties.size(); i++) {
      ProposedTie t = ties.get(i);
      builder.tie(t.from(), t.to(), resolved.get(i), t.weight(), t.since(), t.until());
    }
    return builder.build();
  }

  private static List<TieKind> validate(
      EcosystemGraph graph, TieKinds kinds, List<ProposedTie> ties) {
    List<InvalidProposedTiesException.Problem> problems = new ArrayList<>();
    List<TieKind> resolved = new ArrayList<>(ties.size());
    for (int i = 0; i < ties.size(); i++) {
      ProposedTie t = ties.get(i);
      if (t == null) {
        problems.add(new InvalidProposedTiesException.Problem(i, "", "missing tie"));
        resolved.add(null);
        continue;
      }
      actor(graph, t.from(), i, "from", problems);
      actor(graph, t.to(), i, "to", problems);
      if (t.from() != null && t.from().equals(t.to())) {
        problems.add(
            new InvalidProposedTiesException.Problem(
                i, "to", "a tie needs two different actors, not '" + t.to() + "' twice"));
      }
      TieKind kind = null;
      if (t.kind() == null || t.kind().isBlank()) {
        problems.add(new InvalidProposedTiesException.Problem(i, "kind", "required"));
      } else {
        kind = kinds.byId(t.kind()).orElse(null);
        if (kind == null) {
          problems.add(
              new InvalidProposedTiesException.Problem(
                  i,
                  "kind",
                  "unknown tie kind '"
                      + t.kind()
                      + "'; use one of "
                      + String.join(", ", kinds.ids())));
        }
      }
      resolved.add(kind);
      if (!(t.weight() > 0) || Double.isInfinite(t.weight())) {
        problems.add(
            new InvalidProposedTiesException.Problem(
                i, "weight", "must be a number greater than 0, not " + t.weight()));
      }
      if (t.since() != null && t.until() != null && t.until() < t.since()) {
        problems.add(
            new InvalidProposedTiesException.Problem(
                i, "until", t.until() + " is before since " + t.since()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidProposedTiesException(problems);
    }
    return resolved;
  }

  private static void actor(
      EcosystemGraph graph,
      String id,
      int index,
      String field,
      List<InvalidProposedTiesException.Problem> problems) {
    if (id == null || id.isBlank()) {
      problems.add(new InvalidProposedTiesException.Problem(index, field, "required"));
    } else if (graph.actorIndex(id).isEmpty()) {
      problems.add(
          new InvalidProposedTiesException.Problem(index, field, "unknown actor '" + id + "'"));
    }
  }

  private static List<SeverityChange> compare(
      EcosystemGraph graph, GapAnalysis before, GapAnalysis after) {
    List<SeverityChange> changes = new ArrayList<>();
    for (int e = 0; e < graph.ecosystemCount(); e++) {
      List<GapFinding> was = before.findingsOf(e);
      List<GapFinding> now = after.findingsOf(e);
      for (int g = 0; g < was.size(); g++) {
        GapFinding b = was.get(g);
        GapFinding a = now.get(g);
        changes.add(
            new SeverityChange(
                b.ecosystemId(),
                b.ecosystemName(),
                b.gap(),
                b.severity(),
                a.severity(),
                b.severity() != null && a.severity() != null ? a.severity() - b.severity() : null,
                b.level(),
                a.level()));
      }
    }
    return List.copyOf(changes);
  }

  /**
   * A weight at which a tie of {@code kind} counts as strong in every one of {@code definitions}:
   * twice the highest weak threshold for that kind (2 for the shipped 1, 1 for the 0.5 of the money
   * kinds), and at least 1. What a proposed tie gets when its weight is not given.
   */
  public static double strongWeight(List<GapDefinition> definitions, String kind) {
    double weight = 1;
    for (GapDefinition d : definitions) {
      weight = Math.max(weight, BridgeRecommender.strongWeight(d, kind));
    }
    return weight;
  }

  /** Every gap of every ecosystem, before and after, ecosystems in snapshot order. */
  public List<SeverityChange> changes() {
    return changes;
  }

  /** Only the gaps whose severity changes. */
  public List<SeverityChange> changed() {
    return changes.stream().filter(SeverityChange::changed).toList();
  }

  /** The gap of one ecosystem before and after. */
  public SeverityChange change(String ecosystemId, String gap) {
    return changes.stream()
        .filter(c -> c.ecosystemId().equals(ecosystemId) && c.gap().equals(gap))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no gap " + gap + " of ecosystem " + ecosystemId));
  }

  /** The changed copy of the snapshot. */
  public EcosystemGraph after() {
    return after;
  }

  /** The gap analysis of the changed copy. */
  public GapAnalysis afterAnalysis() {
    return afterAnalysis;
  }
}

package org.brobygge.analysis.bridges;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.brobygge.analysis.gaps.Coverage;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapSides;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;

/**
 * How each member of one ecosystem stands across one gap: missing (no counting tie across), weak
 * only, strong, or not on the gap's source side at all. The same sides and rules as the gap's
 * finding, its recommendations and its brokers ({@link GapSides}), so that a map that highlights
 * the actors "missing a tie across" highlights exactly those the finding lists.
 *
 * @param gap the gap's id
 * @param applicable whether the gap can be judged for the ecosystem at all
 * @param sourceActors the number of source-side members the severity is a share of
 */
public record ActorGapCoverage(
    String gap, boolean applicable, int sourceActors, List<Optional<Coverage>> byMember) {

  public ActorGapCoverage {
    Objects.requireNonNull(gap, "gap");
    byMember = java.util.Collections.unmodifiableList(new ArrayList<>(byMember));
  }

  /**
   * The coverage of every member of {@code ecosystem}, in the order of {@link
   * EcosystemGraph#members(int)}, for each of {@code definitions}.
   */
  public static List<ActorGapCoverage> of(
      EcosystemGraph graph,
      List<GapDefinition> definitions,
      HomeRegion home,
      int referenceYear,
      int ecosystem) {
    int[] members = graph.members(ecosystem);
    List<ActorGapCoverage> result = new ArrayList<>(definitions.size());
    for (GapDefinition definition : definitions) {
      GapSides sides = new GapSides(graph, definition, home, referenceYear, ecosystem);
      List<Optional<Coverage>> byMember = new ArrayList<>(members.length);
      for (int a : members) {
        byMember.add(sides.coverage(a));
      }
      result.add(
          new ActorGapCoverage(definition.id(), sides.applicable(), sides.sourceCount(), byMember));
    }
    return result;
  }

  /** The coverage of the {@code i}-th member; empty where it is not on the source side. */
  public Optional<Coverage> coverage(int i) {
    return byMember.get(i);
  }

  /**
   * How much the ecosystem's severity on this gap would fall if the {@code i}-th member got one
   * strong tie across it: 1/sourceActors for a missing actor, half that for a weak-only one, 0 for
   * a strong one or an actor not on the source side, and 0 where the gap is not applicable.
   */
  public double severityDrop(int i) {
    Optional<Coverage> c = byMember.get(i);
    if (!applicable || c.isEmpty() || sourceActors == 0) {
      return 0;
    }
    return c.get().open() / sourceActors;
  }
}

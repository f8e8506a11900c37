package org.brobygge.analysis.centrality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.model.Sector;

/**
 * A partition of a {@link NetworkView}'s vertices into named groups, the attribute that brokerage
 * and group mixing are computed over: sectors, ecosystems, or any other labelling (a test's karate
 * clubs). Every vertex is in exactly one group; groups are numbered {@code 0..size()-1} and may be
 * empty.
 *
 * <p>Instances are immutable.
 */
public final class Grouping {

  /** The name of the group that {@link #byEcosystem} puts actors without a membership into. */
  public static final String NO_ECOSYSTEM = "(none)";

  private final List<String> names;
  private final int[] groupOf;

  private Grouping(List<String> names, int[] groupOf) {
    this.names = List.copyOf(names);
    this.groupOf = groupOf;
  }

  /**
   * The grouping that puts vertex {@code v} into group {@code groupOf[v]}.
   *
   * @param names the groups' names, one per group
   * @param groupOf the group of each vertex, an index into {@code names}
   * @throws IllegalArgumentException for a group index outside {@code 0..names.size()-1}
   */
  public static Grouping of(List<String> names, int[] groupOf) {
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(groupOf, "groupOf");
    int[] copy = groupOf.clone();
    for (int v = 0; v < copy.length; v++) {
      if (copy[v] < 0 || copy[v] >= names.size()) {
        throw new IllegalArgumentException(
            "group of vertex " + v + " must be in 0.." + (names.size() - 1) + ": " + copy[v]);
      }
    }
    return new Grouping(names, copy);
  }

  /** The four quadruple-helix sectors, numbered as {@link Sector#ordinal()}. */
  public static Grouping bySector(NetworkView view) {
    Objects.requireNonNull(view, "view");
    EcosystemGraph snapshot = view.snapshot();
    int[] groupOf = new int[view.vertexCount()];
    Arrays.setAll(groupOf, v -> snapshot.sector(view.actor(v)).ordinal());
    return new Grouping(Sector.ids(), groupOf);
  }

  /**
   * The snapshot's ecosystems, numbered as there, and one more group, {@link #NO_ECOSYSTEM}, last,
   * for actors that belong to none.
   *
   * <p>An actor in several ecosystems is put into its first (the one with the lowest index in the
   * snapshot): a partition is what Gould-Fernandez roles, the E-I index and block densities are
   * defined on. Counting an actor once per membership would make a multi-member broker its own
   * go-between and count its ties twice; an analysis that needs an actor's other ecosystems views
   * them one ecosystem at a time with {@link NetworkView#ecosystem}.
   */
  public static Grouping byEcosystem(NetworkView view) {
    Objects.requireNonNull(view, "view");
    EcosystemGraph snapshot = view.snapshot();
    List<String> names = new ArrayList<>(snapshot.ecosystemCount() + 1);
    for (int e = 0; e < snapshot.ecosystemCount(); e++) {
      names.add(snapshot.ecosystemId(e));
    }
    names.add(NO_ECOSYSTEM);
    int[] groupOf = new int[view.vertexCount()];
    for (int v = 0; v < groupOf.length; v++) {
      int[] memberships = snapshot.memberships(view.actor(v)); // ascending
      groupOf[v] = memberships.length == 0 ? snapshot.ecosystemCount() : memberships[0];
    }
    return new Grouping(names, groupOf);
  }

  /** The number of groups, empty ones included. */
  public int size() {
    return names.size();
  }

  public String name(int group) {
    return names.get(group);
  }

  public List<String> names() {
    return names;
  }

  /** The group of {@code vertex}. */
  public int groupOf(int vertex) {
    return groupOf[vertex];
  }

  /** The number of vertices the grouping covers. */
  public int vertexCount() {
    return groupOf.length;
  }

  /** The number of vertices in each group. */
  public int[] groupSizes() {
    int[] sizes = new int[names.size()];
    for (int g : groupOf) {
      sizes[g]++;
    }
    return sizes;
  }

  void requireCovers(NetworkView view) {
    if (view.vertexCount() != groupOf.length) {
      throw new IllegalArgumentException(
          "grouping covers " + groupOf.length + " vertices but the view has " + view.vertexCount());
    }
  }
}

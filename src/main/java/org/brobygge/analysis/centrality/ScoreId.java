package org.brobygge.analysis.centrality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A per-actor score a user can ask for by id wherever scores are attached to actors (the export's
 * {@code measures=}, the write-back to Neo4j): every {@link Measure}, and Burt's structural-hole
 * measures ({@link Hole}), which {@link StructuralHoles} computes apart from the measure families.
 * This is the one list of those ids, in the order errors and the documentation give them: the
 * measures first, then {@code constraint, effective_size, efficiency}.
 *
 * @param measure the measure, or null for a structural-hole score
 * @param hole the structural-hole score, or null for a measure
 */
public record ScoreId(Measure measure, Hole hole) {

  /**
   * Burt's measures, by their API ids (as in NetworkX: {@code constraint}, {@code effective_size}).
   */
  public enum Hole {
    CONSTRAINT("constraint"),
    EFFECTIVE_SIZE("effective_size"),
    EFFICIENCY("efficiency");

    private final String id;

    Hole(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    /** This score of {@code vertex}. */
    public double of(StructuralHoles holes, int vertex) {
      return switch (this) {
        case CONSTRAINT -> holes.constraint(vertex);
        case EFFECTIVE_SIZE -> holes.effectiveSize(vertex);
        case EFFICIENCY -> holes.efficiency(vertex);
      };
    }
  }

  public ScoreId {
    if ((measure == null) == (hole == null)) {
      throw new IllegalArgumentException("a score is a measure or a structural-hole score");
    }
  }

  public static ScoreId of(Measure measure) {
    return new ScoreId(Objects.requireNonNull(measure, "measure"), null);
  }

  public static ScoreId of(Hole hole) {
    return new ScoreId(null, Objects.requireNonNull(hole, "hole"));
  }

  /** The API id: the measure's or the hole score's. */
  public String id() {
    return measure != null ? measure.id() : hole.id();
  }

  /** The score whose {@link #id()} is {@code id}, if any. */
  public static Optional<ScoreId> byId(String id) {
    Optional<ScoreId> measure = Measure.byId(id).map(ScoreId::of);
    if (measure.isPresent()) {
      return measure;
    }
    return Arrays.stream(Hole.values()).filter(h -> h.id.equals(id)).findFirst().map(ScoreId::of);
  }

  /** Every id, measures first: the valid choices to list in an error message. */
  public static List<String> ids() {
    List<String> ids = new ArrayList<>(Measure.ids());
    Arrays.stream(Hole.values()).map(Hole::id).forEach(ids::add);
    return List.copyOf(ids);
  }

  @Override
  public String toString() {
    return id();
  }
}

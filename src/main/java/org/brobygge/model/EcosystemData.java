package org.brobygge.model;

import java.util.List;

/** A whole network as plain values: what an import reads and what the generator makes. */
public record EcosystemData(List<Ecosystem> ecosystems, List<Actor> actors, List<Tie> ties) {
  public EcosystemData {
    ecosystems = List.copyOf(ecosystems);
    actors = List.copyOf(actors);
    ties = List.copyOf(ties);
  }
}

package org.brobygge.analysis.communities;

import java.util.List;

/**
 * A detected community of {@code size} vertices that holds most (more than half) of the members of
 * each of two or more declared {@code ecosystems}, largest share first.
 */
public record EcosystemMerge(int community, int size, List<EcosystemShare> ecosystems) {
  public EcosystemMerge {
    ecosystems = List.copyOf(ecosystems);
  }
}

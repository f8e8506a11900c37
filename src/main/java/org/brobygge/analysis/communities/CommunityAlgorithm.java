package org.brobygge.analysis.communities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The community detection algorithms, by the id the API and the user see. */
public enum CommunityAlgorithm {
  /**
   * Raghavan, Albert and Kumara (2007), "Near linear time algorithm to detect community structures
   * in large-scale networks", Phys. Rev. E 76, 036106: each actor takes the label most of its
   * neighbours hold, in random order, until no label changes. Randomised: the seed matters.
   */
  LABEL_PROPAGATION("label_propagation"),
  /**
   * Clauset, Newman and Moore (2004), "Finding community structure in very large networks", Phys.
   * Rev. E 70, 066111: start from singletons and merge the pair of communities that raises
   * modularity most, while any merge raises it. Deterministic: the seed is not used.
   */
  GREEDY_MODULARITY("greedy_modularity");

  private final String id;

  CommunityAlgorithm(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The algorithm with this id, ignoring case; empty if there is none. */
  public static Optional<CommunityAlgorithm> byId(String id) {
    String wanted = id == null ? "" : id.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(a -> a.id.equals(wanted)).findFirst();
  }

  /** Every id, for error messages that list the valid choices. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(CommunityAlgorithm::id).toList();
  }
}

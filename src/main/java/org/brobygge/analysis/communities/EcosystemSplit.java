package org.brobygge.analysis.communities;

import java.util.List;

/**
 * A declared ecosystem whose {@code members} (in the view) spread over more than one detected
 * community; {@code shares} largest first.
 */
public record EcosystemSplit(String ecosystemId, int members, List<CommunityShare> shares) {
  public EcosystemSplit {
    shares = List.copyOf(shares);
  }
}

package org.brobygge.analysis.communities;

/**
 * A detected community holds {@code members} of ecosystem {@code ecosystemId}: {@code share} of
 * them.
 */
public record EcosystemShare(String ecosystemId, int members, double share) {}

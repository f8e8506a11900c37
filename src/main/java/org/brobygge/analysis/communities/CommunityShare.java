package org.brobygge.analysis.communities;

/**
 * {@code members} of a declared ecosystem sit in detected community {@code community}: {@code
 * share} of them.
 */
public record CommunityShare(int community, int members, double share) {}

/**
 * PURE. Detected communities against declared ecosystems: {@link
 * org.brobygge.analysis.communities.CommunityDetection} partitions a {@link
 * org.brobygge.graph.NetworkView} by label propagation or greedy modularity (seeded, reproducible)
 * and scores the partition's modularity; {@link
 * org.brobygge.analysis.communities.PartitionComparison} compares two labelings (normalised mutual
 * information, adjusted Rand index); {@link org.brobygge.analysis.communities.EcosystemFit}
 * compares a detection with the declared ecosystems and names the ecosystems that split or merge.
 * Imports only the JDK, JGraphT, {@code model}, {@code graph} and {@code analysis}.
 */
package org.brobygge.analysis.communities;

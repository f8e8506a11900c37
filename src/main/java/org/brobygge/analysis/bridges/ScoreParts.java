package org.brobygge.analysis.bridges;

import java.util.Optional;
import org.brobygge.analysis.gaps.Coverage;

/**
 * What a recommendation's score is made of (see {@link BridgeRecommender} for the formula).
 *
 * @param index the link-prediction index used
 * @param indexValue its value for the pair on the whole network
 * @param likelihood {@code indexValue} relative to the best new-tie candidate of this ecosystem and
 *     gap, in [0, 1]; 1 for strengthening a tie that already exists, 0 for a fallback candidate
 * @param sharedPartners partners the two have in common
 * @param sourceCoverage how the source actor stands across the gap now
 * @param targetCoverage how the target stands, when it is on the source side of the same gap too
 *     (two firms of one ecosystem); empty otherwise
 * @param gapEffect how much of the gap the tie would close, in source actors: {@link
 *     Coverage#open()} of the source actor, plus the target's when it is on the source side too
 * @param severityDrop {@code gapEffect / sourceActors}: how much the ecosystem's severity falls if
 *     this tie alone is made, and made strong
 */
public record ScoreParts(
    String index,
    double indexValue,
    double likelihood,
    int sharedPartners,
    Coverage sourceCoverage,
    Optional<Coverage> targetCoverage,
    double gapEffect,
    double severityDrop) {}

package org.brobygge.analysis.bridges;

import java.util.List;

/**
 * One bridge to build: who should meet whom to close which gap of which ecosystem, how likely and
 * how useful that is, who can introduce them, and why, in words a strategist can put in a plan.
 *
 * @param type a new tie, or strengthening a weak one
 * @param basis why the pair is a candidate
 * @param ecosystemId the ecosystem whose gap it closes
 * @param gap the gap id
 * @param source the ecosystem's actor on the source side of the gap
 * @param target the actor on the other side
 * @param score the combined score, higher first (see {@link BridgeRecommender})
 * @param parts what the score is made of
 * @param introducers up to three actors who can introduce the two, best placed first
 * @param proposedTie the tie to make, ready for a what-if
 * @param rationale the recommendation in plain words
 */
public record BridgeRecommendation(
    RecommendationType type,
    CandidateBasis basis,
    String ecosystemId,
    String gap,
    ActorRef source,
    ActorRef target,
    double score,
    ScoreParts parts,
    List<Introducer> introducers,
    ProposedTie proposedTie,
    String rationale) {

  public BridgeRecommendation {
    introducers = List.copyOf(introducers);
  }
}

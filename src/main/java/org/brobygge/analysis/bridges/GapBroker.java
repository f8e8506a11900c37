package org.brobygge.analysis.bridges;

import org.brobygge.analysis.centrality.BrokerageRoles;

/**
 * An existing actor placed to bridge a gap: it works with actors on both sides who do not work with
 * each other. See {@link GapBrokers}.
 *
 * @param actor the broker
 * @param side where it stands: {@code source} (a source-side member), {@code target} (on the other
 *     side only) or {@code neither}
 * @param roles the open source-to-target pairs it brokers, by Gould-Fernandez role with the gap's
 *     sides as groups: liaison (it stands on neither side), gatekeeper (on the other side),
 *     representative (on the source side); itinerant and coordinator where both ends are on the
 *     source side, as two firms of one ecosystem are
 * @param brokeredPairs all those pairs: {@code roles().total()}
 * @param gapPairs the pairs whose source-side end (either end, where both are on the source side)
 *     has no strong tie across the gap: the introductions that would lower the severity
 * @param sourcePartners its partners on the source side
 * @param uncoveredSourcePartners of those, the ones without a strong tie across the gap
 * @param targetPartners its partners on the other side
 * @param constraint Burt's constraint on the whole network (weighted), low for an actor whose
 *     contacts are not tied to each other
 * @param summary the broker's position in plain words
 */
public record GapBroker(
    ActorRef actor,
    String side,
    BrokerageRoles roles,
    long brokeredPairs,
    long gapPairs,
    int sourcePartners,
    int uncoveredSourcePartners,
    int targetPartners,
    double constraint,
    String summary) {}

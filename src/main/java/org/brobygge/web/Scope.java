package org.brobygge.web;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * A request's network scope, the same two query parameters wherever a measure, a summary, a
 * community detection or an export can run on part of the network: {@code ?ecosystem=} for one
 * ecosystem's members, {@code ?ego=} for one actor's ego network, neither for the whole network.
 * {@link NetworkViews#view(Scope)} turns it into a view (404 for an unknown id, 400 for both).
 */
public record Scope(
    @Parameter(description = "ecosystem id; empty: the whole network") String ecosystem,
    @Parameter(
            description =
                "actor id: the actor's ego network (the actor, its neighbours, the ties among"
                    + " them); not together with ecosystem")
        String ego) {}

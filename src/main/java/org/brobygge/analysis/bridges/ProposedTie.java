package org.brobygge.analysis.bridges;

/**
 * A tie that does not exist yet (or a parallel tie that would strengthen one that does), as a
 * what-if applies it and a plan proposes it. Values are checked by {@link WhatIf}, which names
 * every problem, rather than here.
 *
 * @param from the first actor's id (the provider for a capital tie)
 * @param to the second actor's id
 * @param kind tie kind id
 * @param weight greater than 0; added to the weight of existing ties of the same kind between the
 *     two, as parallel ties are judged together
 * @param since first year, or null
 * @param until last year, or null for an ongoing tie
 */
public record ProposedTie(
    String from, String to, String kind, double weight, Integer since, Integer until) {}

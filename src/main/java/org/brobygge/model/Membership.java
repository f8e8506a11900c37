package org.brobygge.model;

import java.util.Objects;

/**
 * An actor's membership of an ecosystem over a period, as {@code memberships.csv} gives it.
 *
 * @param actor the actor's id
 * @param ecosystem the ecosystem's id
 * @param since first year of the membership, or null when unknown (taken as always)
 * @param until last year of the membership, or null when it is ongoing
 */
public record Membership(String actor, String ecosystem, Integer since, Integer until) {
  public Membership {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(ecosystem, "ecosystem");
    if (since != null && until != null && until < since) {
      throw new IllegalArgumentException(
          "membership of "
              + actor
              + " in "
              + ecosystem
              + " ends in "
              + until
              + ", before "
              + since);
    }
  }

  /** Whether the membership counts in {@code year}: begun by then and not ended before it. */
  public boolean validIn(int year) {
    return (since == null || since <= year) && (until == null || until >= year);
  }
}

package org.brobygge.model;

import java.util.Objects;

/**
 * A tie between two actors.
 *
 * @param id stable key of the tie; the import derives one when the file gives none
 * @param from first actor (the provider or supplier for a directed kind)
 * @param to second actor
 * @param kind what the tie is
 * @param weight strength, greater than 0 (shared projects, money, contacts: the source decides)
 * @param since first year of the tie, or null when unknown
 * @param until last year of the tie, or null when it is ongoing or unknown
 * @param source where the tie was learnt from (a survey, CORDIS); may be empty
 */
public record Tie(
    String id,
    String from,
    String to,
    TieKind kind,
    double weight,
    Integer since,
    Integer until,
    String source) {

  public Tie {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be a finite number > 0: " + weight);
    }
    if (since != null && until != null && until < since) {
      throw new IllegalArgumentException("until " + until + " is before since " + since);
    }
    source = source == null ? "" : source;
  }
}

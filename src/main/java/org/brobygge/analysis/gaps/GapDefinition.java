package org.brobygge.analysis.gaps;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One of the seven gaps as data: who stands on each side, which ties count, what makes one weak.
 * The defaults ship in {@link DefaultGapDefinitions}; a deployment can override any field.
 *
 * @param id stable identifier used in the API ({@code research}, {@code inter_firm} ...)
 * @param name display name
 * @param description one sentence for a strategist
 * @param source the ecosystem's members this gap is about (its firms, say)
 * @param target who a source actor should be tied to
 * @param scope where the target may sit
 * @param tieKinds kinds of tie that count, by id; empty: every kind
 * @param weakness when a counting tie is weak
 */
public record GapDefinition(
    String id,
    String name,
    String description,
    ActorSelector source,
    ActorSelector target,
    GapScope scope,
    Set<String> tieKinds,
    Weakness weakness) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  public GapDefinition {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("gap id must match " + ID.pattern() + ": " + id);
    }
    name = name == null ? id : name;
    description = description == null ? "" : description;
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(scope, "scope");
    tieKinds = tieKinds == null ? Set.of() : Set.copyOf(tieKinds);
    Objects.requireNonNull(weakness, "weakness");
  }

  public boolean counts(String kind) {
    return tieKinds.isEmpty() || tieKinds.contains(kind);
  }
}

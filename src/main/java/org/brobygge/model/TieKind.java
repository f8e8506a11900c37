package org.brobygge.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The kind of a tie between two actors. The list is open: the six built-in kinds below are always
 * known and a deployment can add more (see {@link TieKinds}).
 *
 * <p>In Neo4j each kind is its own relationship type, the kind's id in upper case ({@code capital}
 * is {@code :CAPITAL}). A directed kind is read from the first actor to the second (capital flows
 * from provider to recipient, trade from supplier to customer); an undirected kind is stored in the
 * direction the file gives and analysed as undirected.
 *
 * @param id lower-case identifier, {@code [a-z][a-z0-9_]*}
 * @param directed whether the order of the two actors carries meaning
 */
public record TieKind(String id, boolean directed) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  public static final TieKind RESEARCH = new TieKind("research", false);
  public static final TieKind EDUCATION = new TieKind("education", false);
  public static final TieKind CAPITAL = new TieKind("capital", true);
  public static final TieKind AUTHORITY = new TieKind("authority", false);
  public static final TieKind TRADE = new TieKind("trade", true);
  public static final TieKind COLLABORATION = new TieKind("collaboration", false);

  public TieKind {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "tie kind id must match " + ID.pattern() + " (lower case, digits, underscore): " + id);
    }
  }

  /** The Neo4j relationship type that stores ties of this kind. */
  public String relationshipType() {
    return id.toUpperCase(Locale.ROOT);
  }
}

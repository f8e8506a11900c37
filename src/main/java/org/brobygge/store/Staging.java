package org.brobygge.store;

import java.util.List;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * How readers skip the data of an import that has not finished (see {@link NetworkWriter}).
 *
 * <p>A large import writes its new actors, ecosystems and ties in many small transactions, each
 * tagged {@code importId}; one {@code :PendingImport {id}} node per unfinished import says which
 * ids are still staged. The import's last, small transaction marks that node {@code committed} (and
 * bumps the version), and from then on everything it wrote is visible at once; the node is deleted
 * when the tags are removed. A reader asks for the pending ids in its own read transaction and
 * filters with {@link #visible}, so no reader ever sees half an import; with no import pending (the
 * usual case) the filter is the constant {@code true}.
 */
final class Staging {

  static final String PROPERTY = "importId";

  /** Imports not committed yet; a committed one keeps its node until its tags are removed. */
  static final String PENDING_QUERY =
      "MATCH (p:PendingImport) WHERE p.committed IS NULL RETURN collect(p.id) AS pending";

  private Staging() {}

  /** The ids of the imports that are written but not committed, read in {@code tx}. */
  static List<Long> pending(SimpleQueryRunner tx) {
    return tx.run(PENDING_QUERY).single().get("pending").asList(Value::asLong);
  }

  /**
   * A Cypher condition: each of {@code variables} (nodes or relationships) belongs to no pending
   * import. Uses the parameter {@code $pending}; {@code true} when nothing is pending.
   */
  static String visible(List<Long> pending, String... variables) {
    if (pending.isEmpty()) {
      return "true";
    }
    StringBuilder condition = new StringBuilder("(");
    for (int i = 0; i < variables.length; i++) {
      if (i > 0) {
        condition.append(" AND ");
      }
      condition
          .append("coalesce(NOT ")
          .append(variables[i])
          .append('.')
          .append(PROPERTY)
          .append(" IN $pending, true)");
    }
    return condition.append(')').toString();
  }
}

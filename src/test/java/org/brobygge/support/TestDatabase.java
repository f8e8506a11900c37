package org.brobygge.support;

import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** Direct Cypher access for tests: to see what the database holds, independent of the API. */
public final class TestDatabase {

  private final Driver driver;

  public TestDatabase(Driver driver) {
    this.driver = driver;
  }

  public void clear() {
    try (var session = driver.session()) {
      session.executeWriteWithoutResult(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
    }
  }

  public long count(String cypher) {
    try (var session = driver.session()) {
      return session.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
    }
  }

  /**
   * Every node (but the import bookkeeping node {@code :DatabaseState}) with its labels and
   * properties and every relationship with its type, ends and properties, sorted: two equal
   * fingerprints mean the same database content.
   */
  public List<String> fingerprint() {
    try (var session = driver.session()) {
      return session.executeRead(
          tx -> {
            List<String> nodes =
                tx.run(
                        "MATCH (n) WHERE NOT n:DatabaseState"
                            + " RETURN labels(n) AS labels, properties(n) AS p")
                    .list(
                        r ->
                            new TreeSet<>(r.get("labels").asList(Value::asString))
                                + " "
                                + new TreeMap<>(r.get("p").asMap()));
            List<String> relationships =
                tx.run(
                        """
                        MATCH (a)-[r]->(b)
                        RETURN a.id AS a, type(r) AS type, properties(r) AS p, b.id AS b
                        """)
                    .list(
                        r ->
                            r.get("a").asString()
                                + " -"
                                + r.get("type").asString()
                                + new TreeMap<>(r.get("p").asMap())
                                + "-> "
                                + r.get("b").asString());
            return Stream.concat(nodes.stream(), relationships.stream()).sorted().toList();
          });
    }
  }
}

package org.brobygge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The schema is applied once: a start on a database that has it writes nothing, a gap is filled.
 */
class SchemaIT {

  @TempDir Path data;

  @Test
  void everyStatementNamesWhatItCreates() {
    List<String> names = Schema.statements().stream().map(Schema::name).toList();
    assertThat(names).doesNotContainNull().doesNotHaveDuplicates().contains("actor_id");
    assertThat(Schema.name("CREATE TEXT INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)"))
        .isEqualTo("actor_name");
  }

  @Test
  void createsWhatIsMissingOnly() {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, "localhost", 0);
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
      new Schema(driver);
      Set<String> all = names(driver);
      assertThat(all).containsAll(Schema.statements().stream().map(Schema::name).toList());

      try (var session = driver.session()) {
        session.run("DROP INDEX actor_region").consume();
      }
      assertThat(names(driver)).doesNotContain("actor_region");

      new Schema(driver);
      assertThat(names(driver)).isEqualTo(all);
    }
  }

  private static Set<String> names(Driver driver) {
    Set<String> names = new HashSet<>();
    try (var session = driver.session()) {
      for (String show : List.of("SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name")) {
        session.run(show).forEachRemaining(r -> names.add(r.get("name").asString()));
      }
    }
    return names;
  }
}

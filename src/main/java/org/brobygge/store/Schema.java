package org.brobygge.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher} (constraints and indexes, all {@code IF NOT EXISTS}) at
 * start-up, before anything is read or written. Running it again changes nothing.
 */
@Component
public class Schema {

  static final String RESOURCE = "/cypher/schema.cypher";
  private static final Logger log = LoggerFactory.getLogger(Schema.class);

  private final Driver driver;

  Schema(Driver driver) {
    this.driver = driver;
    apply();
  }

  /** The statements of the schema file, comments removed, in file order. */
  static List<String> statements() {
    try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String code =
          String.join("\n", text.lines().filter(line -> !line.strip().startsWith("//")).toList());
      return Arrays.stream(code.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void apply() {
    List<String> statements = statements();
    try (var session = driver.session()) {
      for (String statement : statements) {
        // Schema commands cannot share a transaction with each other or with data writes.
        session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
      }
    }
    log.info("Schema applied: {} constraints and indexes", statements.size());
  }
}

package org.brobygge.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher} (constraints and indexes, all {@code IF NOT EXISTS}) at
 * start-up, before anything is read or written: only the statements whose named constraint or index
 * is missing. Running it again changes nothing.
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

  private static final Pattern NAME =
      Pattern.compile(
          "CREATE\\s+(?:\\w+\\s+)?(?:CONSTRAINT|INDEX)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS",
          Pattern.CASE_INSENSITIVE);

  /** The name a statement creates, or null when it names none (it is then always run). */
  static String name(String statement) {
    Matcher m = NAME.matcher(statement);
    return m.lookingAt() ? m.group(1) : null;
  }

  /**
   * Runs the statements whose constraint or index does not exist yet. Two reads of the schema are
   * cheaper than ten schema transactions: on a database that has them all (every start but the
   * first) nothing is written.
   */
  private void apply() {
    List<String> statements = statements();
    Set<String> existing = new HashSet<>();
    try (var session = driver.session()) {
      for (String show : List.of("SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name")) {
        session.run(show).forEachRemaining(r -> existing.add(r.get("name").asString()));
      }
      int applied = 0;
      for (String statement : statements) {
        String name = name(statement);
        if (name != null && existing.contains(name)) {
          continue;
        }
        // One transaction per statement (schema commands may share one, BulkImport's finish does,
        // but not with data writes): at start-up on an empty database it was not faster.
        session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
        applied++;
      }
      log.info(
          "Schema: {} constraints and indexes, {} of them created now", statements.size(), applied);
    }
  }
}

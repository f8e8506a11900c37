package org.brobygge.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/**
 * Stores per-actor scores as properties of the {@code :Actor} nodes, so Cypher and Bloom users can
 * query them ({@code cypher/scores.cypher}). One transaction: all scores or none.
 *
 * <p>The scores belong to the network they were computed on. The {@code (:DatabaseState)} node
 * records which: {@code scoresVersion} is the data version at the time ({@code version} changes at
 * every import), {@code scoreProperties} the properties written and {@code scoresWrittenAt} when.
 * {@code s.scoresVersion = s.version} therefore says the scores are current. Re-importing an actor
 * replaces all its properties, its scores included.
 */
@Component
public class ScoreWriter {

  private static final String SET_SCORES =
      """
      UNWIND $rows AS row
      MATCH (a:Actor {id: row.id})
      SET a += row.scores
      """;

  private static final String RECORD =
      """
      OPTIONAL MATCH (s:DatabaseState {id: 'brobygge'})
      WITH s WHERE coalesce(s.version, '') = $version
      FOREACH (state IN CASE WHEN s IS NULL THEN [] ELSE [s] END |
        SET state.scoresVersion = state.version, state.scoresWrittenAt = datetime(),
            state.scoreProperties = $properties)
      RETURN count(*) AS recorded
      """;

  private final Driver driver;

  ScoreWriter(Driver driver) {
    this.driver = driver;
  }

  /** What a write did. */
  public record Written(int actors, List<String> properties, long millis) {}

  /**
   * Sets, on each actor of {@code actorIds}, the property {@code name} of {@code scores} to the
   * actor's value (same index); a value that is not finite removes the property.
   *
   * @param version the data version the scores were computed on
   * @return empty, and nothing written, if the database is no longer at {@code version}
   */
  public Optional<Written> write(
      List<String> actorIds, Map<String, double[]> scores, String version) {
    long started = System.nanoTime();
    List<String> properties = List.copyOf(scores.keySet());
    boolean written;
    // executeWrite: retried by the driver after a transient failure; setting the same properties
    // again gives the same database
    try (var session = driver.session()) {
      written =
          session.executeWrite(
              tx -> {
                // first, so an import that commits meanwhile cannot interleave with these rows
                long recorded =
                    tx.run(RECORD, Map.of("version", version, "properties", properties))
                        .single()
                        .get("recorded")
                        .asLong();
                if (recorded == 0) {
                  return false; // nothing was changed, so committing changes nothing
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = 0; i < actorIds.size(); i++) {
                  Map<String, Object> values = new HashMap<>();
                  for (var score : scores.entrySet()) {
                    double value = score.getValue()[i];
                    values.put(score.getKey(), Double.isFinite(value) ? value : null);
                  }
                  rows.add(Map.of("id", actorIds.get(i), "scores", values));
                  if (rows.size() == NetworkWriter.BATCH_SIZE) {
                    tx.run(SET_SCORES, Map.of("rows", rows)).consume();
                    rows = new ArrayList<>();
                  }
                }
                if (!rows.isEmpty()) {
                  tx.run(SET_SCORES, Map.of("rows", rows)).consume();
                }
                return true;
              });
    }
    if (!written) {
      return Optional.empty();
    }
    return Optional.of(
        new Written(actorIds.size(), properties, (System.nanoTime() - started) / 1_000_000));
  }
}

package org.brobygge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brobygge.model.Actor;
import org.brobygge.model.Ecosystem;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;
import org.brobygge.model.TieKinds;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.brobygge.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The staged write of {@link NetworkWriter} against the real embedded Neo4j: imports of several
 * batches that fail part-way (a forced failure, a constraint violation, a process that stops
 * without cleaning up) leave every reader and the stored data as before; an import that changes
 * nothing keeps the version.
 */
@EmbeddedNeo4jTest
@TestPropertySource(properties = "brobygge.sample.load-on-start=false")
class StagedImportIT {

  /** A first import of {@value} actors in a chain: small, one batch. */
  static final int BASE = 50;

  /** A second import of this many new actors in a chain: three actor batches, three tie batches. */
  static final int MANY = 2 * NetworkWriter.BATCH_SIZE + 500;

  @Autowired Driver driver;
  @Autowired NetworkWriter writer;
  @Autowired NetworkQueries queries;
  @Autowired TieKinds tieKinds;
  @Autowired EmbeddedNeo4j embedded;

  TestDatabase db;

  @BeforeEach
  void baseNetwork() {
    db = new TestDatabase(driver);
    db.clear();
    writer.write(chain("base", BASE, List.of(new Ecosystem("eco", "Eco", "north"))));
  }

  @Test
  void aFailureAfterSomeBatchesLeavesTheDatabaseAsItWas() {
    var before = db.fingerprint();
    String version = version();
    int[] batches = {0};

    assertThatThrownBy(
            () ->
                writer.write(
                    chain("new", MANY, List.of()),
                    (written, total) -> {
                      if (++batches[0] == 4) { // all three actor batches, one tie batch
                        throw new IllegalStateException("forced failure");
                      }
                    }))
        .hasMessage("forced failure");

    assertThat(db.fingerprint()).isEqualTo(before);
    assertThat(version()).isEqualTo(version);
    assertThat(db.count("MATCH (p:PendingImport) RETURN count(p)")).isZero();
  }

  @Test
  void aConstraintViolationInALaterBatchLeavesTheDatabaseAsItWas() {
    var before = db.fingerprint();
    String version = version();
    EcosystemData data = chain("new", MANY, List.of());
    // The parser rejects a repeated id; written directly, the unique constraint on Actor.id does,
    // in the third batch of actors, after two have been committed.
    List<Actor> actors = new ArrayList<>(data.actors());
    actors.set(2 * NetworkWriter.BATCH_SIZE + 10, actor("new-5"));
    EcosystemData bad = new EcosystemData(data.ecosystems(), actors, data.ties());

    assertThatThrownBy(() -> writer.write(bad)).hasMessageContaining("new-5");

    assertThat(db.fingerprint()).isEqualTo(before);
    assertThat(version()).isEqualTo(version);
  }

  @Test
  void readersSkipAnUnfinishedImportAndRecoveryDeletesIt() {
    var before = db.fingerprint();
    String version = version();
    SnapshotReader reader = new SnapshotReader(driver, tieKinds);
    SnapshotReader inProcess = new SnapshotReader(driver, tieKinds, embedded.database());
    Set<String> seenWhileStaging = new java.util.HashSet<>();

    // An Error is not caught by the writer's clean-up: like a process killed part-way, it leaves
    // the staged rows behind.
    assertThatThrownBy(
            () ->
                writer.write(
                    chain("new", MANY, List.of(new Ecosystem("eco2", "Eco 2", "south"))),
                    (written, total) -> {
                      if (written > MANY + 1) { // the first batch of ties
                        var graph = reader.read().graph();
                        seenWhileStaging.add(graph.actorCount() + " actors");
                        seenWhileStaging.add(graph.tieCount() + " ties");
                        seenWhileStaging.add(graph.ecosystemCount() + " ecosystems");
                        var read = inProcess.read().graph();
                        seenWhileStaging.add(
                            "in process: "
                                + read.actorCount()
                                + " actors, "
                                + read.tieCount()
                                + " ties, "
                                + read.ecosystemCount()
                                + " ecosystems");
                        seenWhileStaging.add(queries.actorCount() + " in the actor list");
                        seenWhileStaging.add(
                            "new-0 " + queries.actor("new-0").map(a -> "found").orElse("absent"));
                        seenWhileStaging.add(
                            "base-0 ties " + queries.actor("base-0").orElseThrow().ties().size());
                        throw new KilledError();
                      }
                    }))
        .isInstanceOf(KilledError.class);

    assertThat(seenWhileStaging)
        .containsExactlyInAnyOrder(
            BASE + " actors",
            (BASE - 1) + " ties",
            "1 ecosystems",
            "in process: " + BASE + " actors, " + (BASE - 1) + " ties, 1 ecosystems",
            BASE + " in the actor list",
            "new-0 absent",
            "base-0 ties 1");
    // The staged rows are in the store, invisible; the version is the old one.
    assertThat(db.count("MATCH (a:Actor) RETURN count(a)")).isGreaterThan(BASE);
    assertThat(version()).isEqualTo(version);

    writer.recoverUnfinished(Duration.ZERO);

    assertThat(db.fingerprint()).isEqualTo(before);
    assertThat(db.count("MATCH (p:PendingImport) RETURN count(p)")).isZero();
  }

  @Test
  void aStagedImportCommitsEverythingAndLeavesNoStagingTags() {
    EcosystemData data = chain("new", MANY, List.of(new Ecosystem("eco2", "Eco 2", "south")));
    List<Tie> ties = new ArrayList<>(data.ties());
    // A new tie between two actors of the first import: tagged while staged, not after.
    ties.add(new Tie("bridge", "base-0", "base-9", TieKind.CAPITAL, 2.0, 2020, null, "survey"));
    // and one between a new actor and an older one, in both directions
    ties.add(new Tie("mixed-1", "new-7", "base-3", TieKind.TRADE, 1.5, null, 2024, ""));
    ties.add(new Tie("mixed-2", "base-4", "new-8", TieKind.RESEARCH, 3.0, 2018, 2022, "x"));
    String version = version();

    var counts = writer.write(new EcosystemData(data.ecosystems(), data.actors(), ties));

    // Staged ties are created by internal node id: each between the actors its row names, with
    // its values.
    Set<String> expected = new java.util.HashSet<>();
    for (Tie t : ties) {
      expected.add(
          String.join(
              " ",
              t.id(),
              t.from(),
              t.to(),
              t.kind().relationshipType(),
              String.valueOf(t.weight()),
              String.valueOf(t.since()),
              String.valueOf(t.until()),
              t.source().isEmpty() ? "null" : t.source()));
    }
    List<String> stored;
    try (var session = driver.session()) {
      stored =
          session
              .run(
                  """
                  MATCH (a:Actor)-[t]->(b:Actor) WHERE NOT a.id STARTS WITH 'base'
                    OR NOT b.id STARTS WITH 'base' OR t.id = 'bridge'
                  RETURN t.id + ' ' + a.id + ' ' + b.id + ' ' + type(t) + ' ' + toString(t.weight)
                    + ' ' + coalesce(toString(t.since), 'null') + ' '
                    + coalesce(toString(t.until), 'null') + ' ' + coalesce(t.source, 'null') AS s
                  """)
              .list(r -> r.get("s").asString());
    }
    assertThat(stored).hasSize(ties.size()).containsExactlyInAnyOrderElementsOf(expected);

    assertThat(counts.nodesCreated()).isEqualTo(1 + MANY);
    // MANY memberships, MANY - 1 chain ties, the bridge
    assertThat(counts.relationshipsCreated()).isEqualTo(MANY + MANY - 1 + 3);
    assertThat(version()).isNotEqualTo(version);
    var graph = new SnapshotReader(driver, tieKinds).read().graph();
    assertThat(graph.actorCount()).isEqualTo(BASE + MANY);
    assertThat(graph.tieCount()).isEqualTo(BASE - 1 + MANY - 1 + 3);
    assertThat(db.count("MATCH (n) WHERE n.importId IS NOT NULL RETURN count(n)")).isZero();
    assertThat(db.count("MATCH ()-[t]->() WHERE t.importId IS NOT NULL RETURN count(t)")).isZero();
    assertThat(db.count("MATCH (p:PendingImport) RETURN count(p)")).isZero();
  }

  @Test
  void recoveryFinishesAnImportKilledAfterItsCommitWhileRemovingTheTags() {
    EcosystemData data = chain("new", MANY, List.of(new Ecosystem("eco2", "Eco 2", "south")));
    List<Tie> ties = new ArrayList<>(data.ties());
    ties.add(new Tie("bridge", "base-0", "base-9", TieKind.CAPITAL, 2.0, 2020, null, "survey"));
    writer.write(new EcosystemData(data.ecosystems(), data.actors(), ties));
    var after = db.fingerprint();
    String version = version();
    // What a process killed between the last transaction and the end of the tag removal leaves:
    // the pending node marked committed, some rows still tagged.
    try (var session = driver.session()) {
      session.executeWriteWithoutResult(
          tx ->
              tx.run(
                      """
                      CREATE (:PendingImport {id: 7, committed: true, heartbeat: datetime()})
                      WITH 1 AS one
                      MATCH (a:Actor) WHERE a.id STARTS WITH 'new-1' SET a.importId = 7
                      WITH count(*) AS tagged
                      MATCH ()-[t {id: 'bridge'}]->() SET t.importId = 7
                      """)
                  .consume());
    }
    // Readers already show every row of a committed import.
    var graph = new SnapshotReader(driver, tieKinds).read().graph();
    assertThat(graph.actorCount()).isEqualTo(BASE + MANY);
    assertThat(graph.tieCount()).isEqualTo(BASE - 1 + MANY - 1 + 1);

    writer.recoverUnfinished(Duration.ZERO);

    assertThat(db.fingerprint()).isEqualTo(after);
    assertThat(version()).isEqualTo(version);
  }

  @Test
  void reimportingUnchangedDataWritesNothingAndKeepsTheVersion() {
    EcosystemData data = chain("new", 3_000, List.of(new Ecosystem("eco2", "Eco 2", "south")));
    writer.write(data);
    var before = db.fingerprint();
    String version = version();

    var counts = writer.write(data);

    assertThat(counts.changed()).isFalse();
    assertThat(db.fingerprint()).isEqualTo(before);
    assertThat(version()).isEqualTo(version);
  }

  @Test
  void aChangedActorOrTieIsWrittenAndBumpsTheVersion() {
    EcosystemData base = chain("base", BASE, List.of(new Ecosystem("eco", "Eco", "north")));
    List<Tie> ties = new ArrayList<>(base.ties());
    Tie first = ties.getFirst();
    ties.set(
        0,
        new Tie(
            first.id(),
            first.from(),
            first.to(),
            first.kind(),
            first.weight() + 1,
            first.since(),
            first.until(),
            first.source()));
    String version = version();

    var counts = writer.write(new EcosystemData(base.ecosystems(), base.actors(), ties));

    assertThat(counts.propertiesSet()).isPositive();
    assertThat(counts.relationshipsCreated()).isZero();
    assertThat(version()).isNotEqualTo(version);
    assertThat(
            db.count(
                "MATCH (:Actor {id: 'base-0'})-[t {id: 'base-t0'}]-(:Actor) RETURN toInteger(t.weight)"))
        .isEqualTo(3);
    assertThat(db.count("MATCH ()-[t {id: 'base-t0'}]-() RETURN count(t) / 2")).isEqualTo(1);
  }

  /** Actors {@code prefix-0..n-1} in ecosystem {@code eco}, each tied to the next. */
  private static EcosystemData chain(String prefix, int n, List<Ecosystem> ecosystems) {
    List<Actor> actors = new ArrayList<>(n);
    List<Tie> ties = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      actors.add(actor(prefix + "-" + i));
      if (i > 0) {
        ties.add(
            new Tie(
                prefix + "-t" + (i - 1),
                prefix + "-" + (i - 1),
                prefix + "-" + i,
                i % 2 == 0 ? TieKind.RESEARCH : TieKind.CAPITAL,
                2.0,
                2019,
                null,
                ""));
      }
    }
    return new EcosystemData(ecosystems, actors, ties);
  }

  private static Actor actor(String id) {
    return new Actor(
        id,
        "Actor " + id,
        Sector.BUSINESS,
        Set.of(Role.FIRM),
        "north",
        "SE",
        List.of("eco"),
        Map.of("size", 10L));
  }

  private String version() {
    try (var session = driver.session()) {
      return session.executeRead(
          tx -> tx.run(Snapshots.VERSION_QUERY).single().get("version").asString());
    }
  }

  /** Stands for a process killed part-way: nothing catches it on the way out. */
  static final class KilledError extends Error {}
}

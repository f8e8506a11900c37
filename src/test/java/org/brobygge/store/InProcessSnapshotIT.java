package org.brobygge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.TieKinds;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.brobygge.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embedded database's snapshot, read in this process through Neo4j's Java API, is the network
 * the Cypher queries read over Bolt (the reader used for a Neo4j server): the same rows in the same
 * order, and the same rows skipped, also for data written by hand that breaks the import's rules.
 */
@EmbeddedNeo4jTest
class InProcessSnapshotIT {

  @LocalServerPort int port;
  @Autowired Driver driver;
  @Autowired EmbeddedNeo4j embedded;
  @Autowired Snapshots snapshots;

  private EcosystemGraph overBolt() {
    return new SnapshotReader(driver, TieKinds.builtIn(), 1).read().graph();
  }

  private EcosystemGraph inProcess() {
    return new SnapshotReader(driver, TieKinds.builtIn(), embedded.database()).read().graph();
  }

  @Test
  void readsTheSampleAsTheBoltReaderDoes() {
    new TestDatabase(driver).clear();
    assertThat(new Api(port).importFolder(Path.of("data/sample")).getStatusCode().is2xxSuccessful())
        .isTrue();

    EcosystemGraph bolt = overBolt();
    assertThat(bolt.tieCount()).isGreaterThan(3000);
    assertThat(rows(inProcess())).isEqualTo(rows(bolt));
    assertThat(rows(snapshots.current())).isEqualTo(rows(bolt)); // the app reads in process
  }

  @Test
  void takesAndSkipsRowsWrittenByHandAsTheBoltReaderDoes() {
    new TestDatabase(driver).clear();
    try (var session = driver.session()) {
      session.executeWrite(
          tx ->
              tx.run(
                      """
                      CREATE (e1:Ecosystem {id: 'eco-b', name: 'B', region: 'north'}),
                             (e2:Ecosystem {id: 'eco-a'}),
                             (hidden:Ecosystem {id: 'eco-staged', importId: 7}),
                             (:PendingImport {id: 7}),
                             (:PendingImport {id: 8, committed: true}),
                             (a:Actor {id: 'b-actor', name: 'B', sector: 'academia',
                                       roles: ['research', 'no-such-role'], sme: true}),
                             (b:Actor {id: 'a-actor', sector: 'business', country: 'SE'}),
                             (c:Actor {id: $supplementary, sector: 'public'}),
                             (d:Actor {id: $fullwidth, sector: 'civil_society'}),
                             (x:Actor {id: 'no-sector-we-know', sector: 'aliens'}),
                             (s:Actor {id: 'staged', sector: 'business', importId: 7}),
                             (done:Actor {id: 'committed-import', sector: 'business',
                                          importId: 8}),
                             (a)-[:MEMBER_OF {since: 2019}]->(e1),
                             (a)-[:MEMBER_OF {since: 2020.5}]->(e2),
                             (a)-[:MEMBER_OF]->(hidden),
                             (b)-[:MEMBER_OF {until: 2024}]->(e2),
                             (a)-[:COLLABORATION {weight: 2.5, since: 2018}]->(b),
                             (a)-[:COLLABORATION {weight: 3}]->(c),
                             (b)-[:CAPITAL {weight: 'heavy'}]->(c),
                             (c)-[:CAPITAL {since: 99999999999}]->(d),
                             (d)-[:`9LIVES`]->(a),
                             (d)-[:MEMBER_OF]->(a),
                             (a)-[:COLLABORATION]->(x),
                             (x)-[:COLLABORATION]->(a),
                             (a)-[:COLLABORATION]->(s),
                             (a)-[:COLLABORATION {importId: 7}]->(d),
                             (a)-[:COLLABORATION]->(done),
                             (d)-[:COLLABORATION {since: 2001, until: 2003}]->(b),
                             (:DatabaseState {id: 'brobygge', version: 'v-by-hand'})
                      """,
                      Map.of("supplementary", "z\uD835\uDC00", "fullwidth", "z\uFF21"))
                  .consume());
    }
    snapshots.invalidate();

    EcosystemGraph bolt = overBolt();
    EcosystemGraph inProcess = inProcess();

    assertThat(rows(inProcess)).isEqualTo(rows(bolt));
    // what the Bolt reader made of it, so that the comparison above is not between two empties
    assertThat(bolt.ecosystemCount()).isEqualTo(2);
    assertThat(bolt.actorCount()).isEqualTo(5); // not the unknown sector, not the staged one
    assertThat(bolt.actorId(bolt.actorCount() - 1)).isEqualTo("z\uD835\uDC00"); // code points
    // 2.5, weight 3, the committed import's, 2001-2003, and MEMBER_OF between actors as a kind
    // written by hand; not a weight or year that is no number of its kind, nor a type that is no
    // kind id (9LIVES), nor anything staged or touching an actor of an unknown sector
    assertThat(bolt.tieCount()).isEqualTo(5);
    SnapshotReader reader = new SnapshotReader(driver, TieKinds.builtIn(), embedded.database());
    assertThat(reader.read().version()).isEqualTo("v-by-hand");
  }

  /**
   * A Neo4j transaction reads committed data: an import that commits while the snapshot is read
   * could be half seen. Both readers check the version again at the end and read again.
   */
  @ParameterizedTest
  @ValueSource(strings = {"in process", "over Bolt, one transaction", "over Bolt, in parts"})
  void readsAgainWhenAnImportCommitsDuringTheRead(String how) {
    new TestDatabase(driver).clear();
    try (var session = driver.session()) {
      session.run("CREATE (:DatabaseState {id: 'brobygge', version: 'v1'})").consume();
      session
          .run(
              "CREATE (:Actor {id: 'a', sector: 'business'})-[:TRADE]->"
                  + "(:Actor {id: 'b', sector: 'business'})")
          .consume();
    }
    SnapshotReader reader =
        switch (how) {
          case "in process" -> new SnapshotReader(driver, TieKinds.builtIn(), embedded.database());
          case "over Bolt, one transaction" -> new SnapshotReader(driver, TieKinds.builtIn(), 1);
          default -> new SnapshotReader(driver, TieKinds.builtIn(), 2);
        };
    java.util.concurrent.atomic.AtomicBoolean committed =
        new java.util.concurrent.atomic.AtomicBoolean();
    reader.duringRead =
        () -> {
          if (committed.compareAndSet(false, true)) {
            try (var session = driver.session()) { // another transaction: an import commits
              session
                  .run(
                      "MATCH (s:DatabaseState) SET s.version = 'v2' WITH s"
                          + " CREATE (:Actor {id: 'c', sector: 'business'})")
                  .consume();
            }
          }
        };

    var snapshot = reader.read();

    assertThat(committed).isTrue();
    assertThat(snapshot.version()).isEqualTo("v2");
    assertThat(snapshot.graph().actorCount()).isEqualTo(3);
  }

  @Test
  void ordersIdsByCodePointAsNeo4jDoes() {
    assertThat(SnapshotReader.compareIds("z\uFF21", "z\uD835\uDC00")).isNegative();
    assertThat(SnapshotReader.compareIds("a", "ab")).isNegative();
    assertThat(SnapshotReader.compareIds("b", "ab")).isPositive();
    assertThat(SnapshotReader.compareIds("x", "x")).isZero();
    assertThat(SnapshotReader.compareIds("x", null)).isNegative();
  }

  /** Every row of a snapshot with its index, so that order matters. */
  private static List<String> rows(EcosystemGraph g) {
    List<String> rows = new ArrayList<>();
    for (int e = 0; e < g.ecosystemCount(); e++) {
      rows.add(
          "ecosystem " + g.ecosystemId(e) + " " + g.ecosystemName(e) + " " + g.ecosystemRegion(e));
    }
    for (int a = 0; a < g.actorCount(); a++) {
      StringBuilder row = new StringBuilder("actor " + a + " " + g.actorId(a));
      row.append(' ').append(g.actorName(a)).append(' ').append(g.sector(a).id());
      row.append(' ').append(g.roleMask(a)).append(' ').append(g.region(a));
      row.append(' ').append(g.country(a)).append(" sme=").append(g.isSme(a));
      for (int e : g.memberships(a)) {
        row.append(' ').append(g.ecosystemId(e)).append(':').append(g.membershipSince(a, e));
        row.append('-').append(g.membershipUntil(a, e));
      }
      rows.add(row.toString());
    }
    for (int t = 0; t < g.tieCount(); t++) {
      rows.add(
          "tie %d %d->%d %s %s %d-%d"
              .formatted(
                  t,
                  g.tieFrom(t),
                  g.tieTo(t),
                  g.tieKind(t).id(),
                  g.tieWeight(t),
                  g.tieSince(t),
                  g.tieUntil(t)));
    }
    return rows;
  }
}

package org.brobygge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.Actor;
import org.brobygge.model.Ecosystem;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Membership;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKinds;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.brobygge.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Memberships with years through {@link NetworkWriter} and {@link SnapshotReader} against the real
 * embedded Neo4j: the years are stored on {@code MEMBER_OF} and read back into the snapshot, the
 * same import again writes nothing, {@code memberships.csv} alone sets the years of memberships
 * already in the database, and a staged import (more rows than one transaction takes) shows its
 * memberships only once committed and leaves no staging tag.
 */
@EmbeddedNeo4jTest
@TestPropertySource(properties = "brobygge.sample.load-on-start=false")
class MembershipImportIT {

  @Autowired Driver driver;
  @Autowired NetworkWriter writer;
  @Autowired TieKinds tieKinds;

  TestDatabase db;

  @BeforeEach
  void clear() {
    db = new TestDatabase(driver);
    db.clear();
  }

  private EcosystemGraph snapshot() {
    return new SnapshotReader(driver, tieKinds).read().graph();
  }

  private static final List<Ecosystem> ECOSYSTEMS =
      List.of(new Ecosystem("space", "Space", ""), new Ecosystem("mining", "Mining", ""));

  @Test
  void membershipYearsAreStoredAndReadBackAndAnUnchangedImportWritesNothing() {
    EcosystemData data =
        new EcosystemData(
            ECOSYSTEMS,
            List.of(actor("a", "space"), actor("b"), actor("c", "mining")),
            List.of(),
            List.of(
                new Membership("a", "space", 2016, 2019),
                new Membership("b", "space", 2021, null),
                new Membership("c", "space", null, 2018)));

    writer.write(data);
    EcosystemGraph graph = snapshot();
    var before = db.fingerprint();
    var again = writer.write(data);

    int a = graph.actorIndex("a").orElseThrow();
    int b = graph.actorIndex("b").orElseThrow();
    int c = graph.actorIndex("c").orElseThrow();
    int space = graph.ecosystemIndex("space").orElseThrow();
    int mining = graph.ecosystemIndex("mining").orElseThrow();
    assertThat(graph.membershipCount()).isEqualTo(4);
    assertThat(List.of(graph.membershipSince(a, space), graph.membershipUntil(a, space)))
        .containsExactly(2016, 2019);
    assertThat(List.of(graph.membershipSince(b, space), graph.membershipUntil(b, space)))
        .containsExactly(2021, EcosystemGraph.NO_YEAR);
    assertThat(List.of(graph.membershipSince(c, space), graph.membershipUntil(c, space)))
        .containsExactly(EcosystemGraph.NO_YEAR, 2018);
    assertThat(graph.membershipSince(c, mining)).isEqualTo(EcosystemGraph.NO_YEAR);
    assertThat(graph.asOf(2020).members(space)).isEmpty();
    assertThat(again.changed()).isFalse();
    assertThat(db.fingerprint()).isEqualTo(before);
  }

  @Test
  void membershipsAloneSetTheYearsOfActorsAlreadyInTheDatabase() {
    writer.write(new EcosystemData(ECOSYSTEMS, List.of(actor("a", "space")), List.of()));

    var counts =
        writer.write(
            new EcosystemData(
                List.of(),
                List.of(),
                List.of(),
                List.of(
                    new Membership("a", "space", 2017, null),
                    new Membership("a", "mining", 2020, 2022))));

    EcosystemGraph graph = snapshot();
    int a = graph.actorIndex("a").orElseThrow();
    assertThat(counts.changed()).isTrue();
    assertThat(graph.membershipSince(a, graph.ecosystemIndex("space").orElseThrow()))
        .isEqualTo(2017);
    assertThat(graph.membershipUntil(a, graph.ecosystemIndex("mining").orElseThrow()))
        .isEqualTo(2022);
    assertThat(db.count("MATCH (:Actor {id: 'a'})-[m:MEMBER_OF]->() RETURN count(m)")).isEqualTo(2);
  }

  @Test
  void aStagedImportCommitsItsMembershipYearsAndLeavesNoTags() {
    int n = NetworkWriter.ONE_TRANSACTION_ROWS + 500;
    List<Actor> actors = new ArrayList<>(n);
    List<Membership> memberships = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      actors.add(actor("x" + i));
      memberships.add(new Membership("x" + i, "space", 2016 + i % 11, null));
    }

    writer.write(new EcosystemData(ECOSYSTEMS, actors, List.of(), memberships));

    EcosystemGraph graph = snapshot();
    int space = graph.ecosystemIndex("space").orElseThrow();
    assertThat(graph.members(space)).hasSize(n);
    // by hand: since = 2016 + i % 11, so in 2016 the actors with i % 11 == 0
    assertThat(graph.asOf(2016).members(space)).hasSize((n + 10) / 11);
    assertThat(db.count("MATCH ()-[m:MEMBER_OF]->() WHERE m.importId IS NOT NULL RETURN count(m)"))
        .isZero();
    assertThat(db.count("MATCH (n) WHERE n.importId IS NOT NULL RETURN count(n)")).isZero();
    assertThat(db.count("MATCH (p:PendingImport) RETURN count(p)")).isZero();
  }

  private static Actor actor(String id, String... ecosystems) {
    return new Actor(
        id,
        "Actor " + id,
        Sector.BUSINESS,
        Set.of(Role.FIRM),
        "",
        "SE",
        List.of(ecosystems),
        Map.of());
  }
}

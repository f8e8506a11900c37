package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.brobygge.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Removing data through the real HTTP API: what each removal takes (the expectations are read off
 * the planted network below by hand), that a dry run and every error leave the database exactly as
 * it was, that removals need the write token (ImportQueueIT: they queue behind imports), and that
 * the analyses see the change.
 */
@EmbeddedNeo4jTest
@TestPropertySource(properties = "brobygge.sample.load-on-start=false")
class CorrectionApiIT {

  // alpha: a1, a2, a3; beta: a3, b1, x2; x in no ecosystem.
  static final String ECOSYSTEMS =
      """
      id,name
      alpha,Alpha
      beta,Beta
      """;
  static final String ACTORS =
      """
      id,name,sector,roles,ecosystems,source
      a1,A1,business,firm,alpha,
      a2,A2,business,firm,alpha,
      a3,A3,academia,research,alpha|beta,
      b1,B1,business,firm,beta,
      x,X,public,capital,,
      x2,X2,business,firm,beta,s1
      """;
  // t7 has no id: its id is derived and holds '|'.
  static final String TIES =
      """
      id,from,to,kind,weight,source
      t1,a1,a2,collaboration,1,s1
      t2,a2,a3,research,2,s1
      t3,a3,b1,collaboration,1,s2
      t4,x,a1,capital,1,s1
      t5,b1,x,collaboration,1,
      t6,x2,b1,collaboration,1,s2
      ,b1,a3,research,3,s2
      """;

  @LocalServerPort int port;
  @Autowired Driver driver;
  Api api;
  TestDatabase db;

  @BeforeEach
  void plantedNetwork() {
    api = new Api(port);
    db = new TestDatabase(driver);
    db.clear();
    assertThat(api.importCsv("/api/imports", ECOSYSTEMS, ACTORS, TIES).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void removingAnActorTakesItsTiesAndMembershipsAndBumpsTheVersion() {
    String before = version();
    var response = api.delete("/api/actors/a2");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = response.getBody();
    assertThat(body.get("dryRun").asBoolean()).isFalse();
    assertCounts(body, 0, 1, 2, 1);
    assertThat(ids(body, "actors")).containsExactly("a2");
    assertThat(ids(body, "ties")).containsExactly("t1", "t2");
    assertThat(actors()).containsExactly("a1", "a3", "b1", "x", "x2");
    assertThat(ties()).containsExactlyInAnyOrder("t3", "t4", "t5", "t6", derivedTie());
    assertThat(version()).isNotEqualTo(before);
    // The analyses read the new snapshot: alpha has two members left.
    assertThat(ecosystem("alpha").get("members").asInt()).isEqualTo(2);
  }

  @Test
  void aDryRunReportsTheSameAndChangesNothing() {
    List<String> fingerprint = db.fingerprint();
    String before = version();

    var dry = api.delete("/api/actors/a2?dryRun=true");

    assertThat(dry.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(dry.getBody().get("dryRun").asBoolean()).isTrue();
    assertCounts(dry.getBody(), 0, 1, 2, 1);
    assertThat(ids(dry.getBody(), "ties")).containsExactly("t1", "t2");
    assertThat(db.fingerprint()).isEqualTo(fingerprint);
    assertThat(version()).isEqualTo(before);

    var source = api.delete("/api/imports?source=s1&dryRun=true");
    assertThat(source.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertCounts(source.getBody(), 0, 3, 4, 3);
    assertThat(db.fingerprint()).isEqualTo(fingerprint);
  }

  @Test
  void unknownIdsAnswer404NamingTheIdAndChangeNothing() {
    List<String> fingerprint = db.fingerprint();
    String before = version();
    for (String path :
        List.of(
            "/api/actors/ghost",
            "/api/ties/ghost",
            "/api/ecosystems/ghost",
            "/api/imports?source=ghost",
            "/api/actors/ghost?dryRun=true")) {
      var response = api.delete(path);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(response.getHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(response.getBody().get("detail").asString())
          .as(path)
          .contains("'ghost'", "nothing was removed");
    }
    var noSource = api.delete("/api/imports");
    assertThat(noSource.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noSource.getBody().get("parameter").asString()).isEqualTo("source");
    assertThat(db.fingerprint()).isEqualTo(fingerprint);
    assertThat(version()).isEqualTo(before);
  }

  @Test
  void removalsNeedTheWriteToken() {
    List<String> fingerprint = db.fingerprint();
    Api anonymous = new Api(port, null);
    Api wrong = new Api(port, "not-the-token");
    for (String path :
        List.of(
            "/api/actors/a1", "/api/ties/t1", "/api/ecosystems/alpha", "/api/imports?source=s1")) {
      assertThat(anonymous.delete(path).getStatusCode())
          .as(path)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(wrong.delete(path).getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(db.fingerprint()).isEqualTo(fingerprint);
  }

  @Test
  void theOpenApiDeclaresTheTokenTheAnswersAndTheDryRun() {
    JsonNode paths = new Api(port, null).get("/v3/api-docs").getBody().get("paths");
    for (String path :
        List.of("/api/actors/{id}", "/api/ties/{id}", "/api/ecosystems/{id}", "/api/imports")) {
      JsonNode delete = paths.get(path).get("delete");
      assertThat(delete.get("security").toString()).as(path).contains("writeToken");
      assertThat(delete.get("responses").propertyNames())
          .as(path)
          .contains("200", "401", "403", "404", "409");
      assertThat(delete.get("parameters").toString()).as(path).contains("dryRun");
    }
    JsonNode post = paths.get("/api/imports").get("post");
    assertThat(post.get("parameters").toString()).contains("mode", "replace", "ecosystem");
  }

  @Test
  void removingATieKeepsItsActorsAndADerivedIdIsAddressedEscaped() {
    var response = api.delete("/api/ties/t3");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertCounts(response.getBody(), 0, 0, 1, 0);
    assertThat(actors()).containsExactly("a1", "a2", "a3", "b1", "x", "x2");

    String derived = derivedTie();
    assertThat(derived).contains("|");
    var escaped = api.delete("/api/ties/" + derived.replace("|", "%7C"));
    assertThat(escaped.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ids(escaped.getBody(), "ties")).containsExactly(derived);
    assertThat(ties()).containsExactly("t1", "t2", "t4", "t5", "t6");
  }

  @Test
  void removingAnEcosystemKeepsItsActorsUnlessAskedAndThenOnlyThoseOfNoOtherEcosystem() {
    var kept = api.delete("/api/ecosystems/alpha?dryRun=true");
    assertCounts(kept.getBody(), 1, 0, 0, 3);

    var withActors = api.delete("/api/ecosystems/alpha?withActors=true");
    assertThat(withActors.getStatusCode()).isEqualTo(HttpStatus.OK);
    // a1, a2 belong to alpha alone; a3 is also in beta and stays. Their memberships: 2 of their
    // own and a3's alpha membership. Their ties: t1, t2 and t4.
    assertCounts(withActors.getBody(), 1, 2, 3, 3);
    assertThat(ids(withActors.getBody(), "actors")).containsExactly("a1", "a2");
    assertThat(actors()).containsExactly("a3", "b1", "x", "x2");
    assertThat(
            db.count(
                "MATCH (:Actor {id: 'a3'})-[:MEMBER_OF]->(e:Ecosystem) WHERE e.id = 'beta'"
                    + " RETURN count(e)"))
        .isEqualTo(1);
    assertThat(db.count("MATCH (e:Ecosystem) RETURN count(e)")).isEqualTo(1);

    var plain = api.delete("/api/ecosystems/beta");
    assertCounts(plain.getBody(), 1, 0, 0, 3);
    assertThat(actors()).containsExactly("a3", "b1", "x", "x2");
    assertThat(db.count("MATCH ()-[m:MEMBER_OF]->() RETURN count(m)")).isZero();
  }

  @Test
  void removingASourceTakesItsTiesAndTheActorsOnlyItKnows() {
    var response = api.delete("/api/imports?source=s1");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    // Ties of s1: t1, t2, t4. a1 (t1, t4) and a2 (t1, t2) have no tie of another source; x2's own
    // source is s1, so it goes with its s2 tie t6. a3 (t3), x (t5 without source) and b1 stay.
    assertThat(ids(response.getBody(), "actors")).containsExactly("a1", "a2", "x2");
    assertThat(ids(response.getBody(), "ties")).containsExactly("t1", "t2", "t4", "t6");
    // memberships: a1, a2 in alpha, x2 in beta
    assertCounts(response.getBody(), 0, 3, 4, 3);
    assertThat(actors()).containsExactly("a3", "b1", "x");
    assertThat(ties()).containsExactlyInAnyOrder("t3", "t5", derivedTie());

    var keepActors = api.delete("/api/imports?source=s2&keepActors=true");
    assertCounts(keepActors.getBody(), 0, 0, 2, 0);
    assertThat(actors()).containsExactly("a3", "b1", "x");
    assertThat(ties()).containsExactly("t5");
  }

  private static void assertCounts(
      JsonNode body, int ecosystems, int actors, int ties, int memberships) {
    JsonNode removed = body.get("removed");
    assertThat(
            List.of(
                removed.get("ecosystems").asInt(),
                removed.get("actors").asInt(),
                removed.get("ties").asInt(),
                removed.get("memberships").asInt()))
        .as(body.toString())
        .containsExactly(ecosystems, actors, ties, memberships);
  }

  private static List<String> ids(JsonNode body, String field) {
    return body.get(field).valueStream().map(JsonNode::asString).toList();
  }

  private JsonNode ecosystem(String id) {
    ResponseEntity<JsonNode> list = api.get("/api/ecosystems");
    return list.getBody()
        .valueStream()
        .filter(e -> e.get("id").asString().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private List<String> actors() {
    return strings("MATCH (a:Actor) RETURN a.id AS id ORDER BY id");
  }

  private List<String> ties() {
    return strings("MATCH (:Actor)-[t]->(:Actor) RETURN t.id AS id ORDER BY id");
  }

  private String derivedTie() {
    return strings("MATCH ()-[t]->() WHERE t.id CONTAINS '|' RETURN t.id AS id").getFirst();
  }

  private List<String> strings(String cypher) {
    try (var session = driver.session()) {
      return session.executeRead(tx -> tx.run(cypher).list(r -> r.get("id").asString()));
    }
  }

  private String version() {
    try (var session = driver.session()) {
      return session.executeRead(
          tx ->
              tx.run("MATCH (s:DatabaseState) RETURN s.version AS v").single().get("v").asString());
    }
  }
}

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
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/imports?mode=replace&ecosystem=ID} through the real HTTP API on a planted
 * network; the expected members and ties follow from the README's rule by hand.
 */
@EmbeddedNeo4jTest
@org.springframework.test.context.TestPropertySource(
    properties = "brobygge.sample.load-on-start=false")
class ReplaceImportApiIT {

  // space: s1 s2 s3 s4; other: o1 s4; x in none.
  static final String ECOSYSTEMS =
      """
      id,name
      space,Space
      other,Other
      """;
  static final String ACTORS =
      """
      id,name,sector,roles,ecosystems
      s1,S1,business,firm,space
      s2,S2,business,firm,space
      s3,S3,academia,research,space
      s4,S4,business,firm,space|other
      o1,O1,business,firm,other
      x,X,public,capital,
      """;
  static final String TIES =
      """
      id,from,to,kind,weight,source
      r1,s1,s2,collaboration,1,survey-2024
      r2,s2,s3,research,1,survey-2024
      r3,s1,o1,collaboration,1,survey-2024
      r4,s3,s4,collaboration,1,cordis
      r5,o1,s4,collaboration,1,cordis
      r7,s1,x,capital,1,survey-2024
      """;

  // The new survey of space: s1, s2 stay, n1 joins, x joins, s3 is listed in no ecosystem, s4 is
  // not in the file. Ties: r1 again (heavier) and a new r6.
  static final String NEW_ACTORS =
      """
      id,name,sector,roles,ecosystems
      s1,S1,business,firm,space
      s2,S2,business,firm,space
      s3,S3,academia,research,
      n1,N1,business,firm,space
      x,X,public,capital,space
      """;
  static final String NEW_TIES =
      """
      id,from,to,kind,weight,source
      r1,s1,s2,collaboration,2,survey-2025
      r6,s1,n1,collaboration,1,survey-2025
      """;

  static final String REPLACE = "/api/imports?mode=replace&ecosystem=space";

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
  void theEcosystemsMembersAndInsideTiesBecomeTheFiles() {
    String before = version();
    var response = api.importCsv(REPLACE, null, NEW_ACTORS, NEW_TIES);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = response.getBody();
    assertThat(body.get("replacedEcosystem").asString()).isEqualTo("space");
    // before {s1 s2 s3 s4}, after {s1 s2 n1 x}: s3 and s4 lost their membership.
    assertThat(body.get("membershipsRemoved").asInt()).isEqualTo(2);
    // Not in the file, both ends members before: r2 (s2-s3), r4 (s3-s4); both after: r7 (s1-x).
    // r3 (s1-o1) and r5 (o1-s4) have an end outside before and after: they stay.
    assertThat(body.get("tiesRemoved").asInt()).isEqualTo(3);
    assertThat(body.get("actors").asInt()).isEqualTo(5);

    assertThat(strings("MATCH (a)-[:MEMBER_OF]->(:Ecosystem {id: 'space'}) RETURN a.id AS id"))
        .containsExactlyInAnyOrder("s1", "s2", "n1", "x");
    assertThat(strings("MATCH (a)-[:MEMBER_OF]->(:Ecosystem {id: 'other'}) RETURN a.id AS id"))
        .containsExactlyInAnyOrder("o1", "s4");
    assertThat(strings("MATCH (:Actor)-[t]->(:Actor) RETURN t.id AS id"))
        .containsExactlyInAnyOrder("r1", "r3", "r5", "r6");
    assertThat(db.count("MATCH ()-[t {id: 'r1'}]->() RETURN toInteger(t.weight)")).isEqualTo(2);
    // Every actor stays an actor.
    assertThat(db.count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(7);
    assertThat(version()).isNotEqualTo(before);
    assertThat(spaceMembers()).isEqualTo(4);

    // The same replacement again changes nothing and keeps the version.
    String after = version();
    var again = api.importCsv(REPLACE, null, NEW_ACTORS, NEW_TIES);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().get("membershipsRemoved").asInt()).isZero();
    assertThat(again.getBody().get("tiesRemoved").asInt()).isZero();
    assertThat(version()).isEqualTo(after);
  }

  @Test
  void badRequestsAnswerProblemDetailsAndChangeNothing() {
    List<String> fingerprint = db.fingerprint();
    String before = version();

    var unknown =
        api.importCsv("/api/imports?mode=replace&ecosystem=ghost", null, NEW_ACTORS, null);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().get("detail").asString()).contains("'ghost'", "nothing was");

    var noEcosystem = api.importCsv("/api/imports?mode=replace", null, NEW_ACTORS, null);
    assertThat(noEcosystem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noEcosystem.getBody().get("parameter").asString()).isEqualTo("ecosystem");

    var mergeWithEcosystem = api.importCsv("/api/imports?ecosystem=space", null, NEW_ACTORS, null);
    assertThat(mergeWithEcosystem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    var badMode = api.importCsv("/api/imports?mode=swap&ecosystem=space", null, NEW_ACTORS, null);
    assertThat(badMode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badMode.getBody().get("validValues").toString()).contains("merge", "replace");

    var badFile =
        api.importCsv(REPLACE, null, NEW_ACTORS.replace("n1,N1,business", "n1,N1,industry"), null);
    assertThat(badFile.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(badFile.getBody().get("errors").get(0).get("field").asString()).isEqualTo("sector");

    var anonymous = new Api(port, null).importCsv(REPLACE, null, NEW_ACTORS, NEW_TIES);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(db.fingerprint()).isEqualTo(fingerprint);
    assertThat(version()).isEqualTo(before);
  }

  private int spaceMembers() {
    return api.get("/api/ecosystems")
        .getBody()
        .valueStream()
        .filter(e -> e.get("id").asString().equals("space"))
        .findFirst()
        .orElseThrow()
        .get("members")
        .asInt();
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

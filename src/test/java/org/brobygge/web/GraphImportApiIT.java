package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.store.Snapshots;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.brobygge.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * GEXF and GraphML files through the real HTTP API into the embedded Neo4j: the round trip of our
 * own export, a file drawn elsewhere with a mapping, and bad files leaving the database as it was.
 */
@EmbeddedNeo4jTest
@TestPropertySource(properties = "brobygge.sample.load-on-start=false")
class GraphImportApiIT {

  static final Path SAMPLE = Path.of("data/sample");

  @LocalServerPort int port;
  @Autowired Driver driver;
  @Autowired Snapshots snapshots;

  Api api;
  TestDatabase db;

  @BeforeEach
  void emptyDatabase() {
    api = new Api(port);
    db = new TestDatabase(driver);
    db.clear();
  }

  ResponseEntity<JsonNode> post(String query, String fileName, byte[] content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", Api.resource(fileName, content));
    return api.postMultipart("/api/imports/graph" + query, parts);
  }

  /**
   * The network as sorted lines: ecosystem ids, every actor with its fields and memberships, every
   * tie with its ends, kind, weight and years (a multiset: parallel ties are each a line).
   */
  static List<String> content(EcosystemGraph g) {
    List<String> lines = new ArrayList<>();
    for (int e = 0; e < g.ecosystemCount(); e++) {
      lines.add("ecosystem " + g.ecosystemId(e));
    }
    for (int a = 0; a < g.actorCount(); a++) {
      List<String> ecosystems = new ArrayList<>();
      for (int e : g.memberships(a)) {
        ecosystems.add(g.ecosystemId(e));
      }
      ecosystems.sort(null);
      lines.add(
          String.join(
              "\t",
              "actor",
              g.actorId(a),
              g.actorName(a),
              g.sector(a).id(),
              g.roles(a).toString(),
              g.region(a),
              g.country(a),
              String.join(",", ecosystems)));
    }
    for (int t = 0; t < g.tieCount(); t++) {
      lines.add(
          String.join(
              "\t",
              "tie",
              g.actorId(g.tieFrom(t)),
              g.actorId(g.tieTo(t)),
              g.tieKind(t).id(),
              Double.toString(g.tieWeight(t)),
              Integer.toString(g.tieSince(t)),
              Integer.toString(g.tieUntil(t))));
    }
    lines.sort(null);
    return lines;
  }

  @Test
  void whatWeExportImportsBackToTheSameNetwork() {
    assertThat(api.importFolder(SAMPLE).getStatusCode()).isEqualTo(HttpStatus.OK);
    EcosystemGraph original = snapshots.current();
    List<String> expected = content(original);
    byte[] gexf = api.getText("/api/export?format=gexf").getBody().getBytes(StandardCharsets.UTF_8);
    byte[] graphMl =
        api.getText("/api/export?format=graphml&measures=constraint")
            .getBody()
            .getBytes(StandardCharsets.UTF_8);

    for (var file :
        List.of(new Object[] {"sample.gexf", gexf}, new Object[] {"sample.graphml", graphMl})) {
      db.clear();
      snapshots.invalidate();
      ResponseEntity<JsonNode> answer = post("", (String) file[0], (byte[]) file[1]);

      assertThat(answer.getStatusCode()).as(answer.getBody().toString()).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody().get("format").asString())
          .isEqualTo(((String) file[0]).substring(7));
      assertThat(answer.getBody().get("write").get("ties").asInt()).isEqualTo(original.tieCount());
      assertThat(answer.getBody().get("ecosystemsCreated").size())
          .isEqualTo(original.ecosystemCount());
      List<String> back = content(snapshots.current());
      assertThat(back).as((String) file[0]).hasSameSizeAs(expected);
      assertThat(back).as((String) file[0]).containsExactlyElementsOf(expected);

      // the same file again writes nothing: tie ids come from the file's content and name
      String fingerprint = db.fingerprint().toString();
      ResponseEntity<JsonNode> again = post("", (String) file[0], (byte[]) file[1]);
      assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(again.getBody().get("write").get("relationshipsCreated").asInt()).isZero();
      assertThat(db.fingerprint().toString()).isEqualTo(fingerprint);
    }
  }

  @Test
  void aFileDrawnInGephiLoadsWithAnAttributeAndValueMapping() {
    ResponseEntity<JsonNode> answer =
        post(
            "?sectorAttribute=type&sinceAttribute=year&defaultKind=collaboration"
                + "&sectorValues=University:academia,Company:business",
            "drawn.gexf",
            org.brobygge.ingest.graph.GraphFileParserTest.GEPHI.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.getStatusCode()).as(answer.getBody().toString()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().get("write").get("actors").asInt()).isEqualTo(3);
    JsonNode university = api.get("/api/actors/0").getBody();
    assertThat(university.get("name").asString()).isEqualTo("Luleå Tech");
    assertThat(university.get("sector").asString()).isEqualTo("academia");
    assertThat(db.count("MATCH ()-[t:COLLABORATION]->() RETURN count(t)")).isEqualTo(2);
    assertThat(
            db.count("MATCH ()-[t:COLLABORATION {since: 2021, weight: 3.0}]->() RETURN count(t)"))
        .isEqualTo(1);
  }

  @Test
  void badFilesAnswer422NamingFileLineAndFieldAndChangeNothing() {
    assertThat(api.importFolder(SAMPLE).getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> before = db.fingerprint();
    String gephi = org.brobygge.ingest.graph.GraphFileParserTest.GEPHI;
    String mapped =
        "?sectorAttribute=type&defaultKind=collaboration"
            + "&sectorValues=University:academia,Company:business";
    record Case(String name, String query, String text, long line, String field, String words) {}
    List<Case> cases =
        List.of(
            new Case(
                "wrong root",
                mapped,
                "<?xml version=\"1.0\"?>\n<network/>\n",
                2,
                "",
                "the root element is <network>"),
            new Case(
                "missing sector",
                "?defaultKind=research",
                gephi,
                13,
                "sector",
                "node '0' has no 'sector'"),
            new Case(
                "unknown sector",
                "?sectorAttribute=type&defaultKind=research",
                gephi,
                13,
                "type",
                "unknown sector 'University'"),
            new Case(
                "dangling edge",
                mapped,
                gephi.replace("target=\"2\"", "target=\"9\""),
                29,
                "target",
                "target '9' is not a node of this file"),
            new Case(
                "truncated",
                mapped,
                gephi.substring(0, gephi.indexOf("</nodes>")),
                24,
                "",
                "is it truncated?"),
            new Case(
                "doctype",
                mapped,
                "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                    + "<gexf><graph><nodes><node id=\"n\" label=\"&x;\"/></nodes></graph></gexf>\n",
                2,
                "",
                "declares a DOCTYPE, which is refused"));
    for (Case c : cases) {
      ResponseEntity<JsonNode> answer =
          post(c.query(), "drawn.gexf", c.text().getBytes(StandardCharsets.UTF_8));

      assertThat(answer.getStatusCode()).as(c.name()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
      assertThat(answer.getHeaders().getContentType().toString())
          .isEqualTo("application/problem+json");
      JsonNode error = answer.getBody().get("errors").get(0);
      assertThat(error.get("file").asString()).as(c.name()).isEqualTo("drawn.gexf");
      assertThat(error.get("line").asLong()).as(c.name()).isEqualTo(c.line());
      assertThat(error.get("field").asString()).as(c.name()).isEqualTo(c.field());
      assertThat(error.get("message").asString()).as(c.name()).contains(c.words());
      assertThat(db.fingerprint()).as(c.name()).isEqualTo(before);
    }
  }

  @Test
  void refusesOtherFilesAndMissingPartsAndNeedsTheToken() {
    ResponseEntity<JsonNode> csv =
        post("", "actors.csv", "id,name\n".getBytes(StandardCharsets.UTF_8));
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(csv.getBody().get("parameter").asString()).isEqualTo("file");

    ResponseEntity<JsonNode> none =
        api.postMultipart("/api/imports/graph", new LinkedMultiValueMap<String, Object>());
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(none.getBody().get("detail").asString()).contains("curl -F file=@network.gexf");

    ResponseEntity<JsonNode> badValues =
        post("?sectorValues=University", "a.gexf", new byte[] {'x'});
    assertThat(badValues.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badValues.getBody().get("parameter").asString()).isEqualTo("sectorValues");

    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", Api.resource("a.gexf", new byte[] {'x'}));
    ResponseEntity<JsonNode> anonymous =
        new Api(port, null).postMultipart("/api/imports/graph", parts);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}

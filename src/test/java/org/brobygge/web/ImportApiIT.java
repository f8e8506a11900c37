package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brobygge.model.Actor;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.store.NetworkWriter;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;

/** Import through the real HTTP API into the embedded Neo4j, then read it back. */
@EmbeddedNeo4jTest
@TestPropertySource(properties = "brobygge.sample.load-on-start=false")
class ImportApiIT {

  static final Path VALID = Path.of("src/test/resources/imports/valid");
  static final Path INVALID = Path.of("src/test/resources/imports/invalid");

  @LocalServerPort int port;
  @Autowired Driver driver;
  @Autowired NetworkWriter writer;

  Api api;
  TestDatabase db;

  @BeforeEach
  void emptyDatabase() {
    api = new Api(port);
    db = new TestDatabase(driver);
    db.clear();
  }

  @Test
  void importsThreeFilesAndServesThemBack() {
    var response = api.importFolder(VALID);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = response.getBody();
    assertThat(report.get("ecosystems").asInt()).isEqualTo(2);
    assertThat(report.get("actors").asInt()).isEqualTo(3);
    assertThat(report.get("ties").asInt()).isEqualTo(3);
    // 2 ecosystems + 3 actors; 3 memberships (a1 in space and mining, a2 in space) + 3 ties
    assertThat(report.get("nodesCreated").asInt()).isEqualTo(5);
    assertThat(report.get("relationshipsCreated").asInt()).isEqualTo(6);
    assertThat(db.count("MATCH (:Actor)-[:CAPITAL]->(:Actor) RETURN count(*)")).isEqualTo(1);

    JsonNode space = api.get("/api/ecosystems/space").getBody();
    assertThat(space.get("members").asInt()).isEqualTo(2);
    assertThat(space.get("membersBySector").get("academia").asInt()).isEqualTo(1);
    assertThat(space.get("membersByRole").get("research").asInt()).isEqualTo(1);
    // a1-a2 research and a2-a1 collaboration are inside space; a3 -> a1 capital crosses it
    assertThat(space.get("ties").get("internal").asInt()).isEqualTo(2);
    assertThat(space.get("ties").get("boundaryByKind").get("capital").asInt()).isEqualTo(1);
    // members by sector in Sector order (academia before business), then name
    assertThat(ids(space.get("actors"))).containsExactly("a2", "a1");

    JsonNode a1 = api.get("/api/actors/a1").getBody();
    assertThat(a1.get("name").asString()).isEqualTo("Orbit, Inc.");
    assertThat(a1.get("attributes").get("size").asInt()).isEqualTo(12);
    assertThat(a1.get("attributes").get("sme").asBoolean()).isTrue();
    assertThat(a1.get("attributes").get("notes").asString()).isEqualTo("hello");
    assertThat(ids(a1.get("ecosystems"))).containsExactly("mining", "space");
    JsonNode capital = find(a1.get("ties"), "kind", "capital");
    assertThat(capital.get("direction").asString()).isEqualTo("incoming");
    assertThat(capital.get("other").get("id").asString()).isEqualTo("a3");
    assertThat(capital.get("weight").asDouble()).isEqualTo(1.5);
    JsonNode research = find(a1.get("ties"), "kind", "research");
    assertThat(research.get("since").asInt()).isEqualTo(2019);
    assertThat(research.get("until").asInt()).isEqualTo(2022);
    assertThat(research.get("source").asString()).isEqualTo("survey");
  }

  @Test
  void reimportingTheSameFilesChangesNothing() {
    api.importFolder(VALID);
    List<String> before = db.fingerprint();

    JsonNode again = api.importFolder(VALID).getBody();

    assertThat(again.get("nodesCreated").asInt()).isZero();
    assertThat(again.get("relationshipsCreated").asInt()).isZero();
    assertThat(again.get("relationshipsDeleted").asInt()).isZero();
    assertThat(db.fingerprint()).isEqualTo(before);
  }

  @Test
  void importsAZipArchiveLikeTheFiles() {
    api.importFolder(VALID);
    List<String> fromFiles = db.fingerprint();
    db.clear();

    var response = api.importFolderAsZip(VALID);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(db.fingerprint()).isEqualTo(fromFiles);
  }

  @Test
  void rejectsBadFilesWithEveryProblemAndLeavesTheDatabaseAsItWas() {
    api.importFolder(VALID);
    List<String> before = db.fingerprint();

    var response = api.importFolder(INVALID);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = response.getBody();
    assertThat(problem.get("title").asString()).isEqualTo("Import rejected");
    List<String> errors = new ArrayList<>();
    problem
        .get("errors")
        .forEach(
            e ->
                errors.add(
                    e.get("file").asString()
                        + ":"
                        + e.get("line").asInt()
                        + ":"
                        + e.get("field").asString()));
    // Worked out from the fixture by hand: line 1 is the header.
    assertThat(errors)
        .containsExactlyInAnyOrder(
            "actors.csv:3:sector", // academy
            "actors.csv:4:roles", // money
            "actors.csv:4:ecosystems", // nowhere
            "ties.csv:3:to", // ghost
            "ties.csv:4:weight", // 1,5
            "ties.csv:5:kind"); // gossip
    assertThat(problem.get("errors").get(0).get("message").asString())
        .contains("academy", "academia, business, public, civil_society");
    // The valid new ecosystem in the same import was not written either.
    assertThat(db.fingerprint()).isEqualTo(before);
  }

  @Test
  void acceptsTiesBetweenActorsAlreadyInTheDatabase() {
    api.importFolder(VALID);
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add(
        "ties",
        Api.resource(
            "ties.csv", "from,to,kind,weight\na3,a2,capital,4\n".getBytes(StandardCharsets.UTF_8)));

    var response = api.postImport(parts);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(db.count("MATCH (:Actor {id:'a3'})-[:CAPITAL]->(:Actor {id:'a2'}) RETURN count(*)"))
        .isEqualTo(1);
  }

  @Test
  void seesAnImportMadeByAnotherProcess() {
    api.importFolder(VALID);
    assertThat(api.get("/api/ecosystems/space").getBody().get("members").asInt()).isEqualTo(2);

    // The writer alone, without this app's importer, is what the command line or a second
    // instance does: only the version in the database tells the snapshot to re-read.
    writer.write(
        new EcosystemData(
            List.of(),
            List.of(
                new Actor(
                    "a4",
                    "Late Firm",
                    Sector.BUSINESS,
                    Set.of(Role.FIRM),
                    "SE332",
                    "SE",
                    List.of("space"),
                    Map.of())),
            List.of()));

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(api.get("/api/ecosystems/space").getBody().get("members").asInt())
                    .isEqualTo(3));
  }

  @Test
  void summarisesTheNetworkAndOneEcosystem() {
    api.importFolder(VALID);

    // a1-a2 (research and collaboration, merged), a3-a1 capital: a star around a1
    JsonNode whole = api.get("/api/network/summary").getBody();
    JsonNode space = api.get("/api/network/summary?ecosystem=space").getBody();

    assertThat(whole.get("actors").asInt()).isEqualTo(3);
    assertThat(whole.get("ties").asInt()).isEqualTo(2);
    assertThat(whole.get("density").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(whole.get("bridges").size()).isEqualTo(2);
    assertThat(whole.get("articulationPoints").get(0).get("id").asString()).isEqualTo("a1");
    assertThat(space.get("actors").asInt()).isEqualTo(2); // a1 and a2
    assertThat(space.get("density").asDouble()).isEqualTo(1.0);
    assertThat(api.get("/api/network/summary?ecosystem=nowhere").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void ranksActorsByAMeasureAndGivesOneActorsMetrics() {
    api.importFolder(VALID);

    // A star: a1 in the middle of a2 and a3, so a1 has degree 2 and lies on the one a2-a3 path.
    JsonNode degree = api.get("/api/centrality?measure=degree&limit=1").getBody();
    JsonNode betweenness = api.get("/api/centrality?measure=betweenness&order=asc").getBody();
    JsonNode pagerank = api.get("/api/centrality?measure=pagerank").getBody();
    JsonNode metrics = api.get("/api/actors/a1/metrics").getBody();

    assertThat(degree.get("scores").size()).isEqualTo(1);
    assertThat(degree.get("scores").get(0).get("id").asString()).isEqualTo("a1");
    assertThat(degree.get("scores").get(0).get("value").asDouble()).isEqualTo(2.0);
    assertThat(betweenness.get("scores").get(2).get("id").asString()).isEqualTo("a1");
    assertThat(betweenness.get("scores").get(2).get("value").asDouble()).isEqualTo(1.0);
    double sum = 0;
    for (JsonNode score : pagerank.get("scores")) {
      sum += score.get("value").asDouble();
    }
    assertThat(sum).isCloseTo(1.0, within(1e-9));
    assertThat(pagerank.get("damping").asDouble()).isEqualTo(0.85);
    assertThat(metrics.get("metrics").get("degree").asDouble()).isEqualTo(2.0);
    assertThat(metrics.get("metrics").get("betweenness_normalized").asDouble()).isEqualTo(1.0);
  }

  @Test
  void answersBadCentralityParametersWithTheValidChoices() {
    api.importFolder(VALID);

    JsonNode unknown = api.get("/api/centrality?measure=fame").getBody();
    assertThat(unknown.get("status").asInt()).isEqualTo(400);
    assertThat(unknown.get("validValues").toString()).contains("pagerank", "coreness");
    assertThat(api.get("/api/centrality?measure=degree&order=up").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.get("/api/centrality?measure=pagerank&damping=1").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.get("/api/actors/nobody/metrics").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // a3 is in no ecosystem
    assertThat(api.get("/api/actors/a3/metrics?ecosystem=space").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void findsTheLiaisonBetweenSectors() {
    api.importFolder(VALID);

    // a1 (business) is tied to a2 (academia) and a3 (public), who are not tied: the two-paths
    // a2-a1-a3 and a3-a1-a2 join three different sectors, so a1 is a liaison twice. Both ties
    // cross sectors: E-I = (2 - 0) / 2 = 1.
    JsonNode bySector = api.get("/api/brokerage?groupBy=sector").getBody();
    JsonNode a1 = bySector.get("actors").get(0);
    JsonNode metrics = api.get("/api/actors/a1/metrics").getBody().get("metrics");

    assertThat(a1.get("id").asString()).isEqualTo("a1");
    assertThat(a1.get("liaison").asLong()).isEqualTo(2);
    assertThat(a1.get("total").asLong()).isEqualTo(2);
    assertThat(bySector.get("eiIndex").asDouble()).isEqualTo(1.0);
    // a star's centre is unconstrained by its two unconnected alters: effective size 2
    assertThat(metrics.get("effective_size").asDouble()).isCloseTo(2.0, within(1e-12));
    assertThat(api.get("/api/brokerage?groupBy=club").getBody().get("validValues").toString())
        .contains("sector", "ecosystem");
  }

  @Test
  void exportsTheNetworkForGephiAndAsCsv() throws Exception {
    api.importFolder(VALID);

    var gexf = api.getText("/api/export?format=gexf&measures=degree");
    var csv = api.getText("/api/export?format=csv&measures=");

    assertThat(gexf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(gexf.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("brobygge-network.gexf");
    var document =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(
                new java.io.ByteArrayInputStream(gexf.getBody().getBytes(StandardCharsets.UTF_8)));
    assertThat(document.getElementsByTagName("node").getLength()).isEqualTo(3);
    // one edge per tie: a1-a2 has a research and a collaboration tie, never summed into one
    assertThat(document.getElementsByTagName("edge").getLength()).isEqualTo(3);
    assertThat(gexf.getBody()).contains("Orbit, Inc.");
    // header + 3 node rows + 3 edge rows
    assertThat(csv.getBody().lines().count()).isEqualTo(7);
    assertThat(csv.getBody())
        .contains(",a1,a2,research,false,2.0,2019,2022")
        .contains(",a3,a1,capital,true,1.5,,");
    assertThat(api.get("/api/export?format=pajek").getBody().get("validValues").toString())
        .contains("graphml");
  }

  @Test
  void exportsTheStructuralHoleScoresBesideTheMeasures() throws Exception {
    api.importFolder(VALID);

    var csv =
        api.getText("/api/export?format=csv&measures=degree,constraint,effective_size,efficiency");

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    var rows =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(csv.getBody()))
            .getRecords();
    var a1 = rows.stream().filter(r -> r.get("id").equals("a1")).findFirst().orElseThrow();
    var a2 = rows.stream().filter(r -> r.get("id").equals("a2")).findFirst().orElseThrow();
    // by hand (Burt, weighted as NetworkX's constraint(G, weight="weight")): a1's ties merge to
    // 3 with a2 (research 2 + collaboration 1) and 1.5 with a3, who are not tied to each other:
    // p = 2/3 and 1/3, constraint (2/3)^2 + (1/3)^2 = 5/9, effective size 2, efficiency 1;
    // a2 has a1 alone: constraint 1, effective size 1
    assertThat(Double.parseDouble(a1.get("constraint"))).isCloseTo(5.0 / 9, within(1e-12));
    assertThat(Double.parseDouble(a1.get("effective_size"))).isCloseTo(2.0, within(1e-12));
    assertThat(Double.parseDouble(a1.get("efficiency"))).isCloseTo(1.0, within(1e-12));
    assertThat(Double.parseDouble(a2.get("constraint"))).isCloseTo(1.0, within(1e-12));
    assertThat(Double.parseDouble(a2.get("effective_size"))).isCloseTo(1.0, within(1e-12));
    assertThat(api.get("/api/export?measures=burt").getBody().get("validValues").toString())
        .contains("pagerank", "constraint", "effective_size", "efficiency");
  }

  @Test
  void answersBadRequestWithoutFiles() {
    var response = api.postImport(new LinkedMultiValueMap<>());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("detail").asString()).contains("ecosystems", "archive");
  }

  @Test
  void rejectsAnArchiveThatIsNotAZip() {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("archive", Api.resource("network.zip", "not a zip".getBytes(StandardCharsets.UTF_8)));

    var response = api.postImport(parts);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(response.getBody().get("errors").get(0).get("file").asString())
        .isEqualTo("network.zip");
  }

  @Test
  void filtersAndPagesActors() {
    api.importFolder(VALID);

    JsonNode business = api.get("/api/actors?sector=business").getBody().get("items");
    assertThat(ids(business)).containsExactly("a1");
    // a1's ecosystems ("space|mining" in the file) by id, as on /api/actors/a1, whatever order
    // Neo4j keeps the memberships in
    assertThat(business.get(0).get("ecosystems").values().stream().map(JsonNode::asString))
        .containsExactly("mining", "space");
    assertThat(ids(api.get("/api/actors?role=capital").getBody().get("items")))
        .containsExactly("a3");
    assertThat(ids(api.get("/api/actors?ecosystem=space").getBody().get("items")))
        .containsExactly("a1", "a2"); // by name: "Orbit, Inc." < "Uni"
    assertThat(ids(api.get("/api/actors?q=orbit").getBody().get("items"))).containsExactly("a1");
    JsonNode page = api.get("/api/actors?size=2&page=1").getBody();
    assertThat(page.get("total").asInt()).isEqualTo(3);
    assertThat(page.get("totalPages").asInt()).isEqualTo(2);
    assertThat(ids(page.get("items"))).containsExactly("a2"); // Fund, Orbit | Uni
    // filters together (each query written with only the filters given)
    assertThat(ids(api.get("/api/actors?ecosystem=mining").getBody().get("items")))
        .containsExactly("a1");
    assertThat(ids(api.get("/api/actors?ecosystem=space&sector=academia").getBody().get("items")))
        .containsExactly("a2");
    assertThat(ids(api.get("/api/actors?ecosystem=space&role=firm").getBody().get("items")))
        .containsExactly("a1");
    assertThat(ids(api.get("/api/actors?ecosystem=space&q=uni").getBody().get("items")))
        .containsExactly("a2");
    assertThat(api.get("/api/actors?sector=public&q=orbit").getBody().get("total").asInt())
        .isZero();
    JsonNode members = api.get("/api/actors?ecosystem=space&size=1&page=1").getBody();
    assertThat(members.get("total").asInt()).isEqualTo(2);
    assertThat(ids(members.get("items"))).containsExactly("a2");
  }

  @Test
  void answersUnknownIdsWithNotFoundProblems() {
    var actor = api.get("/api/actors/nobody");
    var ecosystem = api.get("/api/ecosystems/nowhere");
    var members = api.get("/api/actors?ecosystem=nowhere");

    assertThat(actor.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(actor.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(actor.getBody().get("detail").asString()).contains("nobody");
    assertThat(ecosystem.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(members.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(members.getBody().get("detail").asString()).contains("nowhere");
  }

  @Test
  void answersBadParametersWithProblemsThatNameThem() {
    JsonNode sector = api.get("/api/actors?sector=industry").getBody();
    assertThat(sector.get("status").asInt()).isEqualTo(400);
    assertThat(sector.get("parameter").asString()).isEqualTo("sector");
    assertThat(sector.get("validValues").toString()).contains("civil_society");

    assertThat(api.get("/api/actors?role=boss").getBody().get("parameter").asString())
        .isEqualTo("role");
    assertThat(api.get("/api/actors?size=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.get("/api/actors?size=501").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.get("/api/actors?page=-1").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode notANumber = api.get("/api/actors?page=two").getBody();
    assertThat(notANumber.get("status").asInt()).isEqualTo(400);
    assertThat(notANumber.get("parameter").asString()).isEqualTo("page");
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.get("id").asString()));
    return ids;
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.get(field).asString().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no element with " + field + "=" + value + " in " + array);
  }
}

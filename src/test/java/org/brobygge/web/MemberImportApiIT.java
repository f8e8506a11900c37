package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brobygge.support.Workbooks.row;
import static org.brobygge.support.Workbooks.sheet;
import static org.brobygge.support.Workbooks.workbook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * A member list matched to the actors of a small network written here; which row matches which
 * actor, and how, is worked out by hand from the names and numbers below.
 */
@EmbeddedNeo4jTest
@TestPropertySource(properties = "brobygge.sample.load-on-start=false")
class MemberImportApiIT {

  @LocalServerPort int port;
  @Autowired Driver driver;

  Api api;
  TestDatabase db;

  @BeforeEach
  void network() {
    api = new Api(port);
    db = new TestDatabase(driver);
    db.clear();
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add(
        "ecosystems",
        Api.resource("ecosystems.csv", bytes("id,name\nspace,Space\nmining,Mining\n")));
    parts.add(
        "actors",
        Api.resource(
            "actors.csv",
            bytes(
                """
                id,name,sector,ecosystems,orgNumber,vat
                a1,Orbit Systems AB,business,space,556677-8899,
                a2,Luleå tekniska universitet,academia,space,,
                a3,Nordic Fund Oy,public,,,
                a4,"Nordic Fund, Ltd.",public,,,
                a5,Kemi Digital Oy,business,,,FI12345678
                """)));
    assertThat(api.postImport(parts).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void matchesByIdNumberAndNameAndCreatesTheRest() {
    // Nordic Excel CSV: ';', a BOM
    String list =
        "\uFEFFname;orgNumber;sector;id\n"
            + "ORBIT SYSTEMS;SE556677889901;;\n" // a1 by number (Swedish VAT of 556677-8899)
            + "Lulea Tekniska Universitet.;;;\n" // a2 by name (diacritics, case, '.')
            + "Kemi Digital;FI 1234567-8;;\n" // a5 by number (Y-tunnus of FI12345678)
            + "Whatever it is called;;;a3\n" // a3 by id
            + "Arctic Startup AB;5599001122;business;\n"; // new

    var response = post("mining", "members.csv", bytes(list), "");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = response.getBody();
    assertThat(matches(report.get("matched")))
        .containsExactly("2:a1:number", "3:a2:name", "4:a5:number", "5:a3:id");
    assertThat(matches(report.get("created"))).containsExactly("6:arctic-startup:new");
    assertThat(report.get("ambiguous")).isEmpty();
    assertThat(members("mining")).containsExactly("a1", "a2", "a3", "a5", "arctic-startup");
    // earlier memberships and properties are kept
    assertThat(members("space")).containsExactly("a1", "a2");
    assertThat(db.count("MATCH (a:Actor {id: 'a1', orgNumber: '556677-8899'}) RETURN count(a)"))
        .isEqualTo(1);
    assertThat(
            db.count(
                "MATCH (a:Actor {id: 'arctic-startup', sector: 'business', orgNumber:"
                    + " '5599001122'}) RETURN count(a)"))
        .isEqualTo(1);

    // again: everything matches, all already members, nothing written
    List<String> before = db.fingerprint();
    JsonNode again = post("mining", "members.csv", bytes(list), "").getBody();
    assertThat(again.get("alreadyMember").asInt()).isEqualTo(5);
    assertThat(again.get("created")).isEmpty();
    assertThat(db.fingerprint()).isEqualTo(before);
  }

  @Test
  void ambiguousRowsBlockTheImportUnlessAskedToCreate() {
    List<String> before = db.fingerprint();
    byte[] list = bytes("name\nOrbit Systems\nNordic Fund\n");

    var refused = post("mining", "members.csv", list, "");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    JsonNode error = refused.getBody().get("errors").get(0);
    assertThat(error.get("file").asString()).isEqualTo("members.csv");
    assertThat(error.get("line").asInt()).isEqualTo(3);
    assertThat(error.get("field").asString()).isEqualTo("name");
    assertThat(error.get("message").asString())
        .contains("matches 2 actors", "a3 (Nordic Fund Oy)", "a4 (Nordic Fund, Ltd.)")
        .contains("'id' column", "createAmbiguous=true");
    assertThat(db.fingerprint()).isEqualTo(before);

    var created = post("mining", "members.csv", list, "?createAmbiguous=true&sector=public");

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(matches(created.getBody().get("created"))).containsExactly("3:nordic-fund:new");
    assertThat(created.getBody().get("ambiguous").get(0).get("candidates")).hasSize(2);
    assertThat(members("mining")).containsExactly("a1", "nordic-fund");
  }

  @Test
  void newActorWithoutSectorAndBadHeadersAre422AndWriteNothing() {
    List<String> before = db.fingerprint();

    var noSector = post("mining", "members.csv", bytes("name\nOrbit Systems\nBrand New AB\n"), "");
    var badHeader = post("mining", "members.csv", bytes("company;vat\nOrbit;\n"), "");
    var utf16 =
        post(
            "mining", "members.csv", "\uFEFFname\nOrbit\n".getBytes(StandardCharsets.UTF_16LE), "");
    var dryRun = post("mining", "members.csv", bytes("name\nOrbit Systems\n"), "?dryRun=true");

    assertThat(noSector.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(errors(noSector)).containsExactly("members.csv:3:sector");
    assertThat(badHeader.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(errors(badHeader)).containsExactly("members.csv:1:company", "members.csv:1:name");
    assertThat(utf16.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(utf16.getBody().get("errors").get(0).get("message").asString()).contains("UTF-16");
    assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(matches(dryRun.getBody().get("matched"))).containsExactly("2:a1:name");
    assertThat(db.fingerprint()).isEqualTo(before);
  }

  @Test
  void workbookMemberListNamesItsSheetAndRows() {
    List<String> before = db.fingerprint();
    byte[] bad =
        workbook(
            sheet(
                "Medlemmar",
                row("Namn", "Sector"),
                row("Orbit Systems AB"),
                row(),
                row("New one", "industry")));

    var refused = post("mining", "medlemmar.xlsx", bad, "");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(errors(refused)).containsExactly("medlemmar.xlsx, sheet Medlemmar:4:sector");
    assertThat(db.fingerprint()).isEqualTo(before);

    byte[] good =
        workbook(
            sheet(
                "Medlemmar",
                row("Namn", "Sector"),
                row("Orbit Systems AB"),
                row("New one", "civil_society")));
    var accepted = post("mining", "medlemmar.xlsx", good, "");
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(members("mining")).containsExactly("a1", "new-one");
  }

  @Test
  void unknownEcosystemIs404AndATokenIsNeeded() {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("members", Api.resource("members.csv", bytes("name\nOrbit\n")));

    assertThat(api.postMultipart("/api/ecosystems/moon/members/import", parts).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            new Api(port, null)
                .postMultipart("/api/ecosystems/mining/members/import", parts)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<JsonNode> post(String ecosystem, String name, byte[] file, String query) {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("members", Api.resource(name, file));
    return api.postMultipart("/api/ecosystems/" + ecosystem + "/members/import" + query, parts);
  }

  private List<String> members(String ecosystem) {
    try (var session = driver.session()) {
      return session
          .run(
              "MATCH (a:Actor)-[:MEMBER_OF]->(:Ecosystem {id: $e}) RETURN a.id AS id ORDER BY id",
              java.util.Map.of("e", ecosystem))
          .list(r -> r.get("id").asString());
    }
  }

  private static List<String> matches(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(
        m ->
            out.add(
                m.get("line").asInt()
                    + ":"
                    + m.get("actorId").asString()
                    + ":"
                    + m.get("by").asString()));
    return out;
  }

  private static List<String> errors(ResponseEntity<JsonNode> response) {
    List<String> out = new ArrayList<>();
    response
        .getBody()
        .get("errors")
        .forEach(
            e ->
                out.add(
                    e.get("file").asString()
                        + ":"
                        + e.get("line").asInt()
                        + ":"
                        + e.get("field").asString()));
    return out;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

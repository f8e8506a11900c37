package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * CORDIS files uploaded through the real HTTP API into the embedded Neo4j. Expected counts are
 * worked out by hand from the invented fixture (see CordisParserTest).
 */
@EmbeddedNeo4jTest
@TestPropertySource(properties = "brobygge.sample.load-on-start=false")
class CordisImportApiIT {

  static final Path VALID = Path.of("src/test/resources/imports/cordis/valid");

  @LocalServerPort int port;
  @Autowired Driver driver;

  Api api;
  TestDatabase db;

  @BeforeEach
  void emptyDatabase() {
    api = new Api(port);
    db = new TestDatabase(driver);
    db.clear();
  }

  ResponseEntity<JsonNode> post(String query, MultiValueMap<String, Object> parts) {
    return api.postMultipart("/api/imports/cordis" + query, parts);
  }

  static MultiValueMap<String, Object> parts(byte[] projects, byte[] organizations) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("project", Api.resource("project.csv", projects));
    parts.add("organization", Api.resource("organization.csv", organizations));
    return parts;
  }

  static byte[] read(String name) throws IOException {
    return Files.readAllBytes(VALID.resolve(name));
  }

  static byte[] zip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : List.of("project.csv", "organization.csv", "euroSciVoc.csv")) {
        zip.putNextEntry(new ZipEntry("cordis-h2020projects-csv/" + name));
        zip.write(name.equals("euroSciVoc.csv") ? "\"projectID\"\n".getBytes() : read(name));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void importsTheRegionsProjectsAndServesTheActorsBack() throws IOException {
    var response = post("", parts(read("project.csv"), read("organization.csv")));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = response.getBody();
    assertThat(report.get("stats").get("projectsKept").asInt()).isEqualTo(4);
    assertThat(report.get("stats").get("participationsRead").asInt()).isEqualTo(14);
    assertThat(report.get("mergeCount").asInt()).isEqualTo(2);
    assertThat(report.get("merges").get(0).asString())
        .isEqualTo(
            "organisation 900000006 merged into cordis-900000001 (same VAT number SE"
                + " 999999-000101)");
    assertThat(report.get("write").get("actors").asInt()).isEqualTo(7);
    assertThat(report.get("write").get("ties").asInt()).isEqualTo(11);
    assertThat(report.get("write").get("nodesCreated").asInt()).isEqualTo(7);
    assertThat(db.count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(7);
    assertThat(db.count("MATCH (:Actor)-[r]-(:Actor) RETURN count(DISTINCT r)")).isEqualTo(11);
    assertThat(
            db.count(
                "MATCH (a:Actor {id: 'cordis-900000002'})-[r]-(b:Actor {id: 'cordis-900000003'})"
                    + " WHERE abs(r.weight - (1.0/2 + 1.0/3)) < 1e-9 AND r.since = 2012"
                    + " AND r.until = 2025 RETURN count(r)"))
        .isEqualTo(1);

    JsonNode ntu = api.get("/api/actors/cordis-900000001").getBody();
    assertThat(ntu.get("name").asString()).isEqualTo("Norrbotten Tekniska Universitet");
    assertThat(ntu.get("sector").asString()).isEqualTo("academia");
    assertThat(ntu.get("region").asString()).isEqualTo("SE332");
    assertThat(ntu.get("attributes").get("vatNumber").asString()).isEqualTo("SE999999000101");
    assertThat(ntu.get("attributes").get("sme").asBoolean()).isFalse();

    // Again: the same ids, so nothing new
    var again = post("", parts(read("project.csv"), read("organization.csv")));
    assertThat(again.getBody().get("write").get("nodesCreated").asInt()).isZero();
    assertThat(again.getBody().get("write").get("relationshipsCreated").asInt()).isZero();
    assertThat(db.count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(7);
  }

  @Test
  void takesTheProgrammesZipAndTheWeightingAndCapParameters() throws IOException {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("archive", Api.resource("cordis-h2020projects-csv.zip", zip()));

    var response = post("?weighting=projects&maxParticipants=3&regions=SE332,FI1D7", parts);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    // Without FI1A3 OLDLAP is dropped: ARCTICSAT, MINEDATA, SOLO; 5 actors, 6 ties
    assertThat(response.getBody().get("stats").get("projectsKept").asInt()).isEqualTo(3);
    assertThat(db.count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(5);
    assertThat(
            db.count("MATCH (:Actor)-[r]-(:Actor) WHERE r.weight = 1.0 RETURN count(DISTINCT r)"))
        .isEqualTo(6);
  }

  @Test
  void rejectsABadFileWithFileLineAndFieldAndLeavesTheDatabaseAsItWas() throws IOException {
    post("", parts(read("project.csv"), read("organization.csv")));
    List<String> before = db.fingerprint();
    byte[] bad =
        new String(read("organization.csv"), java.nio.charset.StandardCharsets.UTF_8)
            .replace("\"OTH\"", "\"NGO\"")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    var response = post("?regions=all", parts(read("project.csv"), bad));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    List<String> errors = new ArrayList<>();
    response
        .getBody()
        .get("errors")
        .forEach(
            e ->
                errors.add(
                    e.get("file").asString()
                        + ":"
                        + e.get("line").asInt()
                        + ":"
                        + e.get("field").asString()));
    assertThat(errors).containsExactly("organization.csv:7:activityType");
    assertThat(db.fingerprint()).isEqualTo(before);
  }

  @Test
  void aTruncatedArchiveMissingFilesAndBadParametersAreClearErrors() throws IOException {
    byte[] zip = zip();
    MultiValueMap<String, Object> truncated = new LinkedMultiValueMap<>();
    truncated.add("archive", Api.resource("h2020.zip", Arrays.copyOf(zip, zip.length / 2)));
    var response = post("", truncated);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(response.getBody().get("errors").get(0).get("file").asString())
        .isEqualTo("h2020.zip");

    MultiValueMap<String, Object> onlyProjects = new LinkedMultiValueMap<>();
    onlyProjects.add("project", Api.resource("project.csv", read("project.csv")));
    var missing = post("", onlyProjects);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(missing.getBody().get("errors").get(0).get("message").asString())
        .startsWith("has no organization.csv");

    var badWeighting =
        post("?weighting=money", parts(read("project.csv"), read("organization.csv")));
    assertThat(badWeighting.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badWeighting.getBody().get("detail").asString())
        .contains("'money'", "projects, consortium");

    var none = post("", new LinkedMultiValueMap<>());
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(db.count("MATCH (a:Actor) RETURN count(a)")).isZero();
  }
}

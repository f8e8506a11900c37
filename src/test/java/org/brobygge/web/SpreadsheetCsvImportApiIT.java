package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * The native files as Nordic Excel saves them (';', decimal comma, CRLF, BOM) through the real HTTP
 * API: the same network as the plain fixture, and refused encodings leave the database as it was.
 */
@EmbeddedNeo4jTest
@TestPropertySource(properties = "brobygge.sample.load-on-start=false")
class SpreadsheetCsvImportApiIT {

  static final Path NORDIC = Path.of("src/test/resources/imports/excel-nordic");

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

  @Test
  void nordicExcelFilesImportAsTheSameNetworkAsThePlainOnes() {
    api.importFolder(ImportApiIT.VALID);
    List<String> plain = db.fingerprint();
    db.clear();

    var response = api.importFolder(NORDIC);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(db.fingerprint()).isEqualTo(plain);
    // the a3 -> a1 capital tie's "1,5" is 1.5
    JsonNode a1 = api.get("/api/actors/a1").getBody();
    assertThat(a1.get("name").asString()).isEqualTo("Orbit, Inc.");
  }

  @Test
  void statedDialectIsUsed() {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add(
        "actors", Api.resource("actors.csv", bytes("id;name;sector\nx;X;business\ny;Y;public\n")));
    parts.add("ties", Api.resource("ties.csv", bytes("from;to;kind;weight\nx;y;trade;2.5\n")));
    List<String> before = db.fingerprint();

    var refused = api.postMultipart("/api/imports?delimiter=semicolon&decimal=comma", parts);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    JsonNode error = refused.getBody().get("errors").get(0);
    assertThat(error.get("file").asString()).isEqualTo("ties.csv");
    assertThat(error.get("line").asInt()).isEqualTo(2);
    assertThat(error.get("field").asString()).isEqualTo("weight");
    assertThat(error.get("message").asString()).contains("decimal=,", "2,5");
    assertThat(db.fingerprint()).isEqualTo(before);

    var accepted = api.postMultipart("/api/imports?delimiter=;&decimal=.", parts);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(db.count("MATCH ()-[t:TRADE]->() WHERE t.weight = 2.5 RETURN count(*)"))
        .isEqualTo(1);
  }

  @Test
  void unknownDialectParameterIsA400NamingIt() {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("actors", Api.resource("actors.csv", bytes("id,name,sector\nx,X,business\n")));

    var response = api.postMultipart("/api/imports?delimiter=pipe", parts);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("parameter").asString()).isEqualTo("delimiter");
    assertThat(db.fingerprint()).isEmpty();
  }

  @Test
  void utf16AndLatin1AreRefusedNamingTheEncoding() {
    api.importFolder(ImportApiIT.VALID);
    List<String> before = db.fingerprint();
    byte[] utf16 = "\uFEFFid;name;sector\nx;Luleå;business\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] latin1 = "id;name;sector\nx;Luleå;business\n".getBytes(StandardCharsets.ISO_8859_1);

    for (byte[] file : List.of(utf16, latin1)) {
      var parts = new LinkedMultiValueMap<String, Object>();
      parts.add("actors", Api.resource("actors.csv", file));

      var response = api.postImport(parts);

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
      JsonNode error = response.getBody().get("errors").get(0);
      assertThat(error.get("file").asString()).isEqualTo("actors.csv");
      assertThat(error.get("message").asString())
          .containsAnyOf("UTF-16 little-endian", "Windows-1252")
          .contains("CSV UTF-8");
      assertThat(db.fingerprint()).isEqualTo(before);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brobygge.support.Workbooks.row;
import static org.brobygge.support.Workbooks.sheet;
import static org.brobygge.support.Workbooks.workbook;

import java.util.Arrays;
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
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** .xlsx workbooks through the real HTTP API, and the template workbook. */
@EmbeddedNeo4jTest
@TestPropertySource(properties = "brobygge.sample.load-on-start=false")
class WorkbookImportApiIT {

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

  /** The plain fixture (imports/valid) as one workbook: the same network. */
  static byte[] validAsWorkbook() {
    return workbook(
        sheet(
            "ecosystems",
            row("id", "name", "region"),
            row("space", "Space", "SE332"),
            row("mining", "Mining", "SE332")),
        sheet(
            "actors",
            row(
                "id",
                "name",
                "sector",
                "roles",
                "region",
                "country",
                "ecosystems",
                "size",
                "sme",
                "website",
                "notes"),
            row(
                "a1",
                "Orbit, Inc.",
                "business",
                "firm",
                "SE332",
                "SE",
                "space|mining",
                12,
                true,
                "https://orbit.example",
                "hello"),
            row("a2", "Uni", "academia", "research|education", "SE332", "SE", "space"),
            row("a3", "Fund", "public", "capital", "SE332", "SE")),
        sheet(
            "ties",
            row("from", "to", "kind", "weight", "since", "until", "source"),
            row("a1", "a2", "research", 2, 2019, 2022, "survey"),
            row("a3", "a1", "capital", 1.5),
            row("a2", "a1", "collaboration", 1)));
  }

  @Test
  void workbookImportsAsTheSameNetworkAsTheCsvFiles() {
    api.importFolder(ImportApiIT.VALID);
    List<String> fromCsv = db.fingerprint();
    db.clear();

    var response = post("workbook", "network.xlsx", validAsWorkbook());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().get("actors").asInt()).isEqualTo(3);
    assertThat(response.getBody().get("files").get(0).asString())
        .isEqualTo("network.xlsx, sheet ecosystems");
    assertThat(db.fingerprint()).isEqualTo(fromCsv);

    // an archive part whose file name ends in .xlsx is read as a workbook too: nothing changes
    var again = post("archive", "network.xlsx", validAsWorkbook());
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().get("nodesCreated").asInt()).isZero();
    assertThat(db.fingerprint()).isEqualTo(fromCsv);
  }

  @Test
  void badWorkbookNamesSheetRowAndColumnAndWritesNothing() {
    api.importFolder(ImportApiIT.VALID);
    List<String> before = db.fingerprint();
    byte[] bad =
        workbook(
            sheet(
                "actors",
                row("id", "name", "sector"),
                row("n1", "New", "business"),
                row("n2", "Newer", "industry")));

    var response = post("workbook", "members.xlsx", bad);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    JsonNode error = response.getBody().get("errors").get(0);
    assertThat(error.get("file").asString()).isEqualTo("members.xlsx, sheet actors");
    assertThat(error.get("line").asInt()).isEqualTo(3);
    assertThat(error.get("field").asString()).isEqualTo("sector");
    assertThat(db.fingerprint()).isEqualTo(before);
  }

  @Test
  void truncatedOrMissingSheetsAre422AndWriteNothing() {
    api.importFolder(ImportApiIT.VALID);
    List<String> before = db.fingerprint();
    byte[] whole = validAsWorkbook();

    var truncated = post("workbook", "network.xlsx", Arrays.copyOf(whole, whole.length - 100));
    var noSheets = post("workbook", "network.xlsx", workbook(sheet("Blad1", row("x"))));
    var missingColumn =
        post("workbook", "network.xlsx", workbook(sheet("ties", row("from", "kind"))));

    assertThat(truncated.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(truncated.getBody().get("errors").get(0).get("message").asString())
        .contains("not a complete .xlsx workbook");
    assertThat(noSheets.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(missingColumn.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    JsonNode missing = missingColumn.getBody().get("errors").get(0);
    assertThat(missing.get("file").asString()).isEqualTo("network.xlsx, sheet ties");
    assertThat(missing.get("line").asInt()).isEqualTo(1);
    assertThat(missing.get("field").asString()).isEqualTo("to");
    assertThat(db.fingerprint()).isEqualTo(before);
  }

  @Test
  void workbookWithCsvPartsIsA400() {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("workbook", Api.resource("network.xlsx", validAsWorkbook()));
    parts.add("actors", Api.resource("actors.csv", "id,name,sector\n".getBytes()));

    assertThat(api.postImport(parts).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void templateDownloadsAndImportsAsItIs() {
    var template =
        RestClient.create("http://localhost:" + port)
            .get()
            .uri("/api/imports/template.xlsx")
            .retrieve()
            .toEntity(byte[].class);

    assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(template.getHeaders().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(template.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("brobygge-template.xlsx");
    var imported = post("workbook", "brobygge-template.xlsx", template.getBody());
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    // the example rows: one ecosystem, two actors, one tie
    assertThat(imported.getBody().get("ecosystems").asInt()).isEqualTo(1);
    assertThat(imported.getBody().get("actors").asInt()).isEqualTo(2);
    assertThat(imported.getBody().get("ties").asInt()).isEqualTo(1);
  }

  private org.springframework.http.ResponseEntity<JsonNode> post(
      String part, String fileName, byte[] bytes) {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add(part, Api.resource(fileName, bytes));
    return api.postImport(parts);
  }
}

package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.brobygge.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * First start on an empty database loads the sample from data/sample: what the API and the database
 * hold must be what the CSV files say, counted here straight from the files.
 */
@EmbeddedNeo4jTest
class SampleIT {

  static final Path SAMPLE = Path.of("data/sample");

  @LocalServerPort int port;
  @Autowired Driver driver;

  @Test
  void servesTheSampleLoadedOnFirstStart() throws IOException {
    Map<String, Integer> membersInFile = new HashMap<>();
    int actorsInFile = 0;
    for (CSVRecord row : records("actors.csv")) {
      actorsInFile++;
      for (String ecosystem : row.get("ecosystems").split("\\|")) {
        if (!ecosystem.isBlank()) {
          membersInFile.merge(ecosystem, 1, Integer::sum);
        }
      }
    }
    int tiesInFile = 0;
    for (CSVRecord ignored : records("ties.csv")) {
      tiesInFile++;
    }
    Api api = new Api(port);

    JsonNode ecosystems = api.get("/api/ecosystems").getBody();
    assertThat(ecosystems.size()).isEqualTo(records("ecosystems.csv").size());
    Map<String, Integer> membersServed = new HashMap<>();
    ecosystems.forEach(e -> membersServed.put(e.get("id").asString(), e.get("members").asInt()));
    assertThat(membersServed).isEqualTo(membersInFile);
    assertThat(api.get("/api/actors?size=1").getBody().get("total").asInt())
        .isEqualTo(actorsInFile);
    TestDatabase db = new TestDatabase(driver);
    assertThat(db.count("MATCH (:Actor)-[t]->(:Actor) RETURN count(t)")).isEqualTo(tiesInFile);
  }

  @Test
  void findsActorsByNameTypedWithoutDiacritics() throws IOException {
    // data/sample/actors.csv: a0562 is the one actor with "Söderby" in its name.
    Api api = new Api(port);

    JsonNode found = api.get("/api/actors?q=SODERBY").getBody();

    assertThat(found.get("total").asInt()).isEqualTo(1);
    assertThat(found.get("items").get(0).get("id").asString()).isEqualTo("a0562");
    long namedHallberget = 0;
    for (CSVRecord row : records("actors.csv")) {
      if (row.get("name").contains("Hällberget")) {
        namedHallberget++;
      }
    }
    assertThat(namedHallberget).isGreaterThan(1);
    assertThat(api.get("/api/actors?q=hallberget&size=1").getBody().get("total").asLong())
        .isEqualTo(namedHallberget);
  }

  @Test
  void keepsTheSamplesPlantedResearchGapVisible() {
    // data/sample/README.md: none of creative's firms has a research tie.
    TestDatabase db = new TestDatabase(driver);
    long creativeFirms =
        db.count(
            """
            MATCH (f:Actor)-[:MEMBER_OF]->(:Ecosystem {id: 'creative'})
            WHERE 'firm' IN f.roles RETURN count(f)""");
    long withResearch =
        db.count(
            """
            MATCH (f:Actor)-[:MEMBER_OF]->(:Ecosystem {id: 'creative'})
            WHERE 'firm' IN f.roles AND EXISTS { (f)-[:RESEARCH]-() } RETURN count(f)""");

    assertThat(creativeFirms).isPositive();
    assertThat(withResearch).isZero();
  }

  private static java.util.List<CSVRecord> records(String file) throws IOException {
    try (Reader reader = Files.newBufferedReader(SAMPLE.resolve(file))) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }
}

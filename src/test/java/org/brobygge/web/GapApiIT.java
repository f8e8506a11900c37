package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * The gap API on the sample loaded at first start, checked against data/sample/README.md's planted
 * gaps and against the sample files themselves.
 */
@EmbeddedNeo4jTest
class GapApiIT {

  @LocalServerPort int port;

  @Test
  void findsCreativesPlantedResearchGapWithEveryFirmAsAMissingEdge() throws IOException {
    List<String> creativeFirms = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(Path.of("data/sample/actors.csv"))) {
      for (CSVRecord row :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        if (List.of(row.get("ecosystems").split("\\|")).contains("creative")
            && List.of(row.get("roles").split("\\|")).contains("firm")) {
          creativeFirms.add(row.get("id"));
        }
      }
    }

    JsonNode gaps = new Api(port).get("/api/ecosystems/creative/gaps").getBody();

    JsonNode research = gaps.get("findings").get(0);
    assertThat(research.get("gap").asString()).isEqualTo("research");
    assertThat(research.get("severity").asDouble()).isEqualTo(1.0);
    assertThat(research.get("level").asString()).isEqualTo("severe");
    List<String> missing = new ArrayList<>();
    research.get("missingEdges").forEach(m -> missing.add(m.get("actorId").asString()));
    assertThat(missing).containsExactlyInAnyOrderElementsOf(creativeFirms);
    assertThat(gaps.get("rank").get("research").asInt()).isEqualTo(1);
    assertThat(gaps.get("profile").get("research").asDouble()).isEqualTo(1.0);
    assertThat(gaps.get("regionMedian").get("research").asDouble()).isLessThan(1.0);
  }

  @Test
  void listsTheSevenDefinitions() {
    JsonNode definitions = new Api(port).get("/api/gaps/definitions").getBody();

    List<String> ids = new ArrayList<>();
    definitions.get("definitions").forEach(d -> ids.add(d.get("id").asString()));
    assertThat(ids)
        .containsExactly(
            "research",
            "education",
            "capital",
            "authority",
            "inter_firm",
            "inter_ecosystem",
            "global_market");
    assertThat(definitions.get("definitions").get(4).get("scope").asString())
        .isEqualTo("ecosystem");
  }

  @Test
  void filtersFindingsByGapAndEcosystemAndLimitsEvidence() {
    Api api = new Api(port);

    JsonNode research = api.get("/api/gaps?gap=research").getBody();
    JsonNode creative = api.get("/api/gaps?ecosystem=creative").getBody();
    JsonNode limited =
        api.get("/api/gaps?gap=research&ecosystem=creative&evidenceLimit=3").getBody();

    assertThat(research.size()).isEqualTo(13); // one per ecosystem of the sample
    research.forEach(f -> assertThat(f.get("gap").asString()).isEqualTo("research"));
    assertThat(creative.size()).isEqualTo(7);
    assertThat(limited.get(0).get("missingEdges").size()).isEqualTo(3);
    assertThat(limited.get(0).get("evidenceTruncated").asBoolean()).isTrue();
    assertThat(limited.get(0).get("missing").asInt()).isGreaterThan(3);
  }

  @Test
  void showsTheTwoTestingEcosystemsNeverConnect() {
    JsonNode matrix = new Api(port).get("/api/gaps/matrix").getBody();

    List<String> never = new ArrayList<>();
    matrix
        .get("neverConnected")
        .forEach(p -> never.add(p.get("a").asString() + "~" + p.get("b").asString()));
    assertThat(never).containsAnyOf("arctic_test~lap_testing", "lap_testing~arctic_test");
    int i = indexOf(matrix.get("ecosystems"), "arctic_test");
    int j = indexOf(matrix.get("ecosystems"), "lap_testing");
    assertThat(matrix.get("observed").get(i).get(j).asInt()).isZero();
    assertThat(matrix.get("expected").get(i).get(j).asDouble()).isPositive();
  }

  @Test
  void ranksTheRegionWithPlantedGapsWorst() {
    JsonNode region = new Api(port).get("/api/gaps/region").getBody();

    assertThat(region.get("rankings").get("research").get(0).get("ecosystemId").asString())
        .isEqualTo("creative");
    assertThat(region.get("rankings").get("inter_firm").get(0).get("ecosystemId").asString())
        .isEqualTo("composites");
    assertThat(region.get("rankings").get("global_market").get(0).get("ecosystemId").asString())
        .isEqualTo("bioeconomy");
  }

  @Test
  void answersUnknownGapsAndEcosystemsWithProblems() {
    Api api = new Api(port);

    JsonNode gap = api.get("/api/gaps?gap=money").getBody();
    assertThat(gap.get("status").asInt()).isEqualTo(400);
    assertThat(gap.get("validValues").toString()).contains("inter_ecosystem");
    assertThat(api.get("/api/gaps?ecosystem=atlantis").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.get("/api/ecosystems/atlantis/gaps").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.get("/api/gaps?evidenceLimit=-1").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private static int indexOf(JsonNode array, String id) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).asString().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id + " not in " + array);
  }
}

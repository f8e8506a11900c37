package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * Gaps over time on the sample loaded at first start: asOf, trends and evaluations, checked against
 * the sample files read here with Commons CSV.
 */
@EmbeddedNeo4jTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeApiIT {

  @LocalServerPort int port;

  private final List<CSVRecord> ties = new ArrayList<>();
  private final List<CSVRecord> actors = new ArrayList<>();
  private int firstYear = Integer.MAX_VALUE;
  private int lastYear = Integer.MIN_VALUE;

  @BeforeAll
  void readSample() throws IOException {
    ties.addAll(read("data/sample/ties.csv"));
    actors.addAll(read("data/sample/actors.csv"));
    for (CSVRecord t : ties) {
      for (String column : List.of("since", "until")) {
        if (!t.get(column).isEmpty()) {
          int y = Integer.parseInt(t.get(column));
          firstYear = Math.min(firstYear, y);
          lastYear = Math.max(lastYear, y);
        }
      }
    }
  }

  private static List<CSVRecord> read(String file) throws IOException {
    try (Reader reader = Files.newBufferedReader(Path.of(file))) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }

  private int referenceYear(Api api) {
    return api.get("/api/gaps/definitions").getBody().get("referenceYear").asInt();
  }

  @Test
  void asOfOutsideTheDataAnswers400WithTheRange() {
    Api api = new Api(port);
    int last = Math.max(lastYear, referenceYear(api));

    var early = api.get("/api/gaps?asOf=" + (firstYear - 1));
    var late = api.get("/api/ecosystems/creative/gaps?asOf=" + (last + 1));

    for (var answer : List.of(early, late)) {
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody().get("parameter").asString()).isEqualTo("asOf");
      assertThat(answer.getBody().get("detail").asString())
          .contains("the data covers, " + firstYear + " to " + last);
    }
    assertThat(api.get("/api/gaps/region?asOf=1900").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.get("/api/gaps/matrix?asOf=1900").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void asOfTheReferenceYearAnswersAsTodayAndAnEarlierYearIsJudgedThen() {
    Api api = new Api(port);
    int reference = referenceYear(api);

    JsonNode today = api.get("/api/gaps?ecosystem=creative").getBody();
    JsonNode asOfToday = api.get("/api/gaps?ecosystem=creative&asOf=" + reference).getBody();
    JsonNode then = api.get("/api/ecosystems/creative/gaps?asOf=2016").getBody();

    for (int i = 0; i < today.size(); i++) {
      assertThat(asOfToday.get(i).get("severity")).isEqualTo(today.get(i).get("severity"));
      assertThat(asOfToday.get(i).get("observedTies")).isEqualTo(today.get(i).get("observedTies"));
      assertThat(then.get("findings").get(i).get("observedTies").asInt())
          .isLessThanOrEqualTo(today.get(i).get("observedTies").asInt());
    }
    assertThat(then.get("referenceYear").asInt()).isEqualTo(2016);
    assertThat(api.get("/api/gaps/region?asOf=2016").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anEcosystemsTrendCountsTheTiesBegunEachYearAsTheFilesSay() {
    Api api = new Api(port);
    int reference = referenceYear(api);
    Set<String> creative = new HashSet<>();
    for (CSVRecord a : actors) {
      if (List.of(a.get("ecosystems").split("\\|")).contains("creative")) {
        creative.add(a.get("id"));
      }
    }

    JsonNode trend = api.get("/api/ecosystems/creative/trend?from=2016&to=" + reference).getBody();

    assertThat(trend.get("years").size()).isEqualTo(reference - 2016 + 1);
    for (JsonNode year : trend.get("years")) {
      int y = year.get("year").asInt();
      long begun =
          ties.stream()
              .filter(t -> t.get("since").equals(String.valueOf(y)))
              .filter(t -> creative.contains(t.get("from")) || creative.contains(t.get("to")))
              .count();
      int sum = 0;
      for (JsonNode n : year.get("newTiesByKind")) {
        sum += n.asInt();
      }
      assertThat(sum).as("ties begun in %d", y).isEqualTo((int) begun);
      assertThat(year.get("members").asInt()).isEqualTo(creative.size());
      assertThat(year.get("gaps").size()).isEqualTo(7);
      JsonNode research = year.get("gaps").get(0);
      if (research.get("applicable").asBoolean()) {
        assertThat(research.get("low").asDouble())
            .isLessThanOrEqualTo(research.get("severity").asDouble());
        assertThat(research.get("high").asDouble())
            .isGreaterThanOrEqualTo(research.get("severity").asDouble());
      }
    }
    JsonNode lastYear = trend.get("years").get(trend.get("years").size() - 1);
    JsonNode today = api.get("/api/gaps?ecosystem=creative").getBody();
    assertThat(lastYear.get("gaps").get(2).get("severity")).isEqualTo(today.get(2).get("severity"));
  }

  @Test
  void theTrendOfAllGapsCoversEveryEcosystemAndRejectsBadRanges() {
    Api api = new Api(port);

    JsonNode all = api.get("/api/gaps/trend?from=2020&to=2022&gap=research").getBody();

    assertThat(all.get("ecosystems").size()).isEqualTo(13);
    assertThat(all.get("ecosystems").get(0).get("years").size()).isEqualTo(3);
    assertThat(all.get("ecosystems").get(0).get("years").get(0).get("gaps").size()).isEqualTo(1);
    assertThat(api.get("/api/gaps/trend?from=2022&to=2020").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.get("/api/gaps/trend?from=1900").getBody().get("parameter").asString())
        .isEqualTo("from");
    assertThat(api.get("/api/gaps/trend?gap=nope").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.get("/api/ecosystems/nope/trend").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theEvaluationGivesAVerdictPerGapAsJsonAndMarkdown() {
    Api api = new Api(port);

    JsonNode e =
        api.get("/api/ecosystems/creative/evaluation?baseline=2020&followUp=2023").getBody();
    var md =
        api.getText(
            "/api/ecosystems/creative/evaluation?baseline=2020&followUp=2023", "text/markdown");

    assertThat(e.get("gaps").size()).isEqualTo(7);
    int improved = 0;
    for (JsonNode g : e.get("gaps")) {
      assertThat(g.get("verdict").asString())
          .isIn("improved", "worse", "no-clear-change", "not-comparable");
      improved += g.get("verdict").asString().equals("improved") ? 1 : 0;
    }
    assertThat(e.get("improved").asInt()).isEqualTo(improved);
    assertThat(md.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(md.getBody()).startsWith("# Evaluation: ").contains("| Gap | Severity 2020 |");
  }

  @Test
  void aFollowUpBeforeTheBaselineOrOutsideTheDataIs400() {
    Api api = new Api(port);

    var backwards = api.get("/api/ecosystems/creative/evaluation?baseline=2023&followUp=2020");
    var outside = api.get("/api/evaluation?baseline=1900");

    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getBody().get("parameter").asString()).isEqualTo("followUp");
    assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(outside.getBody().get("parameter").asString()).isEqualTo("baseline");
  }

  @Test
  void theRegionsEvaluationRanksEveryEcosystem() {
    Api api = new Api(port);

    JsonNode region = api.get("/api/evaluation?baseline=2020&followUp=2023").getBody();
    var md = api.getText("/api/evaluation?baseline=2020&followUp=2023", "text/markdown");

    assertThat(region.get("ecosystems").size()).isEqualTo(13);
    assertThat(region.get("ecosystems").get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(md.getBody()).contains("| Rank | Ecosystem |");
  }

  @Test
  void recommendationsBrokersPlanAndCentralityTakeAsOfToo() {
    Api api = new Api(port);

    JsonNode plan = api.get("/api/ecosystems/creative/plan?asOf=2016").getBody();
    assertThat(plan.get("referenceYear").asInt()).isEqualTo(2016);
    var recommendations = api.get("/api/recommendations?ecosystem=creative&gap=research&asOf=2016");
    assertThat(recommendations.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.get("/api/gaps/research/brokers?ecosystem=creative&asOf=2016").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    JsonNode then =
        api.get("/api/centrality?measure=degree&ecosystem=creative&asOf=2010").getBody();
    JsonNode now = api.get("/api/centrality?measure=degree&ecosystem=creative").getBody();
    assertThat(then.toString()).isNotEqualTo(now.toString());

    for (String path :
        List.of(
            "/api/ecosystems/creative/plan?asOf=1900",
            "/api/recommendations?ecosystem=creative&asOf=1900",
            "/api/gaps/research/brokers?ecosystem=creative&asOf=1900",
            "/api/centrality?measure=degree&asOf=1900")) {
      var answer = api.get(path);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody().get("parameter").asString()).isEqualTo("asOf");
    }
  }
}

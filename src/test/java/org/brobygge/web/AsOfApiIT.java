package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.brobygge.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * {@code asOf} on brokerage, actor metrics, export, communities, network summary and map, on a
 * planted network whose answers were worked out by hand:
 *
 * <pre>
 *   ecosystem e; a (firm, business), b (research, academia), c (firm, business), d (authority,
 *   public); a, b, c members without years, d member since 2020 (memberships.csv)
 *   a-b research 2016, b-c research 2016, c-d authority 2022
 *
 *   as of 2018: the path a-b-c and d alone; as of 2026 (the reference year): the path a-b-c-d
 * </pre>
 *
 * Summary: 2 ties, components {a,b,c} and {d}, 1 isolate, articulation point b, density 2/6; then 3
 * ties, 1 component, articulation points b and c, density 3/6. Degree of c: 1, then 2. Brokerage by
 * sector: c brokers b-c-d between three sectors (liaison, both directions) only once c-d exists.
 * Greedy modularity: {a,b,c} (Q 0 beats every split of a 3-path) and {d}; then {a,b} and {c,d} (Q
 * 1/6). Map of e: 3 members and 2 ties, then 4 and 3. The data covers 2016 to 2026.
 */
@EmbeddedNeo4jTest
@TestPropertySource(properties = "brobygge.sample.load-on-start=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsOfApiIT {

  @LocalServerPort int port;
  @Autowired Driver driver;
  Api api;

  @BeforeAll
  void plantedNetwork(@TempDir Path dir) throws IOException {
    new TestDatabase(driver).clear();
    api = new Api(port);
    Files.writeString(dir.resolve("ecosystems.csv"), "id,name,region\ne,E,SE332\n");
    Files.writeString(
        dir.resolve("actors.csv"),
        """
        id,name,sector,roles,region,country,ecosystems
        a,A,business,firm,SE332,SE,e
        b,B,academia,research,SE332,SE,e
        c,C,business,firm,SE332,SE,e
        d,D,public,authority,SE332,SE,
        """);
    Files.writeString(
        dir.resolve("ties.csv"),
        """
        id,from,to,kind,weight,since,until,source
        t1,a,b,research,3,2016,,
        t2,b,c,research,3,2016,,
        t3,c,d,authority,3,2022,,
        """);
    Files.writeString(dir.resolve("memberships.csv"), "actor,ecosystem,since,until\nd,e,2020,\n");
    assertThat(api.importFolder(dir).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theNetworkSummaryAsOfAnEarlyYearHasOnlyTheTiesBegunByThen() {
    JsonNode then = api.get("/api/network/summary?asOf=2018").getBody();
    JsonNode now = api.get("/api/network/summary").getBody();

    assertThat(then.get("ties").asInt()).isEqualTo(2);
    assertThat(then.get("components").asInt()).isEqualTo(2);
    assertThat(then.get("isolates").asInt()).isEqualTo(1);
    assertThat(then.get("density").asDouble()).isCloseTo(2 / 6.0, within());
    assertThat(ids(then.get("articulationPoints"))).containsExactly("b");
    assertThat(now.get("ties").asInt()).isEqualTo(3);
    assertThat(now.get("components").asInt()).isEqualTo(1);
    assertThat(now.get("density").asDouble()).isCloseTo(3 / 6.0, within());
    assertThat(ids(now.get("articulationPoints"))).containsExactlyInAnyOrder("b", "c");
  }

  @Test
  void anActorsMetricsAsOfAnEarlyYearCountItsPartnersThen() {
    assertThat(degree("/api/actors/c/metrics?asOf=2018")).isEqualTo(1.0);
    assertThat(degree("/api/actors/c/metrics")).isEqualTo(2.0);
  }

  @Test
  void brokerageAsOfAnEarlyYearHasNoLiaisonBeforeTheThirdSectorIsTied() {
    Map<String, JsonNode> then = byId(api.get("/api/brokerage?asOf=2018").getBody().get("actors"));
    Map<String, JsonNode> now = byId(api.get("/api/brokerage").getBody().get("actors"));

    assertThat(then.get("c").get("liaison").asLong()).isZero();
    assertThat(then.get("c").get("total").asLong()).isZero();
    assertThat(now.get("c").get("liaison").asLong()).isPositive();
    assertThat(now.get("b").get("itinerant").asLong())
        .isEqualTo(then.get("b").get("itinerant").asLong())
        .isPositive();
  }

  @Test
  void communitiesAsOfAnEarlyYearPutCWithAAndLaterWithD() {
    Map<String, Integer> then = communityOf(api.get("/api/communities?asOf=2018").getBody());
    Map<String, Integer> now = communityOf(api.get("/api/communities").getBody());

    assertThat(then.get("a")).isEqualTo(then.get("b")).isEqualTo(then.get("c"));
    assertThat(then.get("d")).isNotEqualTo(then.get("c"));
    assertThat(now.get("a")).isEqualTo(now.get("b"));
    assertThat(now.get("c")).isEqualTo(now.get("d")).isNotEqualTo(now.get("a"));
  }

  @Test
  void theExportAsOfAnEarlyYearHoldsOnlyTheTiesBegunByThen() {
    String then = api.getText("/api/export?format=graphml&measures=&asOf=2018").getBody();
    String now = api.getText("/api/export?format=graphml&measures=").getBody();

    assertThat(then.split("<edge ", -1)).hasSize(1 + 2);
    assertThat(now.split("<edge ", -1)).hasSize(1 + 3);
  }

  @Test
  void theMapAsOfAnEarlyYearDrawsTheMembersAndTiesOfThen() {
    JsonNode then = api.get("/api/ecosystems/e/map?asOf=2018").getBody();
    JsonNode now = api.get("/api/ecosystems/e/map").getBody();

    assertThat(then.get("members").asInt()).isEqualTo(3);
    assertThat(then.get("edgesTotal").asInt()).isEqualTo(2);
    assertThat(now.get("members").asInt()).isEqualTo(4);
    assertThat(now.get("edgesTotal").asInt()).isEqualTo(3);
  }

  @Test
  void asOfOutsideTheDataYearsAnswers400WithTheRangeOnEveryEndpoint() {
    for (String path :
        new String[] {
          "/api/network/summary?asOf=2010",
          "/api/actors/c/metrics?asOf=2010",
          "/api/brokerage?asOf=2010",
          "/api/communities?asOf=2010",
          "/api/export?format=graphml&asOf=2030",
          "/api/ecosystems/e/map?asOf=2030"
        }) {
      var response = api.get(path);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody().toString()).as(path).contains("2016 to 2026", "asOf");
    }
  }

  @Test
  void aMembershipEndingBeforeItBeginsAnswers422NamingFileLineAndFieldAndWritesNothing() {
    String before = api.get("/api/years").getBody().toString();
    var parts = new org.springframework.util.LinkedMultiValueMap<String, Object>();
    parts.add(
        "memberships",
        Api.resource(
            "memberships.csv",
            "actor,ecosystem,since,until\nd,e,2020,\nc,e,2021,2019\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    var response = api.postImport(parts);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    JsonNode error = response.getBody().get("errors").get(0);
    assertThat(error.get("file").asString()).isEqualTo("memberships.csv");
    assertThat(error.get("line").asInt()).isEqualTo(3);
    assertThat(error.get("field").asString()).isEqualTo("until");
    assertThat(api.get("/api/years").getBody().toString()).isEqualTo(before);
    assertThat(degree("/api/actors/c/metrics?asOf=2018")).isEqualTo(1.0);
  }

  private double degree(String path) {
    return api.get(path).getBody().get("metrics").get("degree").asDouble();
  }

  private static java.util.List<String> ids(JsonNode array) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    array.forEach(n -> ids.add(n.get("id").asString()));
    return ids;
  }

  private static Map<String, JsonNode> byId(JsonNode actors) {
    Map<String, JsonNode> map = new HashMap<>();
    actors.forEach(a -> map.put(a.get("id").asString(), a));
    return map;
  }

  private static Map<String, Integer> communityOf(JsonNode communities) {
    Map<String, Integer> map = new HashMap<>();
    communities
        .get("detected")
        .forEach(
            c ->
                c.get("actors")
                    .forEach(m -> map.put(m.get("id").asString(), c.get("community").asInt())));
    return map;
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}

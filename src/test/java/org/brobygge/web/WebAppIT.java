package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brobygge.support.Api;
import org.brobygge.support.Browser;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The strategists' web app in a real headless Chromium against the real app on the embedded Neo4j
 * with the sample: every figure a page shows is checked against what the JSON API answers.
 * Screenshots of each page go to {@code target/screenshots/}.
 */
@EmbeddedNeo4jTest
class WebAppIT {

  @LocalServerPort int port;

  private static Browser browser;

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private Browser browser() {
    if (browser == null) {
      browser = Browser.open(port);
    }
    return browser;
  }

  @Test
  void overviewShowsEveryEcosystemByTheSevenGapsGroupedByRegion() {
    Api api = new Api(port);
    JsonNode ecosystems = api.get("/api/ecosystems").getBody();
    JsonNode findings = api.get("/api/gaps?evidenceLimit=0").getBody();
    Browser b = browser().visit("/").awaitReady();

    List<WebElement> rows = b.driver().findElements(By.cssSelector("#heatmap tr[data-ecosystem]"));
    assertThat(rows).hasSize(ecosystems.size()).hasSize(13);
    for (WebElement row : rows) {
      assertThat(row.findElements(By.cssSelector("td[data-gap]"))).hasSize(7);
    }
    List<String> regions =
        b.driver().findElements(By.cssSelector("#heatmap tr.region")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(regions).hasSize(2);
    assertThat(regions.get(0)).contains("Norrbotten", "7 ecosystems");
    assertThat(regions.get(1)).contains("Lapland", "6 ecosystems");
    for (JsonNode f : findings) {
      WebElement cell =
          b.find(
              By.cssSelector(
                  "tr[data-ecosystem='"
                      + f.get("ecosystem").asString()
                      + "'] td[data-gap='"
                      + f.get("gap").asString()
                      + "']"));
      if (f.get("applicable").asBoolean()) {
        assertThat(cell.getText())
            .startsWith(String.format(java.util.Locale.ROOT, "%.2f", f.get("severity").asDouble()))
            .contains(f.get("level").asString());
        assertThat(cell.getAttribute("class")).isEqualTo("lvl-" + f.get("level").asString());
      } else {
        assertThat(cell.getText()).contains("n/a");
      }
    }
    JsonNode medians = api.get("/api/gaps/region").getBody().get("medians");
    assertThat(b.find(By.cssSelector("tr.median td[data-gap='research']")).getText())
        .isEqualTo(
            String.format(java.util.Locale.ROOT, "%.2f", medians.get("research").asDouble()));
    assertThat(b.find(By.id("pressing")).getText())
        .contains("Creative industries: the research gap is severe (1.00, worst of 13");
    b.visible(By.id("never-table"));
    assertThat(b.find(By.id("never-table")).getText())
        .contains("Arctic test", "Arctic testing environments");
    b.screenshot("overview");
  }

  @Test
  void clickingAHeatmapCellOpensThatGapOfThatEcosystem() {
    Browser b = browser().visit("/").awaitReady();
    b.find(By.cssSelector("tr[data-ecosystem='tourism'] td[data-gap='education'] a")).click();
    b.waiting().until(d -> d.getCurrentUrl().contains("/ecosystems/tourism"));
    b.awaitReady();

    assertThat(b.driver().getCurrentUrl()).endsWith("/ecosystems/tourism?gap=education");
    assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Tourism");
    WebElement gap = b.find(By.id("gap-education"));
    assertThat(gap.getAttribute("open")).isNotNull();
    assertThat(gap.getAttribute("class")).contains("chosen");
    assertThat(new Select(b.find(By.id("overlay"))).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("education");
  }

  @Test
  void mapDrawsEveryMemberAndTheOverlayMarksWhomTheApiListsAsMissing() {
    Api api = new Api(port);
    int members = api.get("/api/ecosystems/creative").getBody().get("members").asInt();
    JsonNode research = api.get("/api/gaps?ecosystem=creative&gap=research").getBody().get(0);
    Set<String> missing = new HashSet<>();
    research.get("missingEdges").forEach(m -> missing.add(m.get("actorId").asString()));
    Browser b = browser().visit("/ecosystems/creative?gap=research").awaitReady();

    assertThat(b.script("return brobyggeMap.nodes('.member').length")).isEqualTo((long) members);
    assertThat(members).isEqualTo(54);
    assertThat(b.find(By.id("map-status")).getText()).contains("Showing all 54 members");
    assertThat(new HashSet<>(ids(b, "brobyggeMap.nodes('.missing')"))).isEqualTo(missing);
    assertThat(missing).hasSize(29);

    // a gap with weak ties: the dashed ring marks the actors whose ties across are all weak
    JsonNode capital = api.get("/api/gaps?ecosystem=creative&gap=capital").getBody().get(0);
    new Select(b.find(By.id("overlay"))).selectByValue("capital");
    Set<String> capitalMissing = new HashSet<>();
    capital.get("missingEdges").forEach(m -> capitalMissing.add(m.get("actorId").asString()));
    assertThat(new HashSet<>(ids(b, "brobyggeMap.nodes('.missing')"))).isEqualTo(capitalMissing);
    assertThat(ids(b, "brobyggeMap.nodes('.weak_only')")).hasSize(capital.get("weakOnly").asInt());

    // recommended bridges, dashed, as many as the API recommends
    JsonNode recs =
        api.get("/api/recommendations?ecosystem=creative&gap=capital&limit=10").getBody();
    b.find(By.id("bridges")).click();
    b.waiting()
        .until(d -> b.script("return document.getElementById('map').dataset.bridges") != null);
    assertThat(b.script("return brobyggeMap.edges('.bridge').length"))
        .isEqualTo((long) recs.get("gaps").get(0).get("recommendations").size());
    b.screenshot("ecosystem-map-capital-bridges");

    // search without diacritics finds the actor and opens its card
    WebElement search = b.find(By.id("search"));
    search.sendKeys("alvnas film", Keys.ENTER);
    b.waiting().until(d -> b.find(By.id("card-name")).getText().startsWith("Älvnäs Film"));
    assertThat(b.find(By.id("card")).getText()).contains("Business", "Creative industries");
    assertThat(ids(b, "brobyggeMap.$(':selected')")).hasSize(1);
    b.screenshot("ecosystem-actor-card");
  }

  @Test
  void ecosystemPageListsMembersAndLocomotivesAsTheApiDoes() {
    JsonNode plan = new Api(port).get("/api/ecosystems/composites/plan").getBody();
    Browser b = browser().visit("/ecosystems/composites").awaitReady();
    assertThat(b.find(By.id("members")).getText()).contains("Academia (5)", "Business (23)");
    b.visible(By.id("locomotives-table"));
    assertThat(b.find(By.id("locomotives-table")).getText())
        .contains(
            plan.get("profile").get("locomotives").get(0).get("actor").get("name").asString());
    b.screenshot("ecosystem");
  }

  @Test
  void whatIfShowsTheSeverityAfterTheChosenTie() {
    Api api = new Api(port);
    JsonNode first =
        api.get("/api/recommendations?ecosystem=creative&gap=research&limit=1")
            .getBody()
            .get("gaps")
            .get(0)
            .get("recommendations")
            .get(0);
    Browser b = browser().visit("/what-if?ecosystem=creative").awaitReady();
    b.visible(By.id("rec-research-0")).click();
    b.find(By.id("compute")).click();
    b.waiting().until(d -> b.script("return document.body.dataset.computed") != null);

    WebElement row =
        b.find(By.cssSelector(".whatif-eco[data-ecosystem='creative'] tr[data-gap='research']"));
    double after = 1.0 - first.get("parts").get("severityDrop").asDouble();
    assertThat(row.findElement(By.cssSelector("td.after")).getText())
        .isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", after))
        .isNotEqualTo("1.00");
    assertThat(b.driver().findElements(By.cssSelector(".whatif-eco canvas"))).isNotEmpty();
    b.screenshot("what-if");
  }

  /** A tie typed by hand (two actors picked by name from the suggestions, a kind), and a typo. */
  @Test
  void whatIfTakesATieOfYourOwnAndSaysWhichActorItDoesNotKnow() {
    Browser b = browser().visit("/what-if?ecosystem=creative").awaitReady();
    WebElement from = b.find(By.id("own-from"));
    from.sendKeys("Rödälven Story");
    b.waiting().until(d -> !d.findElements(By.cssSelector("#own-from-options option")).isEmpty());
    String suggestion = b.find(By.cssSelector("#own-from-options option")).getAttribute("value");
    assertThat(suggestion).isEqualTo("Rödälven Story Services AB [a0078]");
    from.clear();
    from.sendKeys(suggestion);
    b.find(By.id("own-to")).sendKeys("a0552");
    new Select(b.find(By.id("own-kind"))).selectByValue("research");
    b.find(By.id("own-add")).click();
    b.find(By.id("compute")).click();
    b.waiting().until(d -> b.script("return document.body.dataset.computed") != null);
    assertThat(
            b.find(
                    By.cssSelector(
                        ".whatif-eco[data-ecosystem='creative'] tr[data-gap='research'] td.after"))
                .getText())
        .isEqualTo("0.97");

    b.find(By.id("own-to")).clear();
    b.find(By.id("own-to")).sendKeys("nobody");
    b.find(By.id("own-add")).click();
    b.find(By.id("compute")).click();
    assertThat(b.visible(By.cssSelector("#result .banner.problem")).getText())
        .contains("Nothing was calculated: one tie needs a correction");
    assertThat(b.find(By.id("result")).getText()).contains("Tie 2, to: unknown actor 'nobody'");
    b.screenshot("what-if-own-tie-error");
  }

  @Test
  void planPageReadsAndPrintsWithoutTheAppsControls() throws Exception {
    Browser b = browser().visit("/ecosystems/creative/plan").awaitReady();
    assertThat(b.find(By.cssSelector("#plan h1")).getText())
        .isEqualTo("Cluster plan: Creative industries");
    assertThat(b.find(By.id("plan")).getText()).contains("Introduce Rödälven Story Services AB");
    b.screenshot("plan");

    String pdf = b.driver().print(new PrintOptions()).getContent();
    byte[] bytes = Base64.getDecoder().decode(pdf);
    Path file = Browser.SCREENSHOTS.resolve("plan.pdf");
    Files.write(file, bytes);
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(bytes.length).isGreaterThan(20_000);

    b.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(b.script("return getComputedStyle(document.querySelector('header.site')).display"))
          .isEqualTo("none");
      assertThat(b.script("return getComputedStyle(document.querySelector('.toolbar')).display"))
          .isEqualTo("none");
    } finally {
      b.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void evaluationPagesShowEachGapsVerdictAndTheRegionsRankingAsTheApiDoes() {
    Api api = new Api(port);
    JsonNode evaluation =
        api.get("/api/ecosystems/creative/evaluation?baseline=2020&followUp=2023").getBody();
    JsonNode region = api.get("/api/evaluation?baseline=2020&followUp=2023").getBody();

    Browser b =
        browser().visit("/ecosystems/creative/evaluation?baseline=2020&followUp=2023").awaitReady();
    assertThat(b.find(By.tagName("h1")).getText())
        .isEqualTo("Evaluation: Creative industries, 2020 to 2023");
    assertThat(b.find(By.id("summary")).getText())
        .startsWith("Developed forward in " + evaluation.get("improved").asInt() + " of 7 gaps");
    for (JsonNode gap : evaluation.get("gaps")) {
      String verdict = gap.get("verdict").asString();
      String shown =
          b.find(By.cssSelector("#gaps tr[data-gap='" + gap.get("gap").asString() + "'] .verdict"))
              .getAttribute("class");
      assertThat(shown).contains("verdict-" + verdict);
      int notJudgeable = 0;
      for (String year : List.of("baseline", "followUp")) {
        JsonNode point = gap.get(year);
        if (point.get("applicable").asBoolean() && !point.get("judgeable").asBoolean()) {
          notJudgeable++;
        }
      }
      assertThat(
              b.driver()
                  .findElements(
                      By.cssSelector(
                          "#gaps tr[data-gap='" + gap.get("gap").asString() + "'] .not-judgeable")))
          .as("too-few-actors warnings of " + gap.get("gap").asString())
          .hasSize(notJudgeable);
    }
    JsonNode firms = evaluation.get("firms");
    assertThat(b.find(By.id("firms")).getText())
        .startsWith(
            "Firms: "
                + firms.get("before").asInt()
                + " firm"
                + (firms.get("before").asInt() == 1 ? "" : "s")
                + " in 2020 ("
                + firms.get("smesBefore").asInt()
                + " of them SME")
        .contains(" in 2023 (" + firms.get("smesAfter").asInt() + " of them SME")
        .contains(firms.get("smesJoined").asInt() + " SME");
    b.screenshot("evaluation");

    b.visit("/evaluation?baseline=2020&followUp=2023").awaitReady();
    var rows = b.driver().findElements(By.cssSelector("#ranking tbody tr"));
    assertThat(rows).hasSize(13);
    assertThat(rows.get(0).getAttribute("data-ecosystem"))
        .isEqualTo(region.get("ecosystems").get(0).get("ecosystem").asString());
    b.screenshot("evaluation-region");
  }

  @Test
  void researchersPageRanksAsTheApiDoes() {
    JsonNode top = new Api(port).get("/api/centrality?measure=pagerank&limit=25").getBody();
    Browser b = browser().visit("/researchers").awaitReady();
    List<WebElement> rows = b.driver().findElements(By.cssSelector("#ranking-table tbody tr"));
    assertThat(rows).hasSize(25);
    assertThat(rows.get(0).getText()).contains(top.get("scores").get(0).get("name").asString());
    assertThat(b.find(By.id("downloads")).getText()).contains("GEXF", "GraphML", "CSV");
    b.screenshot("researchers");
  }

  /** Constraint ranks lowest first; members without ties in the ecosystem come last, as n/a. */
  @Test
  void researchersPageRanksByConstraintWithActorsWithoutTiesAsNotApplicable() {
    JsonNode api =
        new Api(port)
            .get("/api/centrality?measure=constraint&ecosystem=composites&order=asc&limit=100")
            .getBody();
    Browser b =
        browser()
            .visit("/researchers?measure=constraint&ecosystem=composites&order=asc&limit=100")
            .awaitReady();
    List<WebElement> rows = b.driver().findElements(By.cssSelector("#ranking-table tbody tr"));
    int n = api.get("scores").size();
    int withoutValue = 0;
    for (JsonNode s : api.get("scores")) {
      withoutValue += s.get("value").isNull() ? 1 : 0;
    }

    assertThat(rows).hasSize(n);
    assertThat(withoutValue).isPositive();
    assertThat(rows.get(0).getText()).contains(api.get("scores").get(0).get("name").asString());
    assertThat(rows.get(n - 1).getText()).endsWith("n/a");
    assertThat(rows.get(n - withoutValue - 1).getText()).doesNotEndWith("n/a");
    assertThat(b.find(By.id("ranking-undefined")).getText()).contains("without ties");
    b.screenshot("researchers-constraint");
  }

  @Test
  void unknownEcosystemOrActorShowsAFriendlyPageWithAWayBack() {
    for (String path : List.of("/ecosystems/no-such-cluster", "/actors/nobody", "/no/such/page")) {
      Browser b = browser().visit(path);
      assertThat(b.visible(By.id("not-found")).getText()).isEqualTo("This page does not exist");
      assertThat(b.find(By.linkText("Back to the region overview")).getAttribute("href"))
          .endsWith("/");
    }
    browser().screenshot("not-found");
  }

  @Test
  void aServerThatStopsAnsweringIsSaidSo() {
    Browser b = browser().visit("/ecosystems/space").awaitReady();
    b.driver().executeCdpCommand("Network.enable", Map.of());
    b.driver()
        .executeCdpCommand(
            "Network.emulateNetworkConditions",
            Map.of(
                "offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    try {
      new Select(b.find(By.id("measure"))).selectByValue("pagerank");
      assertThat(b.visible(By.id("api-down")).getText())
          .contains("Brobygge’s server is not answering");
      b.screenshot("api-down");
    } finally {
      b.driver()
          .executeCdpCommand(
              "Network.emulateNetworkConditions",
              Map.of(
                  "offline",
                  false,
                  "latency",
                  0,
                  "downloadThroughput",
                  -1,
                  "uploadThroughput",
                  -1));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> ids(Browser b, String collection) {
    return (List<String>) b.script("return " + collection + ".map(n => n.id())");
  }
}

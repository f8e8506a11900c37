package org.brobygge.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.brobygge.BrobyggeApplication;
import org.brobygge.support.Browser;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Time to interactive of the web app's pages in a real headless Chromium (issue 9): from the start
 * of navigation to the page's own "drawn and usable" mark ({@code data-ready-ms}, after the map's
 * canvas frame), for the region overview and for the map of the largest ecosystem. First visit
 * (cold: the server computes and caches the layout and measures) and then {@code runs} visits.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec -Dbench.main=org.brobygge.bench.WebAppBenchmark \
 *     [-Dbench.args="runs [database folder]"]
 * </pre>
 *
 * Without a folder the app starts on a fresh embedded database with the sample; with one (a
 * database filled by {@code brobygge import}) it measures that network.
 */
public final class WebAppBenchmark {

  private WebAppBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    boolean ownFolder = args.length <= 1;
    Path dir =
        ownFolder
            ? Files.createTempDirectory("brobygge-webbench-").resolve("neo4j")
            : Path.of(args[1]).toAbsolutePath().normalize();
    long t0 = System.nanoTime();
    ConfigurableApplicationContext app =
        new SpringApplication(BrobyggeApplication.class)
            .run(
                "--server.port=0",
                "--brobygge.embedded.data-dir=" + dir,
                "--brobygge.embedded.bolt-port=0",
                "--logging.level.root=WARN");
    int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    System.out.printf(Locale.ROOT, "app started in %.1f s, database %s%n", secs(t0), dir);
    try (Browser browser = Browser.open(port)) {
      HttpClient http = HttpClient.newHttpClient();
      JsonNode ecosystems =
          JsonMapper.builder()
              .build()
              .readTree(
                  http.send(
                          HttpRequest.newBuilder(
                                  URI.create("http://localhost:" + port + "/api/ecosystems"))
                              .build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body());
      JsonNode largest = null;
      for (JsonNode e : ecosystems) {
        if (largest == null || e.get("members").asInt() > largest.get("members").asInt()) {
          largest = e;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%d ecosystems; largest: %s, %d members%n",
          ecosystems.size(),
          largest.get("id").asString(),
          largest.get("members").asInt());
      measure(browser, "/", "overview", runs);
      String map = "/ecosystems/" + largest.get("id").asString();
      measure(browser, map, "map of " + largest.get("id").asString(), runs);
      System.out.println("map: " + browser.find(org.openqa.selenium.By.id("map-status")).getText());
    } finally {
      app.close();
      if (ownFolder) {
        FileSystemUtils.deleteRecursively(dir.getParent());
      }
    }
  }

  private static void measure(Browser browser, String path, String name, int runs) {
    List<Long> times = new ArrayList<>();
    List<Long> map = new ArrayList<>();
    for (int i = 0; i <= runs; i++) {
      browser.visit("/researchers").awaitReady(); // leave the page, so the next visit is whole
      browser.visit(path).awaitReady();
      times.add(Long.parseLong((String) browser.script("return document.body.dataset.readyMs")));
      Object fetch =
          browser.script(
              "const e = performance.getEntriesByType('resource').find(r => r.name.includes('/map?'));"
                  + " return e ? Math.round(e.duration) : -1");
      map.add(((Number) fetch).longValue());
    }
    System.out.println(
        "  slowest requests of the last visit: "
            + browser.script(
                "return performance.getEntriesByType('resource').sort((a, b) => b.duration - a.duration)"
                    + ".slice(0, 4).map(r => r.name.replace(location.origin, '') + ' '"
                    + " + Math.round(r.duration) + ' ms').join(', ')"));
    System.out.println(
        "  marks of the last visit: "
            + browser.script(
                "return performance.getEntriesByType('mark').map(m => m.name + ' ' + Math.round(m.startTime))"
                    + ".join(', ')"));
    long[] warm =
        times.subList(1, times.size()).stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "%-28s first visit %5d ms   then median %5d ms (min %d, max %d, %d runs)%s%n",
        name,
        times.get(0),
        warm[warm.length / 2],
        warm[0],
        warm[warm.length - 1],
        warm.length,
        map.get(0) >= 0
            ? String.format(
                Locale.ROOT,
                "   [GET map: first %d ms, then %s ms]",
                map.get(0),
                Arrays.toString(map.subList(1, map.size()).toArray()))
            : "");
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}

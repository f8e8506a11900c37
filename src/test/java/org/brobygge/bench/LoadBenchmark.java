package org.brobygge.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.brobygge.BrobyggeApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load on the packaged app's HTTP API, loopback only (issue 14): first {@code clients} readers for
 * {@code seconds} on a mix of read endpoints (every answer cached after its first request), then
 * {@code importers} clients importing in a loop while the rest read. Prints requests/s, p50, p95
 * and p99 per endpoint, errors, 409s, and inconsistent reads.
 *
 * <p>Each importer owns one ecosystem {@code load-k} of five actors and rewrites it with a new
 * generation number in every name; a reader of {@code GET /api/actors?ecosystem=load-k} (read from
 * Neo4j) or of {@code GET /api/ecosystems/load-k} (from the analysis snapshot) checks that all five
 * names carry the same generation, so an answer that mixed two imports would be counted.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec -Dbench.main=org.brobygge.bench.LoadBenchmark \
 *     -Dbench.args="[clients=32] [seconds=60] [importers=8]"
 * </pre>
 */
public final class LoadBenchmark {

  private static final String TOKEN = "load-benchmark-token";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> READS =
      List.of(
          "/api/ecosystems",
          "/api/ecosystems/space",
          "/api/ecosystems/space/gaps",
          "/api/gaps?ecosystem=space&evidenceLimit=5",
          "/api/gaps/region",
          "/api/gaps/matrix",
          "/api/centrality?measure=pagerank&limit=20",
          "/api/network/summary?ecosystem=space",
          "/api/recommendations?ecosystem=space&limit=10",
          "/api/actors?q=univ&size=20");

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int importers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    Path dir = Files.createTempDirectory("brobygge-loadbench-").resolve("neo4j");
    ConfigurableApplicationContext app =
        new SpringApplication(BrobyggeApplication.class)
            .run(
                "--server.port=0",
                "--brobygge.embedded.data-dir=" + dir,
                "--brobygge.embedded.bolt-port=0",
                "--brobygge.security.write-token=" + TOKEN,
                "--logging.level.root=WARN");
    String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    try {
      for (int k = 0; k < importers; k++) {
        importOnce(http, base, k, 0); // the load ecosystems exist before anyone reads them
      }
      for (String path : READS) { // first requests compute and cache; not measured
        get(http, base + path);
      }
      System.out.printf(
          Locale.ROOT,
          "Java %s, %d cores; sample loaded; %d read endpoints%n",
          Runtime.version(),
          Runtime.getRuntime().availableProcessors(),
          READS.size());
      run(http, base, clients, 0, seconds);
      run(http, base, clients - importers, importers, seconds);
    } finally {
      app.close();
      FileSystemUtils.deleteRecursively(dir.getParent());
    }
  }

  private static void run(HttpClient http, String base, int readers, int importers, int seconds)
      throws InterruptedException {
    Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    AtomicLong errors = new AtomicLong();
    AtomicLong busy = new AtomicLong();
    AtomicLong inconsistent = new AtomicLong();
    AtomicLong consistencyChecks = new AtomicLong();
    AtomicLong imports = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int r = 0; r < readers; r++) {
        int reader = r;
        pool.submit(
            () -> {
              int i = reader;
              List<String> paths = new ArrayList<>(READS);
              int owners = Math.max(1, importers);
              while (System.nanoTime() < end) {
                boolean check = importers > 0 && i % (paths.size() + 1) == paths.size();
                // Checked both from Neo4j (the actor list) and from the analysis snapshot (the
                // ecosystem's members), which is served while the next one loads.
                boolean fromSnapshot = (i / (paths.size() + 1)) % 2 == 1;
                String owner = "load-" + (i % owners);
                String path =
                    !check
                        ? paths.get(i % paths.size())
                        : fromSnapshot
                            ? "/api/ecosystems/" + owner
                            : "/api/actors?ecosystem=" + owner + "&size=50";
                i++;
                long t0 = System.nanoTime();
                try {
                  HttpResponse<String> answer = get(http, base + path);
                  long micros = (System.nanoTime() - t0) / 1000;
                  String key =
                      !check
                          ? path
                          : fromSnapshot
                              ? "/api/ecosystems/load-k"
                              : "/api/actors?ecosystem=load-k";
                  latencies
                      .computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>()))
                      .add(micros);
                  if (answer.statusCode() != 200) {
                    errors.incrementAndGet();
                  } else if (check) {
                    consistencyChecks.incrementAndGet();
                    if (!oneGeneration(answer.body())) {
                      inconsistent.incrementAndGet();
                    }
                  }
                } catch (Exception e) {
                  errors.incrementAndGet();
                }
              }
            });
      }
      for (int k = 0; k < importers; k++) {
        int owner = k;
        pool.submit(
            () -> {
              int generation = 1;
              while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                try {
                  int status = importOnce(http, base, owner, generation);
                  latencies
                      .computeIfAbsent(
                          "POST /api/imports", x -> Collections.synchronizedList(new ArrayList<>()))
                      .add((System.nanoTime() - t0) / 1000);
                  if (status == 200) {
                    imports.incrementAndGet();
                    generation++;
                  } else if (status == 409) {
                    busy.incrementAndGet();
                    Thread.sleep(50);
                  } else {
                    errors.incrementAndGet();
                  }
                } catch (Exception e) {
                  errors.incrementAndGet();
                }
              }
              return null;
            });
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%n%d readers%s for %d s%n",
        readers,
        importers > 0 ? " and " + importers + " importers" : "",
        seconds);
    System.out.printf(
        Locale.ROOT,
        "%-48s %9s %8s %8s %8s %8s%n",
        "endpoint",
        "requests",
        "req/s",
        "p50 ms",
        "p95 ms",
        "p99 ms");
    long all = 0;
    List<Long> reads = new ArrayList<>();
    List<Long> cached = new ArrayList<>(); // answered from the analysis snapshot, not Neo4j
    Map<String, List<Long>> sorted = new LinkedHashMap<>();
    latencies.keySet().stream().sorted().forEach(k -> sorted.put(k, latencies.get(k)));
    for (var e : sorted.entrySet()) {
      List<Long> values = new ArrayList<>(e.getValue());
      Collections.sort(values);
      all += values.size();
      if (!e.getKey().startsWith("POST")) {
        reads.addAll(values);
        if (!e.getKey().startsWith("/api/actors")) {
          cached.addAll(values);
        }
      }
      print(e.getKey(), values, seconds);
    }
    Collections.sort(reads);
    print("all reads", reads, seconds);
    Collections.sort(cached);
    print("cached reads (all but /api/actors: Neo4j)", cached, seconds);
    System.out.printf(
        Locale.ROOT,
        "requests %d (%.0f/s), errors %d, imports done %d, answered 409 %d,"
            + " consistency checks %d, inconsistent reads %d%n",
        all,
        all / (double) seconds,
        errors.get(),
        imports.get(),
        busy.get(),
        consistencyChecks.get(),
        inconsistent.get());
  }

  private static void print(String name, List<Long> sortedMicros, int seconds) {
    if (sortedMicros.isEmpty()) {
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "%-48s %9d %8.1f %8.2f %8.2f %8.2f%n",
        name,
        sortedMicros.size(),
        sortedMicros.size() / (double) seconds,
        percentile(sortedMicros, 0.50) / 1000.0,
        percentile(sortedMicros, 0.95) / 1000.0,
        percentile(sortedMicros, 0.99) / 1000.0);
  }

  private static long percentile(List<Long> sorted, double p) {
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** Whether every actor listed carries the same generation in its name ("load-k gen g #i"). */
  private static boolean oneGeneration(String body) {
    JsonNode root = JSON.readTree(body);
    JsonNode items = root.has("items") ? root.get("items") : root.get("actors");
    if (items == null) {
      items = root;
    }
    String generation = null;
    int seen = 0;
    for (JsonNode actor : items) {
      String name = actor.get("name").asString();
      String g = name.substring(name.indexOf(" gen ") + 5, name.indexOf(" #"));
      if (generation != null && !generation.equals(g)) {
        return false;
      }
      generation = g;
      seen++;
    }
    return seen == 5;
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Rewrites ecosystem load-{owner}: five actors named with {@code generation}, tied in a ring. */
  private static int importOnce(HttpClient http, String base, int owner, int generation)
      throws Exception {
    String eco = "load-" + owner;
    StringBuilder actors = new StringBuilder("id,name,sector,ecosystems\n");
    StringBuilder ties = new StringBuilder("id,from,to,kind\n");
    for (int i = 0; i < 5; i++) {
      actors.append(
          "%s-a%d,%s gen %d #%d,business,%s\n".formatted(eco, i, eco, generation, i, eco));
      ties.append("%s-t%d,%s-a%d,%s-a%d,trade\n".formatted(eco, i, eco, i, eco, (i + 1) % 5));
    }
    String boundary = UUID.randomUUID().toString();
    StringBuilder body = new StringBuilder();
    part(body, boundary, "ecosystems", "id,name,region\n%s,Load %d,SE332\n".formatted(eco, owner));
    part(body, boundary, "actors", actors.toString());
    part(body, boundary, "ties", ties.toString());
    body.append("--").append(boundary).append("--\r\n");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/imports"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static void part(StringBuilder body, String boundary, String name, String content) {
    body.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(name)
        .append("\"; filename=\"")
        .append(name)
        .append(".csv\"\r\nContent-Type: text/csv\r\n\r\n")
        .append(content)
        .append("\r\n");
  }
}

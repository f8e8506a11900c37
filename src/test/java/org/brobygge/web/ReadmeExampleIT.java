package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.brobygge.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's import example, read from the README itself, imported beside the sample: it touches
 * nothing of the sample's (its ids are its own), the README's dry-run answer is what the API
 * answers, and removing it leaves the sample exactly as it was.
 */
@EmbeddedNeo4jTest
class ReadmeExampleIT {

  @LocalServerPort int port;
  @Autowired Driver driver;

  @Test
  void theImportExampleLivesBesideTheSampleAndGoesAgainWithoutATrace() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Map<String, String> files = csvExample(readme);
    Api api = new Api(port);
    TestDatabase db = new TestDatabase(driver);
    List<String> sample = db.fingerprint();
    assertThat(sample).isNotEmpty();

    var imported =
        api.importCsv(
            "/api/imports",
            files.get("ecosystems.csv"),
            files.get("actors.csv"),
            files.get("ties.csv"));
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> after = db.fingerprint();
    assertThat(after).containsAll(sample);
    assertThat(after)
        .hasSize(sample.size() + 3 + 1 + 2 + 2); // actors, ecosystem, memberships, ties

    String dryRun = jsonAfter(readme, "source=demo-survey&dryRun=true");
    var answer = api.delete("/api/imports?source=demo-survey&dryRun=true");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).isEqualTo(JsonMapper.builder().build().readTree(dryRun));

    assertThat(api.delete("/api/imports?source=demo-survey").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(api.delete("/api/ecosystems/demo_rocketry").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(db.fingerprint()).isEqualTo(sample);
  }

  /** The three files of the README's "A small example" block, by the "# name" line before each. */
  static Map<String, String> csvExample(String readme) {
    int start = readme.indexOf("```csv\n# ecosystems.csv");
    String block = readme.substring(start + "```csv\n".length(), readme.indexOf("```", start + 6));
    Map<String, String> files = new HashMap<>();
    String name = null;
    StringBuilder text = new StringBuilder();
    for (String line : (block + "# end\n").lines().toList()) {
      if (line.startsWith("# ")) {
        if (name != null) {
          files.put(name, text.toString().strip() + "\n");
        }
        name = line.substring(2).strip();
        text.setLength(0);
      } else {
        text.append(line).append('\n');
      }
    }
    return files;
  }

  /** The first ```json block after {@code marker}. */
  static String jsonAfter(String readme, String marker) {
    int at = readme.indexOf("```json\n", readme.indexOf(marker)) + "```json\n".length();
    return readme.substring(at, readme.indexOf("```", at));
  }
}

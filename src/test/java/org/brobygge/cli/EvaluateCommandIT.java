package org.brobygge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.brobygge.BrobyggeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code evaluate} against a fresh embedded database, which gets the sample on first start. */
class EvaluateCommandIT {

  @TempDir Path data;
  @TempDir Path out;

  @Test
  void writesAnEvaluationPerEcosystemAndTheRegion() throws Exception {
    int exit =
        BrobyggeCommand.execute(
            new String[] {
              "evaluate",
              "--baseline",
              "2020",
              "--follow-up",
              "2023",
              "--out",
              out.toString(),
              "--brobygge.embedded.data-dir=" + data,
              "--brobygge.embedded.bolt-port=0",
              "--spring.main.banner-mode=off"
            },
            BrobyggeApplication.class);

    assertThat(exit).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .hasSize(13 * 2 + 2)
          .contains("region.md", "region.json", "creative.md", "creative.json");
    }
    assertThat(Files.readString(out.resolve("creative.md")))
        .startsWith("# Evaluation: Creative industries, 2020 to 2023");
    JsonNode region = JsonMapper.builder().build().readTree(out.resolve("region.json").toFile());
    assertThat(region.get("ecosystems").size()).isEqualTo(13);
    JsonNode creative =
        JsonMapper.builder().build().readTree(out.resolve("creative.json").toFile());
    assertThat(creative.get("gaps").size()).isEqualTo(7);
  }

  @Test
  void refusesAFollowUpBeforeTheBaselineBeforeOpeningTheDatabase() {
    assertThat(
            BrobyggeCommand.execute(
                new String[] {
                  "evaluate", "--baseline", "2023", "--follow-up", "2020", "--out", out.toString()
                },
                BrobyggeApplication.class))
        .isEqualTo(2);
  }
}

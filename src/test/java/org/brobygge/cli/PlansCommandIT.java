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

/** {@code plans} against a fresh embedded database, which gets the sample on first start. */
class PlansCommandIT {

  @TempDir Path data;
  @TempDir Path out;

  @Test
  void writesAPlanPerEcosystemAndAnIndex() throws Exception {
    int exit =
        execute(
            new String[] {
              "plans",
              "--out",
              out.toString(),
              "--brobygge.embedded.data-dir=" + data,
              "--brobygge.embedded.bolt-port=0",
              "--spring.main.banner-mode=off"
            });

    assertThat(exit).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .hasSize(13 * 2 + 1)
          .contains("index.md", "creative.md", "creative.json", "lap_energy.md");
    }
    assertThat(Files.readString(out.resolve("creative.md")))
        .startsWith("# Cluster plan: Creative industries");
    JsonNode json = JsonMapper.builder().build().readTree(out.resolve("creative.json").toFile());
    assertThat(json.get("ecosystemId").asString()).isEqualTo("creative");
    assertThat(json.get("gaps").get(0).get("actions").size()).isEqualTo(5);
    assertThat(Files.readString(out.resolve("index.md"))).contains("[creative.md](creative.md)");
  }

  @Test
  void refusesAnUnknownIndexBeforeOpeningTheDatabase() {
    assertThat(execute(new String[] {"plans", "--out", out.toString(), "--index", "katz"}))
        .isEqualTo(2);
    assertThat(execute(new String[] {"plans", "--out", out.toString(), "--actions", "0"}))
        .isEqualTo(2);
  }

  private static int execute(String[] args) {
    return BrobyggeCommand.execute(args, BrobyggeApplication.class);
  }
}

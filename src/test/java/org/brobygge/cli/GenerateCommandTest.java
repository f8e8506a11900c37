package org.brobygge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.brobygge.BrobyggeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir Path out;

  @Test
  void writesTheCheckedInSampleByDefault() throws Exception {
    int exit = execute(new String[] {"generate", "--out", out.toString()});

    assertThat(exit).isZero();
    for (String file :
        new String[] {"ecosystems.csv", "actors.csv", "ties.csv", "memberships.csv"}) {
      assertThat(Files.readString(out.resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(Path.of("data/sample").resolve(file)));
    }
  }

  @Test
  void writesAScaledNetworkOfTheAskedSize() throws Exception {
    int exit =
        execute(
            new String[] {
              "generate", "--out", out.toString(), "--actors", "6000", "--ties", "30000"
            });

    assertThat(exit).isZero();
    // header + one line per record (no value in the generated files spans lines)
    assertThat(Files.readAllLines(out.resolve("actors.csv"))).hasSize(6001);
    assertThat(Files.readAllLines(out.resolve("ties.csv"))).hasSize(30001);
  }

  @Test
  void refusesActorsWithoutTies() {
    assertThat(execute(new String[] {"generate", "--out", out.toString(), "--actors", "10"}))
        .isEqualTo(2);
  }

  private static int execute(String[] args) {
    return BrobyggeCommand.execute(args, BrobyggeApplication.class);
  }
}

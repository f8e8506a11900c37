package org.brobygge.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/brobygge}, the command line run from the jar that {@code package} extracted to
 * target/app/, as a user runs it: it finds a Java 21+ by itself, the first run of a command makes
 * that command's class archive, the next one runs with it and does the same work.
 */
class LauncherIT {

  private static final Path LAUNCHER = Path.of("bin/brobygge");
  private static final Path ARCHIVE = Path.of("target/app/brobygge-generate.jsa");

  @TempDir Path work;

  record Run(int exit, String out, String err) {}

  private Run run(String... args) throws IOException, InterruptedException {
    Path out = work.resolve("out.txt");
    Path err = work.resolve("err.txt");
    Process process =
        new ProcessBuilder(
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(LAUNCHER.toString()), List.of(args).stream())
                    .toList())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("bin/brobygge ended").isTrue();
    return new Run(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }

  @Test
  void theFirstRunMakesTheCommandsArchiveAndTheNextUsesIt() throws Exception {
    Files.deleteIfExists(ARCHIVE);

    Run first = run("generate", "--out", work.resolve("first").toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("Wrote 13 ecosystems, 620 actors, 3800 ties");
    assertThat(first.err()).contains("The first 'generate' after a build", ARCHIVE.toString());
    assertThat(ARCHIVE).isNotEmptyFile();
    long made = Files.getLastModifiedTime(ARCHIVE).toMillis();

    Run second = run("--verbose", "generate", "--out", work.resolve("second").toString());
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.err()).doesNotContain("The first");
    // kept, not made again: it matched the jars and the JVM
    assertThat(Files.getLastModifiedTime(ARCHIVE).toMillis()).isEqualTo(made);
    for (String file : List.of("ecosystems.csv", "actors.csv", "ties.csv", "memberships.csv")) {
      assertThat(work.resolve("second").resolve(file))
          .hasSameBinaryContentAs(work.resolve("first").resolve(file));
    }
  }

  @Test
  void anArchiveOfAnOlderBuildIsMadeAgain() throws Exception {
    Path jar;
    try (var jars = Files.list(Path.of("target/app"))) {
      jar = jars.filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow();
    }
    // an archive older than the jar: what a build after the last run leaves
    Files.write(ARCHIVE, new byte[] {1, 2, 3});
    Files.setLastModifiedTime(
        ARCHIVE,
        java.nio.file.attribute.FileTime.fromMillis(
            Files.getLastModifiedTime(jar).toMillis() - 60_000));

    Run run = run("generate", "--out", work.resolve("out").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("The first 'generate' after a build");
    assertThat(Files.size(ARCHIVE)).isGreaterThan(1_000_000);
  }

  @Test
  void helpRunsWithoutAnArchive() throws Exception {
    Run help = run("help");
    assertThat(help.exit()).as(help.err()).isZero();
    assertThat(help.out()).contains("import-cordis", "Exit codes");
    assertThat(help.err()).isEmpty();
    assertThat(Path.of("target/app/brobygge-help.jsa")).doesNotExist();
  }
}

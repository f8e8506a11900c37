package org.brobygge.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brobygge.export.NativeCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleFilesTest {

  @TempDir Path fresh;

  @ParameterizedTest
  @ValueSource(
      strings = {
        NativeCsvWriter.ECOSYSTEMS_FILE,
        NativeCsvWriter.ACTORS_FILE,
        NativeCsvWriter.TIES_FILE,
        NativeCsvWriter.MEMBERSHIPS_FILE
      })
  void checkedInSampleEqualsWhatTheGeneratorWritesForSeed42(String file) throws IOException {
    SampleFiles.write(fresh);

    long firstDifference = Files.mismatch(SampleFiles.DIR.resolve(file), fresh.resolve(file));
    assertThat(firstDifference)
        .as(
            "data/sample/%s differs from the generator's output at byte %d; run SampleFiles.main"
                + " and update data/sample/README.md",
            file, firstDifference)
        .isEqualTo(-1L);
  }

  @Test
  void sampleFolderHasAReadme() {
    assertThat(SampleFiles.DIR.resolve("README.md")).isRegularFile();
  }
}

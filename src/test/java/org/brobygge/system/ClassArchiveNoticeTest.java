package org.brobygge.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveNoticeTest {

  @TempDir Path folder;

  private static final String JDK_ARCHIVE_LINE =
      "41001000-41d95000 rw-p 00001000 fe:00 328742       /usr/lib/jvm/jdk/lib/server/classes.jsa";

  private Path maps(String... lines) throws IOException {
    return Files.write(folder.resolve("maps"), List.of(lines));
  }

  /** What the notice finds for spring-boot:run's options naming {@code archive}, and this map. */
  private java.util.Optional<Path> recording(Path archive, String... mapLines) throws IOException {
    return ClassArchiveNotice.recording(
        List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive),
        maps(mapLines));
  }

  @Test
  void anArchiveTheJvmDidNotMapWillBeWrittenAtExit() throws IOException {
    Path archive = folder.resolve("run/app.jsa");
    assertThat(recording(archive, JDK_ARCHIVE_LINE)).contains(archive);
  }

  @Test
  void aMappedArchiveIsInUseAndNothingIsSaid() throws IOException {
    Path archive = folder.resolve("run/app.jsa");
    assertThat(
            recording(
                archive,
                JDK_ARCHIVE_LINE,
                "75d95000-75e01000 rw-p 00001000 fe:00 2154829                     " + archive))
        .isEmpty();
  }

  @Test
  void theDynamicArchiveIsTheLastOfTwo() throws IOException {
    Path archive = folder.resolve("top.jsa");
    assertThat(
            ClassArchiveNotice.recording(
                List.of(
                    "-XX:+AutoCreateSharedArchive",
                    "-XX:SharedArchiveFile=/usr/lib/jvm/jdk/lib/server/classes.jsa:" + archive),
                maps(JDK_ARCHIVE_LINE)))
        .contains(archive);
  }

  @Test
  void withoutAutoCreationOrAReadableMapNothingIsSaid() throws IOException {
    assertThat(
            ClassArchiveNotice.recording(
                List.of("-XX:SharedArchiveFile=/tmp/x.jsa"), maps(JDK_ARCHIVE_LINE)))
        .isEmpty();
    assertThat(ClassArchiveNotice.recording(List.of("-Xmx1g"), maps(JDK_ARCHIVE_LINE))).isEmpty();
    assertThat(
            ClassArchiveNotice.recording(
                List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=/tmp/x.jsa"),
                folder.resolve("no-such-file")))
        .isEmpty();
  }
}

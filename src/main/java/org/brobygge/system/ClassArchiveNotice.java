package org.brobygge.system;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person at the console when this start is recording the JVM's class archive. {@code
 * ./mvnw spring-boot:run} starts the app with {@code -XX:+AutoCreateSharedArchive} (pom.xml): the
 * first start after a build records every class it loads, which makes that start slower, and the
 * JVM writes the archive after the app has stopped, which makes that stop about ten seconds longer;
 * later starts map the archive and take about half as long. Without a word, the slow stop looks
 * like a hang. The JVM says nothing itself (its CDS log is off, its warnings are noise).
 */
@Component
class ClassArchiveNotice {

  private static final Logger log = LoggerFactory.getLogger(ClassArchiveNotice.class);
  private static final String AUTO_CREATE = "-XX:+AutoCreateSharedArchive";
  private static final String ARCHIVE_FILE = "-XX:SharedArchiveFile=";

  private final Optional<Path> recording;

  ClassArchiveNotice() {
    this(
        recording(
            ManagementFactory.getRuntimeMXBean().getInputArguments(), Path.of("/proc/self/maps")));
  }

  ClassArchiveNotice(Optional<Path> recording) {
    this.recording = recording;
  }

  /**
   * The archive this JVM will write at exit: one named by {@code -XX:SharedArchiveFile} with {@code
   * -XX:+AutoCreateSharedArchive} that the JVM did not map at start (missing, or made for other
   * jars or another JVM). Empty when there is no such option, the archive is in use, or the
   * process's memory map cannot be read (not Linux): then nothing is said.
   */
  static Optional<Path> recording(List<String> jvmArguments, Path memoryMap) {
    if (!jvmArguments.contains(AUTO_CREATE)) {
      return Optional.empty();
    }
    Optional<String> file =
        jvmArguments.stream()
            .filter(argument -> argument.startsWith(ARCHIVE_FILE))
            .reduce((first, last) -> last)
            .map(argument -> argument.substring(ARCHIVE_FILE.length()));
    if (file.isEmpty()) {
      return Optional.empty();
    }
    // "base.jsa:top.jsa" names the JDK's archive and then the dynamic one, the one written here.
    String[] files = file.get().split(File.pathSeparator);
    Path archive = Path.of(files[files.length - 1]).toAbsolutePath().normalize();
    String maps;
    try {
      maps = Files.readString(memoryMap);
    } catch (IOException | UnsupportedOperationException unreadable) {
      return Optional.empty();
    }
    // A mapped archive appears in the map under its absolute path.
    return maps.lines().anyMatch(line -> line.endsWith(" " + archive))
        ? Optional.empty()
        : Optional.of(archive);
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    recording.ifPresent(
        archive ->
            log.info(
                "This first start after a build records a class archive, {}: it makes this start"
                    + " slower and the stop about 10 s longer while Java writes it, and every later"
                    + " start about twice as fast.",
                archive));
  }

  @EventListener(ContextClosedEvent.class)
  void closing() {
    recording.ifPresent(
        archive ->
            log.info(
                "Writing the class archive {} after the app has stopped (about 10 s; once after"
                    + " each build).",
                archive));
  }
}

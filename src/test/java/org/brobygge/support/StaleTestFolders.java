package org.brobygge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Deletes the database folders that earlier test runs left in the temporary folder. Each {@link
 * EmbeddedNeo4jTest} app writes its embedded Neo4j (about 200 MB) into {@code
 * brobygge-it-<pid>-<uuid>}; Spring keeps the apps open until the test JVM exits, and nothing can
 * delete a database after its JVM has stopped it. So the first app of each test JVM deletes the
 * folders of processes that no longer run, and leaves those of a live one (another build running
 * tests at the same time) alone.
 */
public final class StaleTestFolders
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** The start of every test database folder's name; the process id follows. */
  public static final String PREFIX = "brobygge-it-";

  private static final AtomicBoolean swept = new AtomicBoolean();

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (swept.compareAndSet(false, true)) {
      sweep(Path.of(System.getProperty("java.io.tmpdir")));
    }
  }

  /** Deletes the test folders in {@code dir} whose process is not running; returns them. */
  public static List<Path> sweep(Path dir) {
    List<Path> deleted = new ArrayList<>();
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir, PREFIX + "*")) {
      for (Path folder : folders) {
        OptionalLong pid = pidOf(folder.getFileName().toString());
        if (pid.isPresent()
            && ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false)) {
          continue;
        }
        FileSystemUtils.deleteRecursively(folder);
        deleted.add(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete old test databases in " + dir, e);
    }
    return deleted;
  }

  /** The process id in a folder name {@code brobygge-it-<pid>-...}; empty if there is none. */
  static OptionalLong pidOf(String name) {
    String rest = name.substring(PREFIX.length());
    int dash = rest.indexOf('-');
    try {
      return OptionalLong.of(Long.parseLong(dash < 0 ? rest : rest.substring(0, dash)));
    } catch (NumberFormatException e) {
      return OptionalLong.empty(); // a folder of the older naming, without a process id
    }
  }
}

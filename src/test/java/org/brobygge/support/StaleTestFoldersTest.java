package org.brobygge.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleTestFoldersTest {

  @Test
  void deletesTheFoldersOfProcessesThatStoppedAndKeepsThoseOfLiveOnes(@TempDir Path tmp)
      throws Exception {
    Process stopped = new ProcessBuilder("true").start();
    stopped.waitFor();
    Path live = tmp.resolve("brobygge-it-" + ProcessHandle.current().pid() + "-a");
    Path dead = tmp.resolve("brobygge-it-" + stopped.pid() + "-b");
    Path old = tmp.resolve("brobygge-it-0be79797-760b-4eb7-8ffa-1cc238007215");
    Path other = tmp.resolve("brobygge-loadbench-1");
    for (Path folder : new Path[] {live, dead, old, other}) {
      Files.createDirectories(folder.resolve("neo4j/data"));
      Files.writeString(folder.resolve("neo4j/data/store"), "x");
    }

    assertThat(StaleTestFolders.sweep(tmp)).containsExactlyInAnyOrder(dead, old);

    assertThat(live).exists();
    assertThat(other).exists();
    assertThat(dead).doesNotExist();
    assertThat(old).doesNotExist();
  }

  @Test
  void readsTheProcessIdFromTheName() {
    assertThat(StaleTestFolders.pidOf("brobygge-it-4242-0be79797-760b")).hasValue(4242);
    assertThat(StaleTestFolders.pidOf("brobygge-it-0be79797-760b")).isEmpty();
  }
}

package org.brobygge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Neo4j is started in the background at the beginning of the refresh, and a context
 * that ends, or fails, without ever using it still stops it: the folder is free for the next start.
 */
class EmbeddedNeo4jEarlyStartIT {

  @TempDir Path tmp;

  @Configuration(proxyBeanMethods = false)
  static class Nothing {}

  @Configuration(proxyBeanMethods = false)
  static class Failing {
    @Bean
    String broken() {
      throw new IllegalStateException("a bean that fails");
    }
  }

  /** The settings as arguments: application.yml's defaults must not win over them. */
  private static ConfigurableApplicationContext run(
      Class<?> config, String dataDir, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "--brobygge.embedded.data-dir=" + dataDir;
    args[1] = "--brobygge.embedded.bolt-port=0";
    args[2] = "--spring.main.banner-mode=off";
    System.arraycopy(more, 0, args, 3, more.length);
    return new SpringApplicationBuilder(config).web(WebApplicationType.NONE).run(args);
  }

  @Test
  void aContextThatNeverUsesTheDatabaseStopsItOnClose() {
    Path data = tmp.resolve("db");
    EmbeddedNeo4jEarlyStart.Starting starting;
    try (ConfigurableApplicationContext context = run(Nothing.class, data.toString())) {
      starting = context.getBean(EmbeddedNeo4jEarlyStart.Starting.class);
      assertThat(starting.startedWith(data, "localhost", 0)).isTrue();
      // it really started: the await answers the running database
      assertThat(starting.await().home()).isEqualTo(data.toAbsolutePath().normalize());
    }
    assertFree(data);
  }

  @Test
  void aContextThatFailsStopsTheDatabaseStartedForIt() {
    Path data = tmp.resolve("db");
    assertThatThrownBy(() -> run(Failing.class, data.toString()))
        .hasStackTraceContaining("a bean that fails");
    assertFree(data);
  }

  @Test
  void aDataFolderWithARandomPartIsResolvedOnceForTheStartAndTheBeans() {
    String dataDir = tmp.resolve("db-${random.uuid}").toString();
    try (ConfigurableApplicationContext context = run(Nothing.class, dataDir)) {
      Path resolved = Path.of(context.getEnvironment().getProperty("brobygge.embedded.data-dir"));
      // ${random.uuid} gives a new value at every resolution; pinned, every reader sees one folder
      assertThat(context.getEnvironment().getProperty("brobygge.embedded.data-dir"))
          .isEqualTo(resolved.toString())
          .doesNotContain("${");
      assertThat(
              context
                  .getBean(EmbeddedNeo4jEarlyStart.Starting.class)
                  .startedWith(resolved, "localhost", 0))
          .isTrue();
    }
  }

  @Test
  void anExternalNeo4jStartsNothing() {
    try (ConfigurableApplicationContext context =
        run(Nothing.class, tmp.resolve("db").toString(), "--spring.neo4j.uri=bolt://localhost:1")) {
      assertThat(context.getBeansOfType(EmbeddedNeo4jEarlyStart.Starting.class)).isEmpty();
    }
    assertThat(Files.exists(tmp.resolve("db"))).isFalse();
  }

  /** A start on the folder succeeds only when no one holds it. */
  private static void assertFree(Path data) {
    try (EmbeddedNeo4j again = EmbeddedNeo4j.start(data, "localhost", 0)) {
      assertThat(again.home()).isEqualTo(data.toAbsolutePath().normalize());
    }
  }
}

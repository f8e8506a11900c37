package org.brobygge.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded Neo4j on a thread of its own at the very beginning of the context's refresh,
 * so that its start (4-6 s on a 2-core machine, mostly class loading) runs while Spring scans the
 * components, parses the auto-configurations and creates Tomcat, instead of after them. The first
 * bean that needs the database ({@link EmbeddedNeo4jConfiguration}'s {@code embeddedNeo4j}, through
 * the driver) waits for that start; nothing else changes: the same settings, the same exceptions (a
 * locked database or a taken Bolt port fails the start as before), and a context that fails for
 * another reason stops the database once it is up. Registered in {@code META-INF/spring.factories};
 * it does nothing when an external Neo4j is configured, the embedded one is disabled, its Bolt host
 * is not a loopback address (the bean then starts it, or refuses to, as before), or an {@link
 * EmbeddedNeo4j.BeforeStart} must work on the folder first (the command line's bulk load).
 *
 * <p>It runs as the first bean-factory post-processor rather than in the initializer itself so that
 * property sources added by other initializers (a test's dynamic properties) are already there. It
 * pins the data folder, Bolt host and port it started with as a property source of their own, so a
 * data folder given with {@code ${random.uuid}} resolves to the same folder for the bean.
 */
public final class EmbeddedNeo4jEarlyStart
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final String BEAN = "embeddedNeo4jEarlyStart";
  static final String PROPERTY_SOURCE = "embeddedNeo4jEarlyStart";
  static final String DATA_DIR = "brobygge.embedded.data-dir";
  static final String BOLT_HOST = "brobygge.embedded.bolt-host";
  static final String BOLT_PORT = "brobygge.embedded.bolt-port";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jEarlyStart.class);

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.addBeanFactoryPostProcessor(new StartOnRefresh(context));
  }

  /** The embedded database being started, or started, in the background. */
  static final class Starting implements DisposableBean {
    private final Path home;
    private final String boltHost;
    private final int boltPort;
    private final CompletableFuture<EmbeddedNeo4j> started = new CompletableFuture<>();

    Starting(Path home, String boltHost, int boltPort) {
      this.home = home.toAbsolutePath().normalize();
      this.boltHost = boltHost;
      this.boltPort = boltPort;
    }

    Starting begin() {
      Thread.ofPlatform()
          .name("embedded-neo4j-start")
          .daemon(true)
          .start(
              () -> {
                try {
                  started.complete(EmbeddedNeo4j.start(home, boltHost, boltPort));
                } catch (Throwable e) {
                  started.completeExceptionally(e);
                }
              });
      return this;
    }

    /** Whether this start is the one the bean would make itself. */
    boolean startedWith(Path dataDir, String host, int port) {
      return home.equals(dataDir.toAbsolutePath().normalize())
          && Objects.equals(boltHost, host)
          && boltPort == port;
    }

    /** Waits for the start and returns the database, or throws what the start threw. */
    EmbeddedNeo4j await() {
      long waitFrom = System.nanoTime();
      try {
        EmbeddedNeo4j embedded = started.join();
        log.info(
            "Waited {} ms for the embedded Neo4j started in the background",
            (System.nanoTime() - waitFrom) / 1_000_000);
        return embedded;
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e;
      }
    }

    /**
     * Stops the database if it started (waiting for a start still under way): a context that failed
     * before its {@code embeddedNeo4j} bean existed must not leave it running. Closing it twice is
     * harmless.
     */
    @Override
    public void destroy() {
      EmbeddedNeo4j embedded;
      try {
        embedded = started.join();
      } catch (CompletionException | CancellationException e) {
        return; // it never started; the bean, if any, reported why
      }
      embedded.close();
    }
  }

  private record StartOnRefresh(ConfigurableApplicationContext context)
      implements BeanDefinitionRegistryPostProcessor, PriorityOrdered {

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
      ConfigurableEnvironment env = context.getEnvironment();
      if (!EmbeddedNeo4jConfiguration.WhenNoExternalNeo4j.embeddedWanted(env)
          || context.getBeanFactory().getBeanNamesForType(EmbeddedNeo4j.BeforeStart.class).length
              > 0) {
        // an external or no database; or work on the folder before the start (the command
        // line's bulk load of a new database), which must come first
        return;
      }
      Path dataDir;
      String host;
      int port;
      try {
        dataDir = Path.of(env.getProperty(DATA_DIR, "./data/neo4j"));
        host = env.getProperty(BOLT_HOST, "localhost");
        port = env.getProperty(BOLT_PORT, Integer.class, 7687);
        EmbeddedNeo4jConfiguration.requireLoopback(host);
      } catch (RuntimeException e) {
        return; // the bean reports a bad setting as it always has
      }
      env.getPropertySources()
          .addFirst(
              new MapPropertySource(
                  PROPERTY_SOURCE,
                  Map.of(DATA_DIR, dataDir.toString(), BOLT_HOST, host, BOLT_PORT, port)));
      Starting starting = new Starting(dataDir, host, port).begin();
      ConfigurableListableBeanFactory beans = context.getBeanFactory();
      beans.registerSingleton(BEAN, starting);
      if (beans instanceof DefaultSingletonBeanRegistry registryOfSingletons) {
        registryOfSingletons.registerDisposableBean(BEAN, starting);
      }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory)
        throws BeansException {}
  }
}

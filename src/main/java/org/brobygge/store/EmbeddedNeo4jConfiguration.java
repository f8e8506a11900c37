package org.brobygge.store;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts the embedded Neo4j unless an external one is configured, and points Boot's driver at it.
 *
 * <p>The embedded server runs when {@code spring.neo4j.uri} (or {@code SPRING_NEO4J_URI}) is not
 * set and {@code brobygge.embedded.enabled} is not {@code false}. With a URI set, Boot's own driver
 * configuration (URI, {@code spring.neo4j.authentication.*}) is used unchanged.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.WhenNoExternalNeo4j.class)
class EmbeddedNeo4jConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedNeo4j embeddedNeo4j(
      @Value("${brobygge.embedded.data-dir:./data/neo4j}") Path dataDir,
      @Value("${brobygge.embedded.bolt-host:localhost}") String boltHost,
      @Value("${brobygge.embedded.bolt-port:7687}") int boltPort,
      ObjectProvider<EmbeddedNeo4j.BeforeStart> beforeStart,
      ObjectProvider<EmbeddedNeo4jEarlyStart.Starting> earlyStart) {
    requireLoopback(boltHost);
    // Started in the background at the beginning of the refresh (EmbeddedNeo4jEarlyStart), which
    // never happens when there is work to do on the folder before the start (BeforeStart).
    EmbeddedNeo4jEarlyStart.Starting starting = earlyStart.getIfAvailable();
    if (starting != null && starting.startedWith(dataDir, boltHost, boltPort)) {
      return starting.await();
    }
    beforeStart.ifAvailable(b -> b.beforeStart(dataDir.toAbsolutePath().normalize()));
    return EmbeddedNeo4j.start(dataDir, boltHost, boltPort);
  }

  /**
   * The embedded database has no password, so its Bolt port must not be reachable from other
   * machines: {@code brobygge.embedded.bolt-host} may only name a loopback address.
   */
  static void requireLoopback(String boltHost) {
    boolean loopback;
    try {
      InetAddress[] addresses = InetAddress.getAllByName(boltHost);
      loopback = addresses.length > 0;
      for (InetAddress address : addresses) {
        loopback &= address.isLoopbackAddress();
      }
    } catch (UnknownHostException e) {
      loopback = false;
    }
    if (!loopback) {
      throw new IllegalStateException(
          "brobygge.embedded.bolt-host is '"
              + boltHost
              + "', but the embedded Neo4j has no password and listens on loopback addresses"
              + " only (localhost, 127.0.0.1, ::1). To reach the database from other machines,"
              + " run a Neo4j server with authentication and set spring.neo4j.uri and"
              + " spring.neo4j.authentication.* (README, \"External Neo4j\").");
    }
  }

  @Bean
  Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embedded) {
    return new Neo4jConnectionDetails() {
      @Override
      public URI getUri() {
        return embedded.boltUri();
      }

      @Override
      public AuthToken getAuthToken() {
        return AuthTokens.none();
      }
    };
  }

  static final class WhenNoExternalNeo4j implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return embeddedWanted(context.getEnvironment());
    }

    static boolean embeddedWanted(Environment env) {
      return !env.containsProperty("spring.neo4j.uri")
          && env.getProperty("brobygge.embedded.enabled", Boolean.class, true);
    }
  }
}

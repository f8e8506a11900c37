package org.brobygge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brobygge.system.BrobyggeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.neo4j.autoconfigure.Neo4jProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine where this is built, so docker-compose.yml is checked by reading it:
 * the app's environment must bind to the properties the app reads, and the Neo4j image must be the
 * version the app embeds.
 */
class ComposeFileTest {

  @SuppressWarnings("unchecked")
  static Map<String, Object> services() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
    return (Map<String, Object>) compose.get("services");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> service(String name) throws IOException {
    return (Map<String, Object>) services().get(name);
  }

  @Test
  @SuppressWarnings("unchecked")
  void appEnvironmentBindsToThePropertiesTheAppReads() throws IOException {
    Map<String, Object> env = (Map<String, Object>) service("app").get("environment");
    var environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment
        .getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.copyOf(
                    env.entrySet().stream()
                        .collect(
                            java.util.stream.Collectors.toMap(
                                Map.Entry::getKey, e -> String.valueOf(e.getValue()))))));
    ConfigurationPropertySources.attach(environment);
    Binder binder = Binder.get(environment);

    Neo4jProperties neo4j = binder.bind("spring.neo4j", Neo4jProperties.class).get();
    assertThat(neo4j.getUri()).hasToString("bolt://neo4j:7687");
    assertThat(neo4j.getAuthentication().getUsername()).isEqualTo("neo4j");
    assertThat(neo4j.getAuthentication().getPassword()).isEqualTo("${NEO4J_PASSWORD}");
    // spring.neo4j.uri being set is what switches the embedded server off.
    assertThat(environment.containsProperty("spring.neo4j.uri")).isTrue();

    BrobyggeProperties brobygge = binder.bind("brobygge", BrobyggeProperties.class).get();
    assertThat(brobygge.sample().loadOnStart()).isTrue();
    // true is also the default, so check the variable itself reaches the property
    assertThat(environment.getProperty("brobygge.sample.load-on-start")).isEqualTo("true");
    assertThat(brobygge.home().region()).isEqualTo("SE332");
    assertThat(brobygge.home().country()).isEqualTo("SE");

    // Every variable given to the app is one of the above, none misspelt into the void.
    assertThat(env.keySet())
        .containsExactlyInAnyOrder(
            "SPRING_NEO4J_URI",
            "SPRING_NEO4J_AUTHENTICATION_USERNAME",
            "SPRING_NEO4J_AUTHENTICATION_PASSWORD",
            "BROBYGGE_SAMPLE_LOADONSTART",
            "BROBYGGE_HOME_REGION",
            "BROBYGGE_HOME_COUNTRY");
  }

  @Test
  @SuppressWarnings("unchecked")
  void neo4jServiceMatchesTheEmbeddedVersionAndIsHealthChecked() throws IOException {
    Map<String, Object> neo4j = service("neo4j");
    Matcher version =
        Pattern.compile("<neo4j.version>([^<]+)</neo4j.version>")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(version.find()).isTrue();

    assertThat(neo4j.get("image")).isEqualTo("neo4j:" + version.group(1) + "-community");
    assertThat(((Map<String, Object>) neo4j.get("environment")).get("NEO4J_AUTH").toString())
        .startsWith("neo4j/${NEO4J_PASSWORD");
    assertThat((List<String>) neo4j.get("volumes")).anyMatch(v -> v.endsWith(":/data"));
    assertThat(neo4j).containsKey("healthcheck");
    Map<String, Object> app = service("app");
    assertThat(app.get("build")).isEqualTo(".");
    assertThat(((Map<String, Object>) app.get("depends_on")).get("neo4j").toString())
        .contains("service_healthy");
  }
}

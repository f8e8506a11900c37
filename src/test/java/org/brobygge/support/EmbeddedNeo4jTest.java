package org.brobygge.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the real app: embedded Neo4j on a free Bolt port with its files in a fresh
 * temporary folder, and the HTTP stack on a random port. Classes with the same extra properties
 * share one app (Spring's context cache), so tests must not assume an empty database unless they
 * make it so with {@link TestDatabase#clear()}. The folder's name carries the test JVM's process id
 * (the {@code PID} system property Spring Boot's logging sets), so that the next test run can
 * delete it ({@link StaleTestFolders}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "brobygge.embedded.bolt-port=0",
      "brobygge.embedded.data-dir=${java.io.tmpdir}/"
          + StaleTestFolders.PREFIX
          + "${PID}-${random.uuid}",
      "brobygge.security.write-token=" + Api.WRITE_TOKEN,
    })
@ContextConfiguration(initializers = StaleTestFolders.class)
public @interface EmbeddedNeo4jTest {}

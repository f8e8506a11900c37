package org.brobygge.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the real app: embedded Neo4j on a free Bolt port with its files in a fresh
 * temporary folder, and the HTTP stack on a random port. Classes with the same extra properties
 * share one app (Spring's context cache), so tests must not assume an empty database unless they
 * make it so with {@link TestDatabase#clear()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "brobygge.embedded.bolt-port=0",
      "brobygge.embedded.data-dir=${java.io.tmpdir}/brobygge-it-${random.uuid}",
      "brobygge.security.write-token=" + Api.WRITE_TOKEN,
    })
public @interface EmbeddedNeo4jTest {}

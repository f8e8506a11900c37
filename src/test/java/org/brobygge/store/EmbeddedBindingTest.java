package org.brobygge.store;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The embedded Neo4j has no password, so it may listen on loopback addresses only. */
class EmbeddedBindingTest {

  @Test
  void loopbackAddressesAreAccepted() {
    for (String host : new String[] {"localhost", "127.0.0.1", "::1", "127.0.0.2"}) {
      assertThatCode(() -> EmbeddedNeo4jConfiguration.requireLoopback(host))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void anyOtherAddressStopsTheStartWithWhatToDoInstead() {
    for (String host : new String[] {"0.0.0.0", "10.1.2.3", "::", "no-such-host.invalid"}) {
      assertThatThrownBy(() -> EmbeddedNeo4jConfiguration.requireLoopback(host))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("loopback")
          .hasMessageContaining("spring.neo4j.uri");
    }
  }
}

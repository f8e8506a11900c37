package org.brobygge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.TieKinds;
import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.brobygge.support.TestDatabase;
import org.brobygge.synthetic.SyntheticNetworkGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The snapshot read back from Neo4j after importing the sample's files holds exactly the network
 * the generator wrote into them (built without a database by {@link EcosystemGraph#of}): every
 * ecosystem, actor, membership and tie with its kind, weight and years, whatever the number of
 * parts the ties are read in.
 */
@EmbeddedNeo4jTest
class SnapshotReadIT {

  @LocalServerPort int port;
  @Autowired Driver driver;
  @Autowired Snapshots snapshots;

  private static final EcosystemGraph EXPECTED =
      EcosystemGraph.of(
          SyntheticNetworkGenerator.norrbottenLaplandSample(SyntheticNetworkGenerator.SAMPLE_SEED));

  private void importSample() {
    new TestDatabase(driver).clear();
    assertThat(new Api(port).importFolder(Path.of("data/sample")).getStatusCode().is2xxSuccessful())
        .isTrue();
    snapshots.invalidate();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void readsTheImportedNetwork(int parts) {
    importSample();
    EcosystemGraph read = new SnapshotReader(driver, TieKinds.builtIn(), parts).read().graph();
    assertThat(read.tieCount()).isEqualTo(EXPECTED.tieCount());
    assertThat(SnapshotContent.lines(read)).isEqualTo(SnapshotContent.lines(EXPECTED));
  }

  @Test
  void theAppsSnapshotIsTheImportedNetwork() {
    importSample();
    assertThat(SnapshotContent.lines(snapshots.current()))
        .isEqualTo(SnapshotContent.lines(EXPECTED));
  }

  @Test
  void tiesComeOrderedByStartActorWhateverTheParts() {
    importSample();
    EcosystemGraph one = new SnapshotReader(driver, TieKinds.builtIn(), 1).read().graph();
    EcosystemGraph three = new SnapshotReader(driver, TieKinds.builtIn(), 3).read().graph();
    for (int t = 0; t < one.tieCount(); t++) {
      assertThat(three.tieFrom(t)).isEqualTo(one.tieFrom(t));
      assertThat(three.tieTo(t)).isEqualTo(one.tieTo(t));
      if (t > 0) {
        assertThat(one.tieFrom(t)).isGreaterThanOrEqualTo(one.tieFrom(t - 1));
      }
    }
  }
}

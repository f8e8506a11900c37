package org.brobygge.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ComputeLimitsTest {

  private final ComputeLimits limits = new ComputeLimits(100, 30, 7, 200, 40);

  @Test
  void betweennessIsExactUpToTheThresholdAndSampledAbove() {
    assertThat(limits.pivotsFor(100, null)).isZero();
    assertThat(limits.pivotsFor(101, null)).isEqualTo(30);
  }

  @Test
  void pivotsAskedForWinButNeverExceedTheActors() {
    assertThat(limits.pivotsFor(50, 10)).isEqualTo(10);
    assertThat(limits.pivotsFor(50, 80)).isEqualTo(50);
    assertThat(limits.pivotsFor(1000, 80)).isEqualTo(80);
    assertThatThrownBy(() -> limits.pivotsFor(50, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 or more");
  }

  @Test
  void closenessIsExactUpToItsOwnThresholdAndSampledAbove() {
    assertThat(limits.closenessSourcesFor(200, null)).isZero();
    assertThat(limits.closenessSourcesFor(201, null)).isEqualTo(40);
    assertThat(limits.closenessSourcesFor(50, 10)).isEqualTo(10);
    assertThat(limits.closenessSourcesFor(1000, 2000)).isEqualTo(1000);
    assertThatThrownBy(() -> limits.closenessSourcesFor(50, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 or more");
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new ComputeLimits(10, 0, 1, 10, 5))
        .hasMessageContaining("betweenness-pivots");
    assertThatThrownBy(() -> new ComputeLimits(-1, 5, 1, 10, 5))
        .hasMessageContaining("exact-betweenness-max-actors");
    assertThatThrownBy(() -> new ComputeLimits(10, 5, 1, -1, 5))
        .hasMessageContaining("exact-closeness-max-actors");
    assertThatThrownBy(() -> new ComputeLimits(10, 5, 1, 10, 0))
        .hasMessageContaining("closeness-sources");
  }
}

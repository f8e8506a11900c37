package org.brobygge.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ComputeLimitsTest {

  private final ComputeLimits limits = new ComputeLimits(100, 30, 7, 200);

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
  void closenessOfEveryActorStopsAtItsLimit() {
    assertThat(limits.allActorsPathsFeasible(200)).isTrue();
    assertThat(limits.allActorsPathsFeasible(201)).isFalse();
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new ComputeLimits(10, 0, 1, 10))
        .hasMessageContaining("betweenness-pivots");
    assertThatThrownBy(() -> new ComputeLimits(-1, 5, 1, 10))
        .hasMessageContaining("exact-betweenness-max-actors");
  }
}

package org.brobygge.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GapLevelTest {

  @Test
  void eachBandStartsAtItsThresholdAndEndsJustBelowTheNext() {
    assertThat(GapLevel.of(0.0)).isEqualTo(GapLevel.NONE);
    assertThat(GapLevel.of(Math.nextDown(0.2))).isEqualTo(GapLevel.NONE);
    assertThat(GapLevel.of(0.2)).isEqualTo(GapLevel.MILD);
    assertThat(GapLevel.of(Math.nextDown(0.4))).isEqualTo(GapLevel.MILD);
    assertThat(GapLevel.of(0.4)).isEqualTo(GapLevel.MODERATE);
    assertThat(GapLevel.of(Math.nextDown(0.6))).isEqualTo(GapLevel.MODERATE);
    assertThat(GapLevel.of(0.6)).isEqualTo(GapLevel.SEVERE);
    assertThat(GapLevel.of(1.0)).isEqualTo(GapLevel.SEVERE);
  }

  @Test
  void idsAreTheWordsTheAnswersUse() {
    assertThat(GapLevel.values())
        .extracting(GapLevel::id)
        .containsExactly("none", "mild", "moderate", "severe");
    assertThat(GapLevel.fromId("moderate")).contains(GapLevel.MODERATE);
    assertThat(GapLevel.fromId("Severe")).isEmpty();
  }

  /** 4/5 closed leaves 1/5 open: the severity must be exactly 0.2, so mild, not none. */
  @Test
  void aFifthOpenIsMild() {
    assertThat(GapLevel.of(1 / 5.0)).isEqualTo(GapLevel.MILD);
  }
}

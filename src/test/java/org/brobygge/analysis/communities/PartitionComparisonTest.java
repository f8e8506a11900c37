package org.brobygge.analysis.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.brobygge.analysis.communities.CommunityGraphs.karateClubs;
import static org.brobygge.analysis.communities.CommunityGraphs.referenceLabels;
import static org.brobygge.analysis.communities.CommunityGraphs.referenceValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartitionComparisonTest {

  private static final double EXACT = 1e-12;
  private static final double REFERENCE = 1e-9;

  // ---- the edge-case ladder

  @Test
  void emptyLabelingsAgree() {
    var c = new PartitionComparison(new int[0], new int[0]);

    assertThat(c.normalizedMutualInformation()).isEqualTo(1.0);
    assertThat(c.adjustedRandIndex()).isEqualTo(1.0);
  }

  @Test
  void oneItemAgrees() {
    var c = new PartitionComparison(new int[] {3}, new int[] {9});

    assertThat(c.normalizedMutualInformation()).isEqualTo(1.0);
    assertThat(c.adjustedRandIndex()).isEqualTo(1.0);
  }

  @Test
  void labelingsOfDifferentLengthsAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PartitionComparison(new int[2], new int[3]));
  }

  @Test
  void identicalLabelingsScoreOne() {
    int[] a = {0, 0, 1, 1, 2, 2, 2};
    var c = new PartitionComparison(a, a);

    assertThat(c.normalizedMutualInformation()).isCloseTo(1.0, within(EXACT));
    assertThat(c.adjustedRandIndex()).isCloseTo(1.0, within(EXACT));
  }

  @Test
  void permutedLabelsScoreOne() {
    var c =
        new PartitionComparison(new int[] {0, 0, 1, 1, 2, 2, 2}, new int[] {7, 7, -1, -1, 0, 0, 0});

    assertThat(c.normalizedMutualInformation()).isCloseTo(1.0, within(EXACT));
    assertThat(c.adjustedRandIndex()).isCloseTo(1.0, within(EXACT));
  }

  @Test
  void bothOneGroupAgreeAndBothSingletonsAgree() {
    var one = new PartitionComparison(new int[] {4, 4, 4}, new int[] {1, 1, 1});
    var singles = new PartitionComparison(new int[] {0, 1, 2}, new int[] {2, 0, 1});

    assertThat(one.normalizedMutualInformation()).isEqualTo(1.0);
    assertThat(one.adjustedRandIndex()).isEqualTo(1.0);
    assertThat(singles.normalizedMutualInformation()).isCloseTo(1.0, within(EXACT));
    assertThat(singles.adjustedRandIndex()).isEqualTo(1.0);
  }

  // ---- a hand-computed case

  @Test
  void splittingOneOfTwoPairsByHand() {
    // a = {01}{23}, b = {01}{2}{3}: H(a) = ln 2, H(b) = 1.5 ln 2, I = ln 2 -> NMI = 1/1.25 = 0.8.
    // Pairs: index 1, a 2, b 1, all 6, expected 2/6; ARI = (1 - 1/3) / (1.5 - 1/3) = 4/7.
    var c = new PartitionComparison(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2});

    assertThat(c.normalizedMutualInformation()).isCloseTo(0.8, within(EXACT));
    assertThat(c.adjustedRandIndex()).isCloseTo(4.0 / 7, within(EXACT));
  }

  // ---- scikit-learn references

  @ParameterizedTest
  @ValueSource(
      strings = {
        "split_one",
        "sklearn_doc",
        "independent",
        "one_vs_singletons",
        "uneven",
        "ecosystem_fit"
      })
  void matchesScikitLearn(String name) {
    var c = new PartitionComparison(referenceLabels(name, "a"), referenceLabels(name, "b"));

    assertThat(c.normalizedMutualInformation())
        .isCloseTo(referenceValue(name, "nmi"), within(REFERENCE));
    assertThat(c.adjustedRandIndex()).isCloseTo(referenceValue(name, "ari"), within(REFERENCE));
  }

  @Test
  void karateClubsAgainstNetworkXGreedyCommunitiesMatchScikitLearn() {
    var c = new PartitionComparison(karateClubs(), referenceLabels("karate_greedy", "labels"));

    assertThat(c.normalizedMutualInformation())
        .isCloseTo(referenceValue("karate_clubs_vs_greedy", "nmi"), within(REFERENCE));
    assertThat(c.adjustedRandIndex())
        .isCloseTo(referenceValue("karate_clubs_vs_greedy", "ari"), within(REFERENCE));
  }

  @Test
  void comparisonIsSymmetric() {
    int[] a = referenceLabels("uneven", "a");
    int[] b = referenceLabels("uneven", "b");

    var ab = new PartitionComparison(a, b);
    var ba = new PartitionComparison(b, a);

    assertThat(ba.normalizedMutualInformation())
        .isCloseTo(ab.normalizedMutualInformation(), within(EXACT));
    assertThat(ba.adjustedRandIndex()).isCloseTo(ab.adjustedRandIndex(), within(EXACT));
  }
}

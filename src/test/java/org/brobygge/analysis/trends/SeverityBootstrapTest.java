package org.brobygge.analysis.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

/** The bootstrap against commons-math3's binomial law, an independent reference. */
class SeverityBootstrapTest {

  @Test
  void allActorsAlikeGiveAnIntervalOfThatOneValue() {
    SeverityBootstrap b = new SeverityBootstrap();
    assertThat(b.interval(0, 0, 12, 1)).isEqualTo(new SeverityInterval(1, 1));
    assertThat(b.interval(7, 0, 0, 1)).isEqualTo(new SeverityInterval(0, 0));
    assertThat(b.interval(0, 5, 0, 1)).isEqualTo(new SeverityInterval(0.5, 0.5));
  }

  @Test
  void oneActorCanOnlyBeResampledAsItself() {
    assertThat(new SeverityBootstrap().interval(0, 0, 1, 3)).isEqualTo(new SeverityInterval(1, 1));
  }

  /**
   * With no weak-only actor the severity is a share of missing actors, so its bootstrap law is
   * Binomial(n, missing / n) / n exactly: the interval is that law's 2.5% and 97.5% quantiles, up
   * to the Monte Carlo error of the replicates (one step of 1/n with 20,000 of them).
   */
  @Test
  void aShareOfMissingActorsGetsTheBinomialQuantiles() {
    int n = 100;
    BinomialDistribution law = new BinomialDistribution(null, n, 0.3);
    double low = law.inverseCumulativeProbability(0.025) / (double) n;
    double high = law.inverseCumulativeProbability(0.975) / (double) n;

    SeverityInterval interval = new SeverityBootstrap(20_000, 0.95).interval(70, 0, 30, 7);

    assertThat(interval.low()).isCloseTo(low, within(0.0101));
    assertThat(interval.high()).isCloseTo(high, within(0.0101));
    assertThat(low).isEqualTo(0.21); // the reference itself, as a sanity check: 30 -/+ 1.96 * 4.58
    assertThat(high).isEqualTo(0.39);
  }

  /**
   * Weak-only actors score 1/2: the severity of n draws is (2M + W) / 2n with (M, W) multinomial.
   * Its variance is Var(score) / n where the scores are 0, 1/2 and 1 with the observed shares; the
   * interval's width should be about 2 x 1.96 standard errors for a large n.
   */
  @Test
  void weakOnlyActorsCountHalfAndTheWidthFollowsTheStandardError() {
    int strong = 200;
    int weak = 200;
    int missing = 100;
    int n = strong + weak + missing;
    double mean = (missing + weak / 2.0) / n;
    double meanSquare = (missing + weak / 4.0) / n;
    double se = Math.sqrt((meanSquare - mean * mean) / n);

    SeverityInterval interval =
        new SeverityBootstrap(20_000, 0.95).interval(strong, weak, missing, 11);

    assertThat((interval.low() + interval.high()) / 2).isCloseTo(mean, within(0.005));
    assertThat(interval.high() - interval.low()).isCloseTo(2 * 1.96 * se, within(0.006));
  }

  @Test
  void theSameSeedGivesTheSameIntervalAndTheSeedOfACellIsStable() {
    SeverityBootstrap b = new SeverityBootstrap();
    assertThat(b.interval(13, 4, 9, 5)).isEqualTo(b.interval(13, 4, 9, 5));
    assertThat(SeverityBootstrap.seedFor(1, "space", "research", 2020))
        .isEqualTo(SeverityBootstrap.seedFor(1, "space", "research", 2020))
        .isNotEqualTo(SeverityBootstrap.seedFor(1, "space", "research", 2021));
  }

  @Test
  void binomialDrawsFollowTheBinomialLaw() {
    for (int[] np : new int[][] {{50, 30}, {5, 90}, {1000, 2}, {1, 50}, {400, 97}}) {
      int n = np[0];
      double p = np[1] / 100.0;
      double[] logFactorial = new double[n + 1];
      for (int k = 2; k <= n; k++) {
        logFactorial[k] = logFactorial[k - 1] + Math.log(k);
      }
      BinomialDistribution law = new BinomialDistribution(null, n, p);
      int draws = 200_000;
      long[] observed = new long[n + 1];
      SplittableRandom random = new SplittableRandom(n * 31L + np[1]);
      for (int i = 0; i < draws; i++) {
        observed[SeverityBootstrap.binomial(n, p, random, logFactorial)]++;
      }
      // pool the far tails (expected counts below 5) into their neighbours, as a chi-square needs
      java.util.List<Double> expected = new java.util.ArrayList<>();
      java.util.List<Long> seen = new java.util.ArrayList<>();
      double e = 0;
      long o = 0;
      for (int k = 0; k <= n; k++) {
        e += law.probability(k) * draws;
        o += observed[k];
        if (e >= 5) {
          expected.add(e);
          seen.add(o);
          e = 0;
          o = 0;
        }
      }
      if (!expected.isEmpty()) {
        int last = expected.size() - 1;
        expected.set(last, expected.get(last) + e);
        seen.set(last, seen.get(last) + o);
      }
      if (expected.size() < 2) {
        continue;
      }
      double pValue =
          new ChiSquareTest()
              .chiSquareTest(
                  expected.stream().mapToDouble(Double::doubleValue).toArray(),
                  seen.stream().mapToLong(Long::longValue).toArray());
      assertThat(pValue).as("Binomial(%d, %s)", n, p).isGreaterThan(0.001);
    }
  }

  @Test
  void rejectsNoActorsNegativeCountsAndBadSettings() {
    SeverityBootstrap b = new SeverityBootstrap();
    assertThatIllegalArgumentException().isThrownBy(() -> b.interval(0, 0, 0, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> b.interval(-1, 2, 0, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> new SeverityBootstrap(10, 0.95));
    assertThatIllegalArgumentException().isThrownBy(() -> new SeverityBootstrap(1000, 1.0));
  }

  @Test
  void verdictsNeedIntervalsApart() {
    var before = java.util.Optional.of(new SeverityInterval(0.6, 0.8));
    assertThat(Verdict.of(before, java.util.Optional.of(new SeverityInterval(0.3, 0.5))))
        .isEqualTo(Verdict.IMPROVED);
    assertThat(Verdict.of(before, java.util.Optional.of(new SeverityInterval(0.5, 0.6))))
        .isEqualTo(Verdict.NO_CLEAR_CHANGE);
    assertThat(Verdict.of(before, java.util.Optional.of(new SeverityInterval(0.81, 0.9))))
        .isEqualTo(Verdict.WORSE);
    assertThat(Verdict.of(before, java.util.Optional.empty())).isEqualTo(Verdict.NOT_COMPARABLE);
  }
}

package org.brobygge.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.brobygge.analysis.bridges.LinkPredictionIndex;
import org.brobygge.analysis.centrality.CentralityMeasures;
import org.brobygge.analysis.centrality.ComputeLimits;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.analysis.gaps.DefaultGapDefinitions;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapDefinitions;
import org.brobygge.analysis.gaps.GapScope;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.TieKinds;
import org.brobygge.synthetic.SyntheticNetworkGenerator;
import org.junit.jupiter.api.Test;

class AnalysisSessionTest {

  private static final EcosystemGraph SAMPLE =
      EcosystemGraph.of(SyntheticNetworkGenerator.norrbottenLaplandSample(42));
  private static final GapDefinitions DEFINITIONS = DefaultGapDefinitions.at(2026);
  private static final HomeRegion HOME = new HomeRegion("SE332", "SE");

  private static AnalysisSessions sessions(AtomicReference<EcosystemGraph> snapshot) {
    return new AnalysisSessions(
        snapshot::get, DEFINITIONS, HOME, TieKinds.withExtra(List.of()), ComputeLimits.DEFAULTS);
  }

  @Test
  void keepsOneSessionPerSnapshotAndANewOneWhenTheSnapshotChanges() {
    AtomicReference<EcosystemGraph> snapshot = new AtomicReference<>(SAMPLE);
    AnalysisSessions sessions = sessions(snapshot);

    AnalysisSession first = sessions.current();
    assertThat(sessions.current()).isSameAs(first);
    assertThat(first.gaps()).isSameAs(first.gaps());

    EcosystemGraph changed = SAMPLE.toBuilder().build();
    snapshot.set(changed);
    AnalysisSession second = sessions.refresh();
    assertThat(second).isNotSameAs(first);
    assertThat(second.graph()).isSameAs(changed);
    assertThat(second.gaps()).isNotSameAs(first.gaps());
    assertThat(sessions.current()).isSameAs(second);
  }

  @Test
  void servesThePreviousSessionWhileTheNextSnapshotLoads() throws Exception {
    AtomicReference<EcosystemGraph> snapshot = new AtomicReference<>(SAMPLE);
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    EcosystemGraph changed = SAMPLE.toBuilder().build();
    AnalysisSessions sessions =
        new AnalysisSessions(
            () -> {
              if (snapshot.get() == changed) { // a slow read of the new snapshot
                loading.countDown();
                await(release);
              }
              return snapshot.get();
            },
            DEFINITIONS,
            HOME,
            TieKinds.withExtra(List.of()),
            ComputeLimits.DEFAULTS,
            true);
    AnalysisSession first = sessions.current();

    snapshot.set(changed);
    CompletableFuture<AnalysisSession> writer = CompletableFuture.supplyAsync(sessions::refresh);
    await(loading);

    // a reader meanwhile gets the whole previous session at once, not a mix
    AnalysisSession during = sessions.current();
    assertThat(during).isSameAs(first);
    assertThat(during.graph()).isSameAs(SAMPLE);
    assertThat(writer).isNotDone();

    release.countDown();
    AnalysisSession next = writer.get(1, TimeUnit.MINUTES);
    assertThat(next.graph()).isSameAs(changed);
    assertThat(sessions.current()).isSameAs(next);
  }

  @Test
  void inTheBackgroundANewSessionIsWarmedBeforeItIsServed() {
    AtomicReference<EcosystemGraph> snapshot = new AtomicReference<>(SAMPLE);
    AnalysisSessions sessions =
        new AnalysisSessions(
            snapshot::get,
            DEFINITIONS,
            HOME,
            TieKinds.withExtra(List.of()),
            ComputeLimits.DEFAULTS,
            true);
    sessions.current();
    snapshot.set(SAMPLE.toBuilder().build());

    AnalysisSession next = sessions.refresh();

    assertThat(next.cachedMeasureResults()).isPositive();
    assertThat(sessions(new AtomicReference<>(SAMPLE)).current().cachedMeasureResults()).isZero();
  }

  @Test
  void warmsWhatThePreviousSessionComputedAndNothingElse() {
    AnalysisSession previous = sessions(new AtomicReference<>(SAMPLE)).current();
    NetworkView whole = previous.wholeView();
    previous.measures(whole, EnumSet.of(Measure.PAGERANK), previous.defaultOptions(whole));
    AnalysisSession next = sessions(new AtomicReference<>(SAMPLE.toBuilder().build())).current();

    next.warmUpLike(previous);

    assertThat(next.cachedMeasureResults()).isEqualTo(1);
    CentralityMeasures pagerank =
        next.measures(
            next.wholeView(), EnumSet.of(Measure.PAGERANK), next.defaultOptions(next.wholeView()));
    assertThat(next.cachedMeasureResults()).as("found again, not computed anew").isEqualTo(1);
    assertThat(pagerank).isNotNull();
  }

  @Test
  void doesNotWarmAgainTheAllPairsOrBurtsMeasuresAnImportWouldWaitFor() {
    AnalysisSession previous = sessions(new AtomicReference<>(SAMPLE)).current();
    NetworkView whole = previous.wholeView();
    previous.measures(whole, EnumSet.of(Measure.CLOSENESS), previous.defaultOptions(whole));
    previous.measures(whole, EnumSet.of(Measure.CONSTRAINT), previous.defaultOptions(whole));
    previous.measures(whole, EnumSet.of(Measure.KATZ), previous.defaultOptions(whole));
    AnalysisSession next = sessions(new AtomicReference<>(SAMPLE.toBuilder().build())).current();

    next.warmUpLike(previous);

    assertThat(next.cachedMeasureResults())
        .as("katz warmed, closeness and constraint not")
        .isEqualTo(1);
    NetworkView nextWhole = next.wholeView();
    next.measures(nextWhole, EnumSet.of(Measure.KATZ), next.defaultOptions(nextWhole));
    assertThat(next.cachedMeasureResults()).as("the warmed one is katz").isEqualTo(1);
  }

  @Test
  void servedTellsWhetherASessionIsServedWithoutLoadingOne() {
    AnalysisSessions sessions =
        new AnalysisSessions(
            () -> SAMPLE,
            DEFINITIONS,
            HOME,
            TieKinds.withExtra(List.of()),
            ComputeLimits.DEFAULTS,
            true);
    assertThat(sessions.served()).isEmpty();

    AnalysisSession first = sessions.current();

    assertThat(sessions.served()).containsSame(first);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void computesEachAnalysisOnceAndSharesTheMergedNetwork() {
    AnalysisSession s = sessions(new AtomicReference<>(SAMPLE)).current();
    GapDefinition research = DEFINITIONS.byId("research").orElseThrow();
    int creative = SAMPLE.ecosystemIndex("creative").orElseThrow();

    assertThat(s.recommender(creative, research, LinkPredictionIndex.DEFAULT))
        .isSameAs(s.recommender(creative, research, LinkPredictionIndex.DEFAULT));
    assertThat(s.plan(creative, LinkPredictionIndex.DEFAULT, 3))
        .isSameAs(s.plan(creative, LinkPredictionIndex.DEFAULT, 3));
    assertThat(s.wholeView()).isSameAs(s.wholeView());
    assertThat(s.wholeView().network()).isSameAs(s.network()).isSameAs(s.links().network());
    assertThat(s.ecosystemView(creative)).isSameAs(s.ecosystemView(creative));
    CentralityMeasures.Options options = CentralityMeasures.Options.defaults();
    assertThat(s.measures(s.wholeView(), EnumSet.of(Measure.DEGREE), options))
        .isSameAs(s.measures(s.wholeView(), EnumSet.of(Measure.DEGREE), options));
  }

  /** The one rule: the gap judged against the other ecosystems, whatever its id. */
  @Test
  void theInterEcosystemGapIsTheOneScopedToOtherEcosystems() {
    AnalysisSession s = sessions(new AtomicReference<>(SAMPLE)).current();
    assertThat(s.interEcosystemGap()).map(GapDefinition::id).contains("inter_ecosystem");
    assertThat(s.interEcosystemGap()).map(GapDefinition::scope).contains(GapScope.OTHER_ECOSYSTEMS);
    assertThat(s.matrix()).isPresent();

    GapDefinitions withoutIt =
        new GapDefinitions(
            DEFINITIONS.definitions().stream()
                .filter(d -> d.scope() != GapScope.OTHER_ECOSYSTEMS)
                .toList(),
            2026);
    AnalysisSession none =
        AnalysisSession.of(
            SAMPLE, withoutIt, HOME, TieKinds.withExtra(List.of()), ComputeLimits.DEFAULTS);
    assertThat(none.interEcosystemGap()).isEmpty();
    assertThat(none.matrix()).isEmpty();
  }

  /** After the warm-up a request with the default options finds every measure computed. */
  @Test
  void warmUpComputesWhatADefaultRequestAsksFor() {
    AnalysisSession s = sessions(new AtomicReference<>(SAMPLE)).current();
    assertThat(s.cachedMeasureResults()).isZero();
    s.warmUp();
    // every measure, a family at a time: degree/strength/degree_centrality, betweenness (2),
    // closeness/harmonic (3), pagerank, pagerank_weighted (two runs), eigenvector (2), katz,
    // clustering, coreness, Burt's three
    assertThat(s.cachedMeasureResults()).isEqualTo(10);
    var whole = s.wholeView();
    for (Measure m : Measure.values()) {
      CentralityMeasures first = s.measures(whole, EnumSet.of(m), s.defaultOptions(whole));
      // the API's own options for default parameters: the same record, so the same cache entry
      var api =
          CentralityMeasures.Options.defaults()
              .withDampingFactor(0.85)
              .withPivots(ComputeLimits.DEFAULTS.pivotsFor(whole.vertexCount(), null), 42)
              .withClosenessSources(
                  ComputeLimits.DEFAULTS.closenessSourcesFor(whole.vertexCount(), null), 42);
      assertThat(s.measures(whole, EnumSet.of(m), api)).as(m.id()).isSameAs(first);
    }
    // a default request finds the warmed entry: nothing new
    assertThat(s.cachedMeasureResults()).isEqualTo(10);
    var options = s.defaultOptions(whole);
    assertThat(s.measures(whole, EnumSet.of(Measure.BETWEENNESS_NORMALIZED), options))
        .as("one computation for a family's measures")
        .isSameAs(s.measures(whole, EnumSet.of(Measure.BETWEENNESS), options));
    assertThat(s.measures(whole, EnumSet.of(Measure.PAGERANK_WEIGHTED), options))
        .as("PageRank's variants are two runs")
        .isNotSameAs(s.measures(whole, EnumSet.of(Measure.PAGERANK), options));
    // a request spanning families (an export, an actor's metrics) is made of the kept parts
    var several = s.measures(whole, EnumSet.of(Measure.KATZ, Measure.BETWEENNESS), options);
    assertThat(s.cachedMeasureResults()).isEqualTo(10);
    assertThat(several.scores(Measure.KATZ))
        .isEqualTo(s.measures(whole, EnumSet.of(Measure.KATZ), options).scores(Measure.KATZ));
    assertThat(several.scores(Measure.BETWEENNESS_NORMALIZED))
        .isEqualTo(
            s.measures(whole, EnumSet.of(Measure.BETWEENNESS), options)
                .scores(Measure.BETWEENNESS_NORMALIZED));
  }

  @Test
  void derivesEachYearOnceFromTheOneSnapshotAndJudgesItAtThatYear() {
    AnalysisSession s = sessions(new AtomicReference<>(SAMPLE)).current();
    int year = s.years().first() + 1;

    AnalysisSession then = s.asOf(year);
    assertThat(s.asOf(year)).isSameAs(then);
    assertThat(then.year()).isEqualTo(year);
    assertThat(then.gaps().referenceYear()).isEqualTo(year);
    assertThat(then.graph().actorCount()).isEqualTo(SAMPLE.actorCount());
    long begunBy =
        java.util.stream.IntStream.range(0, SAMPLE.tieCount())
            .filter(t -> SAMPLE.tieSince(t) == EcosystemGraph.NO_YEAR || SAMPLE.tieSince(t) <= year)
            .count();
    assertThat(then.graph().tieCount()).isEqualTo((int) begunBy);
    // a year's session answers for the snapshot read, not for its own derived network
    assertThat(then.asOf(year + 1)).isSameAs(s.asOf(year + 1));
    assertThat(then.years()).isEqualTo(s.years());
  }

  @Test
  void yearsRunFromTheDataToTheReferenceYearAndNoFurther() {
    AnalysisSession s = sessions(new AtomicReference<>(SAMPLE)).current();
    assertThat(s.years().last()).isGreaterThanOrEqualTo(DEFINITIONS.referenceYear());
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> s.asOf(s.years().last() + 1))
        .withMessageContaining("the data covers the years " + s.years());

    EcosystemGraph undated = EcosystemGraph.builder().ecosystem("e", "E", "").build();
    AnalysisSession none =
        AnalysisSession.of(
            undated, DEFINITIONS, HOME, TieKinds.withExtra(List.of()), ComputeLimits.DEFAULTS);
    assertThat(none.years()).isEqualTo(new org.brobygge.graph.YearRange(2026, 2026));
  }
}

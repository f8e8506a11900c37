package org.brobygge.system;

import java.time.Clock;
import java.time.Year;
import org.brobygge.analysis.centrality.ComputeLimits;
import org.brobygge.analysis.gaps.GapDefinitions;
import org.brobygge.ingest.NativeCsvParser;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.TieKind;
import org.brobygge.model.TieKinds;
import org.brobygge.session.AnalysisSessions;
import org.brobygge.store.Snapshots;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Turns {@code brobygge.*} settings into the domain values the other packages take. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BrobyggeProperties.class, GapProperties.class})
class DomainConfiguration {

  @Bean
  TieKinds tieKinds(BrobyggeProperties properties) {
    return TieKinds.withExtra(
        properties.tieKinds().stream().map(k -> new TieKind(k.id(), k.directed())).toList());
  }

  /** The clock "now" is read from; a test or a replay can define its own. */
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemDefaultZone();
  }

  /**
   * Bad definitions stop the start with every bad property named. The reference year, when not set,
   * is the clock's current year.
   */
  @Bean
  GapDefinitions gapDefinitions(GapProperties properties, Clock clock) {
    int year =
        properties.referenceYear() != null
            ? properties.referenceYear()
            : Year.now(clock).getValue();
    int minSourceActors =
        properties.minSourceActors() != null
            ? properties.minSourceActors()
            : GapDefinitions.DEFAULT_MIN_SOURCE_ACTORS;
    if (minSourceActors < 1) {
      throw new IllegalStateException(
          "brobygge.gaps.min-source-actors must be at least 1, not " + minSourceActors);
    }
    return new GapDefinitions(properties.toDefinitions(), year, minSourceActors);
  }

  /** The per-snapshot analyses the API shares (see the session package). */
  @Bean
  AnalysisSessions analysisSessions(
      Snapshots snapshots,
      GapDefinitions definitions,
      HomeRegion home,
      TieKinds kinds,
      ComputeLimits limits) {
    return new AnalysisSessions(snapshots::current, definitions, home, kinds, limits);
  }

  @Bean
  NativeCsvParser.Limits importLimits(BrobyggeProperties properties) {
    var limits = properties.importLimits();
    return new NativeCsvParser.Limits(
        limits.maxColumns(), limits.maxCellLength(), limits.maxIdLength(), limits.maxRows());
  }

  @Bean
  HomeRegion homeRegion(BrobyggeProperties properties) {
    return new HomeRegion(properties.home().region(), properties.home().country());
  }

  /** Out-of-range limits stop the start, naming the property. */
  @Bean
  ComputeLimits computeLimits(BrobyggeProperties properties) {
    var a = properties.analysis();
    try {
      return new ComputeLimits(
          a.exactBetweennessMaxActors(),
          a.betweennessPivots(),
          a.betweennessSeed(),
          a.allActorsPathsMaxActors());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("brobygge.analysis: " + e.getMessage(), e);
    }
  }
}

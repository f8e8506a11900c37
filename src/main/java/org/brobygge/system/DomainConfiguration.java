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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.WebApplicationContext;

/** Turns {@code brobygge.*} settings into the domain values the other packages take. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BrobyggeProperties.class, GapProperties.class})
class DomainConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DomainConfiguration.class);

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
      ComputeLimits limits,
      ApplicationContext context) {
    // A server loads and warms each new snapshot in the background, serving the previous one
    // meanwhile; the command line loads on request and computes only what its command asks for.
    boolean server = context instanceof WebApplicationContext;
    AnalysisSessions sessions =
        new AnalysisSessions(snapshots::current, definitions, home, kinds, limits, server);
    if (server) {
      // A write in this process answers once its data is served, so its writer reads it next.
      snapshots.afterInvalidate(
          () -> {
            try {
              sessions.refresh();
            } catch (RuntimeException e) {
              log.warn("Could not load the snapshot after a write; the next request retries", e);
            }
          });
    }
    return sessions;
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
          a.exactClosenessMaxActors(),
          a.closenessSources());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("brobygge.analysis: " + e.getMessage(), e);
    }
  }
}

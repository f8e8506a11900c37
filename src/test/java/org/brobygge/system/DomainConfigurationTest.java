package org.brobygge.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DomainConfigurationTest {

  private static GapProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("brobygge.gaps", GapProperties.class);
  }

  @Test
  void withoutAReferenceYearTheClocksYearIsNow() {
    Clock newYearsEve2031 = Clock.fixed(Instant.parse("2031-12-31T12:00:00Z"), ZoneOffset.UTC);

    assertThat(
            new DomainConfiguration()
                .gapDefinitions(bind(Map.of()), newYearsEve2031)
                .referenceYear())
        .isEqualTo(2031);
  }

  @Test
  void aConfiguredReferenceYearWinsOverTheClock() {
    Clock clock = Clock.fixed(Instant.parse("2031-06-01T00:00:00Z"), ZoneOffset.UTC);

    assertThat(
            new DomainConfiguration()
                .gapDefinitions(bind(Map.of("brobygge.gaps.reference-year", "2023")), clock)
                .referenceYear())
        .isEqualTo(2023);
  }
}

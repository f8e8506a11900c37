package org.brobygge.system;

import org.brobygge.model.HomeRegion;
import org.brobygge.model.TieKind;
import org.brobygge.model.TieKinds;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Turns {@code brobygge.*} settings into the domain values the other packages take. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BrobyggeProperties.class)
class DomainConfiguration {

  @Bean
  TieKinds tieKinds(BrobyggeProperties properties) {
    return TieKinds.withExtra(
        properties.tieKinds().stream().map(k -> new TieKind(k.id(), k.directed())).toList());
  }

  @Bean
  HomeRegion homeRegion(BrobyggeProperties properties) {
    return new HomeRegion(properties.home().region(), properties.home().country());
  }
}

package org.brobygge.analysis.gaps;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.brobygge.system.GapProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The shipped gap definitions, bound from gap-definitions.yml as the app binds them. */
public final class DefaultGapDefinitions {

  private DefaultGapDefinitions() {}

  public static GapDefinitions at(int referenceYear) {
    try {
      var environment = new StandardEnvironment();
      new YamlPropertySourceLoader()
          .load("gaps", new ClassPathResource("gap-definitions.yml"))
          .forEach(environment.getPropertySources()::addLast);
      ConfigurationPropertySources.attach(environment);
      GapProperties properties =
          Binder.get(environment).bind("brobygge.gaps", GapProperties.class).get();
      return new GapDefinitions(properties.toDefinitions(), referenceYear);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

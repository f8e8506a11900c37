package org.brobygge.system;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code brobygge.*} (see application.yml for every default).
 *
 * @param home the region the analyses treat as home; a tie to another country is "abroad"
 * @param sample whether to load the sample ecosystem into an empty database at start-up
 * @param tieKinds tie kinds beyond the six built-in ones
 * @param analysis size limits of the per-actor measures
 * @param importLimits limits of an import file, checked while reading ({@code brobygge.import.*})
 */
@ConfigurationProperties("brobygge")
public record BrobyggeProperties(
    @DefaultValue Home home,
    @DefaultValue Sample sample,
    List<ExtraTieKind> tieKinds,
    @DefaultValue Analysis analysis,
    @org.springframework.boot.context.properties.bind.Name("import") @DefaultValue
        ImportLimits importLimits) {

  public BrobyggeProperties {
    tieKinds = tieKinds == null ? List.of() : List.copyOf(tieKinds);
  }

  /**
   * @param region NUTS code of the home region (Norrbotten is SE332)
   * @param country ISO 3166 alpha-2 code of the home country
   */
  public record Home(@DefaultValue("SE332") String region, @DefaultValue("SE") String country) {}

  /**
   * @param loadOnStart load the sample when the database has no actors
   * @param location where the sample's CSV files are; {@code classpath:sample/} is the copy built
   *     into the app from {@code data/sample/}
   */
  public record Sample(
      @DefaultValue("true") boolean loadOnStart,
      @DefaultValue("classpath:sample/") String location) {}

  /**
   * @param id lower-case id, becomes the relationship type in upper case
   * @param directed whether the first actor of a tie is its source
   */
  public record ExtraTieKind(String id, boolean directed) {}

  /**
   * @param exactBetweennessMaxActors above this many actors in scope betweenness is estimated
   * @param betweennessPivots pivots of that estimate
   * @param betweennessSeed seed that chooses the pivots and the closeness sources
   * @param exactClosenessMaxActors above this many actors in scope closeness and harmonic
   *     centrality of every actor are estimated
   * @param closenessSources breadth-first searches of that estimate, about
   */
  public record Analysis(
      @DefaultValue("5000") int exactBetweennessMaxActors,
      @DefaultValue("500") int betweennessPivots,
      @DefaultValue("42") long betweennessSeed,
      @DefaultValue("20000") int exactClosenessMaxActors,
      @DefaultValue("500") int closenessSources) {}

  /**
   * @param maxColumns columns in a CSV header
   * @param maxCellLength characters in one cell
   * @param maxIdLength characters in an id
   * @param maxRows data rows in one file
   */
  public record ImportLimits(
      @DefaultValue("256") int maxColumns,
      @DefaultValue("10000") int maxCellLength,
      @DefaultValue("200") int maxIdLength,
      @DefaultValue("10000000") long maxRows) {}
}

package org.brobygge.ingest.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which attribute of a GEXF or GraphML file holds which field, and what to assume where a file has
 * none. The defaults are the attribute names our own export writes ({@code export.NetworkExport}),
 * so an export imports back as it is; a file drawn in Gephi or yEd names its own (a node attribute
 * {@code type} for the sector, say): map it with {@code sectorAttribute=type}, and its values with
 * {@code sectorValues=University:academia,Company: business}.
 *
 * <p>Attribute names are matched exactly first, then ignoring case. Values of sector, roles and
 * kind are matched ignoring case after the value mapping. A node's name is its {@code label}; with
 * none (a yEd file keeps labels in its graphics), the text of its yEd {@code NodeLabel}, else its
 * id.
 *
 * @param name node attribute with the actor's name
 * @param sector node attribute with the sector id
 * @param roles node attribute with role ids separated by {@code |}
 * @param ecosystems node attribute with ecosystem ids separated by {@code |}
 * @param region node attribute with the region (NUTS code)
 * @param country node attribute with the two-letter country code
 * @param kind edge attribute with the tie kind id
 * @param weight edge attribute with the weight (GEXF's {@code weight} XML attribute by default)
 * @param since edge attribute with the first year
 * @param until edge attribute with the last year
 * @param source edge attribute with where the tie was learnt from; without it, the file's name
 * @param defaultSector the sector of a node without one, or null to make it an error
 * @param defaultKind the kind of an edge without one, or null to make it an error
 * @param sectorValues the file's sector values (any case) to sector ids
 * @param kindValues the file's kind values (any case) to tie kind ids
 * @param createEcosystems whether an ecosystem id the database does not have is created (named by
 *     its id) or is an error
 */
public record GraphMapping(
    String name,
    String sector,
    String roles,
    String ecosystems,
    String region,
    String country,
    String kind,
    String weight,
    String since,
    String until,
    String source,
    String defaultSector,
    String defaultKind,
    Map<String, String> sectorValues,
    Map<String, String> kindValues,
    boolean createEcosystems) {

  /** The attribute names of our own export. */
  public static final GraphMapping DEFAULT =
      new GraphMapping(
          "label",
          "sector",
          "roles",
          "ecosystems",
          "region",
          "country",
          "kind",
          "weight",
          "since",
          "until",
          "provenance",
          null,
          null,
          Map.of(),
          Map.of(),
          true);

  /**
   * The fields {@link #with} takes, as the API's parameters and the CLI's {@code --map} name them.
   */
  public static final List<String> FIELDS =
      List.of(
          "name",
          "sector",
          "roles",
          "ecosystems",
          "region",
          "country",
          "kind",
          "weight",
          "since",
          "until",
          "source");

  public GraphMapping {
    for (String attribute :
        List.of(name, sector, roles, ecosystems, region, country, kind, weight, since, until)) {
      Objects.requireNonNull(attribute, "attribute name");
    }
    Objects.requireNonNull(source, "source");
    sectorValues = lowerKeys(sectorValues);
    kindValues = lowerKeys(kindValues);
  }

  private static Map<String, String> lowerKeys(Map<String, String> values) {
    Map<String, String> lower = new LinkedHashMap<>();
    values.forEach(
        (k, v) ->
            lower.put(k.strip().toLowerCase(Locale.ROOT), v.strip().toLowerCase(Locale.ROOT)));
    return Map.copyOf(lower);
  }

  /**
   * This mapping with {@code field} (one of {@link #FIELDS}) read from {@code attribute}; a blank
   * attribute keeps the current one.
   *
   * @throws IllegalArgumentException for an unknown field
   */
  public GraphMapping with(String field, String attribute) {
    if (attribute == null || attribute.isBlank()) {
      return this;
    }
    String a = attribute.strip();
    return switch (field) {
      case "name" ->
          copy(a, sector, roles, ecosystems, region, country, kind, weight, since, until, source);
      case "sector" ->
          copy(name, a, roles, ecosystems, region, country, kind, weight, since, until, source);
      case "roles" ->
          copy(name, sector, a, ecosystems, region, country, kind, weight, since, until, source);
      case "ecosystems" ->
          copy(name, sector, roles, a, region, country, kind, weight, since, until, source);
      case "region" ->
          copy(name, sector, roles, ecosystems, a, country, kind, weight, since, until, source);
      case "country" ->
          copy(name, sector, roles, ecosystems, region, a, kind, weight, since, until, source);
      case "kind" ->
          copy(name, sector, roles, ecosystems, region, country, a, weight, since, until, source);
      case "weight" ->
          copy(name, sector, roles, ecosystems, region, country, kind, a, since, until, source);
      case "since" ->
          copy(name, sector, roles, ecosystems, region, country, kind, weight, a, until, source);
      case "until" ->
          copy(name, sector, roles, ecosystems, region, country, kind, weight, since, a, source);
      case "source" ->
          copy(name, sector, roles, ecosystems, region, country, kind, weight, since, until, a);
      default ->
          throw new IllegalArgumentException(
              "unknown field '" + field + "'; expected one of " + String.join(", ", FIELDS));
    };
  }

  private GraphMapping copy(
      String name,
      String sector,
      String roles,
      String ecosystems,
      String region,
      String country,
      String kind,
      String weight,
      String since,
      String until,
      String source) {
    return new GraphMapping(
        name,
        sector,
        roles,
        ecosystems,
        region,
        country,
        kind,
        weight,
        since,
        until,
        source,
        defaultSector,
        defaultKind,
        sectorValues,
        kindValues,
        createEcosystems);
  }

  /** This mapping with the defaults, value mappings and ecosystem rule given (null keeps one). */
  public GraphMapping withDefaults(
      String defaultSector,
      String defaultKind,
      Map<String, String> sectorValues,
      Map<String, String> kindValues,
      Boolean createEcosystems) {
    return new GraphMapping(
        name,
        sector,
        roles,
        ecosystems,
        region,
        country,
        kind,
        weight,
        since,
        until,
        source,
        blankToNull(defaultSector, this.defaultSector),
        blankToNull(defaultKind, this.defaultKind),
        sectorValues == null ? this.sectorValues : sectorValues,
        kindValues == null ? this.kindValues : kindValues,
        createEcosystems == null ? this.createEcosystems : createEcosystems);
  }

  private static String blankToNull(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value.strip();
  }

  /**
   * {@code a:b,c:d} (or {@code a=b}) as a map; empty for null or blank.
   *
   * @throws IllegalArgumentException for an item without a {@code :} or {@code =}
   */
  public static Map<String, String> values(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return values;
    }
    for (String item : text.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      int at = item.indexOf(':') >= 0 ? item.indexOf(':') : item.indexOf('=');
      if (at <= 0 || at == item.length() - 1) {
        throw new IllegalArgumentException(
            "'" + item.strip() + "' is not FILE_VALUE:OUR_ID, e.g. University:academia");
      }
      values.put(item.substring(0, at).strip(), item.substring(at + 1).strip());
    }
    return values;
  }

  /** The value {@code value} maps to in {@code values}, else {@code value}, lower case. */
  static String mapped(Map<String, String> values, String value) {
    String lower = value.strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(values.get(lower)).orElse(lower);
  }
}

package org.brobygge.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.brobygge.analysis.gaps.ActorSelector;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapScope;
import org.brobygge.analysis.gaps.Weakness;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code brobygge.gaps}: the gap definitions (defaults in {@code gap-definitions.yml}) and the
 * reference year. Converted to {@link GapDefinition}s with every bad value named.
 */
@ConfigurationProperties("brobygge.gaps")
public record GapProperties(Integer referenceYear, Map<String, Definition> definitions) {

  /** The seven gaps of the strategy, in the order answers list them; extra gaps follow by id. */
  public static final List<String> STANDARD_ORDER =
      List.of(
          "research",
          "education",
          "capital",
          "authority",
          "inter_firm",
          "inter_ecosystem",
          "global_market");

  public GapProperties {
    definitions = definitions == null ? Map.of() : new LinkedHashMap<>(definitions);
  }

  public record Definition(
      String name,
      String description,
      Selector source,
      Selector target,
      String scope,
      List<String> tieKinds,
      WeaknessSettings weakness) {}

  public record Selector(List<String> roles, List<String> sectors, List<String> notRoles) {}

  public record WeaknessSettings(
      Double weightAtOrBelow, Map<String, Double> weightAtOrBelowByKind, Integer endedYearsAgo) {}

  /**
   * The definitions as the analysis takes them, standard gaps first.
   *
   * @throws IllegalArgumentException naming the property of every bad value
   */
  public List<GapDefinition> toDefinitions() {
    List<String> problems = new ArrayList<>();
    List<GapDefinition> result = new ArrayList<>();
    List<String> ids = new ArrayList<>(definitions.keySet());
    ids.sort(
        Comparator.comparingInt(
                (String id) ->
                    STANDARD_ORDER.contains(id)
                        ? STANDARD_ORDER.indexOf(id)
                        : STANDARD_ORDER.size())
            .thenComparing(Function.identity()));
    for (String id : ids) {
      Definition d = definitions.get(id);
      String prefix = "brobygge.gaps.definitions." + id + ".";
      try {
        GapScope scope = scope(d.scope(), prefix + "scope", problems);
        WeaknessSettings w = d.weakness();
        if (w == null || w.weightAtOrBelow() == null || w.endedYearsAgo() == null) {
          problems.add(prefix + "weakness needs weight-at-or-below and ended-years-ago");
          continue;
        }
        result.add(
            new GapDefinition(
                id,
                d.name(),
                d.description(),
                selector(d.source(), prefix + "source", problems),
                selector(d.target(), prefix + "target", problems),
                scope == null ? GapScope.ANYWHERE : scope,
                d.tieKinds() == null ? Set.of() : Set.copyOf(d.tieKinds()),
                new Weakness(w.weightAtOrBelow(), w.weightAtOrBelowByKind(), w.endedYearsAgo())));
      } catch (IllegalArgumentException e) {
        problems.add(prefix + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bad gap definitions: " + String.join("; ", problems));
    }
    return result;
  }

  private static GapScope scope(String text, String property, List<String> problems) {
    if (text == null || text.isBlank()) {
      problems.add(property + " is required");
      return null;
    }
    String normalised = text.strip().toUpperCase().replace('-', '_');
    for (GapScope scope : GapScope.values()) {
      if (scope.name().equals(normalised)) {
        return scope;
      }
    }
    problems.add(
        property
            + " '"
            + text
            + "' is none of anywhere, ecosystem, home-country, abroad, other-ecosystems");
    return null;
  }

  private static ActorSelector selector(Selector s, String property, List<String> problems) {
    if (s == null) {
      return ActorSelector.ANY;
    }
    return new ActorSelector(
        roles(s.roles(), property + ".roles", problems),
        sectors(s.sectors(), property + ".sectors", problems),
        roles(s.notRoles(), property + ".not-roles", problems));
  }

  private static Set<Role> roles(List<String> ids, String property, List<String> problems) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String id : ids == null ? List.<String>of() : ids) {
      Role.fromId(id)
          .ifPresentOrElse(
              roles::add, () -> problems.add(property + " '" + id + "' is none of " + Role.ids()));
    }
    return roles;
  }

  private static Set<Sector> sectors(List<String> ids, String property, List<String> problems) {
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    for (String id : ids == null ? List.<String>of() : ids) {
      Sector.fromId(id)
          .ifPresentOrElse(
              sectors::add,
              () -> problems.add(property + " '" + id + "' is none of " + Sector.ids()));
    }
    return sectors;
  }
}

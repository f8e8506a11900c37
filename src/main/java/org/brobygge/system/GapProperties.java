package org.brobygge.system;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.brobygge.analysis.gaps.ActorSelector;
import org.brobygge.analysis.gaps.DefaultGapDefinitions;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapDefinitions;
import org.brobygge.analysis.gaps.GapScope;
import org.brobygge.analysis.gaps.Weakness;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code brobygge.gaps}: overrides of the shipped gap definitions ({@link DefaultGapDefinitions}) ,
 * the reference year and {@code min-source-actors} (the fewest source actors a gap is judged on,
 * default {@link GapDefinitions#DEFAULT_MIN_SOURCE_ACTORS}). Converted to {@link GapDefinition}s
 * with every bad value named.
 *
 * <p>Any field of a shipped gap can be overridden on its own, e.g. {@code
 * brobygge.gaps.definitions.research.weakness.ended-years-ago: 4}, and a gap added under a new id
 * (it then needs a scope and a weakness). Fields of a gap:
 *
 * <ul>
 *   <li>{@code source} / {@code target}: {@code roles} (any of), {@code sectors} (any of), {@code
 *       not-roles} (none of); empty means any
 *   <li>{@code scope}: where the target may sit: anywhere, ecosystem, home-country, abroad,
 *       other-ecosystems
 *   <li>{@code tie-kinds}: kinds of tie that count; empty means every kind
 *   <li>{@code weakness}: a counting tie is weak when its weight is at or below {@code
 *       weight-at-or-below} (or the kind's own threshold in {@code weight-at-or-below-by-kind}) or
 *       it ended more than {@code ended-years-ago} years before the reference year
 * </ul>
 *
 * An overridden list replaces the shipped one; an overridden kind threshold is added to the shipped
 * ones, as Spring merges properties of several sources.
 */
@ConfigurationProperties("brobygge.gaps")
public record GapProperties(
    Integer referenceYear, Integer minSourceActors, Map<String, Definition> definitions) {

  public GapProperties {
    definitions = definitions == null ? Map.of() : new LinkedHashMap<>(definitions);
  }

  /** One gap as configured; a null field is not set (the shipped value, if any, stays). */
  public record Definition(
      String name,
      String description,
      Selector source,
      Selector target,
      String scope,
      List<String> tieKinds,
      WeaknessSettings weakness) {

    /** A shipped gap in the form of its properties. */
    static Definition of(GapDefinition d) {
      Weakness w = d.weakness();
      return new Definition(
          d.name(),
          d.description(),
          Selector.of(d.source()),
          Selector.of(d.target()),
          d.scope().name().toLowerCase(Locale.ROOT).replace('_', '-'),
          d.tieKinds().stream().sorted().toList(),
          new WeaknessSettings(w.weightAtOrBelow(), w.weightAtOrBelowByKind(), w.endedYearsAgo()));
    }

    /** This with every field {@code o} sets replaced, field by field. */
    Definition overriddenBy(Definition o) {
      if (o == null) {
        return this;
      }
      return new Definition(
          first(o.name, name),
          first(o.description, description),
          source == null ? o.source : source.overriddenBy(o.source),
          target == null ? o.target : target.overriddenBy(o.target),
          first(o.scope, scope),
          first(o.tieKinds, tieKinds),
          weakness == null ? o.weakness : weakness.overriddenBy(o.weakness));
    }
  }

  public record Selector(List<String> roles, List<String> sectors, List<String> notRoles) {

    static Selector of(ActorSelector s) {
      return new Selector(
          s.anyRole().stream().map(Role::id).sorted().toList(),
          s.anySector().stream().map(Sector::id).sorted().toList(),
          s.noneOfRoles().stream().map(Role::id).sorted().toList());
    }

    Selector overriddenBy(Selector o) {
      if (o == null) {
        return this;
      }
      return new Selector(
          first(o.roles, roles), first(o.sectors, sectors), first(o.notRoles, notRoles));
    }
  }

  public record WeaknessSettings(
      Double weightAtOrBelow, Map<String, Double> weightAtOrBelowByKind, Integer endedYearsAgo) {

    WeaknessSettings overriddenBy(WeaknessSettings o) {
      if (o == null) {
        return this;
      }
      Map<String, Double> byKind = new LinkedHashMap<>();
      if (weightAtOrBelowByKind != null) {
        byKind.putAll(weightAtOrBelowByKind);
      }
      if (o.weightAtOrBelowByKind != null) {
        byKind.putAll(o.weightAtOrBelowByKind);
      }
      return new WeaknessSettings(
          first(o.weightAtOrBelow, weightAtOrBelow), byKind, first(o.endedYearsAgo, endedYearsAgo));
    }
  }

  private static <T> T first(T override, T shipped) {
    return override != null ? override : shipped;
  }

  /**
   * The definitions as the analysis takes them: the shipped ones with their overrides, in their
   * order, then added gaps by id.
   *
   * @throws IllegalArgumentException naming the property of every bad value
   */
  public List<GapDefinition> toDefinitions() {
    List<String> problems = new ArrayList<>();
    List<GapDefinition> result = new ArrayList<>();
    // the shipped gaps in their order, each with its overrides; then added gaps by id
    Map<String, Definition> merged = new LinkedHashMap<>();
    for (GapDefinition shipped : DefaultGapDefinitions.definitions()) {
      merged.put(shipped.id(), Definition.of(shipped).overriddenBy(definitions.get(shipped.id())));
    }
    definitions.keySet().stream()
        .filter(id -> !merged.containsKey(id))
        .sorted()
        .forEach(id -> merged.put(id, definitions.get(id)));
    List<String> ids = new ArrayList<>(merged.keySet());
    for (String id : ids) {
      Definition d = merged.get(id);
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

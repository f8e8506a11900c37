package org.brobygge.analysis.bridges;

import java.util.List;
import java.util.Locale;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.model.Role;

/** The words a rationale or a plan uses for the two sides of a gap. */
final class GapWords {

  private GapWords() {}

  /** "research organisation", "firm of Composite materials", "actor abroad". */
  static String targetSingular(GapDefinition definition, String ecosystemName) {
    return noun(definition, false) + scope(definition, ecosystemName);
  }

  /** "research organisations", "firms of Composite materials", "actors abroad". */
  static String targetPlural(GapDefinition definition, String ecosystemName) {
    return noun(definition, true) + scope(definition, ecosystemName);
  }

  private static String noun(GapDefinition definition, boolean plural) {
    List<Role> roles = definition.target().anyRole().stream().sorted().toList();
    if (roles.isEmpty()) {
      if (!definition.target().anySector().isEmpty()) {
        String sectors =
            String.join(
                " or ",
                definition.target().anySector().stream()
                    .map(s -> s.id().replace('_', ' '))
                    .sorted()
                    .toList());
        return (plural ? "actors" : "actor") + " in the " + sectors + " sector";
      }
      return plural ? "actors" : "actor";
    }
    return String.join(" or ", roles.stream().map(r -> roleNoun(r, plural)).toList());
  }

  static String roleNoun(Role role, boolean plural) {
    return switch (role) {
      case RESEARCH -> plural ? "research organisations" : "research organisation";
      case EDUCATION -> plural ? "education organisations" : "education organisation";
      case CAPITAL -> plural ? "capital providers" : "capital provider";
      case AUTHORITY -> plural ? "public authorities" : "public authority";
      case FIRM -> plural ? "firms" : "firm";
      case INTERMEDIARY -> plural ? "intermediaries" : "intermediary";
    };
  }

  private static String scope(GapDefinition definition, String ecosystemName) {
    return switch (definition.scope()) {
      case ANYWHERE -> "";
      case ECOSYSTEM -> " of " + ecosystemName;
      case HOME_COUNTRY -> " in the home country";
      case ABROAD -> " abroad";
      case OTHER_ECOSYSTEMS -> " in another ecosystem";
    };
  }

  /** A weight as a person writes it: 2, 0.5, 37.4. */
  static String weight(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.valueOf((long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  /** A severity with two decimals: 0.62. */
  static String severity(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A small change in severity with three decimals: 0.034. */
  static String drop(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  static String partners(int count) {
    return count == 1 ? "1 partner" : count + " partners";
  }
}

package org.brobygge.analysis.gaps;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brobygge.model.Role;

/**
 * The seven gaps of Norrbotten's strategy as shipped (README, "The seven gaps"), in the order
 * answers list them. Plain Java so that the core and its tests have them without Spring; the app
 * starts from these and lets a deployment override any field, or add a gap, under {@code
 * brobygge.gaps.definitions} (see {@code system.GapProperties}).
 *
 * <p>Every gap counts every tie kind, and a counting tie is weak when its weight is at or below 1
 * (0.5 for the money kinds capital and trade) or it ended more than 6 years before the reference
 * year.
 */
public final class DefaultGapDefinitions {

  /** The weakness every shipped gap uses. */
  public static final Weakness WEAKNESS = new Weakness(1, Map.of("capital", 0.5, "trade", 0.5), 6);

  private static final List<GapDefinition> DEFINITIONS =
      List.of(
          gap(
              "research",
              "Research gap",
              "The ecosystem's firms and the research organisations they could work with.",
              ActorSelector.role(Role.FIRM),
              ActorSelector.role(Role.RESEARCH),
              GapScope.ANYWHERE),
          gap(
              "education",
              "Education gap",
              "The ecosystem's firms and education organisations (skills, trainees, theses).",
              ActorSelector.role(Role.FIRM),
              ActorSelector.role(Role.EDUCATION),
              GapScope.ANYWHERE),
          gap(
              "capital",
              "Capital gap",
              "The ecosystem's firms, education and research organisations, and capital providers.",
              // Authorities and associations are not expected to seek capital; counting them
              // would raise a capital gap in every ecosystem.
              new ActorSelector(
                  EnumSet.of(Role.FIRM, Role.EDUCATION, Role.RESEARCH),
                  Set.of(),
                  EnumSet.of(Role.CAPITAL)),
              ActorSelector.role(Role.CAPITAL),
              GapScope.ANYWHERE),
          gap(
              "authority",
              "Public-authority gap",
              "The ecosystem's firms and public authorities (municipalities, agencies).",
              ActorSelector.role(Role.FIRM),
              ActorSelector.role(Role.AUTHORITY),
              GapScope.ANYWHERE),
          gap(
              "inter_firm",
              "Inter-firm gap",
              "The ecosystem's firms and the other firms of the same ecosystem.",
              ActorSelector.role(Role.FIRM),
              ActorSelector.role(Role.FIRM),
              GapScope.ECOSYSTEM),
          gap(
              "inter_ecosystem",
              "Inter-ecosystem gap",
              "The ecosystem's members and the members of every other ecosystem.",
              ActorSelector.ANY,
              ActorSelector.ANY,
              GapScope.OTHER_ECOSYSTEMS),
          gap(
              "global_market",
              "Global-market gap",
              "The ecosystem's firms and actors and markets abroad.",
              ActorSelector.role(Role.FIRM),
              ActorSelector.ANY,
              GapScope.ABROAD));

  private DefaultGapDefinitions() {}

  /** The shipped definitions, in the order answers list them. */
  public static List<GapDefinition> definitions() {
    return DEFINITIONS;
  }

  /** The shipped definitions judged at {@code referenceYear}. */
  public static GapDefinitions at(int referenceYear) {
    return new GapDefinitions(DEFINITIONS, referenceYear);
  }

  private static GapDefinition gap(
      String id,
      String name,
      String description,
      ActorSelector source,
      ActorSelector target,
      GapScope scope) {
    return new GapDefinition(id, name, description, source, target, scope, Set.of(), WEAKNESS);
  }
}

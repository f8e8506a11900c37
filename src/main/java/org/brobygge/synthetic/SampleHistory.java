package org.brobygge.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.brobygge.model.Actor;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Membership;
import org.brobygge.model.Role;
import org.brobygge.model.Tie;

/**
 * The history the generator gives a network over {@value #FIRST_YEAR}-2026, so that trends and
 * evaluations have something true to find (data/sample/README.md, "History"):
 *
 * <ul>
 *   <li><b>Memberships.</b> Every ecosystem starts in {@value #FIRST_YEAR} with most of its
 *       members; {@value #LATE_JOINERS_PERCENT} % of the memberships of ordinary firms begin later,
 *       in a year drawn from 2017-2025. No membership ends, so the network of 2026 is the one
 *       without history.
 *   <li><b>Improvements.</b> In each ecosystem of {@link #IMPROVEMENTS}, every tie across the
 *       planted gap (a member firm and a partner of the gap's role) that was still there after
 *       {@value #BASELINE} begins in {@value #BASELINE} + 1 to {@value #FOLLOW_UP}: the gap was
 *       nearly total at the baseline and closed as far as it is today by the follow-up.
 *   <li><b>Stagnation.</b> In {@link #STAGNATING} nobody joins after {@value #FIRST_YEAR}, and
 *       every tie of a member that began after {@value #BASELINE} begins in 2017-{@value #BASELINE}
 *       instead: nothing changes between the baseline and the follow-up.
 * </ul>
 *
 * Only start years move, and no tie or membership ends before 2026 because of it: every gap as of
 * 2026 is what it was without history. Ecosystems of later copies ({@code tourism_2}) follow their
 * template's history. The years are drawn from their own random stream, after the network is made.
 */
public final class SampleHistory {

  /** The year the ecosystems start. */
  public static final int FIRST_YEAR = 2016;

  /** The baseline of the planted changes (the LOKET baseline). */
  public static final int BASELINE = 2020;

  /** The follow-up by which the planted improvements are complete. */
  public static final int FOLLOW_UP = 2023;

  /** Share of ordinary firms' memberships that begin after {@value #FIRST_YEAR}, in percent. */
  public static final int LATE_JOINERS_PERCENT = 20;

  /**
   * A planted improvement: the ties between the ecosystem's member firms and actors with role
   * {@code partner} (the gap {@code gap}) begin between the baseline and the follow-up.
   */
  public record Improvement(String ecosystem, String gap, Role partner) {}

  /** The ecosystems (template ids) that close a planted gap after the baseline. */
  public static final List<Improvement> IMPROVEMENTS =
      List.of(
          new Improvement("tourism", "education", Role.EDUCATION),
          new Improvement("composites", "inter_firm", Role.FIRM));

  /** The ecosystem (template id) in which nothing changes after the baseline. */
  public static final String STAGNATING = "creative";

  private SampleHistory() {}

  /** The template id of an ecosystem id: {@code tourism_2} is a copy of {@code tourism}. */
  static String template(String ecosystemId) {
    return ecosystemId.replaceFirst("_[0-9]+$", "");
  }

  /** {@code data} with membership years and the planted changes' tie years. */
  static EcosystemData apply(EcosystemData data, SplittableRandom rng) {
    Map<String, Actor> actors = new HashMap<>();
    data.actors().forEach(a -> actors.put(a.id(), a));
    List<Membership> memberships = new ArrayList<>();
    for (Actor a : data.actors()) {
      boolean ordinaryFirm = a.hasRole(Role.FIRM) && Boolean.TRUE.equals(a.attributes().get("sme"));
      for (String e : a.ecosystems()) {
        int since = FIRST_YEAR;
        boolean late = rng.nextInt(100) < LATE_JOINERS_PERCENT; // drawn for every membership
        int year = FIRST_YEAR + 1 + rng.nextInt(9);
        if (ordinaryFirm && late && !template(e).equals(STAGNATING)) {
          since = year;
        }
        memberships.add(new Membership(a.id(), e, since, null));
      }
    }
    Map<String, Role> improving = new HashMap<>();
    IMPROVEMENTS.forEach(i -> improving.put(i.ecosystem(), i.partner()));
    List<Tie> ties = new ArrayList<>(data.ties().size());
    for (Tie t : data.ties()) {
      int draw = rng.nextInt(3);
      int earlier = 2017 + rng.nextInt(BASELINE - 2016);
      Actor from = actors.get(t.from());
      Actor to = actors.get(t.to());
      Integer since = t.since();
      boolean ongoingAfterBaseline = t.until() == null || t.until() > BASELINE;
      if (ongoingAfterBaseline
          && since != null
          && since <= BASELINE
          && (across(from, to, improving) || across(to, from, improving))) {
        since = Math.min(BASELINE + 1 + draw, t.until() == null ? FOLLOW_UP : t.until());
      } else if (since != null
          && since > BASELINE
          && since <= FOLLOW_UP
          && (inStagnating(from) || inStagnating(to))) {
        since = earlier;
      }
      ties.add(
          since.equals(t.since())
              ? t
              : new Tie(
                  t.id(),
                  t.from(),
                  t.to(),
                  t.kind(),
                  t.weight(),
                  since,
                  t.until(),
                  source(t.source(), since)));
    }
    return new EcosystemData(data.ecosystems(), data.actors(), ties, memberships);
  }

  /**
   * Whether {@code firm} is a member firm of an improving ecosystem and {@code partner} has the
   * role of that ecosystem's planted gap, neither of them a member of the stagnating one.
   */
  private static boolean across(Actor firm, Actor partner, Map<String, Role> improving) {
    if (!firm.hasRole(Role.FIRM) || inStagnating(firm) || inStagnating(partner)) {
      return false;
    }
    for (String e : firm.ecosystems()) {
      Role role = improving.get(template(e));
      if (role != null && partner.hasRole(role)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inStagnating(Actor a) {
    for (String e : a.ecosystems()) {
      if (template(e).equals(STAGNATING)) {
        return true;
      }
    }
    return false;
  }

  /** A CORDIS source names the programme of the tie's start year. */
  private static String source(String source, int since) {
    if (!source.startsWith("cordis-")) {
      return source;
    }
    return since < 2014 ? "cordis-fp7" : since < 2021 ? "cordis-h2020" : "cordis-horizon-europe";
  }

  /** The ecosystems of {@code data} that {@link #IMPROVEMENTS} name, by id. */
  public static Set<String> improvingEcosystems(EcosystemData data) {
    Set<String> ids = new HashSet<>();
    for (var e : data.ecosystems()) {
      for (Improvement i : IMPROVEMENTS) {
        if (template(e.id()).equals(i.ecosystem())) {
          ids.add(e.id());
        }
      }
    }
    return ids;
  }
}

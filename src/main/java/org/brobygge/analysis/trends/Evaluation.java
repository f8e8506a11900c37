package org.brobygge.analysis.trends;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.brobygge.analysis.bridges.ActorRef;
import org.brobygge.analysis.bridges.ClusterPlan;
import org.brobygge.analysis.bridges.LinkNetwork;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapRules;
import org.brobygge.analysis.gaps.GapSides;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.Sector;

/**
 * What an evaluation of one ecosystem needs: each gap at the baseline and at the follow-up with a
 * {@link Verdict}, in how many gaps it developed forward, and what changed: members who joined and
 * left by sector, ties begun and ended across each gap, the locomotives then and now, and which of
 * the baseline plan's recommended ties were actually formed.
 *
 * @param ecosystemId the ecosystem
 * @param baselineYear the baseline year
 * @param followUpYear the follow-up year, not before the baseline
 * @param gaps each gap, in definition order
 * @param improved gaps called {@link Verdict#IMPROVED}: where the ecosystem developed forward
 * @param worse gaps called {@link Verdict#WORSE}
 * @param membersBefore members at the baseline
 * @param membersAfter members at the follow-up
 * @param joinedBySector members at the follow-up who were none at the baseline, by sector id
 * @param leftBySector members at the baseline who are none at the follow-up, by sector id
 * @param firms business members and SMEs at both years, and the SMEs among those who joined
 * @param tiesAcross per gap, ties across it begun and ended between the two years
 * @param locomotivesThen the five best-connected firms at the baseline
 * @param locomotivesNow and at the follow-up
 * @param plannedTies the ties the baseline's plan recommended, and whether each was formed
 */
public record Evaluation(
    String ecosystemId,
    String ecosystemName,
    int baselineYear,
    int followUpYear,
    List<GapChange> gaps,
    int improved,
    int worse,
    int membersBefore,
    int membersAfter,
    Map<String, Integer> joinedBySector,
    Map<String, Integer> leftBySector,
    Firms firms,
    List<TiesAcross> tiesAcross,
    List<ClusterPlan.Locomotive> locomotivesThen,
    List<ClusterPlan.Locomotive> locomotivesNow,
    List<PlannedTie> plannedTies) {

  public Evaluation {
    gaps = List.copyOf(gaps);
    joinedBySector = Map.copyOf(joinedBySector);
    leftBySector = Map.copyOf(leftBySector);
    tiesAcross = List.copyOf(tiesAcross);
    locomotivesThen = List.copyOf(locomotivesThen);
    locomotivesNow = List.copyOf(locomotivesNow);
    plannedTies = List.copyOf(plannedTies);
  }

  /**
   * Firms (business-sector members) and SMEs (members whose {@code sme} is true) at the two years:
   * "the ecosystem grew from 40 to 55 firms, 12 of them SMEs" reads {@code before}, {@code after}
   * and {@code smesJoined}.
   *
   * @param before business members at the baseline
   * @param after business members at the follow-up
   * @param smesBefore SME members at the baseline
   * @param smesAfter SME members at the follow-up
   * @param smesJoined SME members at the follow-up who were not members at the baseline
   */
  public record Firms(int before, int after, int smesBefore, int smesAfter, int smesJoined) {}

  /** How many of the planned ties were formed. */
  public long plannedTiesFormed() {
    return plannedTies.stream().filter(PlannedTie::formed).count();
  }

  /**
   * Ties across one gap (counting kinds, a source-side member at one end, the other side at the
   * other, as the gap stands at the follow-up) that began after the baseline, and that were there
   * at the baseline and ended before the follow-up.
   */
  public record TiesAcross(String gap, int begun, int ended) {}

  /**
   * A tie the baseline's plan recommended.
   *
   * @param gap the gap the action was to close
   * @param formedIn the first year after the baseline a tie of a kind the gap counts began between
   *     the two; null when none did
   */
  public record PlannedTie(
      String gap, String type, ActorRef source, ActorRef target, Integer formedIn) {
    public boolean formed() {
      return formedIn != null;
    }
  }

  /** One of the two years: the network as of then, its profile and its merged network. */
  public record Year(EcosystemGraph graph, YearProfile profile, LinkNetwork links) {
    public Year {
      Objects.requireNonNull(graph, "graph");
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(links, "links");
    }

    int year() {
      return profile.year();
    }
  }

  /**
   * The evaluation of {@code ecosystem} between two years.
   *
   * @param definitions the gaps, as both years were judged
   * @param home the home region they were judged with
   * @param baselinePlan the ecosystem's plan at the baseline, whose actions are checked
   * @throws IllegalArgumentException when the follow-up is before the baseline
   */
  public static Evaluation of(
      Year baseline,
      Year followUp,
      List<GapDefinition> definitions,
      HomeRegion home,
      int ecosystem,
      ClusterPlan baselinePlan) {
    if (followUp.year() < baseline.year()) {
      throw new IllegalArgumentException(
          "the follow-up " + followUp.year() + " is before the baseline " + baseline.year());
    }
    EcosystemGraph before = baseline.graph();
    EcosystemGraph after = followUp.graph();
    List<GapChange> changes =
        GapChange.between(
            baseline.profile().ecosystem(ecosystem), followUp.profile().ecosystem(ecosystem));
    int improved = (int) changes.stream().filter(c -> c.verdict() == Verdict.IMPROVED).count();
    int worse = (int) changes.stream().filter(c -> c.verdict() == Verdict.WORSE).count();

    Set<Integer> membersBefore = set(before.members(ecosystem));
    Set<Integer> membersAfter = set(after.members(ecosystem));
    List<TiesAcross> across = new ArrayList<>();
    for (GapDefinition d : definitions) {
      across.add(tiesAcross(d, after, home, followUp.year(), baseline.year(), ecosystem));
    }
    List<PlannedTie> planned = new ArrayList<>();
    for (ClusterPlan.GapPlan gap : baselinePlan.gaps()) {
      GapDefinition d =
          definitions.stream().filter(x -> x.id().equals(gap.gap())).findFirst().orElse(null);
      for (ClusterPlan.Action a : gap.actions()) {
        planned.add(
            new PlannedTie(
                gap.gap(),
                a.type(),
                a.source(),
                a.target(),
                formedIn(after, d, a.source().id(), a.target().id(), baseline.year())));
      }
    }
    return new Evaluation(
        before.ecosystemId(ecosystem),
        before.ecosystemName(ecosystem),
        baseline.year(),
        followUp.year(),
        changes,
        improved,
        worse,
        membersBefore.size(),
        membersAfter.size(),
        bySector(after, membersAfter, membersBefore),
        bySector(before, membersBefore, membersAfter),
        new Firms(
            count(before, membersBefore, a -> before.sector(a) == Sector.BUSINESS),
            count(after, membersAfter, a -> after.sector(a) == Sector.BUSINESS),
            count(before, membersBefore, before::isSme),
            count(after, membersAfter, after::isSme),
            count(after, membersAfter, a -> after.isSme(a) && !membersBefore.contains(a))),
        across,
        ClusterPlan.profile(baseline.links(), ecosystem).locomotives(),
        ClusterPlan.profile(followUp.links(), ecosystem).locomotives(),
        planned);
  }

  private static int count(
      EcosystemGraph graph, Set<Integer> actors, java.util.function.IntPredicate test) {
    int n = 0;
    for (int a : actors) {
      if (test.test(a)) {
        n++;
      }
    }
    return n;
  }

  private static Set<Integer> set(int[] values) {
    Set<Integer> set = new HashSet<>();
    for (int v : values) {
      set.add(v);
    }
    return set;
  }

  /** The actors of {@code in} not in {@code notIn}, by sector id, every sector listed. */
  private static Map<String, Integer> bySector(
      EcosystemGraph graph, Set<Integer> in, Set<Integer> notIn) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Sector s : Sector.values()) {
      counts.put(s.id(), 0);
    }
    for (int a : in) {
      if (!notIn.contains(a)) {
        counts.merge(graph.sector(a).id(), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static TiesAcross tiesAcross(
      GapDefinition d,
      EcosystemGraph after,
      HomeRegion home,
      int followUpYear,
      int baselineYear,
      int ecosystem) {
    GapSides sides = new GapRules(after, d, home, followUpYear).sides(ecosystem);
    Set<Integer> seen = new HashSet<>();
    int begun = 0;
    int ended = 0;
    for (int s : sides.sources()) {
      for (int t : after.incidentTies(s)) {
        int other = after.otherEnd(t, s);
        if (other == s
            || !sides.counts(after.tieKindIndex(t))
            || !sides.isTarget(other)
            || !seen.add(t)) {
          continue;
        }
        int since = after.tieSince(t);
        int until = after.tieUntil(t);
        if (since != EcosystemGraph.NO_YEAR && since > baselineYear) {
          begun++;
        } else if (until != EcosystemGraph.NO_YEAR
            && until >= baselineYear
            && until < followUpYear) {
          ended++;
        }
      }
    }
    return new TiesAcross(d.id(), begun, ended);
  }

  private static Integer formedIn(
      EcosystemGraph after, GapDefinition gap, String sourceId, String targetId, int baseline) {
    var source = after.actorIndex(sourceId);
    var target = after.actorIndex(targetId);
    if (source.isEmpty() || target.isEmpty()) {
      return null;
    }
    Integer first = null;
    for (int t : after.incidentTies(source.getAsInt())) {
      int since = after.tieSince(t);
      if (after.otherEnd(t, source.getAsInt()) == target.getAsInt()
          && since != EcosystemGraph.NO_YEAR
          && since > baseline
          && (gap == null || gap.counts(after.tieKind(t).id()))
          && (first == null || since < first)) {
        first = since;
      }
    }
    return first;
  }
}

package org.brobygge.analysis.bridges;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.brobygge.analysis.centrality.BrokerageRoles;
import org.brobygge.analysis.gaps.Coverage;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapScope;
import org.brobygge.analysis.gaps.GapSides;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;

/**
 * The existing actors best placed to bridge one gap of one ecosystem: Gould and Fernandez's
 * brokerage counted across the gap's two sides.
 *
 * <p>An actor b brokers the pair {a, c} when a is a source-side member of the ecosystem, c stands
 * on the gap's other side, b is tied to both and a and c are not tied to each other (the open
 * two-path a - b - c on the whole network's simple graph; each unordered pair once). The pair's
 * Gould-Fernandez role follows from the groups source side, other side only and neither: b on
 * neither side is a liaison, on the other side a gatekeeper, on the source side a representative
 * (itinerant and coordinator where c is on the source side too). Brokers are ranked by the pairs
 * whose source-side end still lacks a strong tie across the gap, then by all brokered pairs, then
 * by lower Burt constraint (weighted, on the whole network: an actor whose contacts are not tied to
 * each other spans more structural holes).
 *
 * <p>Source: R. V. Gould and R. M. Fernandez, "Structures of mediation", <i>Sociological
 * Methodology</i> 19, 1989; R. S. Burt, <i>Structural Holes</i>, 1992.
 *
 * <p>Cost: every partner b of a source actor is examined, at O(sum of the degrees of b's
 * source-side partners) each, and Burt's constraint at O(sum of the degrees of b's partners).
 */
public final class GapBrokers {

  private final List<GapBroker> ranked;

  public GapBrokers(
      LinkNetwork network,
      GapDefinition definition,
      HomeRegion home,
      int referenceYear,
      int ecosystem) {
    Objects.requireNonNull(network, "network");
    GapSides sides = new GapSides(network.snapshot(), definition, home, referenceYear, ecosystem);
    this.ranked = sides.applicable() ? rank(network, sides) : List.of();
  }

  /** Every actor that brokers at least one pair across the gap, best placed first. */
  public List<GapBroker> all() {
    return ranked;
  }

  public List<GapBroker> top(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0: " + limit);
    }
    return ranked.subList(0, Math.min(limit, ranked.size()));
  }

  private static List<GapBroker> rank(LinkNetwork network, GapSides sides) {
    EcosystemGraph graph = network.snapshot();
    int n = graph.actorCount();
    boolean[] seen = new boolean[n];
    boolean[] inSource = new boolean[n]; // partners of b on the source side: A
    boolean[] inTargetOnly = new boolean[n]; // on the other side only: C_T
    boolean[] inBoth = new boolean[n]; // on both sides: C_S, a part of A
    double[] indirect = new double[n];
    double[] share = new double[n];
    List<GapBroker> brokers = new ArrayList<>();
    for (int s : sides.sources()) {
      for (int k = network.rowStart(s); k < network.rowEnd(s); k++) {
        int b = network.neighbourAt(k);
        if (seen[b]) {
          continue;
        }
        seen[b] = true;
        GapBroker broker =
            broker(network, sides, b, inSource, inTargetOnly, inBoth, indirect, share);
        if (broker != null) {
          brokers.add(broker);
        }
      }
    }
    brokers.sort(
        Comparator.comparingLong(GapBroker::gapPairs)
            .thenComparingLong(GapBroker::brokeredPairs)
            .reversed()
            .thenComparingDouble(GapBroker::constraint)
            .thenComparing(g -> g.actor().id()));
    return List.copyOf(brokers);
  }

  private static GapBroker broker(
      LinkNetwork network,
      GapSides sides,
      int b,
      boolean[] inSource,
      boolean[] inTargetOnly,
      boolean[] inBoth,
      double[] indirect,
      double[] share) {
    List<Integer> a = new ArrayList<>();
    int targetOnly = 0;
    int both = 0;
    int uncovered = 0;
    for (int k = network.rowStart(b); k < network.rowEnd(b); k++) {
      int x = network.neighbourAt(k);
      if (sides.isSource(x)) {
        a.add(x);
        inSource[x] = true;
        if (!sides.hasCoverage(x, Coverage.STRONG)) {
          uncovered++;
        }
        if (sides.isTarget(x)) {
          inBoth[x] = true;
          both++;
        }
      } else if (sides.isTarget(x)) {
        inTargetOnly[x] = true;
        targetOnly++;
      }
    }
    // Open pairs {a, c}: a in A; c in C_T (i), or c in C_S with c != a, each pair once (ii).
    long openTargetOnly = (long) a.size() * targetOnly;
    long openTargetOnlyGap = 0;
    long bothCount = both;
    long openBoth = bothCount * (bothCount - 1) / 2 + bothCount * (a.size() - bothCount);
    long strongBoth = 0; // C_S actors that are strongly tied
    long strongA = 0;
    for (int x : a) {
      if (inBoth[x] && sides.hasCoverage(x, Coverage.STRONG)) {
        strongBoth++;
      }
      if (sides.hasCoverage(x, Coverage.STRONG)) {
        strongA++;
      }
    }
    long openBothStrong = strongBoth * (strongBoth - 1) / 2 + strongBoth * (strongA - strongBoth);
    long closedBothTwice = 0; // closed pairs within C_S, seen from both ends
    long closedBothOnce = 0; // closed pairs between A \ C_S and C_S
    long closedStrongTwice = 0;
    long closedStrongOnce = 0;
    for (int x : a) {
      boolean xStrong = sides.hasCoverage(x, Coverage.STRONG);
      int closedT = 0;
      for (int l = network.rowStart(x); l < network.rowEnd(x); l++) {
        int y = network.neighbourAt(l);
        if (inTargetOnly[y]) {
          closedT++;
        } else if (inBoth[y]) {
          boolean bothStrong = xStrong && sides.hasCoverage(y, Coverage.STRONG);
          if (inBoth[x]) {
            closedBothTwice++;
            if (bothStrong) {
              closedStrongTwice++;
            }
          } else {
            closedBothOnce++;
            if (bothStrong) {
              closedStrongOnce++;
            }
          }
        }
      }
      openTargetOnly -= closedT;
      if (!xStrong) {
        openTargetOnlyGap += targetOnly - closedT;
      }
    }
    openBoth -= closedBothTwice / 2 + closedBothOnce;
    openBothStrong -= closedStrongTwice / 2 + closedStrongOnce;

    for (int x : a) {
      inSource[x] = false;
      inBoth[x] = false;
    }
    for (int k = network.rowStart(b); k < network.rowEnd(b); k++) {
      inTargetOnly[network.neighbourAt(k)] = false;
    }
    long total = openTargetOnly + openBoth;
    if (total == 0) {
      return null;
    }
    String side = sides.isSource(b) ? "source" : sides.isTarget(b) ? "target" : "neither";
    BrokerageRoles roles =
        switch (side) {
          case "source" -> new BrokerageRoles(openBoth, 0, 0, openTargetOnly, 0);
          case "target" -> new BrokerageRoles(0, openBoth, openTargetOnly, 0, 0);
          default -> new BrokerageRoles(0, openBoth, 0, 0, openTargetOnly);
        };
    long gapPairs = openTargetOnlyGap + (openBoth - openBothStrong);
    double constraint = constraint(network, b, indirect, share);
    EcosystemGraph graph = network.snapshot();
    return new GapBroker(
        ActorRef.of(graph, b),
        side,
        roles,
        total,
        gapPairs,
        a.size(),
        uncovered,
        targetOnly + both,
        constraint,
        summary(sides, graph, b, a.size(), uncovered, targetOnly + both, total, gapPairs));
  }

  /**
   * Burt's constraint of {@code i} on the whole network: sum over partners j of (p_ij + sum over
   * partners q of p_iq p_qj)^2, with p_xy = w_xy / strength(x). As {@code StructuralHoles} with
   * weights, which {@code GapBrokersTest} checks.
   */
  static double constraint(LinkNetwork network, int i, double[] indirect, double[] share) {
    if (network.degree(i) == 0) {
      return Double.NaN;
    }
    double strength = network.strength(i);
    for (int k = network.rowStart(i); k < network.rowEnd(i); k++) {
      share[network.neighbourAt(k)] = network.weightAt(k) / strength;
    }
    for (int k = network.rowStart(i); k < network.rowEnd(i); k++) {
      int q = network.neighbourAt(k);
      double piq = share[q];
      double sq = network.strength(q);
      for (int l = network.rowStart(q); l < network.rowEnd(q); l++) {
        int j = network.neighbourAt(l);
        if (share[j] != 0 && j != i) {
          indirect[j] += piq * network.weightAt(l) / sq;
        }
      }
    }
    double c = 0;
    for (int k = network.rowStart(i); k < network.rowEnd(i); k++) {
      int j = network.neighbourAt(k);
      double cij = share[j] + indirect[j];
      c += cij * cij;
      share[j] = 0;
      indirect[j] = 0;
    }
    return c;
  }

  private static String summary(
      GapSides sides,
      EcosystemGraph graph,
      int b,
      int sourcePartners,
      int uncovered,
      int targetPartners,
      long pairs,
      long gapPairs) {
    GapDefinition d = sides.definition();
    String ecosystem = graph.ecosystemName(sides.ecosystem());
    StringBuilder text =
        new StringBuilder(graph.actorName(b))
            .append(" works with ")
            .append(sourcePartners)
            .append(" of the ")
            .append(sourceNoun(d, 2))
            .append(" of ")
            .append(ecosystem);
    if (uncovered > 0) {
      text.append(" (").append(uncovered).append(" without a strong tie across the gap)");
    }
    if (targetPartners == sourcePartners && sides.definition().scope() == GapScope.ECOSYSTEM) {
      // both sides are the ecosystem's firms: the pairs are among the partners just counted
      text.append("; it could introduce ")
          .append(pairs)
          .append(
              pairs == 1
                  ? " pair of them that is not tied yet"
                  : " pairs of them that are not tied yet");
    } else {
      text.append(" and with ")
          .append(targetPartners)
          .append(" ")
          .append(
              targetPartners == 1
                  ? GapWords.targetSingular(d, ecosystem)
                  : GapWords.targetPlural(d, ecosystem))
          .append("; it could introduce ")
          .append(pairs)
          .append(pairs == 1 ? " pair that is not tied yet" : " pairs that are not tied yet");
    }
    if (gapPairs > 0 && gapPairs < pairs) {
      text.append(", ").append(gapPairs).append(" of which would narrow the gap");
    } else if (gapPairs > 0) {
      text.append(", each of which would narrow the gap");
    }
    return text.append(".").toString();
  }

  private static String sourceNoun(GapDefinition d, int count) {
    var roles = d.source().anyRole().stream().sorted().toList();
    if (roles.size() == 1) {
      return GapWords.roleNoun(roles.get(0), count != 1);
    }
    return count == 1 ? "member" : "members";
  }
}

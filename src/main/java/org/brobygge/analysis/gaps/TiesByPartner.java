package org.brobygge.analysis.gaps;

import java.util.Arrays;
import org.brobygge.graph.EcosystemGraph;

/**
 * The ties of some actors taken together by partner and kind, the one tie aggregator every gap rule
 * reads: for each actor (a row) and each partner and tie kind, how many ties there are, their
 * weights summed (in the order the snapshot lists the actor's ties), the earliest start and the
 * latest end, none when one of them is ongoing. Self-ties are left out. Entries of a row are sorted
 * by partner (actor index), then kind index.
 *
 * <p>It does not depend on any gap: {@link GapAnalysis} builds it once for every actor that may be
 * a source actor and each gap's {@link GapSides} keeps the entries whose kind counts and whose
 * partner is on the other side, instead of each gap gathering and sorting the same ties again.
 *
 * <p>Cost: O(ties of the rows' actors, each actor's sorted): a sort of each actor's ties by partner
 * and kind, packed into one long each.
 */
final class TiesByPartner {

  /** A partner, kind and position packed into one sortable long: 24 bits for the position. */
  private static final int POSITION_BITS = 24;

  private static final int POSITION_MASK = (1 << POSITION_BITS) - 1;

  private final int[] rowStart; // by row, into the entries; one more at the end
  private int size;
  private int[] partner = new int[1024];
  private byte[] kind = new byte[1024];
  private int[] tieCount = new int[1024];
  private double[] weight = new double[1024];
  private int[] since = new int[1024];
  private int[] until = new int[1024];

  private TiesByPartner(int rows) {
    rowStart = new int[rows + 1];
  }

  /** One row per actor of {@code actors}, in that order. */
  static TiesByPartner of(EcosystemGraph graph, int[] actors) {
    TiesByPartner ties = new TiesByPartner(actors.length);
    long[] keys = new long[64];
    for (int r = 0; r < actors.length; r++) {
      ties.rowStart[r] = ties.size;
      keys = ties.add(graph, actors[r], keys);
    }
    ties.rowStart[actors.length] = ties.size;
    return ties;
  }

  /**
   * One row per actor of the snapshot, row = actor index; rows of actors {@code wanted} does not
   * mark are left empty.
   */
  static TiesByPartner ofActors(EcosystemGraph graph, boolean[] wanted) {
    int n = graph.actorCount();
    TiesByPartner ties = new TiesByPartner(n);
    long[] keys = new long[64];
    for (int a = 0; a < n; a++) {
      ties.rowStart[a] = ties.size;
      if (wanted[a]) {
        keys = ties.add(graph, a, keys);
      }
    }
    ties.rowStart[n] = ties.size;
    return ties;
  }

  /** Appends the entries of actor {@code s}; returns the key buffer, grown if need be. */
  private long[] add(EcosystemGraph graph, int s, long[] keys) {
    int degree = graph.incidentTieCount(s);
    if (degree > POSITION_MASK) {
      throw new IllegalArgumentException(
          "actor " + graph.actorId(s) + " has more than 2^24 ties: too many to judge");
    }
    if (keys.length < degree) {
      keys = new long[Math.max(degree, keys.length * 2)];
    }
    int count = 0;
    for (int j = 0; j < degree; j++) {
      int other = graph.incidentOtherEnd(s, j);
      if (other != s) {
        keys[count++] =
            ((long) other << 32) | ((long) graph.incidentKindIndex(s, j) << POSITION_BITS) | j;
      }
    }
    Arrays.sort(keys, 0, count);
    for (int r = 0; r < count; ) {
      long partnerAndKind = keys[r] >>> POSITION_BITS;
      int ties = 0;
      double sum = 0;
      int first = EcosystemGraph.NO_YEAR;
      int last = Integer.MIN_VALUE;
      boolean ongoing = false;
      do {
        int tie = graph.incidentTie(s, (int) keys[r] & POSITION_MASK);
        ties++;
        sum += graph.tieWeight(tie);
        int tieSince = graph.tieSince(tie);
        if (tieSince != EcosystemGraph.NO_YEAR
            && (first == EcosystemGraph.NO_YEAR || tieSince < first)) {
          first = tieSince;
        }
        int tieUntil = graph.tieUntil(tie);
        if (tieUntil == EcosystemGraph.NO_YEAR) {
          ongoing = true;
        } else if (tieUntil > last) {
          last = tieUntil;
        }
        r++;
      } while (r < count && keys[r] >>> POSITION_BITS == partnerAndKind);
      if (size == partner.length) {
        grow();
      }
      partner[size] = (int) (partnerAndKind >>> (32 - POSITION_BITS));
      kind[size] = (byte) partnerAndKind;
      tieCount[size] = ties;
      weight[size] = sum;
      since[size] = first;
      until[size] = ongoing ? EcosystemGraph.NO_YEAR : last;
      size++;
    }
    return keys;
  }

  private void grow() {
    int capacity = partner.length * 2;
    partner = Arrays.copyOf(partner, capacity);
    kind = Arrays.copyOf(kind, capacity);
    tieCount = Arrays.copyOf(tieCount, capacity);
    weight = Arrays.copyOf(weight, capacity);
    since = Arrays.copyOf(since, capacity);
    until = Arrays.copyOf(until, capacity);
  }

  int rowStart(int row) {
    return rowStart[row];
  }

  int rowEnd(int row) {
    return rowStart[row + 1];
  }

  /** The partner's actor index. */
  int partner(int entry) {
    return partner[entry];
  }

  /** The tie kind's index in the snapshot. */
  int kind(int entry) {
    return kind[entry];
  }

  /** How many ties were taken together. */
  int tieCount(int entry) {
    return tieCount[entry];
  }

  /** Their weights summed. */
  double weight(int entry) {
    return weight[entry];
  }

  /** The earliest start, or {@link EcosystemGraph#NO_YEAR} when none is known. */
  int since(int entry) {
    return since[entry];
  }

  /** The latest end, or {@link EcosystemGraph#NO_YEAR} when one of the ties is ongoing. */
  int until(int entry) {
    return until[entry];
  }
}

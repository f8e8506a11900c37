package org.brobygge.store;

import java.util.ArrayList;
import java.util.List;
import org.brobygge.graph.EcosystemGraph;

/**
 * A snapshot's content as sorted lines, independent of the order rows came from the database: two
 * snapshots hold the same network exactly when their lines are equal. Ties are listed by actor ids,
 * so actor and tie indices do not matter; weights are printed exactly.
 */
final class SnapshotContent {

  private SnapshotContent() {}

  static List<String> lines(EcosystemGraph g) {
    List<String> lines = new ArrayList<>(g.ecosystemCount() + g.actorCount() + g.tieCount());
    for (int e = 0; e < g.ecosystemCount(); e++) {
      lines.add(
          "ecosystem\t"
              + g.ecosystemId(e)
              + "\t"
              + g.ecosystemName(e)
              + "\t"
              + g.ecosystemRegion(e));
    }
    for (int a = 0; a < g.actorCount(); a++) {
      StringBuilder line = new StringBuilder("actor\t").append(g.actorId(a));
      line.append('\t').append(g.actorName(a)).append('\t').append(g.sector(a).id());
      line.append('\t').append(g.roleMask(a)).append('\t').append(g.region(a));
      line.append('\t').append(g.country(a)).append('\t');
      List<String> ecosystems = new ArrayList<>();
      for (int e : g.memberships(a)) {
        ecosystems.add(g.ecosystemId(e));
      }
      ecosystems.sort(null);
      line.append(String.join(",", ecosystems));
      lines.add(line.toString());
    }
    for (int t = 0; t < g.tieCount(); t++) {
      lines.add(
          "tie\t"
              + g.actorId(g.tieFrom(t))
              + "\t"
              + g.actorId(g.tieTo(t))
              + "\t"
              + g.tieKind(t).id()
              + "\t"
              + g.tieWeight(t)
              + "\t"
              + g.tieSince(t)
              + "\t"
              + g.tieUntil(t));
    }
    lines.sort(null);
    return lines;
  }

  /** A digest of {@link #lines}, for networks too large to compare line by line in a message. */
  static String digest(EcosystemGraph g) {
    try {
      var md = java.security.MessageDigest.getInstance("SHA-256");
      for (String line : lines(g)) {
        md.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
      return java.util.HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

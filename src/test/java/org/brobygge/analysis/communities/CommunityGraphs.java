package org.brobygge.analysis.communities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;

/** Test graphs: actor {@code i} is {@code a<i>} and vertex {@code i}; reference files. */
final class CommunityGraphs {

  private CommunityGraphs() {}

  /** A builder holding actors {@code a0..a<n-1>} and the unit ties {i, j, ...}. */
  static EcosystemGraph.Builder builder(int n, int... ends) {
    EcosystemGraph.Builder b = EcosystemGraph.builder();
    for (int i = 0; i < n; i++) {
      b.actor("a" + i, "a" + i, Sector.BUSINESS, Set.of(Role.FIRM), "", "SE");
    }
    for (int k = 0; k < ends.length; k += 2) {
      b.tie("a" + ends[k], "a" + ends[k + 1], TieKind.COLLABORATION, 1, null, null);
    }
    return b;
  }

  static NetworkView graph(int n, int... ends) {
    return NetworkView.whole(builder(n, ends).build());
  }

  /** Zachary's karate club with its weights (which the algorithms ignore). */
  static NetworkView karate() {
    EcosystemGraph.Builder b = builder(34);
    for (String[] row : rows("karate.csv")) {
      b.tie(
          "a" + row[0],
          "a" + row[1],
          TieKind.COLLABORATION,
          Double.parseDouble(row[2]),
          null,
          null);
    }
    return NetworkView.whole(b.build());
  }

  /** Karate club by club: 0 "Mr. Hi", 1 "Officer". */
  static int[] karateClubs() {
    int[] club = new int[34];
    for (String[] row : rows("karate_nodes.csv")) {
      club[Integer.parseInt(row[0])] = row[1].equals("Mr. Hi") ? 0 : 1;
    }
    return club;
  }

  /** A value from communities_reference_values.csv. */
  static String reference(String name, String quantity) {
    return rows("communities_reference_values.csv").stream()
        .filter(r -> r[0].equals(name) && r[1].equals(quantity))
        .map(r -> r[2])
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no reference " + name + " " + quantity));
  }

  static double referenceValue(String name, String quantity) {
    return Double.parseDouble(reference(name, quantity));
  }

  static int[] referenceLabels(String name, String quantity) {
    return Arrays.stream(reference(name, quantity).split(" "))
        .mapToInt(Integer::parseInt)
        .toArray();
  }

  private static List<String[]> rows(String file) {
    InputStream in = CommunityGraphs.class.getResourceAsStream("/reference/" + file);
    if (in == null) {
      throw new IllegalArgumentException("no test resource /reference/" + file);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .skip(1)
          .map(line -> line.split(",", -1))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.brobygge.analysis.centrality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published and NetworkX-computed graphs in {@code src/test/resources/reference}: actor {@code
 * i} is vertex {@code i}, ties are {@code collaboration} with the file's weights.
 */
final class ReferenceGraphs {

  private ReferenceGraphs() {}

  static NetworkView karate() {
    return load("karate.csv", 34);
  }

  /** Karate club members by club: 0 "Mr. Hi", 1 "Officer". */
  static Grouping karateClubs() {
    List<String> names = new ArrayList<>();
    int[] groupOf = new int[34];
    for (String[] row : rows("karate_nodes.csv")) {
      if (!names.contains(row[1])) {
        names.add(row[1]);
      }
      groupOf[Integer.parseInt(row[0])] = names.indexOf(row[1]);
    }
    return Grouping.of(names, groupOf);
  }

  /** A graph written by holes_reference.py; its vertex count is its largest id + 1. */
  static NetworkView load(String file) {
    int n = 0;
    for (String[] row : rows(file)) {
      n = Math.max(n, Math.max(Integer.parseInt(row[0]), Integer.parseInt(row[1])) + 1);
    }
    return load(file, n);
  }

  private static NetworkView load(String file, int n) {
    EcosystemGraph.Builder b = EcosystemGraph.builder();
    for (int i = 0; i < n; i++) {
      b.actor("a" + i, "a" + i, Sector.BUSINESS, Set.of(Role.FIRM), "", "SE");
    }
    for (String[] row : rows(file)) {
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

  /** {@code node -> value} of one graph's measure in a {@code graph,measure,node,value} file. */
  static Map<String, Double> values(String file, String graph, String measure) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (String[] row : rows(file)) {
      if (row[0].equals(graph) && row[1].equals(measure)) {
        values.put(row[2], Double.parseDouble(row[3]));
      }
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no " + graph + " " + measure + " in " + file);
    }
    return values;
  }

  static JsonNode karateGroupMeasures() {
    try (InputStream in = open("karate_group_measures.json")) {
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data rows of a CSV file: header and {@code #} comment lines skipped. */
  private static List<String[]> rows(String file) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
      return r.lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .skip(1)
          .map(line -> line.split(",", -1))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String file) {
    InputStream in = ReferenceGraphs.class.getResourceAsStream("/reference/" + file);
    if (in == null) {
      throw new IllegalArgumentException("no test resource /reference/" + file);
    }
    return in;
  }

  /** A snapshot of {@code n} actors {@code a0..} and the given unit-weight ties {i, j, ...}. */
  static NetworkView graph(int n, int... ends) {
    return weighted(n, Arrays.stream(ends).mapToDouble(i -> i).toArray(), false);
  }

  /** A snapshot of {@code n} actors and ties given as triples {i, j, weight, ...}. */
  static NetworkView weightedGraph(int n, double... triples) {
    return weighted(n, triples, true);
  }

  private static NetworkView weighted(int n, double[] values, boolean withWeights) {
    EcosystemGraph.Builder b = EcosystemGraph.builder();
    for (int i = 0; i < n; i++) {
      b.actor("a" + i, "a" + i, Sector.BUSINESS, Set.of(Role.FIRM), "", "SE");
    }
    int step = withWeights ? 3 : 2;
    for (int k = 0; k < values.length; k += step) {
      double w = withWeights ? values[k + 2] : 1;
      b.tie("a" + (int) values[k], "a" + (int) values[k + 1], TieKind.COLLABORATION, w, null, null);
    }
    return NetworkView.whole(b.build());
  }
}

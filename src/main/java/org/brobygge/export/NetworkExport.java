package org.brobygge.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.model.Role;
import org.brobygge.model.TieKind;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes the network of a {@link NetworkView} for other tools: GEXF 1.2 for Gephi, GraphML for
 * NetworkX, igraph, yEd and Cytoscape, or one CSV table.
 *
 * <p>A vertex is an actor: its id is the actor id, and it carries {@value #LABEL} (the name),
 * {@value #SECTOR}, {@value #ROLES} and {@value #ECOSYSTEMS} (ids joined with {@value
 * #MULTI_VALUE_SEPARATOR}), {@value #REGION}, {@value #COUNTRY}, and one double-valued attribute
 * per score passed in, named by its score id. A score that is {@code NaN} (undefined for that
 * actor) is left out of that vertex rather than written as a number.
 *
 * <p><b>Edges: a multigraph, one edge per tie.</b> Tie kinds measure different things (money in
 * capital and trade ties, shared projects in research ties), so no two ties are ever summed: every
 * tie among the view's actors is its own edge, and two actors with a research tie and a trade tie
 * are joined by two edges. An edge carries {@value #KIND} (the tie kind's id), {@value #DIRECTED}
 * (true for a directed kind such as capital or trade, whose edge runs from {@code source}, the
 * provider or supplier, to {@code target}; false for an undirected one, stored in the direction the
 * data gives), {@value #WEIGHT} in that kind's own unit, {@value #SINCE} and {@value #UNTIL}
 * (years, left out when unknown). Edge ids ({@code e0, e1 ...}) number the edges of one file; tie
 * ids and sources are not in the analysis snapshot and so not in the file. The graph is declared
 * undirected (every analysis here reads ties as undirected); the direction of a directed kind is in
 * {@value #DIRECTED} and the edge's order. In Gephi, filter or partition edges by {@value #KIND}
 * before running weighted statistics; in NetworkX read the file as a {@code MultiGraph} ({@code
 * nx.read_graphml} does so when edges repeat). The analyses' own merged graph ({@link
 * NetworkView#graph()}) is not what is written.
 *
 * <p>GEXF and GraphML go through jgrapht-io's exporters with every attribute registered with its
 * type, so Gephi and NetworkX see numbers as numbers. The XML declares UTF-8: give a writer that
 * encodes UTF-8. What these files hold reads back through the graph-file import ({@code
 * ingest.graph}) to the same actors, memberships and ties.
 *
 * <p>CSV is written with Apache Commons CSV, not jgrapht-io's {@code CSVExporter}: that one writes
 * vertex ids only, so the sector, roles and scores would be lost. One stream has to hold the whole
 * network, so the CSV is one table of two kinds of row told apart by the {@value #ELEMENT} column:
 * {@code node} rows fill {@code id} and the actor columns, {@code edge} rows fill {@code id} (the
 * edge's number, as in GEXF) and {@code source,target,kind,directed,weight,since,until}. Header:
 * {@code element,id,label,sector,roles,region,country,ecosystems,source,target,kind,directed,
 * weight,since,until} and then the score ids in the order given. Numbers are written so that they
 * read back exactly ({@link Double#toString(double)}); an undefined score or year is an empty cell.
 * In pandas, {@code df[df.element == "node"]} and {@code df[df.element == "edge"]} are the two
 * tables.
 *
 * <p>Any name is safe to export: in GEXF and GraphML a character XML 1.0 forbids (a control
 * character, U+FFFE) becomes U+FFFD, so the file stays well-formed; in CSV a text cell that a
 * spreadsheet would run as a formula gets a leading apostrophe ({@link #spreadsheetSafe}).
 */
public final class NetworkExport {

  /** The file formats {@link #write} produces. */
  public enum Format {
    GEXF("gexf", "application/gexf+xml"),
    GRAPHML("graphml", "application/graphml+xml"),
    CSV("csv", "text/csv");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
      return extension;
    }

    /** The media type to serve the file as. */
    public String mediaType() {
      return mediaType;
    }
  }

  public static final String LABEL = "label";
  public static final String SECTOR = "sector";
  public static final String ROLES = "roles";
  public static final String REGION = "region";
  public static final String COUNTRY = "country";
  public static final String ECOSYSTEMS = "ecosystems";
  public static final String WEIGHT = "weight";
  public static final String KIND = "kind";
  public static final String DIRECTED = "directed";
  public static final String SINCE = "since";
  public static final String UNTIL = "until";

  public static final String ELEMENT = "element";
  public static final String MULTI_VALUE_SEPARATOR = "|";

  // attribute names a score id may not take: ours, and the ones the formats reserve
  private static final Set<String> RESERVED =
      Set.of(
          "id",
          LABEL,
          SECTOR,
          ROLES,
          REGION,
          COUNTRY,
          ECOSYSTEMS,
          WEIGHT,
          KIND,
          DIRECTED,
          SINCE,
          UNTIL,
          ELEMENT,
          "source",
          "target",
          "type");

  private NetworkExport() {}

  /**
   * Writes {@code view}'s network to {@code out} in {@code format}; {@code out} is flushed, not
   * closed.
   *
   * @param scores measure id to one value per vertex of {@code view} (index = vertex); iterated in
   *     its own order, so pass a {@link LinkedHashMap} for a stable column order
   * @throws IllegalArgumentException if a score array's length is not the view's vertex count or a
   *     measure id is blank or clashes with an attribute name ({@code id}, {@code label}, {@code
   *     sector} ...)
   * @throws UncheckedIOException if writing fails
   */
  public static void write(
      NetworkView view, Format format, Map<String, double[]> scores, Writer out) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(out, "out");
    Map<String, double[]> checked = checked(view, scores);
    switch (format) {
      case GEXF -> writeGexf(view, checked, out);
      case GRAPHML -> writeGraphMl(view, checked, out);
      case CSV -> writeCsv(view, checked, out);
    }
  }

  private static Map<String, double[]> checked(NetworkView view, Map<String, double[]> scores) {
    Map<String, double[]> checked = new LinkedHashMap<>();
    scores.forEach(
        (id, values) -> {
          Objects.requireNonNull(values, () -> "scores of " + id);
          if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a measure id must not be blank");
          }
          if (RESERVED.contains(id.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("measure id clashes with an attribute name: " + id);
          }
          if (values.length != view.vertexCount()) {
            throw new IllegalArgumentException(
                "scores of %s: %d values for %d vertices"
                    .formatted(id, values.length, view.vertexCount()));
          }
          checked.put(id, values);
        });
    return checked;
  }

  private static void writeGexf(NetworkView view, Map<String, double[]> scores, Writer out) {
    Multigraph multigraph = Multigraph.of(view);
    EcosystemGraph snapshot = view.snapshot();
    GEXFExporter<Integer, Integer> exporter =
        new GEXFExporter<>(v -> xmlSafe(actorId(view, v)), e -> "e" + e);
    exporter.setCreator("Brobygge");
    exporter.setDescription(xmlSafe(view.scope()));
    exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
    for (String name : List.of(SECTOR, ROLES, REGION, COUNTRY, ECOSYSTEMS)) {
      exporter.registerAttribute(
          name, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
    }
    for (String id : scores.keySet()) {
      exporter.registerAttribute(id, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
    }
    exporter.registerAttribute(KIND, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
    exporter.registerAttribute(
        DIRECTED, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.BOOLEAN);
    for (String name : List.of(SINCE, UNTIL)) {
      exporter.registerAttribute(
          name, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
    }
    exporter.setVertexAttributeProvider(v -> vertexAttributes(view, scores, v));
    exporter.setEdgeAttributeProvider(e -> edgeAttributes(snapshot, multigraph.tie(e)));
    exporter.exportGraph(multigraph.graph(), out);
  }

  private static void writeGraphMl(NetworkView view, Map<String, double[]> scores, Writer out) {
    Multigraph multigraph = Multigraph.of(view);
    EcosystemGraph snapshot = view.snapshot();
    GraphMLExporter<Integer, Integer> exporter =
        new GraphMLExporter<>(v -> xmlSafe(actorId(view, v)));
    exporter.setEdgeIdProvider(e -> "e" + e);
    exporter.setExportVertexLabels(true);
    exporter.setVertexLabelAttributeName(LABEL);
    exporter.setExportEdgeWeights(true);
    exporter.setEdgeWeightAttributeName(WEIGHT);
    for (String name : List.of(SECTOR, ROLES, REGION, COUNTRY, ECOSYSTEMS)) {
      exporter.registerAttribute(
          name, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    }
    for (String id : scores.keySet()) {
      exporter.registerAttribute(id, GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
    }
    exporter.registerAttribute(KIND, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
    exporter.registerAttribute(
        DIRECTED, GraphMLExporter.AttributeCategory.EDGE, AttributeType.BOOLEAN);
    for (String name : List.of(SINCE, UNTIL)) {
      exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
    }
    exporter.setVertexAttributeProvider(v -> vertexAttributes(view, scores, v));
    exporter.setEdgeAttributeProvider(e -> edgeAttributes(snapshot, multigraph.tie(e)));
    exporter.exportGraph(multigraph.graph(), out);
  }

  /**
   * The view's actors and every snapshot tie between two of them, each tie its own edge: edge
   * {@code e} is tie {@code ties[e]}, from vertex {@code source} to {@code target} as stored.
   */
  private record Multigraph(Graph<Integer, Integer> graph, int[] ties) {

    int tie(int edge) {
      return ties[edge];
    }

    static Multigraph of(NetworkView view) {
      EcosystemGraph snapshot = view.snapshot();
      int[] vertexOf = new int[snapshot.actorCount()];
      Arrays.fill(vertexOf, -1);
      for (int v = 0; v < view.vertexCount(); v++) {
        vertexOf[view.actor(v)] = v;
      }
      Graph<Integer, Integer> graph =
          GraphTypeBuilder.<Integer, Integer>undirected()
              .allowingMultipleEdges(true)
              .allowingSelfLoops(false)
              .weighted(true)
              .buildGraph();
      for (int v = 0; v < view.vertexCount(); v++) {
        graph.addVertex(v);
      }
      List<Integer> ties = new ArrayList<>();
      for (int v = 0; v < view.vertexCount(); v++) {
        int actor = view.actor(v);
        for (int tie : snapshot.incidentTies(actor)) {
          int from = snapshot.tieFrom(tie);
          int to = snapshot.tieTo(tie);
          // each tie once, from its first actor; self-ties and ties leaving the view left out
          if (from != actor || to == actor || vertexOf[to] < 0) {
            continue;
          }
          int edge = ties.size();
          ties.add(tie);
          graph.addEdge(v, vertexOf[to], edge);
          graph.setEdgeWeight(edge, snapshot.tieWeight(tie));
        }
      }
      return new Multigraph(graph, ties.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  private static Map<String, Attribute> edgeAttributes(EcosystemGraph snapshot, int tie) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    TieKind kind = snapshot.tieKind(tie);
    attributes.put(KIND, DefaultAttribute.createAttribute(kind.id()));
    attributes.put(DIRECTED, DefaultAttribute.createAttribute(kind.directed()));
    if (snapshot.tieSince(tie) != EcosystemGraph.NO_YEAR) {
      attributes.put(SINCE, DefaultAttribute.createAttribute(snapshot.tieSince(tie)));
    }
    if (snapshot.tieUntil(tie) != EcosystemGraph.NO_YEAR) {
      attributes.put(UNTIL, DefaultAttribute.createAttribute(snapshot.tieUntil(tie)));
    }
    return attributes;
  }

  private static Map<String, Attribute> vertexAttributes(
      NetworkView view, Map<String, double[]> scores, int vertex) {
    EcosystemGraph snapshot = view.snapshot();
    int actor = view.actor(vertex);
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put(LABEL, DefaultAttribute.createAttribute(xmlSafe(snapshot.actorName(actor))));
    attributes.put(SECTOR, DefaultAttribute.createAttribute(snapshot.sector(actor).id()));
    attributes.put(ROLES, DefaultAttribute.createAttribute(roles(snapshot, actor)));
    attributes.put(REGION, DefaultAttribute.createAttribute(xmlSafe(snapshot.region(actor))));
    attributes.put(COUNTRY, DefaultAttribute.createAttribute(xmlSafe(snapshot.country(actor))));
    attributes.put(
        ECOSYSTEMS, DefaultAttribute.createAttribute(xmlSafe(ecosystems(snapshot, actor))));
    scores.forEach(
        (id, values) -> {
          if (!Double.isNaN(values[vertex])) {
            attributes.put(id, DefaultAttribute.createAttribute(values[vertex]));
          }
        });
    return attributes;
  }

  private static void writeCsv(NetworkView view, Map<String, double[]> scores, Writer out) {
    EcosystemGraph snapshot = view.snapshot();
    Multigraph multigraph = Multigraph.of(view);
    Graph<Integer, Integer> graph = multigraph.graph();
    List<String> header =
        new ArrayList<>(
            List.of(
                ELEMENT,
                "id",
                LABEL,
                SECTOR,
                ROLES,
                REGION,
                COUNTRY,
                ECOSYSTEMS,
                "source",
                "target",
                KIND,
                DIRECTED,
                WEIGHT,
                SINCE,
                UNTIL));
    header.addAll(scores.keySet());
    CSVFormat csv =
        CSVFormat.RFC4180
            .builder()
            .setRecordSeparator('\n')
            .setHeader(header.toArray(String[]::new))
            .get();
    try {
      // not closed: closing the printer would close the caller's writer
      CSVPrinter printer = new CSVPrinter(out, csv);
      for (int v = 0; v < view.vertexCount(); v++) {
        int actor = view.actor(v);
        List<String> row = new ArrayList<>(header.size());
        row.addAll(
            List.of(
                "node",
                spreadsheetSafe(snapshot.actorId(actor)),
                spreadsheetSafe(snapshot.actorName(actor)),
                snapshot.sector(actor).id(),
                roles(snapshot, actor),
                spreadsheetSafe(snapshot.region(actor)),
                spreadsheetSafe(snapshot.country(actor)),
                spreadsheetSafe(ecosystems(snapshot, actor)),
                "",
                "",
                "",
                "",
                "",
                "",
                ""));
        for (double[] values : scores.values()) {
          row.add(Double.isNaN(values[v]) ? "" : Double.toString(values[v]));
        }
        printer.printRecord(row);
      }
      String[] empty = new String[scores.size()];
      Arrays.fill(empty, "");
      for (int edge : graph.edgeSet()) {
        int tie = multigraph.tie(edge);
        TieKind kind = snapshot.tieKind(tie);
        List<String> row = new ArrayList<>(header.size());
        row.addAll(
            List.of(
                "edge",
                "e" + edge,
                "",
                "",
                "",
                "",
                "",
                "",
                spreadsheetSafe(actorId(view, graph.getEdgeSource(edge))),
                spreadsheetSafe(actorId(view, graph.getEdgeTarget(edge))),
                kind.id(),
                Boolean.toString(kind.directed()),
                Double.toString(snapshot.tieWeight(tie)),
                year(snapshot.tieSince(tie)),
                year(snapshot.tieUntil(tie))));
        row.addAll(Arrays.asList(empty));
        printer.printRecord(row);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String year(int year) {
    return year == EcosystemGraph.NO_YEAR ? "" : Integer.toString(year);
  }

  /**
   * {@code text} with every character XML 1.0 does not allow (control characters other than tab,
   * line feed and carriage return; unpaired surrogates; U+FFFE and U+FFFF) replaced by U+FFFD, so
   * that any name gives a well-formed file. The exporters escape {@code < & " '} themselves.
   */
  static String xmlSafe(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder safe = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      boolean allowed =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (!allowed && safe == null) {
        safe = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (safe != null) {
        if (allowed) {
          safe.appendCodePoint(c);
        } else {
          safe.append('\uFFFD');
        }
      }
      i += width;
    }
    return safe == null ? text : safe.toString();
  }

  /**
   * {@code text} made safe to open in a spreadsheet (OWASP's CSV injection guidance): a cell that
   * begins with {@code = + - @}, a tab or a carriage return would be read as a formula, so it gets
   * a leading apostrophe, which spreadsheets show as text. Only text cells go through this; numbers
   * are written as numbers.
   */
  static String spreadsheetSafe(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + text
        : text;
  }

  private static String actorId(NetworkView view, int vertex) {
    return view.snapshot().actorId(view.actor(vertex));
  }

  private static String roles(EcosystemGraph snapshot, int actor) {
    return snapshot.roles(actor).stream()
        .sorted()
        .map(Role::id)
        .collect(Collectors.joining(MULTI_VALUE_SEPARATOR));
  }

  private static String ecosystems(EcosystemGraph snapshot, int actor) {
    return Arrays.stream(snapshot.memberships(actor))
        .mapToObj(snapshot::ecosystemId)
        .collect(Collectors.joining(MULTI_VALUE_SEPARATOR));
  }
}

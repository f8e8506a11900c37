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
import org.jgrapht.Graph;
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
 * #MULTI_VALUE_SEPARATOR}), {@value #COUNTRY}, and one double-valued attribute per score passed in,
 * named by its measure id. A score that is {@code NaN} (undefined for that actor) is left out of
 * that vertex rather than written as a number. An edge carries its {@value #WEIGHT}: the summed
 * weight of the ties it merges (see {@link NetworkView}).
 *
 * <p>GEXF and GraphML go through jgrapht-io's exporters with every attribute registered with its
 * type, so Gephi and NetworkX see numbers as numbers. The XML declares UTF-8: give a writer that
 * encodes UTF-8.
 *
 * <p>CSV is written with Apache Commons CSV, not jgrapht-io's {@code CSVExporter}: that one writes
 * vertex ids only, so the sector, roles and scores would be lost. One stream has to hold the whole
 * network, so the CSV is one table of two kinds of row told apart by the {@value #ELEMENT} column:
 * {@code node} rows fill {@code id} and the actor columns, {@code edge} rows fill {@code
 * source,target,weight}. Header: {@code element,id,label,sector,roles,country,ecosystems,source,
 * target,weight} and then the score ids in the order given. Numbers are written so that they read
 * back exactly ({@link Double#toString(double)}); an undefined score is an empty cell. In pandas,
 * {@code df[df.element == "node"]} and {@code df[df.element == "edge"]} are the two tables.
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
  public static final String COUNTRY = "country";
  public static final String ECOSYSTEMS = "ecosystems";
  public static final String WEIGHT = "weight";
  public static final String ELEMENT = "element";
  public static final String MULTI_VALUE_SEPARATOR = "|";

  // attribute names a score id may not take: ours, and the ones the formats reserve
  private static final Set<String> RESERVED =
      Set.of(
          "id",
          LABEL,
          SECTOR,
          ROLES,
          COUNTRY,
          ECOSYSTEMS,
          WEIGHT,
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
    Graph<Integer, Integer> graph = view.graph();
    GEXFExporter<Integer, Integer> exporter =
        new GEXFExporter<>(v -> xmlSafe(actorId(view, v)), String::valueOf);
    exporter.setCreator("Brobygge");
    exporter.setDescription(xmlSafe(view.scope()));
    exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
    for (String name : List.of(SECTOR, ROLES, COUNTRY, ECOSYSTEMS)) {
      exporter.registerAttribute(
          name, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
    }
    for (String id : scores.keySet()) {
      exporter.registerAttribute(id, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
    }
    exporter.setVertexAttributeProvider(v -> vertexAttributes(view, scores, v));
    exporter.exportGraph(graph, out);
  }

  private static void writeGraphMl(NetworkView view, Map<String, double[]> scores, Writer out) {
    Graph<Integer, Integer> graph = view.graph();
    GraphMLExporter<Integer, Integer> exporter =
        new GraphMLExporter<>(v -> xmlSafe(actorId(view, v)));
    exporter.setExportVertexLabels(true);
    exporter.setVertexLabelAttributeName(LABEL);
    exporter.setExportEdgeWeights(true);
    exporter.setEdgeWeightAttributeName(WEIGHT);
    for (String name : List.of(SECTOR, ROLES, COUNTRY, ECOSYSTEMS)) {
      exporter.registerAttribute(
          name, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    }
    for (String id : scores.keySet()) {
      exporter.registerAttribute(id, GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
    }
    exporter.setVertexAttributeProvider(v -> vertexAttributes(view, scores, v));
    exporter.exportGraph(graph, out);
  }

  private static Map<String, Attribute> vertexAttributes(
      NetworkView view, Map<String, double[]> scores, int vertex) {
    EcosystemGraph snapshot = view.snapshot();
    int actor = view.actor(vertex);
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put(LABEL, DefaultAttribute.createAttribute(xmlSafe(snapshot.actorName(actor))));
    attributes.put(SECTOR, DefaultAttribute.createAttribute(snapshot.sector(actor).id()));
    attributes.put(ROLES, DefaultAttribute.createAttribute(roles(snapshot, actor)));
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
    Graph<Integer, Integer> graph = view.graph();
    List<String> header =
        new ArrayList<>(
            List.of(
                ELEMENT,
                "id",
                LABEL,
                SECTOR,
                ROLES,
                COUNTRY,
                ECOSYSTEMS,
                "source",
                "target",
                WEIGHT));
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
                spreadsheetSafe(snapshot.country(actor)),
                spreadsheetSafe(ecosystems(snapshot, actor)),
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
        List<String> row = new ArrayList<>(header.size());
        row.addAll(
            List.of(
                "edge",
                "",
                "",
                "",
                "",
                "",
                "",
                spreadsheetSafe(actorId(view, graph.getEdgeSource(edge))),
                spreadsheetSafe(actorId(view, graph.getEdgeTarget(edge))),
                Double.toString(graph.getEdgeWeight(edge))));
        row.addAll(Arrays.asList(empty));
        printer.printRecord(row);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

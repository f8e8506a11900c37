package org.brobygge.ingest.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brobygge.export.NetworkExport;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.ingest.ImportProblem;
import org.brobygge.ingest.ImportRejectedException;
import org.brobygge.ingest.NativeCsvParser;
import org.brobygge.model.Actor;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;
import org.brobygge.model.TieKinds;
import org.junit.jupiter.api.Test;

public class GraphFileParserTest {

  private final GraphFileParser parser =
      new GraphFileParser(TieKinds.builtIn(), NativeCsvParser.Limits.DEFAULT);

  private GraphFileParser.Result parse(String text, String file, GraphMapping mapping) {
    return parser.parse(text.getBytes(StandardCharsets.UTF_8), file, mapping);
  }

  private List<ImportProblem> problems(String text, String file, GraphMapping mapping) {
    ImportRejectedException e =
        catchThrowableOfType(ImportRejectedException.class, () -> parse(text, file, mapping));
    assertThat(e).as("rejected").isNotNull();
    return e.problems();
  }

  /** a1-a2: collaboration 2 since 2019 and trade 0.5 from a2 to a1; a2-a3 collaboration. */
  private static EcosystemGraph small() {
    return EcosystemGraph.builder()
        .ecosystem("space", "Space", "SE332")
        .ecosystem("design", "Arctic design", "FI1D7")
        .actor(
            "a1",
            "Norrvik University",
            Sector.ACADEMIA,
            EnumSet.of(Role.RESEARCH, Role.EDUCATION),
            "SE332",
            "SE")
        .actor("a2", "Björk & <Söner>", Sector.BUSINESS, EnumSet.of(Role.FIRM), "SE332", "SE")
        .actor("a3", "Region Norrbotten", Sector.PUBLIC, EnumSet.noneOf(Role.class), "", "")
        .membership("a1", "space")
        .membership("a1", "design")
        .membership("a2", "space")
        .tie("a1", "a2", TieKind.COLLABORATION, 2.0, 2019, 2023)
        .tie("a2", "a1", TieKind.TRADE, 0.5, null, null)
        .tie("a2", "a3", TieKind.COLLABORATION, 1.0, null, null)
        .tie("a2", "a3", TieKind.COLLABORATION, 3.0, null, null)
        .build();
  }

  private static String export(EcosystemGraph graph, NetworkExport.Format format) {
    StringWriter out = new StringWriter();
    Map<String, double[]> scores = new LinkedHashMap<>();
    scores.put("pagerank", new double[] {0.3, 0.4, 0.3});
    NetworkExport.write(NetworkView.whole(graph), format, scores, out);
    return out.toString();
  }

  private static List<String> ties(EcosystemData data) {
    return data.ties().stream()
        .map(
            t ->
                String.join(
                    " ",
                    t.from(),
                    t.to(),
                    t.kind().id(),
                    Double.toString(t.weight()),
                    String.valueOf(t.since()),
                    String.valueOf(t.until())))
        .sorted()
        .toList();
  }

  @Test
  void ourGexfAndGraphMlExportsReadBackToTheSameActorsAndTies() {
    for (NetworkExport.Format format :
        List.of(NetworkExport.Format.GEXF, NetworkExport.Format.GRAPHML)) {
      GraphFileParser.Result result =
          parse(export(small(), format), "network." + format.extension(), GraphMapping.DEFAULT);
      EcosystemData data = result.data();

      assertThat(result.format().root()).isEqualTo(format.extension());
      assertThat(data.actors())
          .containsExactly(
              new Actor(
                  "a1",
                  "Norrvik University",
                  Sector.ACADEMIA,
                  Set.of(Role.RESEARCH, Role.EDUCATION),
                  "SE332",
                  "SE",
                  List.of("space", "design"),
                  Map.of()),
              new Actor(
                  "a2",
                  "Björk & <Söner>",
                  Sector.BUSINESS,
                  Set.of(Role.FIRM),
                  "SE332",
                  "SE",
                  List.of("space"),
                  Map.of()),
              new Actor(
                  "a3", "Region Norrbotten", Sector.PUBLIC, Set.of(), "", "", List.of(), Map.of()));
      assertThat(ties(data))
          .as(format.name())
          .containsExactly(
              "a1 a2 collaboration 2.0 2019 2023",
              "a2 a1 trade 0.5 null null",
              "a2 a3 collaboration 1.0 null null",
              "a2 a3 collaboration 3.0 null null");
      assertThat(result.ecosystemIds()).containsExactly("space", "design");
      // the two a2-a3 ties differ only in weight: the second id gets |2, both are kept
      assertThat(data.ties()).extracting(Tie::id).doesNotHaveDuplicates();
      assertThat(data.ties()).extracting(Tie::source).containsOnly("network." + format.extension());
    }
  }

  @Test
  void theSameFileGivesTheSameTieIds() {
    String gexf = export(small(), NetworkExport.Format.GEXF);
    assertThat(parse(gexf, "n.gexf", GraphMapping.DEFAULT).data().ties())
        .extracting(Tie::id)
        .containsExactlyElementsOf(
            parse(gexf, "n.gexf", GraphMapping.DEFAULT).data().ties().stream()
                .map(Tie::id)
                .toList());
  }

  /**
   * As Gephi 0.10 saves a graph drawn by hand (src/test/resources/imports/graph/drawn.gexf, the
   * README's example): GEXF 1.3, a "type" node attribute, no kinds.
   */
  public static final String GEPHI = read("drawn.gexf");

  static String read(String name) {
    try {
      return java.nio.file.Files.readString(
          java.nio.file.Path.of("src/test/resources/imports/graph", name));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aGephiFileWithItsOwnAttributeNamesLoadsWithAMapping() {
    GraphMapping mapping =
        GraphMapping.DEFAULT
            .with("sector", "type")
            .with("since", "year")
            .withDefaults(
                null,
                "collaboration",
                GraphMapping.values("University:academia,Company:business"),
                null,
                null);

    EcosystemData data = parse(GEPHI, "drawn.gexf", mapping).data();

    assertThat(data.actors())
        .extracting(a -> a.id() + " " + a.name() + " " + a.sector().id())
        .containsExactly(
            "0 Luleå Tech academia", "1 Kiruna Drones AB business", "2 Region Norrbotten public");
    assertThat(ties(data))
        .containsExactly("0 1 collaboration 3.0 2021 null", "1 2 collaboration 1.0 null null");
  }

  @Test
  void withoutTheMappingTheGephiFileIsRefusedNamingNodeLineAndAttribute() {
    List<ImportProblem> problems = problems(GEPHI, "drawn.gexf", GraphMapping.DEFAULT);

    assertThat(problems)
        .contains(
            new ImportProblem(
                "drawn.gexf",
                13,
                "sector",
                "node '0' has no 'sector' attribute; map the attribute that holds the sector"
                    + " (sectorAttribute=...) or give defaultSector (one of academia, business,"
                    + " public, civil_society)"));
    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(26);
              assertThat(p.field()).isEqualTo("kind");
              assertThat(p.message()).startsWith("edge '0' has no 'kind' attribute");
            });
  }

  @Test
  void anUnknownSectorNamesTheValueAndHowToMapIt() {
    GraphMapping mapping =
        GraphMapping.DEFAULT
            .with("sector", "type")
            .withDefaults(null, "research", null, null, null);

    List<ImportProblem> problems = problems(GEPHI, "drawn.gexf", mapping);

    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).line()).isEqualTo(13);
    assertThat(problems.get(0).field()).isEqualTo("type");
    assertThat(problems.get(0).message())
        .isEqualTo(
            "node '0': unknown sector 'University'; expected one of academia, business, public,"
                + " civil_society, or map the file's values with sectorValues=VALUE:SECTOR,...");
    assertThat(problems.get(1).message()).startsWith("node '1': unknown sector 'Company'");
  }

  /** As yEd saves it: labels in its graphics, a custom "type" key, GraphML's defaults. */
  static final String YED =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="no"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
          xmlns:y="http://www.yworks.com/xml/graphml">
        <key for="node" id="d0" yfiles.type="nodegraphics"/>
        <key attr.name="type" attr.type="string" for="node" id="d1"><default>business</default></key>
        <key attr.name="kind" attr.type="string" for="edge" id="d2"/>
        <graph edgedefault="directed" id="G">
          <node id="n0">
            <data key="d0"><y:ShapeNode><y:NodeLabel>Arctic Capital Oy</y:NodeLabel></y:ShapeNode></data>
          </node>
          <node id="n1">
            <data key="d0"><y:ShapeNode><y:NodeLabel>Rovaniemi Design Lab</y:NodeLabel></y:ShapeNode></data>
            <data key="d1">civil_society</data>
          </node>
          <edge id="e0" source="n0" target="n1"><data key="d2">Capital</data></edge>
        </graph>
      </graphml>
      """;

  @Test
  void aYedFileTakesNamesFromItsLabelsAndKeyDefaults() {
    EcosystemData data =
        parse(YED, "drawn.graphml", GraphMapping.DEFAULT.with("sector", "type")).data();

    assertThat(data.actors())
        .extracting(a -> a.id() + " " + a.name() + " " + a.sector().id())
        .containsExactly("n0 Arctic Capital Oy business", "n1 Rovaniemi Design Lab civil_society");
    // capital is directed: from the edge's source to its target
    assertThat(ties(data)).containsExactly("n0 n1 capital 1.0 null null");
  }

  @Test
  void aWrongRootElementIsNamed() {
    String html = "<?xml version=\"1.0\"?>\n<html><body>not a graph</body></html>\n";

    assertThat(problems(html, "page.graphml", GraphMapping.DEFAULT))
        .containsExactly(
            new ImportProblem(
                "page.graphml",
                2,
                "",
                "the root element is <html>; a GEXF file starts with <gexf> and a GraphML file"
                    + " with <graphml>"));
  }

  @Test
  void anEdgeToANodeTheFileDoesNotHaveIsNamedWithItsLine() {
    String dangling = YED.replace("target=\"n1\"", "target=\"n7\"");

    List<ImportProblem> problems =
        problems(dangling, "drawn.graphml", GraphMapping.DEFAULT.with("sector", "type"));

    assertThat(problems)
        .containsExactly(
            new ImportProblem(
                "drawn.graphml",
                15,
                "target",
                "edge 'e0': target 'n7' is not a node of this file; every edge must join two of"
                    + " its nodes"));
  }

  @Test
  void aTruncatedFileIsNamedWithTheLineWhereItEnds() {
    String truncated = GEPHI.substring(0, GEPHI.indexOf("<edge id=\"1\""));

    List<ImportProblem> problems = problems(truncated, "drawn.gexf", GraphMapping.DEFAULT);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(29); // where the file ends
    assertThat(problems.get(0).message())
        .startsWith("not well-formed XML: ")
        .endsWith("(the file ends early: is it truncated?)");
  }

  @Test
  void refusesADoctypeSoNoEntityIsExpandedOrFetched() {
    String billionLaughs =
        """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <graphml><graph><node id="n0"><data key="d1">&lol9;</data></node></graph></graphml>
        """;
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE gexf [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <gexf><graph><nodes><node id="n0" label="&secret;"/></nodes></graph></gexf>
        """;

    for (String hostile : List.of(billionLaughs, xxe)) {
      List<ImportProblem> problems = problems(hostile, "hostile.graphml", GraphMapping.DEFAULT);

      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).line()).isEqualTo(2);
      assertThat(problems.get(0).message())
          .startsWith("the file declares a DOCTYPE, which is refused")
          .doesNotContain("root:");
    }
  }

  @Test
  void badValuesAreEachNamedWithTheirElement() {
    String bad =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key attr.name="sector" attr.type="string" for="node" id="s"/>
          <key attr.name="roles" attr.type="string" for="node" id="r"/>
          <key attr.name="kind" attr.type="string" for="edge" id="k"/>
          <key attr.name="weight" attr.type="double" for="edge" id="w"/>
          <key attr.name="since" attr.type="int" for="edge" id="y"/>
          <graph edgedefault="undirected">
            <node id="a b"><data key="s">business</data></node>
            <node id="x"><data key="s">business</data><data key="r">firm|wizard</data></node>
            <node id="y"><data key="s">academia</data></node>
            <edge source="x" target="y"><data key="k">gossip</data></edge>
            <edge source="x" target="y"><data key="k">trade</data><data key="w">-2</data></edge>
            <edge source="x" target="y"><data key="k">trade</data><data key="y">1066</data></edge>
          </graph>
        </graphml>
        """;

    assertThat(problems(bad, "bad.graphml", GraphMapping.DEFAULT))
        .extracting(p -> p.line() + " " + p.field())
        .containsExactly("9 id", "10 roles", "12 kind", "13 weight", "14 since");
  }
}

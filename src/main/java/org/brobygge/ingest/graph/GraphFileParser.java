package org.brobygge.ingest.graph;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
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
import org.jgrapht.alg.util.Triple;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.gexf.SimpleGEXFEventDrivenImporter;
import org.jgrapht.nio.graphml.GraphMLEventDrivenImporter;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a GEXF (Gephi) or GraphML (yEd, NetworkX, Cytoscape) file into {@link EcosystemData}: a
 * node is an actor, an edge a tie, their attributes mapped by a {@link GraphMapping}. Every problem
 * is collected with the file, the line of the node or edge, the attribute and the element's id, and
 * thrown together as {@link ImportRejectedException}.
 *
 * <p><b>Two passes.</b> First a hardened SAX pass of our own: DOCTYPE declarations are refused (so
 * there are no DTDs, no entities to expand, no external entities to fetch: no XXE, no billion
 * laughs), secure processing is on, and it checks the root element, well-formedness (a truncated
 * file is named with its line), the node and edge counts against the import's row limit, nested
 * graphs, duplicate node ids and edge ends that are not nodes, and notes each element's line. Only
 * a file that passes goes to jgrapht-io's event-driven importers ({@link
 * SimpleGEXFEventDrivenImporter}, {@link GraphMLEventDrivenImporter}, schema validation off, since
 * Gephi writes GEXF 1.3 and yEd adds its own namespaces), which read the attributes as the formats
 * define them (GEXF attribute titles, GraphML keys with defaults). Its parser is not hardened,
 * which is safe only because the first pass has proved there is no DOCTYPE.
 *
 * <p><b>Ties.</b> A directed kind runs from the edge's source to its target. The weight is the
 * mapped attribute (1 when absent), in that kind's unit. A tie's id is derived from its kind, ends,
 * years and source (as a native ties.csv row without an id), the source being the mapped attribute
 * or else the file's name; a second tie with the same values gets {@code |2}, and so on. The same
 * file imported again therefore writes nothing.
 */
public final class GraphFileParser {

  /** The two formats, by their root element. */
  public enum Format {
    GEXF("gexf"),
    GRAPHML("graphml");

    private final String root;

    Format(String root) {
      this.root = root;
    }

    /** The root element's local name. */
    public String root() {
      return root;
    }

    /** Whether {@code fileName} ends in a graph file's extension (.gexf, .graphml). */
    public static boolean isGraphFile(String fileName) {
      String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
      return lower.endsWith(".gexf") || lower.endsWith(".graphml");
    }
  }

  /**
   * What was read.
   *
   * @param data the actors and ties (no ecosystems: the file names ecosystems by id only)
   * @param format the file's format
   * @param ecosystemIds every ecosystem id a node names, in order of first use
   */
  public record Result(EcosystemData data, Format format, Set<String> ecosystemIds) {}

  static final int MAX_PROBLEMS = 1000;
  private static final Pattern SPLIT = Pattern.compile("\\s*\\|\\s*");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,9}");
  private static final Pattern DECIMAL =
      Pattern.compile("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final String YED_NAMESPACE_PART = "yworks.com";

  private final TieKinds tieKinds;
  private final NativeCsvParser.Limits limits;

  public GraphFileParser(TieKinds tieKinds, NativeCsvParser.Limits limits) {
    this.tieKinds = Objects.requireNonNull(tieKinds, "tieKinds");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Parses and checks {@code bytes}, the content of the file {@code fileName}.
   *
   * @throws ImportRejectedException listing every problem found, if there is one
   */
  public Result parse(byte[] bytes, String fileName, GraphMapping mapping) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(mapping, "mapping");
    String file = fileName == null || fileName.isBlank() ? "graph" : fileName;
    Problems problems = new Problems(file);
    byte[] content = withoutBom(bytes);
    Scan scan = scan(content, problems);
    problems.throwIfAny();
    Read read = read(content, scan, problems);
    problems.throwIfAny();
    Result result = convert(scan, read, file, mapping, problems);
    problems.throwIfAny();
    return result;
  }

  private static byte[] withoutBom(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
    }
    return bytes;
  }

  // ------------------------------------------------------------------ pass 1: the hardened scan

  /** A node or edge as the scan saw it, in document order. */
  private record Element(String id, long line, String source, String target, String weight) {}

  /** What the first pass learnt: format, each node's and edge's line, yEd labels. */
  private static final class Scan extends DefaultHandler {
    private final Problems problems;
    private final long maxElements;
    Locator locator;
    Format format;
    final Map<String, Element> nodes = new LinkedHashMap<>();
    final List<Element> edges = new ArrayList<>();
    final Map<String, StringBuilder> yedLabels = new HashMap<>();
    private int nodeDepth;
    private int edgeDepth;
    private int depth;
    private String currentNode;
    private StringBuilder label;

    Scan(Problems problems, long maxElements) {
      this.problems = problems;
      this.maxElements = maxElements;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    long line() {
      return locator == null ? 0 : locator.getLineNumber();
    }

    @Override
    public void startDocument() throws SAXException {
      if (locator instanceof Locator2 l2 && l2.getEncoding() != null) {
        String encoding = l2.getEncoding();
        if (!encoding.equalsIgnoreCase("UTF-8") && !encoding.equalsIgnoreCase("UTF8")) {
          problems.add(
              1,
              "",
              "the file is in "
                  + encoding
                  + "; save it as UTF-8 (Gephi and yEd write UTF-8 by default)");
          throw new SAXException("stop");
        }
      }
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes)
        throws SAXException {
      depth++;
      if (depth == 1) {
        for (Format f : Format.values()) {
          if (f.root().equals(local)) {
            format = f;
          }
        }
        if (format == null) {
          problems.add(
              line(),
              "",
              "the root element is <"
                  + qName
                  + ">; a GEXF file starts with <gexf> and a GraphML file with <graphml>");
          throw new SAXException("stop");
        }
        return;
      }
      switch (local) {
        case "node" -> {
          if (nodeDepth > 0 || edgeDepth > 0) {
            problems.add(
                line(),
                "",
                "node '"
                    + attributes.getValue("id")
                    + "' is inside another node: nested graphs and hierarchies are not"
                    + " supported; flatten the graph first");
            throw new SAXException("stop");
          }
          nodeDepth++;
          String id = attributes.getValue("id");
          currentNode = id;
          count();
          if (id == null) {
            problems.add(line(), "id", "a node without an id");
          } else if (nodes.containsKey(id)) {
            problems.add(
                line(),
                "id",
                "duplicate node id '" + id + "', first used on line " + nodes.get(id).line());
          } else {
            nodes.put(id, new Element(id, line(), null, null, null));
          }
        }
        case "edge" -> {
          edgeDepth++;
          if (edgeDepth == 1 && nodeDepth == 0) {
            count();
            edges.add(
                new Element(
                    attributes.getValue("id"),
                    line(),
                    attributes.getValue("source"),
                    attributes.getValue("target"),
                    attributes.getValue("weight")));
          }
        }
        case "hyperedge" ->
            problems.add(line(), "", "hyperedges are not supported; use edges between two nodes");
        case "NodeLabel" -> {
          if (uri != null && uri.contains(YED_NAMESPACE_PART) && currentNode != null) {
            label = new StringBuilder();
          }
        }
        default -> {}
      }
    }

    private void count() throws SAXException {
      if (nodes.size() + edges.size() >= maxElements) {
        problems.add(
            line(),
            "",
            "more than "
                + maxElements
                + " nodes and edges (brobygge.import.max-rows); split the file");
        throw new SAXException("stop");
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (label != null && label.length() < 10_000) {
        label.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      depth--;
      switch (local) {
        case "node" -> {
          nodeDepth--;
          currentNode = null;
        }
        case "edge" -> edgeDepth--;
        case "NodeLabel" -> {
          if (label != null && currentNode != null) {
            yedLabels.putIfAbsent(currentNode, label);
          }
          label = null;
        }
        default -> {}
      }
    }

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }

  private Scan scan(byte[] content, Problems problems) {
    Scan scan = new Scan(problems, limits.maxRows());
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      var reader = factory.newSAXParser().getXMLReader();
      reader.setContentHandler(scan);
      reader.setErrorHandler(scan);
      reader.parse(new InputSource(new ByteArrayInputStream(content)));
    } catch (SAXParseException e) {
      problems.add(Math.max(e.getLineNumber(), 0), "", xmlMessage(e.getMessage()));
    } catch (SAXException e) {
      if (!problems.any()) {
        problems.add(scan.line(), "", xmlMessage(e.getMessage()));
      }
    } catch (java.io.IOException | javax.xml.parsers.ParserConfigurationException e) {
      problems.add(0, "", "could not read the file: " + e.getMessage());
    }
    if (problems.any()) {
      return scan;
    }
    if (scan.format == null) {
      problems.add(0, "", "the file is empty; expected a GEXF or GraphML document");
      return scan;
    }
    for (Element edge : scan.edges) {
      String which = "edge" + (edge.id() == null ? "" : " '" + edge.id() + "'");
      for (String end : List.of("source", "target")) {
        String id = end.equals("source") ? edge.source() : edge.target();
        if (id == null) {
          problems.add(edge.line(), end, which + " has no " + end);
        } else if (!scan.nodes.containsKey(id)) {
          problems.add(
              edge.line(),
              end,
              which
                  + ": "
                  + end
                  + " '"
                  + id
                  + "' is not a node of this file; every edge must join two of its nodes");
        }
      }
    }
    return scan;
  }

  /** The XML parser's message with the DOCTYPE refusal in our words. */
  private static String xmlMessage(String message) {
    if (message != null && message.contains("DOCTYPE")) {
      return "the file declares a DOCTYPE, which is refused: DTDs and entities could read other"
          + " files or expand without bound (XXE, billion laughs). GEXF and GraphML need none;"
          + " remove the <!DOCTYPE ...> declaration";
    }
    return "not well-formed XML: "
        + message
        + (message != null && message.contains("must start and end within the same entity")
            ? " (the file ends early: is it truncated?)"
            : "");
  }

  // --------------------------------------------------------------- pass 2: jgrapht-io's readers

  /** Attributes per node and per edge (edges in document order), all as text. */
  private record Read(Map<String, Map<String, String>> nodes, List<Map<String, String>> edges) {}

  private Read read(byte[] content, Scan scan, Problems problems) {
    Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
    List<Map<String, String>> edges = new ArrayList<>();
    Map<Triple<String, String, Double>, Map<String, String>> byEdge = new IdentityHashMap<>();
    BaseEventDrivenImporter<String, Triple<String, String, Double>> importer;
    if (scan.format == Format.GEXF) {
      SimpleGEXFEventDrivenImporter gexf = new SimpleGEXFEventDrivenImporter();
      gexf.setSchemaValidation(false);
      importer = gexf;
    } else {
      GraphMLEventDrivenImporter graphMl = new GraphMLEventDrivenImporter();
      graphMl.setSchemaValidation(false);
      importer = graphMl;
    }
    importer.addVertexConsumer(id -> nodes.computeIfAbsent(id, k -> new LinkedHashMap<>()));
    importer.addVertexAttributeConsumer(
        (vertexAndName, attribute) ->
            nodes
                .computeIfAbsent(vertexAndName.getFirst(), k -> new LinkedHashMap<>())
                .put(vertexAndName.getSecond(), value(attribute)));
    importer.addEdgeConsumer(
        edge -> {
          Map<String, String> attributes = new LinkedHashMap<>();
          byEdge.put(edge, attributes);
          edges.add(attributes);
        });
    importer.addEdgeAttributeConsumer(
        (edgeAndName, attribute) -> {
          Map<String, String> attributes = byEdge.get(edgeAndName.getFirst());
          if (attributes != null) {
            attributes.put(edgeAndName.getSecond(), value(attribute));
          }
        });
    try {
      ((org.jgrapht.nio.EventDrivenImporter<?, ?>) importer)
          .importInput(
              new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
    } catch (ImportException | IllegalArgumentException e) {
      long line = 0;
      String message = null;
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SAXParseException p) {
          line = Math.max(p.getLineNumber(), 0);
        }
        if (t.getMessage() != null) {
          message = t.getMessage();
        }
        if (t instanceof NullPointerException) {
          message =
              "an <attvalue> refers to an attribute the file does not declare in <attributes>";
        }
      }
      problems.add(line, "", "the " + scan.format.root() + " reader failed: " + message);
    }
    if (!problems.any() && edges.size() != scan.edges.size()) {
      problems.add(
          0,
          "",
          "read "
              + edges.size()
              + " edges where the file has "
              + scan.edges.size()
              + "; is an edge outside the <graph> element?");
    }
    return new Read(nodes, edges);
  }

  private static String value(Attribute attribute) {
    return attribute == null || attribute.getValue() == null ? null : attribute.getValue().strip();
  }

  // ----------------------------------------------------------------------- pass 3: the model

  private Result convert(
      Scan scan, Read read, String file, GraphMapping mapping, Problems problems) {
    List<Actor> actors = new ArrayList<>();
    Set<String> ecosystemIds = new LinkedHashSet<>();
    for (Element node : scan.nodes.values()) {
      Map<String, String> attributes = read.nodes().getOrDefault(node.id(), Map.of());
      Actor actor = actor(node, attributes, scan, mapping, problems, ecosystemIds);
      if (actor != null) {
        actors.add(actor);
      }
    }
    List<Tie> ties = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < scan.edges.size(); i++) {
      Element edge = scan.edges.get(i);
      Map<String, String> attributes = read.edges().get(i);
      Tie tie = tie(edge, attributes, scan.format, file, mapping, problems);
      if (tie != null) {
        int occurrence = seen.merge(tie.id(), 1, Integer::sum);
        if (occurrence > 1) {
          tie =
              new Tie(
                  tie.id() + "|" + occurrence,
                  tie.from(),
                  tie.to(),
                  tie.kind(),
                  tie.weight(),
                  tie.since(),
                  tie.until(),
                  tie.source());
        }
        ties.add(tie);
      }
    }
    return new Result(new EcosystemData(List.of(), actors, ties), scan.format, ecosystemIds);
  }

  private Actor actor(
      Element node,
      Map<String, String> attributes,
      Scan scan,
      GraphMapping mapping,
      Problems problems,
      Set<String> ecosystemIds) {
    String id = node.id();
    long line = node.line();
    String which = "node '" + id + "'";
    int before = problems.count();
    checkId(id, line, "id", which, problems);
    String name = text(attributes, mapping.name(), line, which, problems);
    if (name == null || name.isEmpty()) {
      StringBuilder yed = scan.yedLabels.get(id);
      name = yed != null && !yed.toString().isBlank() ? yed.toString().strip() : id;
    }
    Sector sector = null;
    String sectorText = text(attributes, mapping.sector(), line, which, problems);
    if (sectorText == null || sectorText.isEmpty()) {
      sectorText = mapping.defaultSector();
    }
    if (sectorText == null || sectorText.isEmpty()) {
      problems.add(
          line,
          mapping.sector(),
          which
              + " has no '"
              + mapping.sector()
              + "' attribute; map the attribute that holds the sector (sectorAttribute=...) or"
              + " give defaultSector (one of "
              + String.join(", ", Sector.ids())
              + ")");
    } else {
      String mapped = GraphMapping.mapped(mapping.sectorValues(), sectorText);
      sector = Sector.fromId(mapped).orElse(null);
      if (sector == null) {
        problems.add(
            line,
            mapping.sector(),
            which
                + ": unknown sector '"
                + sectorText
                + "'; expected one of "
                + String.join(", ", Sector.ids())
                + ", or map the file's values with sectorValues=VALUE:SECTOR,...");
      }
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String roleText : list(text(attributes, mapping.roles(), line, which, problems))) {
      Role.fromId(roleText.toLowerCase(Locale.ROOT))
          .ifPresentOrElse(
              roles::add,
              () ->
                  problems.add(
                      line,
                      mapping.roles(),
                      which
                          + ": unknown role '"
                          + roleText
                          + "'; expected any of "
                          + String.join(", ", Role.ids())
                          + ", separated by '|'"));
    }
    List<String> ecosystems = new ArrayList<>();
    for (String e : list(text(attributes, mapping.ecosystems(), line, which, problems))) {
      if (checkId(e, line, mapping.ecosystems(), which + ": ecosystem", problems)
          && !ecosystems.contains(e)) {
        ecosystems.add(e);
        ecosystemIds.add(e);
      }
    }
    String region = text(attributes, mapping.region(), line, which, problems);
    String country = text(attributes, mapping.country(), line, which, problems);
    if (country != null && !country.isEmpty() && !COUNTRY.matcher(country).matches()) {
      problems.add(
          line,
          mapping.country(),
          which + ": '" + country + "' is not a two-letter upper-case country code such as SE");
    }
    if (problems.count() > before || sector == null) {
      return null;
    }
    return new Actor(id, name, sector, roles, region, country, ecosystems, Map.of());
  }

  private Tie tie(
      Element edge,
      Map<String, String> attributes,
      Format format,
      String file,
      GraphMapping mapping,
      Problems problems) {
    long line = edge.line();
    String which = "edge" + (edge.id() == null ? " on this line" : " '" + edge.id() + "'");
    int before = problems.count();
    String from = edge.source();
    String to = edge.target();
    if (from.equals(to)) {
      problems.add(
          line, "target", which + ": a tie joins two different actors; '" + from + "' is on both");
    }
    TieKind kind = null;
    String kindText = text(attributes, mapping.kind(), line, which, problems);
    if (kindText == null || kindText.isEmpty()) {
      kindText = mapping.defaultKind();
    }
    if (kindText == null || kindText.isEmpty()) {
      problems.add(
          line,
          mapping.kind(),
          which
              + " has no '"
              + mapping.kind()
              + "' attribute; map the attribute that holds the tie kind (kindAttribute=...) or"
              + " give defaultKind (one of "
              + String.join(", ", tieKinds.ids())
              + ")");
    } else {
      String mapped = GraphMapping.mapped(mapping.kindValues(), kindText);
      kind = tieKinds.byId(mapped).orElse(null);
      if (kind == null) {
        problems.add(
            line,
            mapping.kind(),
            which
                + ": unknown tie kind '"
                + kindText
                + "'; expected one of "
                + String.join(", ", tieKinds.ids())
                + " (more can be configured in brobygge.tie-kinds), or map the file's values"
                + " with kindValues=VALUE:KIND,...");
      }
    }
    String weightText =
        format == Format.GEXF && mapping.weight().equals("weight")
            ? edge.weight()
            : text(attributes, mapping.weight(), line, which, problems);
    double weight = 1.0;
    if (weightText != null && !weightText.isBlank()) {
      String w = weightText.strip();
      if (!DECIMAL.matcher(w).matches()) {
        problems.add(
            line,
            mapping.weight(),
            which + ": '" + w + "' is not a number (use a '.' for decimals, e.g. 2.5)");
      } else {
        weight = Double.parseDouble(w);
        if (!(weight > 0) || Double.isInfinite(weight)) {
          problems.add(line, mapping.weight(), which + ": weight must be greater than 0, not " + w);
        }
      }
    }
    Integer since = year(attributes, mapping.since(), line, which, problems);
    Integer until = year(attributes, mapping.until(), line, which, problems);
    if (since != null && until != null && until < since) {
      problems.add(line, mapping.until(), which + ": until " + until + " is before since " + since);
    }
    String source = text(attributes, mapping.source(), line, which, problems);
    if (source == null || source.isEmpty()) {
      source = file;
    }
    if (problems.count() > before || kind == null) {
      return null;
    }
    String id = NativeCsvParser.derivedTieId(kind, from, to, since, until, source);
    return new Tie(id, from, to, kind, weight, since, until, source);
  }

  private Integer year(
      Map<String, String> attributes, String name, long line, String which, Problems problems) {
    String text = text(attributes, name, line, which, problems);
    if (text == null || text.isEmpty()) {
      return null;
    }
    // GEXF and GraphML integers may come as "2019.0" from tools that store years as doubles
    String whole = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    if (!WHOLE.matcher(whole).matches()) {
      problems.add(line, name, which + ": '" + text + "' is not a year such as 2019");
      return null;
    }
    int year = Integer.parseInt(whole);
    if (year < NativeCsvParser.MIN_YEAR || year > NativeCsvParser.MAX_YEAR) {
      problems.add(
          line,
          name,
          which
              + ": year "
              + year
              + " is outside "
              + NativeCsvParser.MIN_YEAR
              + ".."
              + NativeCsvParser.MAX_YEAR);
      return null;
    }
    return year;
  }

  /** The attribute {@code name} (exact, else ignoring case), checked against the limits. */
  private String text(
      Map<String, String> attributes, String name, long line, String which, Problems problems) {
    String value = attributes.get(name);
    if (value == null) {
      for (Map.Entry<String, String> e : attributes.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
          value = e.getValue();
          break;
        }
      }
    }
    if (value != null && value.length() > limits.maxCellLength()) {
      problems.add(
          line,
          name,
          which
              + ": the value has "
              + value.length()
              + " characters, more than "
              + limits.maxCellLength()
              + " (brobygge.import.max-cell-length)");
      return null;
    }
    if (value != null && value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
      problems.add(line, name, which + ": the value holds a control character or line break");
      return null;
    }
    return value;
  }

  private static List<String> list(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(SPLIT.split(text.strip())).filter(s -> !s.isEmpty()).toList();
  }

  private boolean checkId(String id, long line, String field, String which, Problems problems) {
    if (id == null) {
      return false;
    }
    if (id.length() > limits.maxIdLength()) {
      problems.add(
          line,
          field,
          which + ": the id has " + id.length() + " characters, more than " + limits.maxIdLength());
      return false;
    }
    if (!NativeCsvParser.ID.matcher(id).matches()) {
      problems.add(
          line,
          field,
          which
              + ": '"
              + id
              + "' is not a valid id: letters, digits and . _ - : only, starting with a letter"
              + " or digit (no spaces or '|')");
      return false;
    }
    return true;
  }

  /** The problems of one file, capped at {@value #MAX_PROBLEMS} listed. */
  private static final class Problems {
    private final String file;
    private final List<ImportProblem> list = new ArrayList<>();
    private int count;

    Problems(String file) {
      this.file = file;
    }

    void add(long line, String field, String message) {
      count++;
      if (list.size() < MAX_PROBLEMS) {
        list.add(new ImportProblem(file, line, field == null ? "" : field, message));
      }
    }

    int count() {
      return count;
    }

    boolean any() {
      return count > 0;
    }

    void throwIfAny() {
      if (count == 0) {
        return;
      }
      List<ImportProblem> all = new ArrayList<>(list);
      if (count > list.size()) {
        all.add(
            new ImportProblem(
                file, 0, "", (count - list.size()) + " more problems not listed; fix these first"));
      }
      throw new ImportRejectedException(all);
    }
  }
}

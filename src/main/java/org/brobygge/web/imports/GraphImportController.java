package org.brobygge.web.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Map;
import org.brobygge.ingest.graph.GraphFileImporter;
import org.brobygge.ingest.graph.GraphFileParser;
import org.brobygge.ingest.graph.GraphMapping;
import org.brobygge.web.ApiException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/imports/graph")
@Tag(name = "Imports")
class GraphImportController {

  private final GraphFileImporter importer;

  GraphImportController(GraphFileImporter importer) {
    this.importer = importer;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Import a GEXF or GraphML file",
      description =
          "Give the part file: a .gexf (Gephi) or .graphml (yEd, NetworkX, Cytoscape) file, or"
              + " one GET /api/export wrote. A node is an actor (id, name from 'label', sector,"
              + " roles, ecosystems, region, country), an edge a tie (kind, weight in that"
              + " kind's unit, since, until; a directed kind runs from source to target). The"
              + " attribute names default to our export's; the *Attribute parameters map other"
              + " names, sectorValues/kindValues map other values, defaultSector/defaultKind"
              + " fill in missing ones. Ecosystem ids the database lacks are created, named by"
              + " their id (createEcosystems=false refuses them). DOCTYPEs are refused (no"
              + " entities, no XXE). Validated before anything is written; all or nothing; the"
              + " same file again writes nothing. See README, 'Importing GEXF and GraphML'.")
  @ApiResponse(
      responseCode = "200",
      description = "Imported; what was read and written, and the ecosystems created")
  @ApiResponse(
      responseCode = "422",
      description =
          "Rejected: every problem with file, line, field (the file's attribute) and message"
              + " (naming the node or edge id) under 'errors'; nothing written",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "409",
      description =
          "Another import was being written and did not finish within brobygge.import.lock-wait;"
              + " nothing written. Send the file again after Retry-After seconds",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "400",
      description = "No file, a file that is not .gexf or .graphml, or a bad value mapping",
      content = @Content(mediaType = "application/problem+json"))
  GraphFileImporter.GraphImportReport importGraph(
      @Parameter(
              description = "the .gexf or .graphml file",
              schema = @Schema(type = "string", format = "binary"))
          @RequestPart(required = false)
          MultipartFile file,
      @Parameter(description = "node attribute with the actor's name (default label)")
          @RequestParam(required = false)
          String nameAttribute,
      @Parameter(description = "node attribute with the sector (default sector), e.g. type")
          @RequestParam(required = false)
          String sectorAttribute,
      @Parameter(description = "node attribute with roles separated by | (default roles)")
          @RequestParam(required = false)
          String rolesAttribute,
      @Parameter(
              description = "node attribute with ecosystem ids separated by | (default ecosystems)")
          @RequestParam(required = false)
          String ecosystemsAttribute,
      @Parameter(description = "node attribute with the region (default region)")
          @RequestParam(required = false)
          String regionAttribute,
      @Parameter(description = "node attribute with the country code (default country)")
          @RequestParam(required = false)
          String countryAttribute,
      @Parameter(description = "edge attribute with the tie kind (default kind)")
          @RequestParam(required = false)
          String kindAttribute,
      @Parameter(description = "edge attribute with the weight (default weight)")
          @RequestParam(required = false)
          String weightAttribute,
      @Parameter(description = "edge attribute with the first year (default since)")
          @RequestParam(required = false)
          String sinceAttribute,
      @Parameter(description = "edge attribute with the last year (default until)")
          @RequestParam(required = false)
          String untilAttribute,
      @Parameter(
              description =
                  "edge attribute naming where the tie was learnt (default provenance; without"
                      + " it, the file's name)")
          @RequestParam(required = false)
          String sourceAttribute,
      @Parameter(
              description =
                  "the file's sector values to sector ids, e.g."
                      + " University:academia,Company:business (any case)")
          @RequestParam(required = false)
          String sectorValues,
      @Parameter(description = "the file's kind values to tie kind ids, e.g. funds:capital")
          @RequestParam(required = false)
          String kindValues,
      @Parameter(description = "sector of a node without one; without it, that is an error")
          @RequestParam(required = false)
          String defaultSector,
      @Parameter(description = "kind of an edge without one; without it, that is an error")
          @RequestParam(required = false)
          String defaultKind,
      @Parameter(description = "create ecosystems the database does not have (named by id)")
          @RequestParam(defaultValue = "true")
          boolean createEcosystems)
      throws IOException {
    if (!Uploads.present(file)) {
      throw ApiException.badRequest(
          "No file: send multipart/form-data with the part file (a .gexf or .graphml file)."
              + " Example: curl -F file=@network.gexf -H 'Authorization: Bearer <token>' '"
              + Uploads.here()
              + "?sectorAttribute=type'");
    }
    String name = file.getOriginalFilename();
    if (name == null || name.isBlank()) {
      name = "graph";
    } else if (!GraphFileParser.Format.isGraphFile(name)) {
      throw ApiException.badParameter(
          "file",
          "'"
              + name
              + "' is not a .gexf or .graphml file; send native CSV files to /api/imports and"
              + " CORDIS files to /api/imports/cordis");
    }
    GraphMapping mapping = GraphMapping.DEFAULT;
    Map<String, String> attributes = new java.util.LinkedHashMap<>();
    attributes.put("name", nameAttribute);
    attributes.put("sector", sectorAttribute);
    attributes.put("roles", rolesAttribute);
    attributes.put("ecosystems", ecosystemsAttribute);
    attributes.put("region", regionAttribute);
    attributes.put("country", countryAttribute);
    attributes.put("kind", kindAttribute);
    attributes.put("weight", weightAttribute);
    attributes.put("since", sinceAttribute);
    attributes.put("until", untilAttribute);
    attributes.put("source", sourceAttribute);
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      mapping = mapping.with(e.getKey(), e.getValue());
    }
    mapping =
        mapping.withDefaults(
            defaultSector,
            defaultKind,
            values("sectorValues", sectorValues),
            values("kindValues", kindValues),
            createEcosystems);
    return importer.importFile(file.getBytes(), name, mapping);
  }

  private static Map<String, String> values(String parameter, String text) {
    try {
      return GraphMapping.values(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter(parameter, e.getMessage());
    }
  }
}

package org.brobygge.web.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.brobygge.ingest.CsvDialect;
import org.brobygge.ingest.sheets.MemberListImporter;
import org.brobygge.model.Sector;
import org.brobygge.web.ApiException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A cluster's member list (CSV or .xlsx) made into memberships of one ecosystem. */
@RestController
@Tag(name = "Imports")
class MemberImportController {

  private final MemberListImporter members;

  MemberImportController(MemberListImporter members) {
    this.members = members;
  }

  @PostMapping(
      value = "/api/ecosystems/{id}/members/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Import a member list into one ecosystem",
      description =
          "Part members: a CSV file or an .xlsx (its sheet 'members', else the first) with a"
              + " column name and optionally id, orgNumber (or vat) and sector. Each row is"
              + " matched to an existing actor by exact id, then organisation/VAT number, then"
              + " normalised name (case, diacritics, punctuation and legal forms such as AB, Oy,"
              + " Ltd ignored) and made a member; a row matching none creates an actor (sector"
              + " from its column or the parameter sector). A row matching several actors is"
              + " ambiguous: the import is refused with 422 listing the candidates, unless"
              + " createAmbiguous=true. All or nothing; dryRun=true reports without writing.")
  @ApiResponse(
      responseCode = "200",
      description = "The rows matched, created and (with createAmbiguous) ambiguous")
  @ApiResponse(
      responseCode = "422",
      description =
          "Rejected (bad header, a row without name, a new actor without sector, ambiguous"
              + " rows): every problem under 'errors' with file, line (row), field, message;"
              + " nothing written",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "404",
      description = "No such ecosystem",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "400",
      description = "No members part, or a bad parameter",
      content = @Content(mediaType = "application/problem+json"))
  MemberListImporter.MemberImportReport importMembers(
      @PathVariable String id,
      @Parameter(
              description = "the member list: .csv or .xlsx",
              schema = @Schema(type = "string", format = "binary"))
          @RequestPart(required = false)
          MultipartFile members,
      @Parameter(
              description = "sector of new actors whose row has none",
              schema =
                  @Schema(allowableValues = {"academia", "business", "public", "civil_society"}))
          @RequestParam(required = false)
          String sector,
      @Parameter(description = "create a new actor for a row that matches several")
          @RequestParam(defaultValue = "false")
          boolean createAmbiguous,
      @Parameter(description = "match and report only; write nothing")
          @RequestParam(defaultValue = "false")
          boolean dryRun,
      @Parameter(description = "CSV cell separator (',', ';', tab); detected when left out")
          @RequestParam(required = false)
          String delimiter)
      throws IOException {
    if (!Uploads.present(members)) {
      throw ApiException.badRequest(
          "No member list: send multipart/form-data with a part members (.csv or .xlsx), e.g."
              + " curl -F members=@members.xlsx -H 'Authorization: Bearer <token>'"
              + " "
              + Uploads.here()
              + "?sector=business");
    }
    Sector defaultSector = null;
    if (sector != null && !sector.isBlank()) {
      defaultSector =
          Sector.fromId(sector.strip())
              .orElseThrow(() -> ApiException.badChoice("sector", sector, Sector.ids()));
    }
    CsvDialect dialect;
    try {
      dialect = CsvDialect.of(delimiter, null);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("delimiter", e.getMessage());
    }
    try {
      return this.members.importMembers(
          id,
          members.getBytes(),
          Uploads.name(members, "members.csv"),
          dialect,
          new MemberListImporter.Options(defaultSector, createAmbiguous, dryRun));
    } catch (MemberListImporter.UnknownEcosystemException e) {
      throw ApiException.notFound("ecosystem", id);
    }
  }
}

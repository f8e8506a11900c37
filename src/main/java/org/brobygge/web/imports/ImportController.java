package org.brobygge.web.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.brobygge.ingest.CsvDialect;
import org.brobygge.ingest.ImportFiles;
import org.brobygge.ingest.NativeImporter;
import org.brobygge.ingest.sheets.SpreadsheetImporter;
import org.brobygge.web.ApiException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports")
class ImportController {

  private final NativeImporter importer;
  private final SpreadsheetImporter spreadsheets;

  ImportController(NativeImporter importer, SpreadsheetImporter spreadsheets) {
    this.importer = importer;
    this.spreadsheets = spreadsheets;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Import native CSV files",
      description =
          "Give any of the parts ecosystems, actors, ties, memberships (the CSV files of the"
              + " native format, see README), or one part archive (a zip holding them), or one part"
              + " workbook (an .xlsx with the sheets ecosystems, actors, ties; an archive part"
              + " whose file name ends in .xlsx is read as one too). Everything is"
              + " validated before anything is written; the write is all or nothing and"
              + " idempotent (ids are keys). References may name rows of the same import or ids"
              + " already in the database. mode=replace&ecosystem=ID replaces that ecosystem's"
              + " members and ties in the same transaction.")
  @ApiResponse(
      responseCode = "200",
      description =
          "Imported; what was read and what changed (with mode=replace also the ecosystem"
              + " replaced and the memberships and ties removed)",
      content =
          @Content(
              schema =
                  @Schema(
                      oneOf = {
                        NativeImporter.ImportReport.class,
                        NativeImporter.ReplaceReport.class
                      })))
  @ApiResponse(
      responseCode = "404",
      description = "mode=replace: the ecosystem is neither in the database nor in the files",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "422",
      description =
          "Rejected: every problem with file, line, field and message under 'errors'; nothing"
              + " written",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "409",
      description =
          "Another import was being written and did not finish within brobygge.import.lock-wait"
              + " (2 s by default); the files were valid, nothing was written. Send them again"
              + " after the Retry-After header's seconds (the running import's estimated rest)",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "400",
      description = "No files, or files and an archive together",
      content = @Content(mediaType = "application/problem+json"))
  Object importFiles(
      @Parameter(
              description =
                  "merge (default): add and update rows, remove nothing. replace: also make the"
                      + " ecosystem's members and ties the files' (README, Import format)")
          @RequestParam(defaultValue = "merge")
          ImportChoices.Mode mode,
      @Parameter(description = "with mode=replace: the ecosystem whose members and ties to replace")
          @RequestParam(required = false)
          String ecosystem,
      @Parameter(
              description = "ecosystems.csv",
              schema = @Schema(type = "string", format = "binary"))
          @RequestPart(required = false)
          MultipartFile ecosystems,
      @Parameter(description = "actors.csv", schema = @Schema(type = "string", format = "binary"))
          @RequestPart(required = false)
          MultipartFile actors,
      @Parameter(description = "ties.csv", schema = @Schema(type = "string", format = "binary"))
          @RequestPart(required = false)
          MultipartFile ties,
      @Parameter(
              description =
                  "memberships.csv (optional: actor, ecosystem, since, until: memberships with"
                      + " years)",
              schema = @Schema(type = "string", format = "binary"))
          @RequestPart(required = false)
          MultipartFile memberships,
      @Parameter(
              description = "a zip with ecosystems.csv, actors.csv, ties.csv",
              schema = @Schema(type = "string", format = "binary"))
          @RequestPart(required = false)
          MultipartFile archive,
      @Parameter(
              description =
                  "an .xlsx workbook with the sheets ecosystems, actors, ties (template: GET"
                      + " /api/imports/template.xlsx); problems name the sheet, row and column",
              schema = @Schema(type = "string", format = "binary"))
          @RequestPart(required = false)
          MultipartFile workbook,
      @Parameter(
              description =
                  "cell separator of the CSV files: ',' or comma, ';' or semicolon, tab; detected"
                      + " from each file's header when left out")
          @RequestParam(required = false)
          String delimiter,
      @Parameter(
              description =
                  "decimal mark of the weights: '.' or point, ',' or comma; when left out, '.' in"
                      + " a comma-separated file and either (one throughout the file) in a"
                      + " semicolon-separated one")
          @RequestParam(required = false)
          String decimal)
      throws IOException {
    CsvDialect dialect;
    try {
      CsvDialect.of(delimiter, null);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("delimiter", e.getMessage());
    }
    try {
      dialect = CsvDialect.of(delimiter, decimal);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("decimal", e.getMessage());
    }
    if (Uploads.present(archive) && SpreadsheetImporter.isWorkbook(archive.getOriginalFilename())) {
      workbook = Uploads.present(workbook) ? workbook : archive;
      archive = workbook == archive ? null : archive;
    }
    boolean anyFile =
        Uploads.present(ecosystems)
            || Uploads.present(actors)
            || Uploads.present(ties)
            || Uploads.present(memberships);
    if (Uploads.present(workbook)) {
      if (anyFile || Uploads.present(archive)) {
        throw ApiException.badRequest(
            "Send either one workbook (.xlsx), or the CSV parts, or one archive; not several.");
      }
      return spreadsheets.importWorkbook(
          workbook.getBytes(), Uploads.name(workbook, "workbook.xlsx"));
    }
    if (Uploads.present(archive) && anyFile) {
      throw ApiException.badRequest(
          "Send either the CSV parts (ecosystems, actors, ties) or one archive, not both.");
    }
    ImportFiles files;
    if (Uploads.present(archive)) {
      try (InputStream in = archive.getInputStream()) {
        files = ImportFiles.fromZip(in, Uploads.name(archive, "archive"));
      }
    } else if (anyFile) {
      files =
          ImportFiles.of(
              Uploads.bytes(ecosystems),
              Uploads.bytes(actors),
              Uploads.bytes(ties),
              Uploads.bytes(memberships));
    } else {
      throw ApiException.badRequest(
          "No files: send multipart/form-data with parts ecosystems, actors and/or ties (CSV),"
              + " or one part archive (zip). Example: curl -F ecosystems=@ecosystems.csv"
              + " -F actors=@actors.csv -F ties=@ties.csv -H 'Authorization: Bearer <token>'"
              + " "
              + Uploads.here());
    }
    if (mode == ImportChoices.Mode.REPLACE) {
      if (ecosystem == null || ecosystem.isBlank()) {
        throw ApiException.badParameter(
            "ecosystem",
            "mode=replace needs the ecosystem to replace: POST"
                + " /api/imports?mode=replace&ecosystem=<id>");
      }
      try {
        return importer.replaceFiles(files, ecosystem);
      } catch (NativeImporter.UnknownEcosystemException e) {
        throw ApiException.notFound("Ecosystem not found", e.getMessage(), "ecosystem");
      }
    }
    if (ecosystem != null) {
      throw ApiException.badParameter(
          "ecosystem", "ecosystem is only for mode=replace; a merge import names no ecosystem.");
    }
    return importer.importFiles(files, dialect);
  }
}

package org.brobygge.web.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.brobygge.ingest.sheets.SpreadsheetImporter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The template workbook for spreadsheet imports. */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports")
class SpreadsheetController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final SpreadsheetImporter spreadsheets;

  SpreadsheetController(SpreadsheetImporter spreadsheets) {
    this.spreadsheets = spreadsheets;
  }

  @GetMapping(value = "/template.xlsx", produces = XLSX)
  @Operation(
      summary = "Download the template workbook",
      description =
          "An .xlsx with the sheets ecosystems, actors and ties (the native headers and example"
              + " rows that import as they are), drop-down lists of the sectors and the"
              + " configured tie kinds, and a notes sheet on every column. Fill it in and send it"
              + " as the part workbook of POST /api/imports.")
  @ApiResponse(
      responseCode = "200",
      description = "The workbook",
      content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
  ResponseEntity<byte[]> template() {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(XLSX))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("brobygge-template.xlsx").build().toString())
        .body(spreadsheets.template());
  }
}

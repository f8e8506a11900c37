package org.brobygge.web.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.brobygge.ingest.ImportBusyException;
import org.brobygge.ingest.ImportFiles;
import org.brobygge.ingest.NativeImporter;
import org.brobygge.web.ApiException;
import org.brobygge.web.WriteAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "Import", description = "Load ecosystems, actors and ties in the native CSV format")
class ImportController {

  private final NativeImporter importer;

  ImportController(NativeImporter importer) {
    this.importer = importer;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @SecurityRequirement(name = WriteAccess.SCHEME)
  @ApiResponse(
      responseCode = "401",
      description = "No write token (Authorization: Bearer); nothing written",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "403",
      description = "Wrong write token; nothing written",
      content = @Content(mediaType = "application/problem+json"))
  @Operation(
      summary = "Import native CSV files",
      description =
          "Give any of the parts ecosystems, actors, ties (the three CSV files of the native"
              + " format, see README) or one part archive (a zip holding them). Everything is"
              + " validated before anything is written; the write is all or nothing and"
              + " idempotent (ids are keys). References may name rows of the same import or ids"
              + " already in the database.")
  @ApiResponse(responseCode = "200", description = "Imported; what was read and what changed")
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
  NativeImporter.ImportReport importFiles(
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
              description = "a zip with ecosystems.csv, actors.csv, ties.csv",
              schema = @Schema(type = "string", format = "binary"))
          @RequestPart(required = false)
          MultipartFile archive)
      throws IOException {
    boolean anyFile = present(ecosystems) || present(actors) || present(ties);
    if (present(archive) && anyFile) {
      throw ApiException.badRequest(
          "Send either the CSV parts (ecosystems, actors, ties) or one archive, not both.");
    }
    ImportFiles files;
    if (present(archive)) {
      try (InputStream in = archive.getInputStream()) {
        files = ImportFiles.fromZip(in, name(archive, "archive"));
      }
    } else if (anyFile) {
      files = ImportFiles.of(bytes(ecosystems), bytes(actors), bytes(ties));
    } else {
      throw ApiException.badRequest(
          "No files: send multipart/form-data with parts ecosystems, actors and/or ties (CSV),"
              + " or one part archive (zip). Example: curl -F ecosystems=@ecosystems.csv"
              + " -F actors=@actors.csv -F ties=@ties.csv -H 'Authorization: Bearer <token>'"
              + " "
              + ServletUriComponentsBuilder.fromCurrentRequestUri()
                  .replaceQuery(null)
                  .toUriString());
    }
    return importer.importFiles(files);
  }

  /** 409 with Retry-After: the files were valid, but another import holds the write. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> busy(ImportBusyException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("An import is running");
    problem.setProperty("retryAfterSeconds", e.retryAfter().toSeconds());
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static boolean present(MultipartFile file) {
    return file != null && !file.isEmpty();
  }

  private static byte[] bytes(MultipartFile file) throws IOException {
    return present(file) ? file.getBytes() : null;
  }

  private static String name(MultipartFile file, String fallback) {
    String name = file.getOriginalFilename();
    return name == null || name.isBlank() ? fallback : name;
  }
}

package org.brobygge.web.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.brobygge.ingest.cordis.CordisFiles;
import org.brobygge.ingest.cordis.CordisImporter;
import org.brobygge.ingest.cordis.CordisOptions;
import org.brobygge.web.ApiException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/imports/cordis")
@Tag(name = "Imports")
class CordisImportController {

  private final CordisImporter importer;

  CordisImportController(CordisImporter importer) {
    this.importer = importer;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Import CORDIS projects and participants",
      description =
          "Give the parts project and organization (CORDIS's project.csv and organization.csv)"
              + " or one part archive (the programme's cordis-...projects-csv.zip). Keeps the"
              + " projects with a participant whose NUTS code starts with one of the regions,"
              + " and all their participants; one actor per organisation (merging the same VAT"
              + " number or name), co-participation ties weighted per shared project. Validated"
              + " before anything is written; all or nothing, and idempotent. See README,"
              + " 'Importing CORDIS'.")
  @ApiResponse(
      responseCode = "200",
      description = "Imported; what was read, kept, merged and written")
  @ApiResponse(
      responseCode = "422",
      description =
          "Rejected: every problem with file, line, field and message under 'errors'; nothing"
              + " written",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "400",
      description = "No files, files and an archive together, or a bad parameter",
      content = @Content(mediaType = "application/problem+json"))
  CordisImporter.CordisImportReport importCordis(
      @Parameter(description = "project.csv", schema = @Schema(type = "string", format = "binary"))
          @RequestPart(required = false)
          MultipartFile project,
      @Parameter(
              description = "organization.csv",
              schema = @Schema(type = "string", format = "binary"))
          @RequestPart(required = false)
          MultipartFile organization,
      @Parameter(
              description = "a CORDIS zip holding project.csv and organization.csv",
              schema = @Schema(type = "string", format = "binary"))
          @RequestPart(required = false)
          MultipartFile archive,
      @Parameter(
              description =
                  "NUTS code prefixes of the region, comma-separated; 'all' for no filter."
                      + " Default SE332,FI1D7,FI1A3 (Norrbotten and Lapland)")
          @RequestParam(required = false)
          String regions,
      @Parameter(description = "tie kind of co-participation ties")
          @RequestParam(defaultValue = CordisOptions.DEFAULT_TIE_KIND)
          String kind,
      @Parameter(
              description =
                  "what one shared project adds to a tie: consortium (1/(n-1) for n"
                      + " participants) or projects (1)")
          @RequestParam(defaultValue = "consortium")
          String weighting,
      @Parameter(description = "projects with more participants add no ties; 0 for no cap")
          @RequestParam(defaultValue = "" + CordisOptions.DEFAULT_MAX_PARTICIPANTS)
          int maxParticipants)
      throws IOException {
    CordisOptions.Weighting weight =
        CordisOptions.Weighting.fromId(weighting)
            .orElseThrow(
                () ->
                    ApiException.badChoice("weighting", weighting, CordisOptions.Weighting.ids()));
    if (maxParticipants < 0) {
      throw ApiException.badParameter(
          "maxParticipants", "maxParticipants must be 0 (no cap) or more, not " + maxParticipants);
    }
    CordisOptions options =
        new CordisOptions(CordisOptions.regions(regions), kind, weight, maxParticipants);
    boolean anyFile = Uploads.present(project) || Uploads.present(organization);
    if (Uploads.present(archive) && anyFile) {
      throw ApiException.badRequest(
          "Send either the parts project and organization or one archive, not both.");
    }
    CordisFiles files;
    if (Uploads.present(archive)) {
      try (InputStream in = archive.getInputStream()) {
        files = CordisFiles.fromZip(in, Uploads.name(archive, "archive"));
      }
    } else if (anyFile) {
      files = CordisFiles.of(Uploads.bytes(project), Uploads.bytes(organization), "the upload");
    } else {
      throw ApiException.badRequest(
          "No files: send multipart/form-data with parts project and organization (CORDIS's"
              + " project.csv and organization.csv), or one part archive (the programme's zip)."
              + " Example: curl -F project=@project.csv -F organization=@organization.csv"
              + " "
              + Uploads.here());
    }
    return importer.importFiles(files, options);
  }
}

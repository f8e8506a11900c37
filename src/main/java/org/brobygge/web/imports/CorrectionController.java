package org.brobygge.web.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.function.Supplier;
import org.brobygge.ingest.NativeImporter;
import org.brobygge.store.NetworkDeleter;
import org.brobygge.web.ApiException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Removing data: an actor, a tie, an ecosystem, everything from one source. Each is one transaction
 * under the import lock, answers what it removed, and with {@code dryRun=true} what it would
 * remove, without removing it.
 */
@RestController
@Tag(name = "Corrections")
class CorrectionController {

  private final NativeImporter importer;
  private final NetworkDeleter deleter;

  CorrectionController(NativeImporter importer, NetworkDeleter deleter) {
    this.importer = importer;
    this.deleter = deleter;
  }

  @Schema(description = "What was removed (or, in a dry run, would be)")
  record RemovalResponse(
      @Schema(description = "true: nothing was removed; this is what the request would remove")
          boolean dryRun,
      @Schema(description = "how many of each were removed") Counts removed,
      @Schema(description = "the removed ecosystems' ids, sorted (at most 1,000)")
          List<String> ecosystems,
      @Schema(description = "the removed actors' ids, sorted (at most 1,000)") List<String> actors,
      @Schema(description = "the removed ties' ids, sorted (at most 1,000)") List<String> ties) {

    record Counts(int ecosystems, int actors, int ties, int memberships) {}

    static RemovalResponse of(NetworkDeleter.Removal r) {
      return new RemovalResponse(
          r.dryRun(),
          new Counts(r.ecosystems(), r.actors(), r.ties(), r.memberships()),
          r.ecosystemIds(),
          r.actorIds(),
          r.tieIds());
    }
  }

  /** The OpenAPI answers every removal shares. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ApiResponse(responseCode = "200", description = "Removed (or, dry run, what would be)")
  @ApiResponse(
      responseCode = "404",
      description = "The id names nothing in the database; nothing removed",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "409",
      description =
          "An import was being written and did not finish within brobygge.import.lock-wait;"
              + " nothing removed. Send the request again after the Retry-After header's seconds",
      content = @Content(mediaType = "application/problem+json"))
  @interface RemovalResponses {}

  private static final String DRY_RUN =
      "true: remove nothing, answer what would be removed (the same transaction, rolled back)";

  @DeleteMapping("/api/actors/{id}")
  @RemovalResponses
  @Operation(
      summary = "Remove an actor",
      description =
          "Removes the actor, every tie it has (any kind, either end) and its memberships, in"
              + " one transaction. The other actors stay.")
  RemovalResponse deleteActor(
      @PathVariable String id,
      @Parameter(description = DRY_RUN) @RequestParam(defaultValue = "false") boolean dryRun) {
    return remove(() -> deleter.deleteActor(id, dryRun));
  }

  @DeleteMapping("/api/ties/{id}")
  @RemovalResponses
  @Operation(
      summary = "Remove a tie",
      description =
          "Removes the tie with this id (as GET /api/actors/{id} lists it; a derived id holds '|',"
              + " send it as %7C). Its two actors stay.")
  RemovalResponse deleteTie(
      @PathVariable String id,
      @Parameter(description = DRY_RUN) @RequestParam(defaultValue = "false") boolean dryRun) {
    return remove(() -> deleter.deleteTie(id, dryRun));
  }

  @DeleteMapping("/api/ecosystems/{id}")
  @RemovalResponses
  @Operation(
      summary = "Remove an ecosystem",
      description =
          "Removes the ecosystem and its memberships; its actors stay (members of no ecosystem"
              + " then) unless withActors=true, which also removes every member that belongs to"
              + " no other ecosystem, with its ties. Members of another ecosystem always stay.")
  RemovalResponse deleteEcosystem(
      @PathVariable String id,
      @Parameter(description = "true: also remove the members that belong to no other ecosystem")
          @RequestParam(defaultValue = "false")
          boolean withActors,
      @Parameter(description = DRY_RUN) @RequestParam(defaultValue = "false") boolean dryRun) {
    return remove(() -> deleter.deleteEcosystem(id, withActors, dryRun));
  }

  @DeleteMapping("/api/imports")
  @RemovalResponses
  @Operation(
      summary = "Remove everything from one source",
      description =
          "Removes every tie whose source is the given one, and every actor from it: an actor"
              + " whose own source column is it, or one with no other source whose every tie"
              + " (at least one) is from it, so that it would be left with no tie. Those actors go"
              + " with their memberships and any other ties; ecosystems stay. keepActors=true"
              + " removes only the ties.")
  @ApiResponse(
      responseCode = "400",
      description = "No source given",
      content = @Content(mediaType = "application/problem+json"))
  RemovalResponse deleteSource(
      @Parameter(description = "the ties' source, as in ties.csv (survey-2025, cordis-h2020)")
          @RequestParam(required = false)
          String source,
      @Parameter(description = "true: remove only the ties; every actor stays")
          @RequestParam(defaultValue = "false")
          boolean keepActors,
      @Parameter(description = DRY_RUN) @RequestParam(defaultValue = "false") boolean dryRun) {
    if (source == null || source.isBlank()) {
      throw ApiException.badParameter(
          "source",
          "Name the source whose data to remove: DELETE /api/imports?source=survey-2025 (add"
              + " dryRun=true to see first what would go).");
    }
    return remove(() -> deleter.deleteSource(source, keepActors, dryRun));
  }

  private RemovalResponse remove(Supplier<NetworkDeleter.Removal> removal) {
    try {
      return RemovalResponse.of(importer.exclusively(removal));
    } catch (NetworkDeleter.NotFoundException e) {
      String what = e.what();
      throw ApiException.notFound(
          Character.toUpperCase(what.charAt(0)) + what.substring(1) + " not found",
          e.getMessage(),
          what.contains("source") ? "source" : null);
    }
  }
}

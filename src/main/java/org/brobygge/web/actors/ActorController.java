package org.brobygge.web.actors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import org.brobygge.graph.NameSearch;
import org.brobygge.model.Actor;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.Tie;
import org.brobygge.session.AnalysisSession;
import org.brobygge.session.AnalysisSessions;
import org.brobygge.store.NetworkQueries;
import org.brobygge.web.ApiException;
import org.hibernate.validator.constraints.Range;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/actors")
@Tag(name = "Actors")
class ActorController {

  static final int MAX_PAGE_SIZE = 500;

  private final NetworkQueries queries;
  private final AnalysisSessions sessions;

  ActorController(NetworkQueries queries, AnalysisSessions sessions) {
    this.queries = queries;
    this.sessions = sessions;
  }

  /** The key under which a snapshot keeps its name search. */
  private record SearchKey() {}

  record ActorResponse(
      String id,
      String name,
      String sector,
      List<String> roles,
      String region,
      String country,
      List<String> ecosystems,
      Map<String, Object> attributes) {
    static ActorResponse of(Actor a) {
      return new ActorResponse(
          a.id(),
          a.name(),
          a.sector().id(),
          a.roles().stream().map(Role::id).toList(),
          a.region(),
          a.country(),
          a.ecosystems(),
          a.attributes());
    }
  }

  record ActorPageResponse(
      List<ActorResponse> items, int page, int size, long total, long totalPages) {}

  record ReferenceResponse(String id, String name) {}

  record TieResponse(
      String id,
      String kind,
      @Schema(description = "outgoing, incoming (directed kinds) or undirected") String direction,
      ReferenceResponse other,
      double weight,
      Integer since,
      Integer until,
      String source) {}

  record ActorDetailResponse(
      String id,
      String name,
      String sector,
      List<String> roles,
      String region,
      String country,
      Map<String, Object> attributes,
      List<ReferenceResponse> ecosystems,
      List<TieResponse> ties) {}

  @GetMapping
  @Operation(
      summary = "Actors, filtered and paged",
      description =
          "Ordered by name. Filters combine with AND. The text search ignores case and"
              + " diacritics (alvsby finds Älvsbyns Rökeri AB). An unknown sector or role, or a"
              + " page out of range, answers 400 with the valid choices; an unknown ecosystem 404.")
  ActorPageResponse list(
      @Parameter(description = "academia, business, public or civil_society")
          @RequestParam(required = false)
          Sector sector,
      @Parameter(description = "research, education, capital, authority, firm or intermediary")
          @RequestParam(required = false)
          Role role,
      @Parameter(description = "ecosystem id the actor is a member of")
          @RequestParam(required = false)
          String ecosystem,
      @Parameter(
              description = "text in the actor's name or id, ignoring case and diacritics",
              example = "alvsby")
          @RequestParam(required = false)
          String q,
      @Parameter(description = "page number, from 0")
          @RequestParam(defaultValue = "0")
          @Min(value = 0, message = "must be 0 or more, not ${validatedValue}")
          int page,
      @Parameter(description = "page size, 1 to " + MAX_PAGE_SIZE)
          @RequestParam(defaultValue = "50")
          @Range(min = 1, max = MAX_PAGE_SIZE, message = ApiException.RANGE)
          int size) {
    AnalysisSession session = sessions.current();
    String ecosystemId = blankToNull(ecosystem);
    if (ecosystemId != null && session.graph().ecosystemIndex(ecosystemId).isEmpty()) {
      throw ApiException.notFound("Ecosystem", ecosystemId);
    }
    String text = blankToNull(q);
    List<String> ids =
        text == null
            ? null
            : session
                .<NameSearch>derived(new SearchKey(), () -> new NameSearch(session.graph()))
                .matchingIds(text);
    var result =
        queries.actors(new NetworkQueries.ActorFilter(sector, role, ecosystemId, ids), page, size);
    return new ActorPageResponse(
        result.items().stream().map(ActorResponse::of).toList(),
        page,
        size,
        result.total(),
        (result.total() + size - 1) / size);
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "One actor with its memberships and ties",
      description =
          "Every tie in either direction, with the actor at the other end. Unknown id: 404.")
  ActorDetailResponse get(@PathVariable String id) {
    NetworkQueries.ActorDetail detail =
        queries.actor(id).orElseThrow(() -> ApiException.notFound("Actor", id));
    Actor a = detail.actor();
    return new ActorDetailResponse(
        a.id(),
        a.name(),
        a.sector().id(),
        a.roles().stream().map(Role::id).toList(),
        a.region(),
        a.country(),
        a.attributes(),
        detail.ecosystems().stream().map(e -> new ReferenceResponse(e.id(), e.name())).toList(),
        detail.ties().stream().map(t -> tie(a.id(), t, detail.actorNames())).toList());
  }

  private static TieResponse tie(String self, Tie t, Map<String, String> names) {
    boolean outgoing = t.from().equals(self);
    String other = outgoing ? t.to() : t.from();
    String direction = !t.kind().directed() ? "undirected" : outgoing ? "outgoing" : "incoming";
    return new TieResponse(
        t.id(),
        t.kind().id(),
        direction,
        new ReferenceResponse(other, names.getOrDefault(other, other)),
        t.weight(),
        t.since(),
        t.until(),
        t.source());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

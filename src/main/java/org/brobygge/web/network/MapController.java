package org.brobygge.web.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.brobygge.analysis.bridges.ActorGapCoverage;
import org.brobygge.analysis.centrality.CentralityMeasures;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.analysis.gaps.Coverage;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.analysis.gaps.GapFinding;
import org.brobygge.analysis.layout.ForceLayout;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.graph.SimpleNetwork;
import org.brobygge.model.Role;
import org.brobygge.session.AnalysisSession;
import org.brobygge.session.AnalysisSessions;
import org.brobygge.web.ApiException;
import org.brobygge.web.AsOf;
import org.brobygge.web.NetworkViews;
import org.brobygge.web.SnapshotAnswer;
import org.hibernate.validator.constraints.Range;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network map of one ecosystem, ready to draw: its members with positions computed on the
 * server (a force-directed layout, kept with the snapshot's session), their sector, roles, a chosen
 * measure and how each stands across each gap, and the ties among them by kind. A large ecosystem
 * is cut to the {@code limit} members highest on the measure, and the answer says how many are
 * shown.
 */
@RestController
@Tag(name = "Ecosystems")
@SnapshotAnswer
class MapController {

  static final int LIMIT_DEFAULT = 1500;
  static final int MAX_LIMIT = 5000;

  /** At most this many ties are drawn, the heaviest first. */
  static final int MAX_EDGES = 8000;

  /** Seed of the layout's random start, so a map looks the same each time. */
  static final long LAYOUT_SEED = 7;

  private final AnalysisSessions sessions;
  private final NetworkViews views;

  /** Kept with the session: the layout of the actors drawn of one ecosystem. */
  private record LayoutKey(int ecosystem, String shown) {}

  /** Kept with the session: how one ecosystem's members stand across its gaps. */
  private record CoverageKey(int ecosystem) {}

  MapController(AnalysisSessions sessions, NetworkViews views) {
    this.sessions = sessions;
    this.views = views;
  }

  record GapSummary(
      String gap, String name, boolean applicable, Double severity, String level, int missing) {}

  record NodeResponse(
      String id,
      String name,
      String sector,
      List<String> roles,
      List<String> ecosystems,
      double x,
      double y,
      @Schema(
              description =
                  "the chosen measure, within the ecosystem's members; null where it has none"
                      + " (Burt's measures of an actor without ties)",
              nullable = true)
          Double value,
      @Schema(
              description =
                  "per gap where the actor is on the source side: missing, weak_only or strong")
          Map<String, String> gapStatus,
      @Schema(
              description =
                  "per gap: how much the ecosystem's severity falls if this actor gets one strong"
                      + " tie across it (0 omitted)")
          Map<String, Double> severityDrop) {}

  record EdgeResponse(
      String source,
      String target,
      String kind,
      @Schema(description = "summed weight of the parallel ties of this kind") double weight,
      int ties) {}

  record MapResponse(
      String ecosystem,
      String ecosystemName,
      String region,
      String measure,
      @Schema(description = "the ecosystem's members") int members,
      @Schema(description = "members drawn: all, or the limit highest on the measure") int shown,
      @Schema(description = "ties among the members drawn, merged per pair and kind")
          int edgesTotal,
      @Schema(description = "of those, drawn (the heaviest first)") int edgesShown,
      List<GapSummary> gaps,
      List<NodeResponse> nodes,
      List<EdgeResponse> edges) {}

  @GetMapping("/api/ecosystems/{id}/map")
  @Operation(
      summary = "One ecosystem's network map, laid out",
      description =
          "The members with x/y positions (a seeded Fruchterman-Reingold layout computed on the"
              + " server and kept until the data changes, in a 1000 x 1000 square), sector, roles,"
              + " the chosen measure computed within the ecosystem, each member's standing across"
              + " each gap (missing, weak_only, strong; absent when not on the gap's source side)"
              + " and what one strong tie for it would take off each gap; the ties among the"
              + " members by kind. Above `limit` members only the highest on the measure are"
              + " drawn; `members` and `shown` say so. Unknown ecosystem: 404; unknown measure:"
              + " 400.")
  MapResponse map(
      @PathVariable String id,
      @Parameter(description = "measure that sizes the actors (as in /api/centrality)")
          @RequestParam(defaultValue = "degree")
          Measure measure,
      @Parameter(description = "at most this many actors drawn, 1 to " + MAX_LIMIT)
          @RequestParam(defaultValue = "" + LIMIT_DEFAULT)
          @Range(min = 1, max = MAX_LIMIT, message = ApiException.RANGE)
          int limit,
      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) Integer asOf) {
    Measure m = measure;
    AnalysisSession result = AsOf.session(sessions, asOf);
    EcosystemGraph graph = result.graph();
    int e = graph.ecosystemIndex(id).orElseThrow(() -> ApiException.notFound("Ecosystem", id));
    NetworkView view = result.ecosystemView(e);
    CentralityMeasures measures = result.measures(view, EnumSet.of(m), result.defaultOptions(view));
    double[] scores = measures.scores(m);
    int n = view.vertexCount();
    int[] shown =
        IntStream.range(0, n)
            .boxed()
            .sorted(
                Comparator.<Integer>comparingDouble(v -> -scores[v])
                    .thenComparing(v -> graph.actorId(view.actor(v))))
            .limit(limit)
            .mapToInt(Integer::intValue)
            .sorted()
            .toArray();

    int[] shownActors = Arrays.stream(shown).map(view::actor).toArray();
    ForceLayout.Positions positions =
        result.derived(
            new LayoutKey(e, shown.length == n ? "all" : Arrays.toString(shown)),
            () -> ForceLayout.of(SimpleNetwork.induced(graph, shownActors).jgrapht(), LAYOUT_SEED));

    int[] members = graph.members(e);
    Map<Integer, Integer> memberPosition = new HashMap<>();
    for (int i = 0; i < members.length; i++) {
      memberPosition.put(members[i], i);
    }
    List<ActorGapCoverage> coverages =
        result.derived(
            new CoverageKey(e),
            () ->
                ActorGapCoverage.of(
                    graph,
                    result.gaps().definitions(),
                    result.home(),
                    result.gaps().referenceYear(),
                    e));

    List<NodeResponse> nodes = new ArrayList<>(shown.length);
    for (int i = 0; i < shown.length; i++) {
      int actor = view.actor(shown[i]);
      Integer p = memberPosition.get(actor);
      Map<String, String> status = new LinkedHashMap<>();
      Map<String, Double> drop = new LinkedHashMap<>();
      if (p != null) {
        for (ActorGapCoverage c : coverages) {
          Optional<Coverage> cov = c.coverage(p);
          if (cov.isPresent() && c.applicable()) {
            status.put(c.gap(), cov.get().id());
            double d = c.severityDrop(p);
            if (d > 0) {
              drop.put(c.gap(), d);
            }
          }
        }
      }
      nodes.add(
          new NodeResponse(
              graph.actorId(actor),
              graph.actorName(actor),
              graph.sector(actor).id(),
              graph.roles(actor).stream().map(Role::id).toList(),
              Arrays.stream(graph.memberships(actor)).mapToObj(graph::ecosystemId).toList(),
              round(positions.x()[i]),
              round(positions.y()[i]),
              Double.isNaN(scores[shown[i]]) ? null : scores[shown[i]],
              status,
              drop));
    }

    List<EdgeResponse> edges = edges(graph, view, shown);
    int total = edges.size();
    if (total > MAX_EDGES) {
      edges =
          edges.stream()
              .sorted(Comparator.comparingDouble(EdgeResponse::weight).reversed())
              .limit(MAX_EDGES)
              .toList();
    }

    Map<String, GapDefinition> definitions = new HashMap<>();
    result.gaps().definitions().forEach(d -> definitions.put(d.id(), d));
    List<GapSummary> summaries = new ArrayList<>();
    for (GapFinding f : result.gaps().findingsOf(e)) {
      GapDefinition d = definitions.get(f.gap());
      summaries.add(
          new GapSummary(
              f.gap(),
              d == null ? f.gap() : d.name(),
              f.applicable(),
              f.severity(),
              f.level(),
              f.missing()));
    }
    return new MapResponse(
        id,
        graph.ecosystemName(e),
        graph.ecosystemRegion(e),
        m.id(),
        members.length,
        shown.length,
        total,
        edges.size(),
        summaries,
        nodes,
        edges);
  }

  /** Ties among the drawn actors, parallel ties of one kind between one pair merged. */
  private static List<EdgeResponse> edges(EcosystemGraph graph, NetworkView view, int[] shown) {
    List<org.brobygge.model.TieKind> kinds = graph.tieKinds();
    Map<Integer, Integer> drawn = new HashMap<>(); // actor -> position in shown
    for (int i = 0; i < shown.length; i++) {
      drawn.put(view.actor(shown[i]), i);
    }
    record PairKind(int a, int b, int kind) {}
    Map<PairKind, double[]> merged = new LinkedHashMap<>(); // weight, count
    for (int i = 0; i < shown.length; i++) {
      int actor = view.actor(shown[i]);
      for (int t : graph.incidentTies(actor)) {
        int other = graph.otherEnd(t, actor);
        Integer j = drawn.get(other);
        if (j == null || j <= i) {
          continue; // each pair once, from its lower end; self-ties are not drawn
        }
        double[] w =
            merged.computeIfAbsent(new PairKind(i, j, graph.tieKindIndex(t)), k -> new double[2]);
        w[0] += graph.tieWeight(t);
        w[1]++;
      }
    }
    List<EdgeResponse> result = new ArrayList<>(merged.size());
    merged.forEach(
        (k, w) ->
            result.add(
                new EdgeResponse(
                    graph.actorId(view.actor(shown[k.a()])),
                    graph.actorId(view.actor(shown[k.b()])),
                    kinds.get(k.kind()).id(),
                    w[0],
                    (int) w[1])));
    return result;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}

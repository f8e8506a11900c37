package org.brobygge.analysis.gaps;

import java.util.List;
import java.util.Set;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;

/**
 * A network small enough to compute the research gap of its one ecosystem by hand.
 *
 * <pre>
 *   ecosystem e: firms f1, f2, f3, f4; the cluster organisation c (intermediary)
 *   outside:     research organisations r1, r2; the firm x
 *
 *   f1 - r1  research 3       (strong: f1 is STRONG)
 *   f2 - r2  research 1       (weak: f2 is WEAK_ONLY)
 *   c  - f3  collaboration 2  (f3 has no research tie: MISSING)
 *   c  - r1  collaboration 4
 *   c  - f1  collaboration 1
 *   f3 - x   trade 2
 *   x  - r2  trade 2
 *   f2 - f1  trade 2
 *   f4       no tie at all    (MISSING)
 * </pre>
 *
 * Partners: f1 {r1, c, f2}, f2 {r2, f1}, f3 {c, x}, f4 {}, r1 {f1, c}, r2 {f2, x}, c {f3, r1, f1},
 * x {f3, r2}. Research severity = (2 missing + 1 weak-only / 2) / 4 = 0.625.
 */
public final class HandNetwork {

  public static final int YEAR = 2026;
  public static final HomeRegion HOME = new HomeRegion("SE332", "SE");
  public static final GapDefinitions DEFINITIONS = DefaultGapDefinitions.at(YEAR);

  private HandNetwork() {}

  public static EcosystemGraph graph() {
    return builder().build();
  }

  public static EcosystemGraph.Builder builder() {
    return EcosystemGraph.builder()
        .ecosystem("e", "Ecosystem E", "SE332")
        .actor("f1", "Firm One", Sector.BUSINESS, Set.of(Role.FIRM), "SE332", "SE")
        .actor("f2", "Firm Two", Sector.BUSINESS, Set.of(Role.FIRM), "SE332", "SE")
        .actor("f3", "Firm Three", Sector.BUSINESS, Set.of(Role.FIRM), "SE332", "SE")
        .actor("f4", "Firm Four", Sector.BUSINESS, Set.of(Role.FIRM), "SE332", "SE")
        .actor("c", "Cluster", Sector.CIVIL_SOCIETY, Set.of(Role.INTERMEDIARY), "SE332", "SE")
        .actor("r1", "Institute One", Sector.ACADEMIA, Set.of(Role.RESEARCH), "SE332", "SE")
        .actor("r2", "Institute Two", Sector.ACADEMIA, Set.of(Role.RESEARCH), "SE110", "SE")
        .actor("x", "Outside Firm", Sector.BUSINESS, Set.of(Role.FIRM), "SE110", "SE")
        .membership("f1", "e")
        .membership("f2", "e")
        .membership("f3", "e")
        .membership("f4", "e")
        .membership("c", "e")
        .tie("f1", "r1", TieKind.RESEARCH, 3, 2020, null)
        .tie("f2", "r2", TieKind.RESEARCH, 1, 2020, null)
        .tie("c", "f3", TieKind.COLLABORATION, 2, 2020, null)
        .tie("c", "r1", TieKind.COLLABORATION, 4, 2020, null)
        .tie("c", "f1", TieKind.COLLABORATION, 1, 2020, null)
        .tie("f3", "x", TieKind.TRADE, 2, 2020, null)
        .tie("x", "r2", TieKind.TRADE, 2, 2020, null)
        .tie("f2", "f1", TieKind.TRADE, 2, 2020, null);
  }

  public static GapDefinition gap(String id) {
    return DEFINITIONS.byId(id).orElseThrow();
  }

  public static List<GapDefinition> definitions() {
    return DEFINITIONS.definitions();
  }

  public static int actor(EcosystemGraph graph, String id) {
    return graph.actorIndex(id).orElseThrow();
  }
}

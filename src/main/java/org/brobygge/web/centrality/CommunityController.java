package org.brobygge.web.centrality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.brobygge.analysis.communities.CommunityAlgorithm;
import org.brobygge.analysis.communities.CommunityDetection;
import org.brobygge.analysis.communities.EcosystemFit;
import org.brobygge.analysis.communities.EcosystemMerge;
import org.brobygge.analysis.communities.EcosystemSplit;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;
import org.brobygge.web.AsOf;
import org.brobygge.web.NetworkViews;
import org.brobygge.web.Scope;
import org.brobygge.web.SnapshotAnswer;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Communities")
@SnapshotAnswer
class CommunityController {

  private final NetworkViews views;

  CommunityController(NetworkViews views) {
    this.views = views;
  }

  record MemberRef(String id, String name, String declaredEcosystem) {}

  @Schema(description = "one detected community: its number of members and the actors themselves")
  record CommunityResponse(int community, int members, List<MemberRef> actors) {}

  record CommunityShareResponse(int community, int members, double share) {}

  @Schema(description = "a declared ecosystem whose members spread over several communities")
  record SplitResponse(String ecosystemId, int members, List<CommunityShareResponse> shares) {

    static SplitResponse of(EcosystemSplit s) {
      return new SplitResponse(
          s.ecosystemId(),
          s.members(),
          s.shares().stream()
              .map(c -> new CommunityShareResponse(c.community(), c.members(), c.share()))
              .toList());
    }
  }

  record EcosystemShareResponse(String ecosystemId, int members, double share) {}

  @Schema(description = "a community holding most of the members of two or more ecosystems")
  record MergeResponse(int community, int members, List<EcosystemShareResponse> ecosystems) {

    static MergeResponse of(EcosystemMerge m) {
      return new MergeResponse(
          m.community(),
          m.size(),
          m.ecosystems().stream()
              .map(e -> new EcosystemShareResponse(e.ecosystemId(), e.members(), e.share()))
              .toList());
    }
  }

  record CommunitiesResponse(
      String algorithm,
      long seed,
      String scope,
      int communities,
      Double modularity,
      Double normalizedMutualInformation,
      Double adjustedRandIndex,
      List<SplitResponse> splits,
      List<MergeResponse> merges,
      List<CommunityResponse> detected) {}

  @GetMapping("/api/communities")
  @Operation(
      summary = "Communities, compared with the declared ecosystems",
      description =
          "Label propagation (seeded) or greedy modularity (deterministic) on the simple"
              + " undirected graph, weights ignored; modularity of the result; normalised mutual"
              + " information and adjusted Rand index against each actor's first declared"
              + " ecosystem ('(none)' for none); the declared ecosystems that split over several"
              + " communities and the communities that merge several ecosystems. The same seed"
              + " gives the same answer. Unknown algorithm: 400 with the valid choices.")
  CommunitiesResponse communities(
      @Parameter(description = "label_propagation or greedy_modularity")
          @RequestParam(defaultValue = "greedy_modularity")
          CommunityAlgorithm algorithm,
      @Parameter(description = "random seed (label propagation)")
          @RequestParam(defaultValue = "" + CommunityDetection.SEED_DEFAULT)
          long seed,
      @ParameterObject Scope scope,
      @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) Integer asOf) {
    CommunityAlgorithm chosen = algorithm;
    NetworkView view = views.viewAsOf(scope, asOf);
    CommunityDetection detection = new CommunityDetection(view, chosen, seed);
    EcosystemFit fit = new EcosystemFit(detection);
    EcosystemGraph graph = view.snapshot();
    List<CommunityResponse> detected = new ArrayList<>();
    for (int c = 0; c < detection.communityCount(); c++) {
      List<MemberRef> members = new ArrayList<>();
      for (int v : detection.members(c)) {
        int actor = view.actor(v);
        members.add(
            new MemberRef(graph.actorId(actor), graph.actorName(actor), fit.declaredLabel(v)));
      }
      detected.add(new CommunityResponse(c, detection.size(c), members));
    }
    return new CommunitiesResponse(
        chosen.id(),
        seed,
        view.scope(),
        detection.communityCount(),
        BrokerageController.finite(detection.modularity()),
        BrokerageController.finite(fit.normalizedMutualInformation()),
        BrokerageController.finite(fit.adjustedRandIndex()),
        fit.splits().stream().map(SplitResponse::of).toList(),
        fit.merges().stream().map(MergeResponse::of).toList(),
        detected);
  }
}

package org.brobygge.analysis.communities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.graph.NetworkView;

/**
 * Detected communities against the declared ecosystems of the same actors: how well they agree
 * ({@link PartitionComparison}) and which declared ecosystems split or merge in the detected
 * structure. Computed once in the constructor, O(n + k log k) for k (ecosystem, community) pairs.
 *
 * <p>Each actor's declared label is its first ecosystem ({@code memberships(actor)[0]}); actors in
 * none share the label {@link #NONE}, which takes part in NMI and ARI but is never reported as
 * splitting or merging. Ecosystems are counted only by their members inside the view.
 */
public final class EcosystemFit {

  /** The declared label of actors that belong to no ecosystem. */
  public static final String NONE = "(none)";

  private final CommunityDetection detection;
  private final String[] labels; // declared label index -> ecosystem id or NONE
  private final int[] declared; // vertex -> declared label index
  private final PartitionComparison comparison;
  private final List<EcosystemSplit> splits = new ArrayList<>();
  private final List<EcosystemMerge> merges = new ArrayList<>();

  public EcosystemFit(CommunityDetection detection) {
    this.detection = Objects.requireNonNull(detection, "detection");
    NetworkView view = detection.view();
    EcosystemGraph snapshot = view.snapshot();
    int none = snapshot.ecosystemCount();
    labels = new String[none + 1];
    for (int e = 0; e < none; e++) {
      labels[e] = snapshot.ecosystemId(e);
    }
    labels[none] = NONE;
    declared = new int[view.vertexCount()];
    for (int v = 0; v < declared.length; v++) {
      int[] memberships = snapshot.memberships(view.actor(v));
      declared[v] = memberships.length == 0 ? none : memberships[0];
    }
    comparison = new PartitionComparison(declared, detection.communities());

    int communities = detection.communityCount();
    long[][] table = new long[none][communities]; // declared ecosystem x detected community
    long[] size = new long[none];
    for (int v = 0; v < declared.length; v++) {
      if (declared[v] != none) {
        table[declared[v]][detection.community(v)]++;
        size[declared[v]]++;
      }
    }
    List<List<EcosystemShare>> majorities = new ArrayList<>();
    for (int c = 0; c < communities; c++) {
      majorities.add(new ArrayList<>());
    }
    for (int e = 0; e < none; e++) {
      List<CommunityShare> shares = new ArrayList<>();
      for (int c = 0; c < communities; c++) {
        if (table[e][c] > 0) {
          double share = (double) table[e][c] / size[e];
          shares.add(new CommunityShare(c, (int) table[e][c], share));
          if (2 * table[e][c] > size[e]) {
            majorities.get(c).add(new EcosystemShare(labels[e], (int) table[e][c], share));
          }
        }
      }
      if (shares.size() > 1) {
        shares.sort(Comparator.comparingInt(CommunityShare::members).reversed());
        splits.add(new EcosystemSplit(labels[e], (int) size[e], shares));
      }
    }
    for (int c = 0; c < communities; c++) {
      List<EcosystemShare> held = majorities.get(c);
      if (held.size() > 1) {
        held.sort(Comparator.comparingDouble(EcosystemShare::share).reversed());
        merges.add(new EcosystemMerge(c, detection.size(c), held));
      }
    }
  }

  public CommunityDetection detection() {
    return detection;
  }

  /** The declared label of vertex {@code vertex}: its first ecosystem's id, or {@link #NONE}. */
  public String declaredLabel(int vertex) {
    return labels[declared[vertex]];
  }

  /** Agreement of declared labels with detected communities over the view's vertices. */
  public PartitionComparison comparison() {
    return comparison;
  }

  public double normalizedMutualInformation() {
    return comparison.normalizedMutualInformation();
  }

  public double adjustedRandIndex() {
    return comparison.adjustedRandIndex();
  }

  /** Declared ecosystems spread over more than one community, in ecosystem order. */
  public List<EcosystemSplit> splits() {
    return List.copyOf(splits);
  }

  /** Communities holding most members of more than one ecosystem, in community order. */
  public List<EcosystemMerge> merges() {
    return List.copyOf(merges);
  }
}

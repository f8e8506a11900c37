package org.brobygge.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.brobygge.analysis.bridges.BridgeRecommender;
import org.brobygge.analysis.bridges.ClusterPlan;
import org.brobygge.analysis.bridges.GapBrokers;
import org.brobygge.analysis.bridges.HoldOutEvaluation;
import org.brobygge.analysis.bridges.LinkNetwork;
import org.brobygge.analysis.bridges.LinkPredictionIndex;
import org.brobygge.analysis.bridges.ProposedTie;
import org.brobygge.analysis.bridges.WhatIf;
import org.brobygge.analysis.gaps.GapDefinition;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.TieKinds;
import org.springframework.stereotype.Component;

/**
 * The bridge analyses of the current snapshot: its {@link LinkNetwork}, and the recommendations,
 * brokers and evaluations asked for so far, kept until the database changes. Recommendations and
 * brokers are kept for the {@link #CACHED} most recently used ecosystem-and-gap pairs: on a network
 * of a million ties one ecosystem's candidates take megabytes.
 */
@Component
class BridgeAnalyses {

  static final int CACHED = 128;

  private final GapAnalyses gaps;
  private final HomeRegion home;
  private final TieKinds kinds;
  private volatile State state;

  BridgeAnalyses(GapAnalyses gaps, HomeRegion home, TieKinds kinds) {
    this.gaps = gaps;
    this.home = home;
    this.kinds = kinds;
  }

  /** One snapshot's gap analysis, network and cached answers. */
  final class State {
    final GapAnalyses.Result gaps;
    private volatile LinkNetwork network;
    private final Map<String, Object> recent =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CACHED;
          }
        };
    private final Map<String, HoldOutEvaluation> evaluations = new ConcurrentHashMap<>();

    State(GapAnalyses.Result gaps) {
      this.gaps = gaps;
    }

    LinkNetwork network() {
      LinkNetwork n = network;
      if (n == null) {
        synchronized (this) {
          n = network;
          if (n == null) {
            n = LinkNetwork.of(gaps.graph);
            network = n;
          }
        }
      }
      return n;
    }

    BridgeRecommender recommender(int ecosystem, GapDefinition gap, LinkPredictionIndex index) {
      return cached(
          "r " + ecosystem + " " + gap.id() + " " + index.id(),
          () ->
              new BridgeRecommender(
                  network(), gap, home, gaps.analysis.referenceYear(), ecosystem, index));
    }

    GapBrokers brokers(int ecosystem, GapDefinition gap) {
      return cached(
          "b " + ecosystem + " " + gap.id(),
          () -> new GapBrokers(network(), gap, home, gaps.analysis.referenceYear(), ecosystem));
    }

    HoldOutEvaluation evaluation(LinkPredictionIndex index, double share, long seed) {
      return evaluations.computeIfAbsent(
          index.id() + " " + share + " " + seed,
          key ->
              new HoldOutEvaluation(
                  gaps.graph,
                  gaps.analysis.definitions(),
                  home,
                  gaps.analysis.referenceYear(),
                  index,
                  share,
                  seed,
                  HoldOutEvaluation.K_DEFAULT));
    }

    ClusterPlan plan(int ecosystem, LinkPredictionIndex index, int actions) {
      return cached(
          "p " + ecosystem + " " + index.id() + " " + actions,
          () -> ClusterPlan.of(network(), gaps.analysis, home, kinds, ecosystem, index, actions));
    }

    WhatIf whatIf(List<ProposedTie> ties) {
      return new WhatIf(gaps.graph, gaps.analysis, home, kinds, ties);
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> compute) {
      synchronized (recent) {
        Object hit = recent.get(key);
        if (hit != null) {
          return (T) hit;
        }
      }
      T value = compute.get(); // outside the lock: two requests may compute it twice, harmlessly
      synchronized (recent) {
        recent.put(key, value);
      }
      return value;
    }
  }

  State current() {
    GapAnalyses.Result result = gaps.current();
    State s = state;
    if (s != null && s.gaps == result) {
      return s;
    }
    synchronized (this) {
      s = state;
      if (s == null || s.gaps != result) {
        s = new State(result);
        state = s;
      }
      return s;
    }
  }

  GapAnalyses gapAnalyses() {
    return gaps;
  }

  TieKinds kinds() {
    return kinds;
  }
}

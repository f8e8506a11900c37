package org.brobygge.analysis.bridges;

import org.brobygge.graph.EcosystemGraph;

/** An actor as an answer names it: id, display name and sector id. */
public record ActorRef(String id, String name, String sector) {

  static ActorRef of(EcosystemGraph graph, int actor) {
    return new ActorRef(graph.actorId(actor), graph.actorName(actor), graph.sector(actor).id());
  }
}

/**
 * PURE. {@link org.brobygge.graph.EcosystemGraph}, the int-indexed in-memory snapshot of actors,
 * ecosystems and ties that every analysis reads; JGraphT algorithms see it through {@code
 * analysis.centrality.NetworkView}. Imports only the JDK, JGraphT and {@code model}.
 */
package org.brobygge.graph;

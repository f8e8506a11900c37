/**
 * PURE. {@link org.brobygge.graph.EcosystemGraph}, the int-indexed in-memory snapshot of actors,
 * ecosystems and ties that every analysis reads; {@link org.brobygge.graph.SimpleNetwork}, its
 * merged simple graph as compressed sparse rows (built once, shared by the measures, link
 * prediction, communities and exports, with a JGraphT view where a JGraphT algorithm runs); and
 * {@link org.brobygge.graph.NetworkView}, that graph over the whole network, one ecosystem or an
 * ego network. Imports only the JDK, JGraphT and {@code model}.
 */
package org.brobygge.graph;

/**
 * PURE. Scores per actor for researchers: centralities ({@link
 * org.brobygge.analysis.centrality.CentralityMeasures} with its {@link
 * org.brobygge.analysis.centrality.Measure} ids; JGraphT where it agrees with NetworkX), Burt's
 * structural holes ({@link org.brobygge.analysis.centrality.StructuralHoles}, also a measure
 * family), Gould-Fernandez brokerage ({@link org.brobygge.analysis.centrality.Brokerage}), group
 * mixing ({@link org.brobygge.analysis.centrality.GroupMixing}) and the helix mutual information
 * ({@link org.brobygge.analysis.centrality.HelixMutualInformation}), the last three over a {@link
 * org.brobygge.analysis.centrality.Grouping} of the actors by sector, ecosystem or any label;
 * network-level figures in {@link org.brobygge.analysis.centrality.NetworkSummary}. Every measure
 * runs on a {@link org.brobygge.graph.NetworkView} (whole network, one ecosystem, an ego network)
 * and is tested against NetworkX/igraph reference values. Imports only the JDK, JGraphT, {@code
 * model} and {@code graph}.
 */
package org.brobygge.analysis.centrality;

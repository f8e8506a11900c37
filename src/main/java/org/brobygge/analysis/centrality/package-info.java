/**
 * PURE. Scores per actor for researchers: centralities (JGraphT where it has them), Burt's
 * structural holes, Gould-Fernandez brokerage, group mixing. Every measure runs on a {@link
 * org.brobygge.analysis.centrality.NetworkView} (whole network, one ecosystem, an ego network) and
 * is tested against NetworkX/igraph reference values. Entry points: {@link
 * org.brobygge.analysis.centrality.CentralityMeasures} with its {@link
 * org.brobygge.analysis.centrality.Measure} ids. Imports only the JDK, JGraphT, {@code model} and
 * {@code graph}.
 */
package org.brobygge.analysis.centrality;

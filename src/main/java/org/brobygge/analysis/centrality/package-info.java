/**
 * PURE. Scores per actor for researchers: centralities (JGraphT where it has them), Burt's
 * structural holes, Gould-Fernandez brokerage, group mixing. Every measure runs on a {@link
 * org.brobygge.analysis.centrality.NetworkView} (whole network, one ecosystem, an ego network) and
 * is tested against NetworkX/igraph reference values. Imports only the JDK, JGraphT, {@code model}
 * and {@code graph}.
 */
package org.brobygge.analysis.centrality;

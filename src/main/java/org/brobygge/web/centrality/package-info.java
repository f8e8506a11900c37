/**
 * ADAPTER. The researchers' measures API: centrality rankings, an actor's metrics, brokerage,
 * communities, exports for Gephi and NetworkX, scores written back to Neo4j. Package-private
 * controllers with their own response records; parameters resolved and errors raised through {@link
 * org.brobygge.web.ApiException} and {@link org.brobygge.web.NetworkViews}; analyses from {@link
 * org.brobygge.session.AnalysisSessions}.
 */
package org.brobygge.web.centrality;

/**
 * ADAPTER. The bridges API: recommendations, brokers, what-if, the evaluation and the cluster plan
 * (JSON, Markdown, HTML). Package-private controllers with their own response records; parameters
 * resolved and errors raised through {@link org.brobygge.web.ApiException} and {@link
 * org.brobygge.web.NetworkViews}; analyses from {@link org.brobygge.session.AnalysisSessions}.
 */
package org.brobygge.web.bridges;

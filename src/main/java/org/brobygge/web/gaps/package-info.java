/**
 * ADAPTER. The gaps API: findings, the region, the inter-ecosystem matrix, the definitions.
 * Package-private controllers with their own response records; parameters resolved and errors
 * raised through {@link org.brobygge.web.ApiException} and {@link org.brobygge.web.NetworkViews};
 * analyses from {@link org.brobygge.session.AnalysisSessions}.
 */
package org.brobygge.web.gaps;

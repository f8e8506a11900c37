/**
 * ADAPTER. The actors API: search and one actor with its ties. Package-private controllers with
 * their own response records; parameters resolved and errors raised through {@link
 * org.brobygge.web.ApiException} and {@link org.brobygge.web.NetworkViews}; analyses from {@link
 * org.brobygge.session.AnalysisSessions}.
 */
package org.brobygge.web.actors;

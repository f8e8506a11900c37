/**
 * ADAPTER. The network API: ecosystems and their members, the network summary, and the ecosystem
 * map the web app draws. Package-private controllers with their own response records; parameters
 * resolved and errors raised through {@link org.brobygge.web.ApiException} and {@link
 * org.brobygge.web.NetworkViews}; analyses from {@link org.brobygge.session.AnalysisSessions}.
 */
package org.brobygge.web.network;

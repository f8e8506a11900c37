/**
 * ADAPTER. The import API: native CSV, CORDIS and GEXF/GraphML files in, all or nothing.
 * Package-private controllers with their own response records; parameters resolved and errors
 * raised through {@link org.brobygge.web.ApiException} and {@link org.brobygge.web.NetworkViews};
 * analyses from {@link org.brobygge.session.AnalysisSessions}.
 */
package org.brobygge.web.imports;

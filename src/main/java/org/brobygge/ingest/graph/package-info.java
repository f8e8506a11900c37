/**
 * ADAPTER. GEXF and GraphML files in (Gephi, yEd, NetworkX, our own export): a hardened XML scan,
 * jgrapht-io's event-driven readers, attribute mapping ({@link
 * org.brobygge.ingest.graph.GraphMapping}), written through {@link
 * org.brobygge.ingest.NativeImporter#importData}.
 */
package org.brobygge.ingest.graph;

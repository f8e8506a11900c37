/**
 * ADAPTER. File formats out: {@link org.brobygge.export.NativeCsvWriter} writes a network in the
 * native CSV format that {@code ingest} reads; {@link org.brobygge.export.NetworkExport} writes an
 * analysed network with its scores as GEXF, GraphML or one CSV table for Gephi, NetworkX and
 * spreadsheets; {@link org.brobygge.export.ClusterPlanMarkdown} writes an ecosystem's cluster plan
 * as Markdown for a strategist. Imports the JDK, {@code model}, {@code graph}, {@code analysis} and
 * the libraries that write each format (Apache Commons CSV, jgrapht-io); never Spring or the Neo4j
 * driver.
 */
package org.brobygge.export;

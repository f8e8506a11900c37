/**
 * ADAPTER. File formats out: {@link org.brobygge.export.NativeCsvWriter} writes a network in the
 * native CSV format that {@code ingest} reads. Imports the JDK, {@code model} and the libraries
 * that write each format (Apache Commons CSV); never Spring or the Neo4j driver.
 */
package org.brobygge.export;

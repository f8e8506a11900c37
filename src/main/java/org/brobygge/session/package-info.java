/**
 * PER-SNAPSHOT STATE. {@link org.brobygge.session.AnalysisSession}: everything computed on one
 * snapshot (the gap analysis, the region view, the inter-ecosystem matrix, the merged network,
 * network views and their measures, recommendations, brokers, plans, evaluations, map layouts),
 * each computed on first use and kept in Caffeine caches until the data changes; {@link
 * org.brobygge.session.AnalysisSessions} replaces the session when the snapshot does. Used by the
 * API ({@code web}) and the command line ({@code cli}) alike, so both wire the analyses one way.
 * Imports the JDK, Caffeine, {@code model}, {@code graph} and {@code analysis}; never Spring or the
 * Neo4j driver (the snapshot comes from a {@link java.util.function.Supplier}).
 */
package org.brobygge.session;

/**
 * PURE. Gaps over time: {@link org.brobygge.analysis.trends.YearProfile} is every ecosystem in one
 * year (members by sector, ties begun and ended, each gap with its {@link
 * org.brobygge.analysis.trends.SeverityBootstrap} interval) on the network as of that year; a
 * {@link org.brobygge.analysis.trends.Verdict} says whether a gap improved between two years only
 * when the intervals allow it; {@link org.brobygge.analysis.trends.Evaluation} is an ecosystem's
 * baseline against its follow-up. Imports only the JDK, {@code model}, {@code graph} and the other
 * analyses.
 */
package org.brobygge.analysis.trends;

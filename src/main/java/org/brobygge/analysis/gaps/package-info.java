/**
 * PURE. The seven gaps as missing or weak edges. {@link
 * org.brobygge.analysis.gaps.DefaultGapDefinitions} ships the definitions (who stands on each side,
 * which tie kinds count, what makes a tie weak: {@link org.brobygge.analysis.gaps.Weakness});
 * {@link org.brobygge.analysis.gaps.GapRules} is one definition on one snapshot and {@link
 * org.brobygge.analysis.gaps.GapSides} one ecosystem's two sides with each source actor's {@link
 * org.brobygge.analysis.gaps.Coverage}, built from each source actor's ties taken together by
 * partner and kind ({@code TiesByPartner}, read through {@link
 * org.brobygge.analysis.gaps.ParallelTies}) and the scope's {@link
 * org.brobygge.analysis.gaps.GapScope} rule: the one model that the findings ({@link
 * org.brobygge.analysis.gaps.GapAnalysis}, {@link org.brobygge.analysis.gaps.GapFinding}, {@link
 * org.brobygge.analysis.gaps.GapLevel}), the region's rankings ({@link
 * org.brobygge.analysis.gaps.RegionView}) and the bridge analyses read. {@link
 * org.brobygge.analysis.gaps.InterEcosystemMatrix} counts ties between every pair of ecosystems
 * against a degree-preserving null model. Imports only the JDK, JGraphT, {@code model} and {@code
 * graph}.
 */
package org.brobygge.analysis.gaps;

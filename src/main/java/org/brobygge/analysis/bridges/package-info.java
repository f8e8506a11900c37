/**
 * PURE. Bridge-building: who should meet whom to close each gap, who can introduce them, and what
 * that would change. {@link org.brobygge.analysis.bridges.BridgeRecommender} ranks candidate ties
 * of one gap of one ecosystem (link prediction on the whole network's {@link
 * org.brobygge.analysis.bridges.LinkNetwork}, by a {@link
 * org.brobygge.analysis.bridges.LinkPredictionIndex}, combined with how much of the gap a tie would
 * close); {@link org.brobygge.analysis.bridges.GapBrokers} names the existing actors placed to
 * bridge it; {@link org.brobygge.analysis.bridges.WhatIf} re-judges every gap on a copy of the
 * snapshot with proposed ties added; {@link org.brobygge.analysis.bridges.HoldOutEvaluation}
 * measures how well the recommender predicts hidden ties. Imports only the JDK, JGraphT, {@code
 * model}, {@code graph} and the other {@code analysis} packages.
 */
package org.brobygge.analysis.bridges;

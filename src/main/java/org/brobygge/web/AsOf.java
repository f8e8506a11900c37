package org.brobygge.web;

import org.brobygge.graph.YearRange;
import org.brobygge.session.AnalysisSession;
import org.brobygge.session.AnalysisSessions;

/**
 * The {@code asOf=YEAR} query parameter every gap, region, matrix, recommendation, broker,
 * centrality, plan, brokerage, actor-metrics, export, communities, network-summary and map answer
 * takes: the session of the network as it stood that year ({@link AnalysisSession#asOf(int)}),
 * derived from the one snapshot and kept; the current session without it. A year outside the data's
 * years is a 400 naming the range.
 */
public final class AsOf {

  /** The parameter's description, the same wherever it appears in the OpenAPI document. */
  public static final String DESCRIPTION =
      "judge the network as it stood in this year (ties begun by then, memberships valid then);"
          + " default: the reference year";

  private AsOf() {}

  /** The session for {@code asOf}, or the current one when it is null. */
  public static AnalysisSession session(AnalysisSessions sessions, Integer asOf) {
    return session(sessions.current(), "asOf", asOf);
  }

  /** The session of {@code year} named by {@code parameter}, or {@code current} when null. */
  public static AnalysisSession session(AnalysisSession current, String parameter, Integer year) {
    if (year == null) {
      return current;
    }
    YearRange years = current.years();
    if (!years.contains(year)) {
      throw ApiException.badParameter(
          parameter,
          parameter
              + " "
              + year
              + " is outside the years the data covers, "
              + years
              + "; give a year in that range");
    }
    return current.asOf(year);
  }
}

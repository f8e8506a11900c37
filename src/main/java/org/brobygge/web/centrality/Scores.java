package org.brobygge.web.centrality;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brobygge.analysis.centrality.CentralityMeasures;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.graph.NetworkView;
import org.brobygge.web.NetworkViews;

/**
 * The scores of a {@link Measure} list on one view, computed the one way every endpoint that
 * attaches scores to actors does (the export, the write-back): through {@link
 * NetworkViews#measures} with the default damping, the configured seed and the sampling the size of
 * the view calls for ({@link NetworkViews#options}).
 *
 * @param values measure id to one value per vertex, in the order asked for (a measure asked twice
 *     once); NaN where a measure has no value (Burt's measures of an actor without ties)
 * @param measures what computed them, or null when none was asked for
 */
record Scores(Map<String, double[]> values, CentralityMeasures measures) {

  static Scores compute(NetworkViews views, NetworkView view, Collection<Measure> asked) {
    if (asked.isEmpty()) {
      return new Scores(Map.of(), null);
    }
    EnumSet<Measure> measures = EnumSet.copyOf(asked);
    CentralityMeasures computed =
        views.measures(
            view,
            measures,
            views.options(
                view, CentralityMeasures.DAMPING_FACTOR_DEFAULT, null, views.limits().seed()));
    Map<String, double[]> values = new LinkedHashMap<>();
    for (Measure m : asked) {
      values.computeIfAbsent(m.id(), id -> computed.scores(m));
    }
    return new Scores(values, computed);
  }
}

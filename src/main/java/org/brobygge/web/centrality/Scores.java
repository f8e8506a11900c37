package org.brobygge.web.centrality;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brobygge.analysis.centrality.CentralityMeasures;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.analysis.centrality.ScoreId;
import org.brobygge.analysis.centrality.StructuralHoles;
import org.brobygge.graph.NetworkView;
import org.brobygge.web.NetworkViews;

/**
 * The scores of a {@link ScoreId} list on one view, computed the one way every endpoint that
 * attaches scores to actors does (the export, the write-back): measures through {@link
 * NetworkViews#measures} with the default damping and the configured seed, the structural-hole
 * scores through {@link StructuralHoles} with weights. Size limits are checked first ({@link
 * NetworkViews#requireFeasible}).
 *
 * @param values score id to one value per vertex, in the order asked for (a measure asked twice
 *     once)
 * @param measures what computed the measures, or null when none was asked for
 */
record Scores(Map<String, double[]> values, CentralityMeasures measures) {

  static Scores compute(NetworkViews views, NetworkView view, Collection<ScoreId> ids) {
    EnumSet<Measure> measures = EnumSet.noneOf(Measure.class);
    for (ScoreId id : ids) {
      if (id.measure() != null) {
        measures.add(id.measure());
      }
    }
    views.requireFeasible(view, measures);
    CentralityMeasures computed = null;
    if (!measures.isEmpty()) {
      computed =
          views.measures(
              view,
              measures,
              views.options(
                  view, CentralityMeasures.DAMPING_FACTOR_DEFAULT, null, views.limits().seed()));
    }
    StructuralHoles holes = null;
    Map<String, double[]> values = new LinkedHashMap<>();
    for (ScoreId id : ids) {
      if (values.containsKey(id.id())) {
        continue;
      }
      if (id.measure() != null) {
        values.put(id.id(), computed.scores(id.measure()));
      } else {
        if (holes == null) {
          holes = new StructuralHoles(view);
        }
        double[] scores = new double[view.vertexCount()];
        for (int v = 0; v < scores.length; v++) {
          scores[v] = id.hole().of(holes, v);
        }
        values.put(id.id(), scores);
      }
    }
    return new Scores(values, computed);
  }
}

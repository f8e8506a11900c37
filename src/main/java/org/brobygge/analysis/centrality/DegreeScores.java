package org.brobygge.analysis.centrality;

/**
 * {@link Measure#DEGREE degree} k(v), the number of neighbours; {@link Measure#STRENGTH strength}
 * s(v), the sum of the weights of v's ties; {@link Measure#DEGREE_CENTRALITY degree_centrality}
 * k(v)/(n-1), and 1 for a lone actor as in NetworkX. One pass over the arrays: O(m).
 */
final class DegreeScores implements FamilyScores {

  private final double[] degree;
  private final double[] strength;
  private final double[] centrality;

  DegreeScores(WeightedAdjacency adjacency) {
    int n = adjacency.vertexCount();
    degree = new double[n];
    strength = new double[n];
    centrality = new double[n];
    for (int v = 0; v < n; v++) {
      degree[v] = adjacency.degree(v);
      for (int i = adjacency.start[v]; i < adjacency.start[v + 1]; i++) {
        strength[v] += adjacency.weight[i];
      }
      centrality[v] = n > 1 ? degree[v] / (n - 1) : 1;
    }
  }

  @Override
  public double[] scores(Measure measure) {
    return switch (measure) {
      case DEGREE -> degree;
      case STRENGTH -> strength;
      case DEGREE_CENTRALITY -> centrality;
      default -> throw FamilyScores.notComputed(this, measure);
    };
  }
}

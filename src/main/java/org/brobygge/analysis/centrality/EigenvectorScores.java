package org.brobygge.analysis.centrality;

import java.util.Arrays;

/**
 * {@link Measure#EIGENVECTOR eigenvector} x with A x = lambda_max x, x >= 0, |x|_2 = 1 (Bonacich
 * 1972); {@link Measure#EIGENVECTOR_MAX1 eigenvector_max1} x / max(x); and lambda_max, the Rayleigh
 * quotient of x, which {@link KatzScores} needs for its default alpha and its bound.
 *
 * <p>JGraphT 1.5.3's {@code EigenvectorCentrality} iterates on A, which oscillates on bipartite
 * graphs (a path, a star: common in ego networks); here the power iteration x &lt;- (A + I) x / |(A
 * + I) x|_2 runs on A + I like NetworkX's {@code eigenvector_centrality}, from the uniform vector,
 * until no entry changes by more than {@link CentralityMeasures#TOLERANCE}: the shift by I makes it
 * converge on bipartite graphs, where the eigenvalues -lambda_max and lambda_max have the same
 * modulus. On a disconnected view the actors outside the component(s) with the largest eigenvalue
 * get (nearly) 0. If {@link CentralityMeasures#EIGENVECTOR_MAX_ITERATIONS} is reached first, {@link
 * #converged()} says so. O(m) per iteration, convergence rate (1+|lambda_2|)/(1+lambda_max) at
 * worst.
 */
final class EigenvectorScores implements FamilyScores {

  private final double[] vector;
  private final double[] max1;
  private final double eigenvalue;
  private final boolean converged;

  EigenvectorScores(WeightedAdjacency a) {
    int n = a.vertexCount();
    double[] x = new double[n];
    Arrays.fill(x, 1 / Math.sqrt(n));
    double[] next = new double[n];
    boolean done = n == 0;
    for (int iteration = 0;
        iteration < CentralityMeasures.EIGENVECTOR_MAX_ITERATIONS && !done;
        iteration++) {
      multiplyShifted(a, x, next);
      double norm = 0;
      for (double value : next) {
        norm += value * value;
      }
      norm = Math.sqrt(norm);
      double change = 0;
      for (int v = 0; v < n; v++) {
        next[v] /= norm;
        change = Math.max(change, Math.abs(next[v] - x[v]));
      }
      double[] swap = x;
      x = next;
      next = swap;
      done = change < CentralityMeasures.TOLERANCE;
    }
    this.vector = x;
    this.converged = done;
    multiplyShifted(a, x, next);
    double quotient = 0;
    for (int v = 0; v < n; v++) {
      quotient += x[v] * (next[v] - x[v]); // x' A x = x' (A + I) x - x' x, with |x| = 1
    }
    this.eigenvalue = quotient;
    double max = 0;
    for (double value : vector) {
      max = Math.max(max, value);
    }
    max1 = vector.clone();
    for (int v = 0; v < n; v++) {
      max1[v] = max1[v] / max;
    }
  }

  private static void multiplyShifted(WeightedAdjacency a, double[] x, double[] out) {
    for (int v = 0; v < a.vertexCount(); v++) {
      double sum = x[v];
      for (int i = a.start[v]; i < a.start[v + 1]; i++) {
        sum += x[a.neighbour[i]];
      }
      out[v] = sum;
    }
  }

  /** lambda_max of the 0/1 adjacency matrix: the Rayleigh quotient of the eigenvector. */
  double largestEigenvalue() {
    return eigenvalue;
  }

  /** False if the iteration stopped at its cap before reaching the tolerance. */
  boolean converged() {
    return converged;
  }

  @Override
  public double[] scores(Measure measure) {
    return switch (measure) {
      case EIGENVECTOR -> vector;
      case EIGENVECTOR_MAX1 -> max1;
      default -> throw FamilyScores.notComputed(this, measure);
    };
  }
}

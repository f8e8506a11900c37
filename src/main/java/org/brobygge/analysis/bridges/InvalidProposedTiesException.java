package org.brobygge.analysis.bridges;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Proposed ties that cannot be applied, every problem named by the tie's position in the list and
 * its field, so that an API can answer 400 pointing at each.
 */
public final class InvalidProposedTiesException extends IllegalArgumentException {

  /** One problem: {@code ties[index].field: message}. */
  public record Problem(int index, String field, String message) {
    @Override
    public String toString() {
      return "ties[" + index + "]." + field + ": " + message;
    }
  }

  private final transient List<Problem> problems;

  public InvalidProposedTiesException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}

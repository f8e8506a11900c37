package org.brobygge.ingest;

import java.util.List;

/** An import that was not written because its files have problems; the database is unchanged. */
public class ImportRejectedException extends RuntimeException {

  private final List<ImportProblem> problems;

  public ImportRejectedException(List<ImportProblem> problems) {
    super(
        problems.size()
            + " problem(s) in the import, nothing was written; first: "
            + problems.getFirst());
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}

package org.brobygge.ingest;

/**
 * One thing wrong with an import, precise enough to fix: which file, which line (1 is the header),
 * which column, and what is wrong.
 *
 * @param file file name, e.g. {@code actors.csv}
 * @param line line in the file where the record starts; 0 when the problem is the file as a whole
 * @param field column name, or empty when the problem is not about one column
 * @param message what is wrong and, where it helps, what would be right
 */
public record ImportProblem(String file, long line, String field, String message) {

  @Override
  public String toString() {
    return file
        + (line > 0 ? ":" + line : "")
        + (field.isEmpty() ? "" : " [" + field + "]")
        + ": "
        + message;
  }
}

package org.brobygge.ingest;

/**
 * Finds the first place where a CSV text breaks RFC 4180's quoting, which Apache Commons CSV reads
 * leniently: a {@code "} inside a value that does not begin with one ({@code Smith "Jr" AB}), or
 * text after a value's closing quote ({@code "Smith" AB}). Spaces around a quoted value are
 * allowed, as the native format ignores them.
 */
final class CsvQuoting {

  /** Where the quoting broke: 1-based physical line, 0-based column index, and why. */
  record Violation(long line, int column, String message) {}

  private CsvQuoting() {}

  static Violation firstViolation(String text) {
    return firstViolation(text, ',');
  }

  /** As {@link #firstViolation(String)}, for cells separated by {@code delimiter}. */
  static Violation firstViolation(String text, char delimiter) {
    long line = 1;
    int column = 0;
    int i = 0;
    int n = text.length();
    while (i <= n) {
      // the start of a value: optional spaces, then a quoted or an unquoted value
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i < n && text.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            return null; // unclosed: Commons CSV reports it, at the line where the record starts
          }
          char c = text.charAt(i);
          if (c == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              i += 2; // an escaped quote
              continue;
            }
            i++;
            break;
          }
          if (c == '\n') {
            line++;
          }
          i++;
        }
        while (i < n && text.charAt(i) == ' ') {
          i++;
        }
        if (i < n
            && text.charAt(i) != delimiter
            && text.charAt(i) != '\n'
            && text.charAt(i) != '\r') {
          return new Violation(
              line,
              column,
              "text after the closing quote of a value; put the whole value in double quotes"
                  + " and double any quote inside it (\"\")");
        }
      } else {
        while (i < n) {
          char c = text.charAt(i);
          if (c == delimiter || c == '\n' || c == '\r') {
            break;
          }
          if (c == '"') {
            return new Violation(
                line,
                column,
                "a double quote inside a value that is not quoted; put the whole value in double"
                    + " quotes and double the quote inside it (\"\")");
          }
          i++;
        }
      }
      if (i >= n) {
        return null;
      }
      char end = text.charAt(i);
      if (end == delimiter) {
        column++;
        i++;
      } else {
        if (end == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        i++;
        line++;
        column = 0;
        if (i >= n) {
          return null;
        }
      }
    }
    return null;
  }
}

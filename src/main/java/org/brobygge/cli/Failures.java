package org.brobygge.cli;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** A failure as one line for the terminal: the sentence that explains it, without the wrappers. */
final class Failures {

  private Failures() {}

  /**
   * The most useful message in the cause chain: the first one that is not only a wrapper (Spring's
   * "Error creating bean ...", reflection's, a future's), on one line; the root's otherwise.
   */
  static String oneLine(Throwable failure) {
    String message = null;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
        if (!isWrapper(t)) {
          break;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    if (message == null) {
      message = failure.getClass().getSimpleName();
    }
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static boolean isWrapper(Throwable t) {
    if (t.getCause() == null) {
      return false;
    }
    String name = t.getClass().getName();
    return name.startsWith("org.springframework.beans.")
        || name.startsWith("org.springframework.context.")
        || (name.startsWith("org.springframework.boot.")
            && !name.startsWith("org.springframework.boot.context.properties.bind."))
        || t instanceof InvocationTargetException
        || t instanceof CompletionException
        || t instanceof ExecutionException
        || t instanceof java.lang.reflect.UndeclaredThrowableException;
  }
}

package org.brobygge.system;

import org.brobygge.store.EmbeddedNeo4j.DatabaseInUseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start of the app on a database another process holds ends with Spring Boot's short "APPLICATION
 * FAILED TO START" report (description and action), not with the stack trace around it. Registered
 * in {@code META-INF/spring.factories}.
 */
class DatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseInUseException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DatabaseInUseException cause) {
    String message = cause.getMessage();
    int colon = message.indexOf(": ");
    return colon < 0
        ? new FailureAnalysis(message, "Stop the other process.", cause)
        : new FailureAnalysis(
            message.substring(0, colon) + ".",
            Character.toUpperCase(message.charAt(colon + 2)) + message.substring(colon + 3),
            cause);
  }
}

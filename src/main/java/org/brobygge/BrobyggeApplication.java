package org.brobygge;

import org.brobygge.cli.BrobyggeCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the Brobygge API, or runs a command-line command ({@code import}, {@code plans}, ...) when
 * the first argument names one. See README.md.
 */
@SpringBootApplication
public class BrobyggeApplication {

  /**
   * Set by {@code spring-boot:run} (pom.xml): a stop by SIGTERM exits with 130 like Ctrl+C, the one
   * code besides 0 that the Maven plugin takes for a normal end; with the JVM's usual 143 it
   * reports BUILD FAILURE for an app that was only stopped.
   */
  static final String STOP_EXIT_PROPERTY = "brobygge.run.sigterm-exit-code";

  public static void main(String[] args) {
    if (BrobyggeCommand.isCommand(args)) {
      System.exit(BrobyggeCommand.execute(args, BrobyggeApplication.class));
    }
    Integer stopExit = Integer.getInteger(STOP_EXIT_PROPERTY);
    if (stopExit != null) {
      // System.exit runs the shutdown hooks, Spring's graceful close among them, as SIGTERM does.
      sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> System.exit(stopExit));
    }
    SpringApplication.run(BrobyggeApplication.class, args);
  }
}

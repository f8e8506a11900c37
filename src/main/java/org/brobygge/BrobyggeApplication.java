package org.brobygge;

import org.brobygge.cli.BrobyggeCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the Brobygge API, or runs a command-line command ({@code import}, {@code generate}) when
 * the first argument names one. See README.md.
 */
@SpringBootApplication
public class BrobyggeApplication {

  public static void main(String[] args) {
    if (BrobyggeCommand.isCommand(args)) {
      System.exit(BrobyggeCommand.execute(args, BrobyggeApplication.class));
    }
    SpringApplication.run(BrobyggeApplication.class, args);
  }
}

package org.brobygge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the Brobygge API; see README.md for the commands. */
@SpringBootApplication
public class BrobyggeApplication {

  public static void main(String[] args) {
    SpringApplication.run(BrobyggeApplication.class, args);
  }
}

package org.brobygge.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code import}, {@code import-cordis}, {@code generate} and {@code plans}. With
 * no command (or only {@code --name=value} settings) the app starts the API instead; see {@link
 * #isCommand(String[])}.
 */
@Command(
    name = "brobygge",
    mixinStandardHelpOptions = true,
    description = "Innovation-ecosystem gap analyser. Without a command, starts the API.",
    subcommands = {
      ImportCommand.class,
      ImportCordisCommand.class,
      GenerateCommand.class,
      PlansCommand.class,
      EvaluateCommand.class
    })
public final class BrobyggeCommand implements Runnable {

  /** The subcommands' names, from the annotation above, and the ways to ask for help. */
  private static final Set<String> COMMANDS = commandNames();

  private static Set<String> commandNames() {
    Set<String> names = new java.util.HashSet<>(Set.of("help", "--help", "-h"));
    for (Class<?> sub : BrobyggeCommand.class.getAnnotation(Command.class).subcommands()) {
      names.add(sub.getAnnotation(Command.class).name());
    }
    return Set.copyOf(names);
  }

  /** Whether {@code args} ask for a command rather than the API server. */
  public static boolean isCommand(String[] args) {
    return args.length > 0 && COMMANDS.contains(args[0]);
  }

  private final Class<?> application;

  private BrobyggeCommand(Class<?> application) {
    this.application = application;
  }

  /**
   * Runs the command in {@code args} and returns its exit code.
   *
   * @param application the Spring Boot application class the commands that need the database start
   *     (passed in, so that this package does not import the one that starts it)
   */
  public static int execute(String[] args, Class<?> application) {
    return new CommandLine(new BrobyggeCommand(application)).execute(args);
  }

  /** The Spring Boot application class to start for a command that needs the database. */
  Class<?> application() {
    return application;
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }
}

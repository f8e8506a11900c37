package org.brobygge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The command line: {@code import}, {@code import-cordis}, {@code generate}, {@code plans}, {@code
 * evaluate} and {@code help}. With no command (or only {@code --name=value} settings) the app
 * starts the API instead; see {@link #isCommand(String[])}.
 *
 * <p>What every command shares lives here, so that a command only declares its own options: the
 * inherited {@code --verbose} and {@code --data} options, how a command starts Spring ({@link
 * #start}: no web server, no banner, warnings only, none of the web layer's beans, a free Bolt
 * port) and how an unexpected failure is printed (one line, exit code 3).
 */
@Command(
    name = "brobygge",
    mixinStandardHelpOptions = true,
    versionProvider = BrobyggeCommand.Version.class,
    description = {
      "Innovation-ecosystem gap analyser. Without a command, starts the API and the web app.",
      "Every command also takes Spring settings as --name=value (e.g."
          + " --spring.neo4j.uri=bolt://localhost:PORT to work through a running app's Bolt"
          + " port)."
    },
    subcommands = {
      ImportCommand.class,
      ImportCordisCommand.class,
      GenerateCommand.class,
      PlansCommand.class,
      EvaluateCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes (every command):%n",
    exitCodeList = {
      "0:done",
      "1:the input was rejected, nothing written (import, import-cordis)",
      "2:bad arguments",
      "3:the database could not be opened or read (e.g. another Brobygge holds it)",
      "4:a file could not be written"
    },
    footer = {
      "",
      "Run '<command> --help' (or 'help <command>') for a command's options;"
          + " --verbose shows Spring's and Neo4j's log."
    })
public final class BrobyggeCommand implements Runnable {

  /** Exit code of a command whose database could not be opened or read. */
  static final int DATABASE_FAILED = 3;

  /** The subcommands' names, from the annotation above, and the ways to ask for help. */
  private static final Set<String> COMMANDS = commandNames();

  private static Set<String> commandNames() {
    Set<String> names = new java.util.HashSet<>(Set.of("--help", "-h", "--version", "-V"));
    for (Class<?> sub : BrobyggeCommand.class.getAnnotation(Command.class).subcommands()) {
      names.add(sub.getAnnotation(Command.class).name());
    }
    return Set.copyOf(names);
  }

  /**
   * Whether {@code args} ask for a command rather than the API server: a command's name first, or
   * after the options the usage line allows before it ({@code --verbose}, {@code --data DIR}).
   */
  public static boolean isCommand(String[] args) {
    int i = 0;
    while (i < args.length) {
      if (args[i].equals("--verbose") || args[i].startsWith("--data=")) {
        i++;
      } else if (args[i].equals("--data")) {
        i += 2;
      } else {
        break;
      }
    }
    return i < args.length && COMMANDS.contains(args[i]);
  }

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "show the log (Spring, Neo4j, Brobygge's progress at INFO) and stack traces")
  boolean verbose;

  @Option(
      names = "--data",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description =
          "folder of the embedded database (default ./data/neo4j; the setting"
              + " brobygge.embedded.data-dir)")
  Path data;

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
    BrobyggeCommand root = new BrobyggeCommand(application);
    CommandLine line = new CommandLine(root);
    line.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          PrintWriter err = cmd.getErr();
          err.println(Failures.oneLine(e));
          if (root.verbose) {
            e.printStackTrace(err);
          }
          err.flush();
          return DATABASE_FAILED;
        });
    line.setParameterExceptionHandler(
        (e, parsed) -> {
          CommandLine cmd = e.getCommandLine();
          PrintWriter err = cmd.getErr();
          err.println(e.getMessage());
          err.println(
              "Try '"
                  + cmd.getCommandSpec().qualifiedName()
                  + " --help' for the options, or 'brobygge help' for the commands.");
          err.flush();
          return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
    return line.execute(args);
  }

  /**
   * Starts the application for a command that needs the database: no web server (and none of the
   * {@code web} package's beans), no banner, only warnings and errors in the log unless {@code
   * --verbose}, Spring's own failure report left to the command (one line), the embedded Bolt
   * server on a free port (so a command never clashes with an app on 7687).
   *
   * @param settings the command's unmatched {@code --name=value} arguments; they override
   *     everything set here
   * @param commandDefaults settings of this command (e.g. no sample for an import), overridable the
   *     same way
   */
  ConfigurableApplicationContext start(List<String> settings, Map<String, Object> commandDefaults) {
    return start(settings, commandDefaults, null);
  }

  /**
   * As {@link #start(List, Map)}, with {@code beforeStart} (when not null) run on the embedded
   * database's folder before the database opens it; it is given the context being started.
   */
  ConfigurableApplicationContext start(
      List<String> settings, Map<String, Object> commandDefaults, BulkLoad beforeStart) {
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put("spring.main.banner-mode", "off");
    defaults.put("spring.main.log-startup-info", "false");
    defaults.put("brobygge.embedded.bolt-port", "0");
    if (verbose) {
      defaults.put("logging.level.org.brobygge", "INFO");
    } else {
      defaults.put("logging.level.root", "WARN");
      // Lucene (inside Neo4j) suggests a JVM flag at every start; it changes nothing here.
      defaults.put("logging.level.org.apache.lucene", "ERROR");
      // A failed start is printed by the command in one line, not as Spring's report.
      defaults.put("logging.level.org.springframework.context", "ERROR");
      defaults.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
      defaults.put("logging.level.org.springframework.boot.diagnostics", "OFF");
    }
    if (beforeStart != null) {
      // A bulk load ends the context's start on purpose once written (BulkLoad.Written): not
      // Spring's failure report, even with --verbose; a real failure the command prints itself.
      defaults.put("logging.level.org.springframework.context", "ERROR");
      defaults.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
      defaults.put("logging.level.org.springframework.boot.autoconfigure.logging", "WARN");
    }
    if (data != null) {
      defaults.put("brobygge.embedded.data-dir", data.toString());
    }
    defaults.putAll(commandDefaults);
    // Above application.yml, below the command line: the arguments given still win.
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("brobyggeCommand", defaults));
    return new SpringApplicationBuilder(application)
        .web(WebApplicationType.NONE)
        .environment(environment)
        .initializers(
            context -> {
              context
                  .getBeanFactory()
                  .registerSingleton("brobyggeCommandExcludesWeb", new WithoutWebLayer());
              if (beforeStart != null) {
                beforeStart.context = context;
                context.getBeanFactory().registerSingleton("brobyggeBulkLoad", beforeStart);
              }
            })
        .run(settings.toArray(String[]::new));
  }

  /** Keeps the web layer's components (controllers, the write token, ...) out of a command. */
  private static final class WithoutWebLayer extends TypeExcludeFilter {
    private static final String WEB = "org.brobygge.web.";

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
      return reader.getClassMetadata().getClassName().startsWith(WEB);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof WithoutWebLayer;
    }

    @Override
    public int hashCode() {
      return WithoutWebLayer.class.hashCode();
    }
  }

  /** {@code --version}: the jar's Implementation-Version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = BrobyggeCommand.class.getPackage().getImplementationVersion();
      return new String[] {"brobygge " + (version == null ? "(not from a jar)" : version)};
    }
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }
}

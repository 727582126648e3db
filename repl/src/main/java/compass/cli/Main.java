package compass.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code compass} command: picocli subcommands over the {@link compass.api.Compass} facade.
 * Exit codes: 0 ok, 1 plan errors, 2 data or usage errors, 3 completed with rejects, 4 out of
 * memory ({@link OutOfMemory}), 70 internal error.
 */
@Command(
    name = "compass",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Sales compensation plans as code: check them, run them on deal data.")
public final class Main implements Callable<Integer> {
  static final int USAGE = 2;
  static final int INTERNAL = 70;

  /**
   * The subcommands in the order help lists them. Setting one up costs picocli a reflective walk
   * over its class; a command line names one, so only that one is set up (the others only for
   * `compass --help` or a mistyped name), which keeps every run's start-up short.
   */
  private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("run", RunCommand::new);
    COMMANDS.put("check", CheckCommand::new);
    COMMANDS.put("explain", ExplainCommand::new);
    COMMANDS.put("generate", GenerateCommand::new);
    COMMANDS.put("diff", DiffCommand::new);
    COMMANDS.put("fmt", FmtCommand::new);
    COMMANDS.put("repl", ReplCommand::new);
    COMMANDS.put("test", TestCommand::new);
    COMMANDS.put("close", CloseCommand::new); // issue 16: the paid record
    COMMANDS.put("verify", VerifyCommand::new);
    COMMANDS.put("export", ExportCommand::new);
    COMMANDS.put("forecast", ForecastCommand::new); // issue 18
  }

  @Spec private CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    // A thread that dies of an error nobody waits for would leave the command hanging: out of
    // memory on such a thread ends the process with the same message and code as on the main one.
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          if (OutOfMemory.in(e)) Runtime.getRuntime().halt(OutOfMemory.report(args, err));
        });
    TimingsPrinter.installIfAsked(err);
    System.exit(execute(args, out, err));
  }

  /** Runs one command line with the given streams and returns its exit code; never throws. */
  static int execute(String[] args, PrintWriter out, PrintWriter err) {
    try {
      CommandLine cli = new CommandLine(new Main());
      Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
      if (named != null) cli.addSubcommand(args[0], named.get());
      else COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
      cli.setOut(out)
          .setErr(err) // picocli exits 2 (ExitCode.USAGE) on invalid input
          .setExecutionExceptionHandler((e, command, parsed) -> failure(e, args, err));
      return cli.execute(args);
    } catch (RuntimeException | Error e) {
      return failure(e, args, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** {@code compass} alone: the usage on stderr, as for any other usage error. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.print("Missing subcommand\n");
    spec.commandLine().usage(err);
    return USAGE;
  }

  /**
   * Out of memory is a limit with its own message and code; anything else thrown is a bug of ours.
   */
  private static int failure(Throwable e, String[] args, PrintWriter err) {
    return OutOfMemory.in(e) ? OutOfMemory.report(args, err) : internalError(e, err);
  }

  private static int internalError(Throwable e, PrintWriter err) {
    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    err.print("internal error: " + message + " (please report this)\n");
    err.flush();
    return INTERNAL;
  }

  /** The version alone ({@code 0.9.0}), or {@code unknown}: recorded in a closed period. */
  static String version() {
    try {
      return new Version().getVersion()[0].substring("compass ".length());
    } catch (Exception e) {
      return "unknown";
    }
  }

  /** The version, from a resource that Maven fills in at build time. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws Exception {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) p.load(in);
      }
      return new String[] {"compass " + p.getProperty("version", "unknown")};
    }
  }
}

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
 * Exit codes: {@link ExitCodes} (the README's table); usage errors: {@link UsageErrors}.
 */
@Command(
    name = "compass",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Sales compensation plans as code: check them, run them on deal data.")
public final class Main implements Callable<Integer> {
  static final int USAGE = ExitCodes.USAGE;
  static final int INTERNAL = ExitCodes.INTERNAL;

  /**
   * The subcommands in the order help lists them. Setting one up costs picocli a reflective walk
   * over its class; a command line names one, so only that one is set up (the others only for
   * `compass --help` or a mistyped name), which keeps every run's start-up short.
   */
  static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

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
    COMMANDS.put("statements", StatementsCommand::new); // issue 17
    COMMANDS.put("init", InitCommand::new); // issue 19: tools
    COMMANDS.put("completion", CompletionCommand::new);
    COMMANDS.put("serve", ServeCommand::new); // issue 17: the dashboard
    COMMANDS.put("forecast", ForecastCommand::new); // issue 18
  }

  /** The commands that begin by parsing a plan: worth warming the parser up for (issue 20). */
  private static final java.util.Set<String> PARSES_A_PLAN =
      java.util.Set.of(
          "run",
          "check",
          "explain",
          "diff",
          "test",
          "close",
          "verify",
          "export",
          "statements",
          "forecast");

  @Spec private CommandSpec spec;

  /** The names of the registered commands, in help order ({@code help} itself aside). */
  static java.util.Set<String> commandNames() {
    return java.util.Collections.unmodifiableSet(COMMANDS.keySet());
  }

  /** A new instance of a registered command, for tests that walk every command's options. */
  static Object command(String name) {
    return COMMANDS.get(name).get();
  }

  public static void main(String[] args) {
    // issue 20: the plan is loaded (or the parser warmed up) on the second core while picocli reads
    // the command line
    if (args.length > 0 && PARSES_A_PLAN.contains(args[0]))
      compass.api.WarmUp.inBackground(planNamed(args));
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

  /**
   * The plan file a command line names, to load ahead: its first argument after the command that
   * ends in {@code .comp} and is a file; null when there is none. A guess is harmless: a plan
   * loaded ahead is used only by a load of that same file, and only while its bytes are the same.
   */
  static java.nio.file.Path planNamed(String[] args) {
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("-") || !arg.endsWith(".comp")) continue;
      try {
        java.nio.file.Path plan = java.nio.file.Path.of(arg);
        return java.nio.file.Files.isRegularFile(plan) ? plan : null;
      } catch (java.nio.file.InvalidPathException e) {
        return null;
      }
    }
    return null;
  }

  /** Runs one command line with the given streams and returns its exit code; never throws. */
  static int execute(String[] args, PrintWriter out, PrintWriter err) {
    try {
      CommandLine cli = new CommandLine(new Main());
      Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
      if (named != null) cli.addSubcommand(args[0], named.get());
      else COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
      cli.addSubcommand("help", new HelpCommand());
      cli.getSubcommands().values().forEach(ExitCodes::inHelpOf);
      cli.setOut(out)
          .setErr(err)
          .setParameterExceptionHandler(new UsageErrors()) // two or three lines, exit 2
          .setExecutionExceptionHandler((e, command, parsed) -> failure(e, args, err));
      return cli.execute(args);
    } catch (RuntimeException | Error e) {
      return failure(e, args, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** {@code compass} alone: a usage error (E0775) that lists the commands. */
  @Override
  public Integer call() {
    return UsageErrors.missingCommand(spec.commandLine());
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

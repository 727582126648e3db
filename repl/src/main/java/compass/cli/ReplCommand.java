package compass.cli;

import compass.cli.repl.Colour;
import compass.cli.repl.Interactive;
import compass.cli.repl.Repl;
import compass.cli.repl.ScriptRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compass repl}: interactive what-if sessions, or a script of REPL commands. */
@Command(
    name = "repl",
    description =
        "Interactive what-if sessions on a plan and its data; --script runs a file of REPL commands.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:a command of the script failed, or the plan has errors",
      "2:errors in the data or on the command line",
      "4:out of memory: the input is too large for the memory given (COMPASS_JAVA_OPTS=-Xmx4g)",
      "70:internal error (please report it)"
    })
final class ReplCommand implements Callable<Integer> {
  /** The environment variable that moves the history file. */
  static final String HISTORY_ENV = "COMPASS_HISTORY";

  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Parameters(
      paramLabel = "PLAN",
      arity = "0..1",
      description = "The plan file (.comp) to load first.")
  private Path plan;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of the data files the plan reads (default: the plan's folder).")
  private Path data;

  @Option(
      names = "--script",
      paramLabel = "FILE",
      description = "Run the REPL commands in FILE, print the transcript and exit.")
  private Path script;

  @Option(
      names = "--history",
      paramLabel = "FILE",
      description = "The history file (default: $" + HISTORY_ENV + ", else ~/.compass_history).")
  private Path history;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (script != null) {
      String text;
      try {
        text = java.nio.file.Files.readString(script);
      } catch (IOException e) {
        err.print("error: cannot read the script " + script + ": " + AtomicFile.reason(e) + "\n");
        err.flush();
        return Main.USAGE;
      }
      Repl repl = new Repl(out);
      if (plan != null && !repl.load(plan, data)) {
        out.flush();
        return Math.max(ExitCodes.FAILED, ExitCodes.of(repl.loadProblems()));
      }
      new ScriptRun(repl, out, true).run(script.toString(), text);
      out.flush();
      return repl.errors() > 0 ? 1 : 0;
    }
    if (System.console()
        == null) { // standard input from a pipe: commands in, answers out, no prompt or escapes
      Repl repl = new Repl(out);
      if (plan != null && !repl.load(plan, data)) {
        out.flush();
        return Math.max(ExitCodes.FAILED, ExitCodes.of(repl.loadProblems()));
      }
      String text = new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      new ScriptRun(repl, out, false).run("<stdin>", text);
      out.flush();
      return repl.errors() > 0 ? 1 : 0;
    }
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      PrintWriter screen = terminal.writer();
      // issue 19: colour and a progress bar only on a real terminal; colour never with NO_COLOR
      boolean real =
          !Terminal.TYPE_DUMB.equals(terminal.getType())
              && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
      Colour colour = Colour.forTerminal(real, System.getenv());
      Repl repl = real ? Repl.onTerminal(screen, terminal.getWidth(), colour) : new Repl(screen);
      screen.print("compass repl: `help` lists the commands, Ctrl-D leaves\n");
      screen.flush();
      new Interactive(terminal, repl, historyFile(), colour.on()).run(plan, data);
    }
    return 0;
  }

  private Path historyFile() {
    if (history != null) return history;
    String env = System.getenv(HISTORY_ENV);
    if (env != null && !env.isBlank()) return Path.of(env);
    return Path.of(System.getProperty("user.home"), ".compass_history");
  }
}

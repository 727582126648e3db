package compass.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compass help [COMMAND...]}: the help of compass (its commands) or of one command, such as
 * {@code compass help run} or {@code compass help export payroll}, on stdout. A name that is no
 * command is a usage error (E0770) with a "did you mean".
 */
@Command(
    name = "help",
    description = "Show the commands, or the help of one: compass help run.",
    helpCommand = true)
final class HelpCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "COMMAND",
      arity = "0..*",
      description = "The command (and subcommand) to show the help of.")
  private List<String> names;

  @Override
  public Integer call() {
    CommandLine target = spec.parent().commandLine();
    if (names != null) {
      for (String name : names) {
        CommandLine sub = target.getSubcommands().get(name);
        if (sub == null)
          return UsageErrors.report(
              target, UsageErrors.unknownCommand(target, quoted(target), name));
        target = sub;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    target.usage(out);
    out.flush();
    return ExitCodes.OK;
  }

  private static String quoted(CommandLine command) {
    return "`" + command.getCommandSpec().qualifiedName(" ") + "`";
  }
}

package compass.cli;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Every usage error of every command, reported the same way: a diagnostic with its code (E0770 to
 * E0776), what was wrong, a "did you mean" when a command or flag looks mistyped, and the line
 * {@code = help: compass help CMD}; never the whole help. Exit code 2. Commands report their own
 * usage errors (flags that do not go together) through {@link #report} so they look the same.
 */
final class UsageErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    return report(e.getCommandLine(), diagnose(e, args));
  }

  /** Prints one usage error of {@code command} with the help line, and returns exit code 2. */
  static int report(CommandLine command, Diagnostic d) {
    PrintWriter err = command.getErr();
    err.print(DiagnosticRenderer.render(d));
    err.print("   = help: " + helpFor(command) + "\n");
    err.flush();
    return ExitCodes.USAGE;
  }

  static int report(CommandLine command, Code code, String message, String hint) {
    Diagnostic d = Diagnostic.error(code, null, message);
    return report(command, hint == null ? d : d.withHint(hint));
  }

  /** {@code compass help run}: how to see the help of the command that failed. */
  static String helpFor(CommandLine command) {
    String name = command.getCommandSpec().qualifiedName(" ");
    return name.equals("compass") ? "compass help" : "compass help" + name.substring(7);
  }

  /** No command given ({@code compass} alone, {@code compass export} alone). */
  static int missingCommand(CommandLine command) {
    String name = command.getCommandSpec().qualifiedName(" ");
    return report(
        command,
        Code.E0775,
        "`" + name + "` needs a command",
        "the commands are " + String.join(", ", commandNames(command)));
  }

  private static List<String> commandNames(CommandLine command) {
    List<String> names = new ArrayList<>(command.getSubcommands().keySet());
    names.remove("help");
    return names;
  }

  static Diagnostic diagnose(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = "`" + command.getCommandSpec().qualifiedName(" ") + "`";
    if (e instanceof MissingParameterException) { // a mistyped option is why one seems missing
      String unknown = unknownOptionIn(command, args);
      if (unknown != null) return unknownOption(command, name, unknown);
    }
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String first = u.getUnmatched().get(0);
      if (first.startsWith("-") && first.length() > 1) return unknownOption(command, name, first);
      if (!command.getSubcommands().isEmpty()
          && command.getCommandSpec().positionalParameters().isEmpty())
        return unknownCommand(command, name, first);
      return Diagnostic.error(Code.E0774, null, "unexpected argument `" + first + "` for " + name)
          .withHint(takes(command));
    }
    if (e instanceof MissingParameterException m) return missing(name, m);
    if (e instanceof OverwrittenOptionException o)
      return Diagnostic.error(
              Code.E0776, null, "`" + optionName(o.getOverwritten()) + "` given twice to " + name)
          .withHint("give " + label(o.getOverwritten()) + " once");
    if (e instanceof MutuallyExclusiveArgsException)
      return Diagnostic.error(Code.E0776, null, e.getMessage() + " (" + name + ")");
    ArgSpec arg = e.getArgSpec();
    if (arg != null && e.getValue() != null) return invalidValue(name, arg, e);
    return Diagnostic.error(Code.E0774, null, e.getMessage() + " (" + name + ")");
  }

  /** The first word of the command line that looks like an option the command does not have. */
  private static String unknownOptionIn(CommandLine command, String[] args) {
    var known = command.getCommandSpec().optionsMap().keySet();
    for (String a : args) {
      if (!a.startsWith("-") || a.length() < 2 || Character.isDigit(a.charAt(1))) continue;
      String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      if (!known.contains(name)) return a;
    }
    return null;
  }

  static Diagnostic unknownCommand(CommandLine command, String name, String typed) {
    String guess = DidYouMean.closest(typed, commandNames(command));
    return Diagnostic.error(Code.E0770, null, name + " has no command `" + typed + "`")
        .withHint(
            guess != null
                ? "did you mean `" + guess + "`?"
                : "the commands are " + String.join(", ", commandNames(command)));
  }

  private static Diagnostic unknownOption(CommandLine command, String name, String typed) {
    List<String> options = new ArrayList<>();
    for (OptionSpec o : command.getCommandSpec().options())
      if (!o.hidden()) options.addAll(List.of(o.names()));
    String shown = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
    Diagnostic d = Diagnostic.error(Code.E0771, null, name + " has no option `" + shown + "`");
    String guess = DidYouMean.closest(shown, options);
    return guess == null ? d : d.withHint("did you mean `" + guess + "`?");
  }

  private static Diagnostic missing(String name, MissingParameterException m) {
    List<ArgSpec> missing = m.getMissing();
    if (m.getMessage().startsWith("Missing required parameter for option") && !missing.isEmpty()) {
      ArgSpec a = missing.get(0);
      return Diagnostic.error(
          Code.E0772, null, "`" + optionName(a) + "` needs a value: " + a.paramLabel());
    }
    List<String> what = new ArrayList<>();
    for (ArgSpec a : missing) what.add(label(a));
    return Diagnostic.error(Code.E0772, null, name + " needs " + String.join(" and ", what));
  }

  private static Diagnostic invalidValue(String name, ArgSpec arg, ParameterException e) {
    String why = e.getMessage();
    int colon = why.indexOf(": ");
    if (why.startsWith("Invalid value for") && colon > 0) why = why.substring(colon + 2);
    // picocli's own words for its types, and ours that repeat the value: said once, plainly
    if (why.endsWith(" is not an int") || why.endsWith(" is not a long"))
      why = "expected a whole number";
    int but = why.indexOf(" but was '");
    if (but > 0) why = why.substring(0, but);
    Diagnostic d =
        Diagnostic.error(
            Code.E0773,
            null,
            "invalid value `"
                + e.getValue()
                + "` for `"
                + optionName(arg)
                + "` of "
                + name
                + ": "
                + why);
    List<String> accepted = new ArrayList<>();
    if (arg.completionCandidates() != null) arg.completionCandidates().forEach(accepted::add);
    String guess = DidYouMean.closest(e.getValue(), accepted);
    return guess == null ? d : d.withHint("did you mean `" + guess + "`?");
  }

  /** What the command takes, for an argument too many: {@code compass run takes PLAN}. */
  private static String takes(CommandLine command) {
    List<String> labels = new ArrayList<>();
    for (PositionalParamSpec p : command.getCommandSpec().positionalParameters())
      labels.add(p.paramLabel() + (p.arity().max() > 1 ? "..." : ""));
    String name = command.getCommandSpec().qualifiedName(" ");
    return labels.isEmpty()
        ? name + " takes no arguments, only options"
        : name + " takes " + String.join(" ", labels);
  }

  private static String optionName(ArgSpec a) {
    return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
  }

  /** {@code PLAN}, or {@code --participant ID}. */
  private static String label(ArgSpec a) {
    if (a instanceof OptionSpec o)
      return o.longestName() + (o.arity().max() > 0 ? " " + o.paramLabel() : "");
    return a.paramLabel();
  }
}

package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every registered command x every kind of usage or input error: the exit code and the shape of the
 * message (issue 19). Commands are read from {@link Main#commandNames()}, so a command added later
 * is covered at once; what each needs on a valid command line (beyond a plan) is read from its
 * picocli model, with the values below for the options it requires, or from {@link #NEEDS}. Each
 * case breaks one thing of a valid command line; none of them reads a plan or writes a file, except
 * the missing plan, which names a file that does not exist.
 */
final class CommandErrorsTest {
  private static final String PLAN = "../stdlib-plans/plans/ae-quota/ae-quota.comp";

  /** Values for required options, by name, for commands not in {@link #NEEDS}. */
  private static final Map<String, String> VALUES =
      Map.of("--period", "2027-Q1", "--participant", "ann", "--people", "10", "--deals", "10");

  /**
   * Commands whose valid command line is not "PLAN and their required options": everything after
   * the command's name, with {@code PLAN} for the plan and {@code TMP} for a fresh folder.
   */
  private static final Map<String, List<String>> NEEDS =
      Map.of(
          "repl", List.of("PLAN", "--script", "TMP/session.repl"),
          "generate", List.of("--people", "10", "--deals", "10", "--out", "TMP"),
          "close", List.of("PLAN", "--period", "2027-Q1", "--ledger", "TMP"),
          "verify", List.of("PLAN", "--ledger", "TMP"),
          "export", List.of("payroll", "PLAN", "--period", "2027-Q1", "--ledger", "TMP"),
          "diff", List.of("PLAN", "PLAN"),
          "statements", List.of("PLAN", "--out", "TMP/statements", "--ledger", "TMP"),
          // no plan to read: a folder to create, a shell
          "init", List.of("TMP/new-plan"),
          "completion", List.of("bash"));

  /** Commands that keep the code they had for a bad --format before issue 19. */
  private static final Map<String, String> BAD_FORMAT =
      Map.of("generate", "E0742", "statements", "E0762");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyCommandEveryErrorKind() throws java.io.IOException {
    java.nio.file.Files.writeString(tmp.resolve("session.repl"), "");
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : Main.commandNames()) {
      List<String> valid = validLine(name);
      CommandLine leaf = leaf(name, valid);
      String helpLine = "   = help: compass help " + String.join(" ", path(name, valid));

      tests.add(
          DynamicTest.dynamicTest(
              name + ": unknown flag",
              () -> usageError(with(valid, "--no-such-flag"), "E0771", helpLine, null)));

      OptionSpec typoTarget = longOption(leaf);
      if (typoTarget != null) {
        String wanted = typoTarget.longestName();
        tests.add(
            DynamicTest.dynamicTest(
                name + ": mistyped flag " + swapped(wanted),
                () ->
                    usageError(
                        withFlag(valid, typoTarget, swapped(wanted)),
                        "E0771",
                        helpLine,
                        "did you mean `" + wanted + "`?")));
      }

      tests.add(
          DynamicTest.dynamicTest(
              name + ": mistyped command " + swapped(name),
              () -> {
                List<String> line = new ArrayList<>(valid);
                line.set(0, swapped(name));
                usageError(
                    line, "E0770", "   = help: compass help", "did you mean `" + name + "`?");
              }));

      if (valid.contains(PLAN)) {
        tests.add(
            DynamicTest.dynamicTest(
                name + ": missing plan file",
                () -> {
                  List<String> line = new ArrayList<>(valid);
                  String nope = tmp.resolve("no-such-plan.comp").toString();
                  line.replaceAll(a -> a.equals(PLAN) ? nope : a);
                  InProcess.Outcome o = InProcess.execute(line.toArray(String[]::new));
                  assertEquals(2, o.code(), line + "\n" + o.err() + o.out());
                  String said = o.err() + o.out();
                  assertTrue(said.contains("no-such-plan.comp"), said);
                  assertTrue(said.matches("(?s).*error\\[E0(501|809)\\].*"), said);
                }));
        PositionalParamSpec plan = leaf.getCommandSpec().positionalParameters().get(0);
        if (plan.arity().min() > 0) {
          tests.add(
              DynamicTest.dynamicTest(
                  name + ": no plan given",
                  () -> {
                    List<String> line = new ArrayList<>(valid);
                    line.removeIf(a -> a.equals(PLAN));
                    usageError(line, "E0772", helpLine, null);
                  }));
        }
        int most = 0;
        for (PositionalParamSpec p : leaf.getCommandSpec().positionalParameters())
          most = Math.max(most, p.arity().max());
        if (most < Integer.MAX_VALUE) { // PLAN... takes any number: one more is not an error
          tests.add(
              DynamicTest.dynamicTest(
                  name + ": an argument too many",
                  () -> usageError(with(valid, "extra.comp"), "E0774", helpLine, null)));
        }
      }

      for (OptionSpec o : leaf.getCommandSpec().options()) {
        if (o.longestName().equals("--format")) {
          tests.add(
              DynamicTest.dynamicTest(
                  name + ": bad --format",
                  () ->
                      usageError(
                          with(valid, "--format", "xml"),
                          BAD_FORMAT.getOrDefault(name, "E0773"),
                          helpLine,
                          null)));
        }
        if (o.arity().min() > 0 && !o.required()) { // an option that takes a value, given none
          tests.add(
              DynamicTest.dynamicTest(
                  name + ": " + o.longestName() + " without its value",
                  () -> usageError(with(valid, o.longestName()), "E0772", helpLine, null)));
        }
        if (o.required()) {
          tests.add(
              DynamicTest.dynamicTest(
                  name + ": required " + o.longestName() + " missing",
                  () -> usageError(without(valid, o), "E0772", helpLine, null)));
        }
      }

      tests.add(
          DynamicTest.dynamicTest(
              name + ": compass help " + String.join(" ", path(name, valid)),
              () -> {
                List<String> line = new ArrayList<>(List.of("help"));
                line.addAll(path(name, valid));
                InProcess.Outcome o = InProcess.execute(line.toArray(String[]::new));
                assertEquals(0, o.code(), o.err());
                assertTrue(
                    o.out().startsWith("Usage: compass " + String.join(" ", path(name, valid))),
                    o.out());
                assertEquals("", o.err());
              }));
      tests.add(
          DynamicTest.dynamicTest(
              name + " --help",
              () -> {
                InProcess.Outcome o =
                    InProcess.execute(with(valid, "--help").toArray(String[]::new));
                assertEquals(0, o.code(), o.err());
                assertTrue(o.out().startsWith("Usage: compass " + name), o.out());
              }));
    }
    return tests.stream();
  }

  /**
   * A usage error: exit 2, nothing on stdout, and on stderr two or three lines: the error with its
   * code, a hint (the "did you mean" when one is expected), and how to see the command's help.
   */
  private static void usageError(List<String> line, String code, String helpLine, String hint) {
    InProcess.Outcome o = InProcess.execute(line.toArray(String[]::new));
    String context = "compass " + String.join(" ", line) + "\n" + o.err();
    assertEquals(2, o.code(), context);
    assertEquals("", o.out(), context);
    List<String> lines = o.err().lines().toList();
    assertTrue(lines.size() == 2 || lines.size() == 3, context);
    assertTrue(lines.get(0).startsWith("error[" + code + "]: "), context);
    assertEquals(helpLine, lines.get(lines.size() - 1), context);
    assertFalse(o.err().contains("Usage:"), context);
    if (hint != null) assertEquals("   = hint: " + hint, lines.get(1), context);
  }

  /** The valid command line of a command: from {@link #NEEDS}, or read from its options. */
  private List<String> validLine(String name) {
    List<String> line = new ArrayList<>(List.of(name));
    List<String> needs = NEEDS.get(name);
    if (needs == null) {
      CommandLine command = new CommandLine(Main.command(name));
      needs = new ArrayList<>();
      List<PositionalParamSpec> positionals = command.getCommandSpec().positionalParameters();
      if (!positionals.isEmpty()) needs.add("PLAN");
      for (OptionSpec o : command.getCommandSpec().options()) {
        if (!o.required()) continue;
        String value = VALUES.get(o.longestName());
        if (value == null)
          fail(
              "compass "
                  + name
                  + " requires "
                  + o.longestName()
                  + ": add the command to NEEDS in CommandErrorsTest, or the option to VALUES");
        needs.add(o.longestName());
        needs.add(value);
      }
    }
    for (String a : needs) line.add(a.equals("PLAN") ? PLAN : a.replace("TMP", tmp.toString()));
    return line;
  }

  /** The command that parses the options: {@code export payroll}'s, not {@code export}'s. */
  private static CommandLine leaf(String name, List<String> valid) {
    CommandLine command = new CommandLine(Main.command(name));
    for (String word : valid.subList(1, valid.size())) {
      CommandLine sub = command.getSubcommands().get(word);
      if (sub == null) break;
      command = sub;
    }
    return command;
  }

  /** {@code [export, payroll]}: the command's words on the valid command line. */
  private static List<String> path(String name, List<String> valid) {
    List<String> words = new ArrayList<>(List.of(name));
    CommandLine command = new CommandLine(Main.command(name));
    for (String word : valid.subList(1, valid.size())) {
      CommandLine sub = command.getSubcommands().get(word);
      if (sub == null) break;
      words.add(word);
      command = sub;
    }
    return words;
  }

  /** The command's longest long option other than --help (the likeliest to be mistyped). */
  private static OptionSpec longOption(CommandLine command) {
    OptionSpec best = null;
    for (OptionSpec o : command.getCommandSpec().options()) {
      String n = o.longestName();
      if (!n.startsWith("--") || n.equals("--help") || n.length() < 6) continue;
      if (best == null || n.length() > best.longestName().length()) best = o;
    }
    return best;
  }

  /** A typo: the two letters after the dashes swapped ({@code run} -> {@code urn}). */
  static String swapped(String word) {
    int i = 0;
    while (word.charAt(i) == '-') i++;
    char[] c = word.toCharArray();
    int a = c[i] != c[i + 1] ? i : i + 1;
    char t = c[a];
    c[a] = c[a + 1];
    c[a + 1] = t;
    return new String(c);
  }

  private static List<String> with(List<String> valid, String... more) {
    List<String> line = new ArrayList<>(valid);
    line.addAll(List.of(more));
    return line;
  }

  /** The valid line with option o written as {@code typo} (given with a value if it takes one). */
  private static List<String> withFlag(List<String> valid, OptionSpec o, String typo) {
    List<String> line = new ArrayList<>(valid);
    int at = line.indexOf(o.longestName());
    if (at >= 0) line.set(at, typo);
    else {
      line.add(typo);
      if (o.arity().min() > 0) line.add("x");
    }
    return line;
  }

  /** The valid line without option o and its value. */
  private static List<String> without(List<String> valid, OptionSpec o) {
    List<String> line = new ArrayList<>(valid);
    int at = -1;
    for (String n : o.names()) if (line.indexOf(n) >= 0) at = line.indexOf(n);
    assertTrue(at >= 0, o.longestName() + " is required but not in " + valid);
    line.remove(at);
    if (o.arity().min() > 0) line.remove(at);
    return line;
  }
}

package compass.cli;

import compass.diag.Diagnostic;

/**
 * The exit codes of every {@code compass} command: one table, the README's "Exit codes", and this
 * class is its only copy in code. A command returns one of these; which one a list of diagnostics
 * means is decided here, the same way for every command.
 */
final class ExitCodes {
  /** Everything went well (warnings allowed unless --strict). */
  static final int OK = 0;

  /** The plan has errors, a test failed, a ledger figure differs: the user's plan or record. */
  static final int FAILED = 1;

  /** The command line or an input (a data file, a missing plan file, a path) is wrong. */
  static final int USAGE = 2;

  /** Completed, but data rows with errors were skipped (run --keep-going). */
  static final int REJECTS = 3;

  /** A resource limit: out of memory (the one limit more resources fix). */
  static final int LIMIT = 4;

  /** A bug in Compass. */
  static final int INTERNAL = 70;

  private ExitCodes() {}

  /** The table every command's help ends with: the same for all, as in the README. */
  static java.util.Map<String, String> table() {
    java.util.Map<String, String> t = new java.util.LinkedHashMap<>();
    t.put(" 0", "ok (warnings allowed, unless --strict)");
    t.put(
        " 1",
        "the plan has errors, a test failed, or a check failed (--strict warnings, fmt --check,"
            + " verify finding a difference)");
    t.put(
        " 2",
        "usage or input error: the command line, a data file, a missing plan file, an output"
            + " that would destroy a file or could not be written, the ledger refusing");
    t.put(" 3", "completed with rejects (run --keep-going skipped bad data rows)");
    t.put(" 4", "out of memory, the one resource limit: give more with COMPASS_JAVA_OPTS=-Xmx8g");
    t.put("70", "internal error (please report it)");
    return t;
  }

  /** Puts {@link #table()} in the help of a command and of its own commands. */
  static void inHelpOf(picocli.CommandLine command) {
    command
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes (the same for every command):%n")
        .exitCodeList(table());
    command.getSubcommands().values().forEach(ExitCodes::inHelpOf);
  }

  /**
   * The exit code for a command's diagnostics: 0 without errors; 2 when an error lies outside the
   * plan (E05xx data and files, E07xx command line and outputs, E0809 a test path that does not
   * exist); else 1 (the plan, its tests, its evaluation, E0603 included, and what a ledger finds).
   */
  static int of(Iterable<Diagnostic> diagnostics) {
    boolean errors = false;
    for (Diagnostic d : diagnostics) {
      if (!d.isError()) continue;
      errors = true;
      if (outsideThePlan(d.code().id())) return USAGE;
    }
    return errors ? FAILED : OK;
  }

  /** Whether an error code names a problem of the input or the command line, not of the plan. */
  static boolean outsideThePlan(String id) {
    if (id.equals("E0757")) return false; // payroll rows that do not add up: the plan's figures
    if (id.equals("E0784")) return false; // a library holding what an import leaves out: the plan
    return id.startsWith("E05") || id.startsWith("E07") || id.equals("E0809");
  }
}

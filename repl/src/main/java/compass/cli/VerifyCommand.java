package compass.cli;

import compass.api.LedgerOutcome;
import compass.api.LedgerVerify;
import compass.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compass verify}: recomputes every closed period from the plan and data as they are now and
 * checks it against the ledger.
 */
@Command(
    name = "verify",
    description =
        "Check every closed period of the ledger against the plan and data as they are now.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every closed period agrees (an input file may have changed without changing a figure)",
      "1:a closed figure would differ, or a ledger file was edited by hand",
      "2:the closed periods could not be recomputed (plan or data errors, a data file missing)"
          + " or a command-line error",
      "70:internal error (please report it)"
    })
final class VerifyCommand implements Callable<Integer> {
  /** The findings of a recomputation that ran: anything else that is an error stopped it. */
  private static final Set<String> FINDINGS = Set.of("E0620", "E0622");

  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Mixin private LedgerInputs inputs;

  @Override
  public Integer call() {
    LedgerOutcome outcome = LedgerVerify.verify(inputs.request(null), inputs.ledger);
    PrintWriter out = spec.commandLine().getOut();
    out.print(outcome.text());
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    LedgerReport.print(outcome, err);
    int exit = exit(outcome);
    if (exit == 0) out.print("verified: every closed period agrees with the plan and data\n");
    else if (exit == 1) err.print("verify: the ledger and the plan and data disagree\n");
    out.flush();
    err.flush();
    return exit;
  }

  static int exit(LedgerOutcome outcome) {
    boolean differs = false;
    for (Diagnostic d : outcome.diagnostics()) {
      if (!d.isError()) continue;
      if (!FINDINGS.contains(d.code().id())) return Main.USAGE;
      differs = true;
    }
    return differs ? 1 : 0;
  }
}

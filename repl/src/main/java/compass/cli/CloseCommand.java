package compass.cli;

import compass.api.LedgerOutcome;
import compass.api.Ledgers;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compass close}: records a pay period as paid in the ledger, or with {@code --reopen} takes
 * the latest closed period back out (recorded in {@code reopened.log}).
 */
@Command(
    name = "close",
    description = "Record a pay period as paid: its statement and lines, in the ledger folder.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:closed (or reopened)",
      "1:errors in the plan",
      "2:errors in the data or on the command line, or the ledger refuses (closed already,"
          + " an earlier period open, a later one closed, the folder unreadable or unwritable)",
      "70:internal error (please report it)"
    })
final class CloseCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Option(names = "--period", paramLabel = "P", description = "The pay period to close.")
  private String period;

  @Mixin private LedgerInputs inputs;

  @Option(
      names = "--pay-date",
      paramLabel = "DATE",
      description = "The date the period is paid, recorded in the ledger (default: its last day).")
  private String payDate;

  @Option(
      names = "--reopen",
      paramLabel = "P",
      description = "Reopen the latest closed period P instead (needs --reason).")
  private String reopen;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description = "Why the period is reopened, recorded in reopened.log.")
  private String reason;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (reopen == null && period == null) {
      return UsageErrors.report(
          spec.commandLine(),
          compass.diag.Code.E0772,
          "`compass close` needs the period to close (--period 2027-Q1) or to reopen (--reopen P)",
          null);
    }
    if (reopen != null && period != null) {
      return UsageErrors.report(
          spec.commandLine(),
          compass.diag.Code.E0776,
          "--period and --reopen do not go together: close or reopen, not both",
          null);
    }
    LedgerOutcome outcome =
        reopen != null
            ? Ledgers.reopen(inputs.plan, inputs.ledger, reopen, reason, today)
            : Ledgers.close(inputs.request(period), inputs.ledger, payDate, Main.version(), today);
    LedgerReport.print(outcome, err);
    int exit = LedgerReport.exit(outcome);
    if (exit == 0) {
      PrintWriter out = spec.commandLine().getOut();
      if (reopen != null)
        out.print(
            "reopened "
                + reopen
                + ": its folder is removed, the reopening is recorded in "
                + outcome.ledger().resolve("reopened.log")
                + "\n");
      else out.print("closed " + period + " in " + outcome.ledger() + "\n");
      out.flush();
    }
    return exit;
  }
}

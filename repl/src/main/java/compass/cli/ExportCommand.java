package compass.cli;

import compass.api.InputFile;
import compass.api.InputFiles;
import compass.api.LedgerOutcome;
import compass.api.PayrollExport;
import compass.api.RunRequest;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compass export}: files for other systems, read from the ledger. */
@Command(
    name = "export",
    description = "Write a closed period for another system (payroll).",
    subcommands = {ExportCommand.Payroll.class})
final class ExportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Override
  public Integer call() {
    return UsageErrors.missingCommand(spec.commandLine());
  }

  /** {@code compass export payroll}: the payroll import file of one closed period. */
  @Command(
      name = "payroll",
      description =
          "Write the CSV a payroll system imports for a CLOSED period, from the ledger: one row per"
              + " line item.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:written",
        "1:errors in the plan, a ledger file edited by hand, or the rows do not add up to the"
            + " statement's payout",
        "2:the period is not closed, a command-line error, or the file could not be written",
        "70:internal error (please report it)"
      })
  static final class Payroll implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help and exit.")
    private boolean help;

    @Option(
        names = "--period",
        paramLabel = "P",
        required = true,
        description = "The closed pay period to export.")
    private String period;

    @Mixin private LedgerInputs inputs;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description =
            "Write the CSV to FILE (replaced whole, or left untouched on failure; default stdout).")
    private Path outFile;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      RunRequest request = inputs.request(period);
      OutputFormats.Choice csv = OutputFormats.choose(null, outFile, List.of("csv"), "csv");
      if (csv.problem() != null) return UsageErrors.report(spec.commandLine(), csv.problem());
      if (outFile != null) { // as run --out: never onto the plan, its data or a folder
        List<InputFile> inputs = new ArrayList<>(InputFiles.of(request));
        Diagnostic refused =
            OutputGuard.refusal(
                outFile,
                "the payroll file",
                inputs,
                null,
                "name a new file, e.g. --out payroll.csv");
        if (refused != null) {
          err.print(DiagnosticRenderer.renderAll(List.of(refused)) + "1 error(s)\n");
          err.flush();
          return Main.USAGE;
        }
      }
      LedgerOutcome outcome = PayrollExport.export(request, inputs.ledger);
      LedgerReport.print(outcome, err);
      if (!outcome.ok()) return LedgerReport.exit(outcome); // E0757 (the sums) is 1
      if (outFile == null) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(outcome.text());
        out.flush();
        return 0;
      }
      try {
        AtomicFile.write(outFile, outcome.text());
      } catch (IOException e) {
        return CannotWrite.report(err, outFile, AtomicFile.reason(e));
      }
      return 0;
    }
  }
}

package compass.cli;

import compass.api.Compass;
import compass.api.InputFile;
import compass.api.InputFiles;
import compass.api.RunRequest;
import compass.api.RunResult;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compass run}: evaluates a plan on its data and writes every participant's payouts. */
@Command(
    name = "run",
    description = "Evaluate a plan on its data: one row per participant and period.")
final class RunCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Parameters(paramLabel = "PLAN", description = "The plan file (.comp).")
  private Path plan;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of the data files the plan reads (default: the plan's folder).")
  private Path data;

  @Option(
      names = "--period",
      paramLabel = "P",
      description = "One pay period, such as 2027-Q1 (default: every period of the plan year).")
  private String period;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Format.Converter.class,
      completionCandidates = Format.Names.class,
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: the one --out's extension names,"
              + " .csv or .json, else table).")
  private Format format;

  @Option(names = "--lines", description = "One row per line item instead of one per payout.")
  private boolean lines;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the output to FILE (replaced whole, or left untouched on failure).")
  private Path outFile;

  @Option(
      names = "--keep-going",
      description =
          "Skip data rows with errors, list them in a rejects file beside the output "
              + "(rejects.csv when writing to stdout) and exit with 3.")
  private boolean keepGoing;

  @picocli.CommandLine.Mixin private LedgerChoice ledger = new LedgerChoice();

  @Option(
      names = {"--strict", "--deny-warnings"},
      description = "Exit 1 when there are warnings, writing no output (for CI).")
  private boolean strict;

  @Override
  public Integer call() {
    RunRequest request =
        new RunRequest(plan, data, period, lines, keepGoing, ledger.ledger, ledger.ignore);
    PrintWriter err = spec.commandLine().getErr();
    OutputFormats.Choice chosen = Format.choose(format, outFile);
    if (chosen.problem() != null) return UsageErrors.report(spec.commandLine(), chosen.problem());
    List<Diagnostic> refused = refusals(request, outFile, keepGoing);
    if (!refused.isEmpty()) {
      err.print(DiagnosticRenderer.renderAll(refused) + refused.size() + " error(s)\n");
      err.flush();
      return Main.USAGE;
    }
    RunResult result = Compass.run(request);
    return report(
        result,
        Format.of(chosen.format()),
        lines,
        outFile,
        keepGoing,
        strict,
        spec.commandLine().getOut(),
        err);
  }

  /**
   * Why the output or the rejects file may not be written where they would go (onto the plan, a
   * data file, a folder, a device...), found before the run so that nothing is written.
   */
  static List<Diagnostic> refusals(RunRequest request, Path outFile, boolean keepGoing) {
    List<Diagnostic> refused = new ArrayList<>();
    if (outFile == null && !keepGoing) return refused;
    List<InputFile> inputs = InputFiles.of(request);
    if (outFile != null) {
      Diagnostic d =
          OutputGuard.refusal(
              outFile,
              "the output",
              inputs,
              null,
              "name a new file, e.g. --out payouts.csv; without --out the output goes to stdout");
      if (d != null) refused.add(d);
    }
    if (keepGoing) {
      Diagnostic d =
          OutputGuard.refusal(
              RejectsFile.beside(outFile),
              "the rejects file",
              inputs,
              null,
              "the rejects file goes beside --out FILE as FILE.rejects.csv, or without --out to rejects.csv "
                  + "in the current folder: choose another --out, or run from another folder");
      if (d != null) refused.add(d);
    }
    return refused;
  }

  static int report(
      RunResult result,
      Format format,
      boolean lines,
      Path outFile,
      PrintWriter out,
      PrintWriter err) {
    return report(result, format, lines, outFile, false, out, err);
  }

  /**
   * Prints a finished run: diagnostics, then the statement (to {@code out} or {@code outFile}),
   * then the reconciliation. Returns the exit code; separate from picocli so tests can call it.
   */
  static int report(
      RunResult result,
      Format format,
      boolean lines,
      Path outFile,
      boolean keepGoing,
      PrintWriter out,
      PrintWriter err) {
    return report(result, format, lines, outFile, keepGoing, false, out, err);
  }

  /** As above; {@code strict}: warnings fail the run (exit 1) and nothing is written. */
  static int report(
      RunResult result,
      Format format,
      boolean lines,
      Path outFile,
      boolean keepGoing,
      boolean strict,
      PrintWriter out,
      PrintWriter err) {
    // only warnings when ok; those about the whole run come after the reconciliation
    err.print(DiagnosticRenderer.renderAll(SummaryWarnings.detailed(result.diagnostics())));
    err.flush();
    if (!result.ok()) {
      long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
      err.print(errors + " error(s)\n");
      err.flush();
      return ExitCodes.of(result.diagnostics());
    }
    int warnings = SummaryWarnings.warnings(result.diagnostics());
    if (strict
        && warnings > 0) { // CI: a warning fails the run like an error, before anything is written
      if (result.reconciliation() != null)
        err.print(ReconciliationPrinter.print(result.reconciliation()));
      err.print(SummaryWarnings.lines(result.diagnostics()));
      err.print(SummaryWarnings.denied(warnings));
      err.flush();
      return 1;
    }
    String text = StatementWriter.write(result, format, lines);
    Path rejectsFile = keepGoing ? RejectsFile.beside(outFile) : null;
    // The rejects file is written even when empty, so one left by an earlier run never misleads;
    // the output and its rejects are replaced together or not at all, so neither exists without
    // the other and a failed write leaves the earlier pair as it was.
    Map<Path, String> files = new LinkedHashMap<>();
    if (keepGoing) files.put(rejectsFile, RejectsFile.write(result.rejects()));
    if (outFile != null) files.put(outFile, text);
    try {
      AtomicFile.writeAll(files);
    } catch (AtomicFile.Failed e) {
      return CannotWrite.report(err, e.file(), e.reason());
    }
    if (outFile == null) {
      out.print(text);
      out.flush();
    }
    if (result.reconciliation() != null) {
      err.print(ReconciliationPrinter.print(result.reconciliation()));
    }
    if (!result.closed().isEmpty()) // issue 16: say where those rows come from
    err.print(
          "closed: "
              + String.join(", ", result.closed())
              + ", shown as paid (the ledger); later changes are prior-period adjustments\n");
    err.print(SummaryWarnings.lines(result.diagnostics()));
    if (keepGoing) err.print(RejectsFile.summary(result.rejects(), rejectsFile));
    err.flush();
    return keepGoing && !result.rejects().isEmpty() ? 3 : 0;
  }
}

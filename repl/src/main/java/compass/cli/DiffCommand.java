package compass.cli;

import compass.api.InputFile;
import compass.api.InputFiles;
import compass.api.PayoutDiff;
import compass.api.PlanDiff;
import compass.api.PlanDiff.Side;
import compass.api.RunRequest;
import compass.api.RunResult;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import compass.source.PlanFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compass diff}: runs two plans on the same data and shows what changes for whom (plan
 * modelling). Either plan may be a version in git, {@code git:REV:path}, so that {@code compass
 * diff git:HEAD~1:plans/ae.comp plans/ae.comp --data data/} prices the last change.
 */
@Command(
    name = "diff",
    description =
        "Run two plans on the same data: payouts under each, and the change, largest first.")
final class DiffCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Parameters(
      index = "0",
      paramLabel = "PLAN_A",
      description = "The plan before: a file, or git:REV:path.")
  private String planA;

  @Parameters(
      index = "1",
      paramLabel = "PLAN_B",
      description = "The plan after: a file, or git:REV:path.")
  private String planB;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Folder of the data both plans run on (default: the folder of PLAN_B, or of PLAN_A, when it is a file).")
  private Path data;

  @Option(
      names = "--period",
      paramLabel = "P",
      description = "One pay period, such as 2027-Q1 (default: every period).")
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

  @Option(
      names = "--all",
      description = "Show unchanged payouts in the table too (csv and json always have them).")
  private boolean all;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the output to FILE (replaced whole, or left untouched on failure).")
  private Path outFile;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OutputFormats.Choice chosen = Format.choose(format, outFile);
    if (chosen.problem() != null) return UsageErrors.report(spec.commandLine(), chosen.problem());
    Format format = Format.of(chosen.format());
    Path cwd = Path.of("").toAbsolutePath();
    List<Diagnostic> problems = new ArrayList<>();
    Side a = PlanDiff.side(planA, cwd, problems);
    Side b = PlanDiff.side(planB, cwd, problems);
    Path dataDir =
        data != null
            ? data
            : b != null && b.files() == PlanFiles.DISK
                ? folderOf(b.plan())
                : a != null && a.files() == PlanFiles.DISK ? folderOf(a.plan()) : null;
    if (dataDir == null && problems.isEmpty()) {
      problems.add(
          Diagnostic.error(
                  Code.E0725,
                  null,
                  "both plans come from git, so compass diff does not know which data to run them on")
              .withHint("name the data folder with --data DIR"));
    }
    if (!problems.isEmpty()) return fail(problems, err);
    if (outFile != null) {
      // both plans (a plan in git: its file in the work tree too) and the data stay untouched
      List<InputFile> inputs =
          new ArrayList<>(InputFiles.of(new RunRequest(a.plan(), dataDir, period, false)));
      inputs.addAll(InputFiles.of(new RunRequest(b.plan(), dataDir, period, false)));
      Diagnostic refused =
          OutputGuard.refusal(
              outFile,
              "the output",
              inputs,
              null,
              "name a new file, e.g. --out diff.csv; without --out the output goes to stdout");
      if (refused != null) return fail(List.of(refused), err);
    }

    PlanDiff.Outcome outcome = PlanDiff.compare(a, b, dataDir, period);
    RunResult ra = outcome.a(), rb = outcome.b();
    // the same data gives the same data warnings twice: show each once
    Set<String> shown = new LinkedHashSet<>();
    for (RunResult r : List.of(ra, rb))
      for (Diagnostic d : r.diagnostics()) shown.add(DiagnosticRenderer.render(d));
    err.print(String.join("", shown));
    err.flush();
    if (!ra.ok() || !rb.ok()) {
      List<Diagnostic> errors = new ArrayList<>(ra.diagnostics());
      errors.addAll(rb.diagnostics());
      return exit(errors, err);
    }
    if (outcome.problem() != null) return fail(List.of(outcome.problem()), err);
    PayoutDiff diff = outcome.diff();
    String text =
        DiffWriter.write(
            diff, new DiffWriter.Sides(planA, ra.planName(), planB, rb.planName()), format, all);
    if (format == Format.TABLE) text += ClosedAdjustments.table(ra.lines(), rb.lines());
    if (outFile == null) {
      out.print(text);
      out.flush();
      return 0;
    }
    try {
      AtomicFile.write(outFile, text);
    } catch (IOException e) {
      return CannotWrite.report(err, outFile, AtomicFile.reason(e));
    }
    return 0;
  }

  private static Path folderOf(Path plan) {
    Path parent = plan.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  /** Usage problems (E07xx): reported, exit 2. */
  private static int fail(List<Diagnostic> problems, PrintWriter err) {
    err.print(DiagnosticRenderer.renderAll(problems));
    return exit(problems, err);
  }

  /**
   * As {@code compass run}: 2 when a problem lies outside the plans (data, command line), else 1.
   */
  private static int exit(List<Diagnostic> diagnostics, PrintWriter err) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    err.print(errors + " error(s)\n");
    err.flush();
    return ExitCodes.of(diagnostics);
  }
}

package compass.cli;

import compass.api.Forecasts;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import compass.result.Forecast;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compass forecast} (issue 18): what the open pipeline could pay, per participant and open
 * period: earned so far, stage-weighted, and the P10/P50/P90 and mean of a seeded simulation; with
 * a budget, the chance of exceeding it; with --vs, a second plan on the same outcomes.
 */
@Command(
    name = "forecast",
    description =
        "Forecast the payout of the open pipeline: earned so far, stage-weighted, and simulated"
            + " P10/P50/P90 per participant and open period.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:errors in a plan (win rates included)",
      "2:errors in the data or on the command line",
      "4:out of memory: the input is too large for the memory given (COMPASS_JAVA_OPTS=-Xmx4g)",
      "70:internal error (please report it)"
    })
final class ForecastCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file.")
  private Path plan;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of the data (default: the plan's folder).")
  private Path data;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "What is known: deals credited up to this date (default: the latest date in the data).")
  private String asOf;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "10000",
      description = "Simulated runs (default: ${DEFAULT-VALUE}).")
  private int runs;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description =
          "Seed of the simulation: the same seed gives the same output (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Format.Converter.class,
      completionCandidates = Format.Names.class,
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--learn-rates",
      description = "Learn the open stages' win rates from the deals (printed with the output).")
  private boolean learnRates;

  @Option(
      names = "--slip",
      paramLabel = "DAYS",
      description =
          "A won deal closes 0 to DAYS days after its expected close date, uniformly; replaces"
              + " the plan's `close dates slip` (default: the plan's; 0: no slip).")
  private Integer slip;

  @Option(
      names = "--budget",
      paramLabel = "AMOUNT",
      description =
          "The chance that the plan's whole payout exceeds AMOUNT, and the expected overrun.")
  private String budget;

  @Option(
      names = "--vs",
      paramLabel = "PLAN_B",
      description = "Also run PLAN_B on the same simulated outcomes and show the difference.")
  private Path versus;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Threads for the simulation (default: every core); the output does not depend on it.")
  private int threads;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate date = null;
    if (asOf != null) {
      try {
        date = LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        return usage(err, "--as-of " + asOf + " is not a date", "write it as 2027-06-30");
      }
    }
    BigDecimal amount = null;
    if (budget != null) {
      try {
        amount = new BigDecimal(budget.replace("_", "").replace(",", ""));
      } catch (NumberFormatException e) {
        return usage(err, "--budget " + budget + " is not an amount", "write it as 1500000");
      }
    }
    if (threads < 0) return usage(err, "--threads cannot be negative", "give 0 for every core");
    Diagnostics diags = new Diagnostics();
    Forecast f =
        Forecasts.forecast(
            new Forecasts.Request(
                plan, data, date, runs, seed, learnRates, slip, amount, versus, threads),
            diags);
    err.print(DiagnosticRenderer.renderAll(diags.all()));
    if (f == null) return exit(diags.all(), err);
    out.print(ForecastWriter.write(f, format));
    out.flush();
    err.flush();
    return 0;
  }

  private static int usage(PrintWriter err, String message, String hint) {
    Diagnostic d = Diagnostic.error(Code.E0790, null, message).withHint(hint);
    err.print(DiagnosticRenderer.renderAll(List.of(d)));
    return exit(List.of(d), err);
  }

  /**
   * As {@code compass run}: 2 when a problem lies outside the plan (data, command line), else 1.
   */
  private static int exit(List<Diagnostic> diagnostics, PrintWriter err) {
    int errors = 0;
    boolean dataOrUsage = false;
    for (Diagnostic d : diagnostics) {
      if (!d.isError()) continue;
      errors++;
      String id = d.code().id();
      dataOrUsage |= id.startsWith("E05") || id.startsWith("E06") || id.startsWith("E07");
    }
    err.print(errors + " error(s)\n");
    err.flush();
    return dataOrUsage ? Main.USAGE : 1;
  }
}

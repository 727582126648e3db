package compass.cli;

import compass.api.Compass;
import compass.api.RunRequest;
import compass.api.RunResult;
import compass.api.StatementFacts;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import compass.web.statement.CouldBeEarned;
import compass.web.statement.FileNames;
import compass.web.statement.StatementIndex;
import compass.web.statement.StatementModel;
import compass.web.statement.StatementPages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compass statements}: one self-contained HTML statement per participant and an index, in a
 * folder written whole (issue 17). The figures are {@code compass run}'s, the explanations {@code
 * compass explain}'s, and a period the ledger records as closed is marked paid.
 */
@Command(
    name = "statements",
    description =
        "Write each participant's statement as a self-contained HTML page, with an index, to a"
            + " folder.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "1:errors in the plan",
      "2:errors in the data or on the command line, or the folder refused or unwritable (nothing"
          + " written)",
      "4:out of memory: the input is too large for the memory given (COMPASS_JAVA_OPTS=-Xmx4g)",
      "70:internal error (please report it)"
    })
final class StatementsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Mixin private LedgerInputs inputs;

  @Option(
      names = "--out",
      paramLabel = "FOLDER",
      required = true,
      description =
          "The folder to write: new, empty, or an earlier statements output (replaced whole).")
  private Path out;

  @Option(
      names = "--period",
      paramLabel = "P",
      description = "Only this pay period, such as 2027-Q1 (default: the whole plan year).")
  private String period;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "html",
      description = "html (default). PDF is not built in: print the pages from a browser.")
  private String format;

  @Option(
      names = "--forecast",
      negatable = true,
      description =
          "Add each rep's \"could be earned\": what their open pipeline could pay in the periods"
              + " still open (compass forecast's P10/P50/P90), labelled as a forecast with its"
              + " as-of date, runs and seed (default: when the plan declares win rates;"
              + " --no-forecast leaves it out).")
  private Boolean forecast;

  @Option(
      names = "--forecast-as-of",
      paramLabel = "DATE",
      description = "The forecast's as-of date (default: the latest date of a closed deal).")
  private String forecastAsOf;

  @Option(
      names = "--forecast-runs",
      paramLabel = "N",
      defaultValue = "500",
      description = "The forecast's simulated runs (default: ${DEFAULT-VALUE}, as the dashboard).")
  private int forecastRuns;

  @Option(
      names = "--forecast-seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The forecast's seed (default: ${DEFAULT-VALUE}, as the dashboard).")
  private long forecastSeed;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Diagnostic refused = formatRefusal();
    if (refused != null) return UsageErrors.report(spec.commandLine(), refused);
    refused = StatementFolder.refusal(out);
    if (refused != null) return fail(List.of(refused), err);
    RunRequest request = inputs.request(period);
    RunResult run = Compass.run(request);
    if (!run.ok()) return fail(run.diagnostics(), err);
    StatementFacts.Facts facts = StatementFacts.of(request);
    if (!facts.ok()) return fail(errorsOf(facts.diagnostics()), err);
    StatementFacts.PaidPeriods paid = StatementFacts.paid(inputs.plan, inputs.ledger);
    if (!paid.diagnostics().isEmpty()) return fail(paid.diagnostics(), err);
    StatementForecast.Outcome couldBeEarned =
        StatementForecast.of(inputs, forecast, forecastAsOf, forecastRuns, forecastSeed);
    if (couldBeEarned.refused() != null) return fail(couldBeEarned.refused(), err);
    err.print(DiagnosticRenderer.renderAll(run.diagnostics())); // the run's warnings
    err.flush();
    List<StatementModel> statements = StatementModel.all(run, facts, paid.periods());
    java.util.Set<String> paidPeriods = new java.util.HashSet<>();
    for (StatementFacts.Paid p : paid.periods()) paidPeriods.add(p.period());
    StatementModel.Plan plan =
        new StatementModel.Plan(run.planName(), facts.version(), facts.planHash());
    StatementPages pages = new StatementPages();
    Map<String, String> files = new LinkedHashMap<>();
    files.put("index.html", pages.index(StatementIndex.of(plan, run.currency(), statements)));
    Map<String, String> folded =
        new HashMap<>(); // file names as a case-blind file system sees them
    for (StatementModel s : statements) {
      String id = s.participant().id();
      String name = FileNames.of(id);
      String before = folded.put(name.toLowerCase(Locale.ROOT), id);
      if (before != null)
        return fail(
            List.of(
                Diagnostic.error(
                        Code.E0763,
                        null,
                        "the participants `"
                            + before
                            + "` and `"
                            + id
                            + "` would have the same statement file on a file system that"
                            + " ignores case ("
                            + name
                            + ")")
                    .withHint("give the participants ids that differ by more than case")),
            err);
      files.put(
          name,
          pages.page(
              s,
              couldBeEarned.forecast() == null
                  ? null
                  : CouldBeEarned.of(couldBeEarned.forecast(), id, paidPeriods)));
    }
    try {
      StatementFolder.write(out, files);
    } catch (IOException e) {
      return fail(
          List.of(
              Diagnostic.error(
                      Code.E0763,
                      null,
                      "cannot write the statements to " + out + ": " + AtomicFile.reason(e))
                  .withHint("nothing was written: name a folder you may write with --out")),
          err);
    }
    stdout.print(
        statements.size()
            + (statements.size() == 1 ? " statement" : " statements")
            + " and index.html written to "
            + out
            + "\n");
    stdout.flush();
    return 0;
  }

  private Diagnostic formatRefusal() {
    if (format.equals("html")) return null;
    if (format.equals("pdf"))
      return Diagnostic.error(Code.E0762, null, "PDF statements are not built into compass")
          .withHint(
              "write HTML and print it to PDF from a browser: the pages are laid out for A4 and"
                  + " Letter, one period to a page");
    return Diagnostic.error(Code.E0762, null, "unknown format `" + format + "`")
        .withHint("--format html");
  }

  private static List<Diagnostic> errorsOf(List<Diagnostic> all) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : all) if (d.isError()) out.add(d);
    return out;
  }

  /** Prints the diagnostics with the count of errors; 1 for the plan's, 2 for the rest (as run). */
  private static int fail(List<Diagnostic> diagnostics, PrintWriter err) {
    err.print(DiagnosticRenderer.renderAll(diagnostics));
    int errors = 0;
    boolean dataOrUsage = false;
    for (Diagnostic d : diagnostics) {
      if (!d.isError()) continue;
      errors++;
      String id = d.code().id();
      dataOrUsage |= id.startsWith("E05") || id.startsWith("E07");
    }
    err.print(errors + " error(s)\n");
    err.flush();
    return dataOrUsage || errors == 0 ? Main.USAGE : 1;
  }
}

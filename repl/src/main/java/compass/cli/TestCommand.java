package compass.cli;

import compass.api.PlanTests;
import compass.api.TestReport;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compass test}: runs the tests written in plans. One line per test that passes, one per
 * expectation that fails (with its position, the value expected and the value computed), and last
 * the line {@code N passed, N failed}.
 */
@Command(
    name = "test",
    description = "Run the tests written in plans (`test \"name\":` blocks).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every test passed",
      "1:a test failed, or a plan or its tests have errors (or, with --strict, warnings)",
      "2:a path does not exist",
      "4:out of memory: the input is too large for the memory given (COMPASS_JAVA_OPTS=-Xmx4g)",
      "70:internal error (please report it)"
    })
final class TestCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Option(
      names = "--coverage",
      description = "Also list the definitions, components and tier bands no test reached.")
  private boolean coverage;

  @Option(
      names = {"--strict", "--deny-warnings"},
      description =
          "Exit 1 when there are warnings (values the plan compares with that no test's rows have).")
  private boolean strict;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "Plan files, or folders searched for plans with tests (default: the current folder).")
  private List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics usage = new Diagnostics();
    List<Path> plans =
        PlanTests.find(paths == null || paths.isEmpty() ? List.of(Path.of("")) : paths, usage);
    err.print(DiagnosticRenderer.renderAll(usage.all()));
    int passed = 0, failed = 0, errors = 0, warnings = 0;
    for (Path plan : plans) {
      TestReport report = PlanTests.run(plan, coverage);
      err.print(DiagnosticRenderer.renderAll(report.diagnostics()));
      for (Diagnostic d : report.diagnostics()) if (d.isError()) errors++;
      warnings += SummaryWarnings.warnings(report.diagnostics());
      if (!report.planOk())
        out.print("ERROR " + plan + ": the plan or its tests have errors; its tests did not run\n");
      for (TestReport.Outcome o : report.outcomes()) {
        if (o.passed()) {
          passed++;
          out.print("ok    " + o.at().file().path() + "  test \"" + o.title() + "\"\n");
          continue;
        }
        failed++;
        for (TestReport.Failure f : o.failures()) {
          out.print(
              "FAIL  "
                  + f.at().describe()
                  + "  test \""
                  + o.title()
                  + "\": expected "
                  + f.subject()
                  + " = "
                  + f.expected()
                  + ", actual "
                  + f.actual()
                  + "\n");
        }
        for (Diagnostic d : o.errors()) {
          out.print(
              "FAIL  "
                  + (d.location() == null ? plan.toString() : d.location().describe())
                  + "  test \""
                  + o.title()
                  + "\": error["
                  + d.code().id()
                  + "]: "
                  + d.message()
                  + "\n");
        }
        err.print(DiagnosticRenderer.renderAll(o.errors()));
      }
      if (coverage && report.planOk()) printCoverage(out, plan, report.unreached());
      out.flush();
      err.flush();
    }
    out.print(passed + " passed, " + failed + " failed\n");
    out.flush();
    if (errors > 0) err.print(errors + " error(s)\n");
    if (strict && warnings > 0) err.print(SummaryWarnings.denied(warnings));
    err.flush();
    if (usage.hasErrors()) return Main.USAGE;
    return failed > 0 || errors > 0 || (strict && warnings > 0) ? 1 : 0;
  }

  private static void printCoverage(
      PrintWriter out, Path plan, List<TestReport.Unreached> unreached) {
    if (unreached.isEmpty()) {
      out.print(
          "coverage: the tests reach every definition, component and tier band of " + plan + "\n");
      return;
    }
    out.print("coverage: " + unreached.size() + " not reached by any test in " + plan + "\n");
    for (TestReport.Unreached u : unreached)
      out.print("  " + u.at().describe() + "  " + u.what() + "\n");
  }
}

package compass.cli;

import compass.api.CheckResult;
import compass.api.Compass;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compass check}: finds type, unit and plan-shape errors without reading any data. */
@Command(
    name = "check",
    description = "Check plans for type, unit and plan-shape errors; reads no data.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every plan is free of errors (warnings allowed)",
      "1:at least one plan has errors",
      "2:usage error",
      "70:internal error (please report it)"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Parameters(paramLabel = "PLAN", arity = "1..*", description = "The plan files (.comp).")
  private List<Path> plans;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int errors = 0;
    for (Path plan : plans) {
      CheckResult result = Compass.check(plan);
      err.print(DiagnosticRenderer.renderAll(result.diagnostics()));
      err.flush();
      for (Diagnostic d : result.diagnostics()) if (d.isError()) errors++;
      if (result.ok()) {
        out.print("ok: " + plan + "\n");
        out.flush();
      }
    }
    if (errors > 0) {
      err.print(errors + " error(s)\n");
      err.flush();
      return 1;
    }
    return 0;
  }
}

package compass.cli;

import compass.api.CheckResult;
import compass.api.Compass;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compass check}: finds type, unit and plan-shape errors, and warns about what a plan
 * declares but never uses (W01xx), without reading any data. Warnings leave the exit code at 0
 * unless {@code --strict} is given.
 */
@Command(
    name = "check",
    description = "Check plans for type, unit and plan-shape errors; reads no data.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every plan is free of errors (warnings allowed, unless --strict)",
      "1:at least one plan has errors (or, with --strict, warnings)",
      "2:usage error",
      "4:out of memory: the input is too large for the memory given (COMPASS_JAVA_OPTS=-Xmx4g)",
      "70:internal error (please report it)"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Parameters(paramLabel = "PLAN", arity = "1..*", description = "The plan files (.comp).")
  private List<Path> plans;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default: rendered on stderr) or json (one object on stdout).")
  private String format;

  @Option(names = {"--strict", "--deny-warnings"},
      description = "Exit 1 when there are warnings, as for errors (for CI).")
  private boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      err.print("Invalid value for option '--format': expected one of text, json but was '" + format + "'\n");
      spec.commandLine().usage(err);
      return Main.USAGE;
    }
    boolean json = format.equals("json");
    int errors = 0, warnings = 0;
    List<Diagnostic> all = new ArrayList<>();
    for (Path plan : plans) {
      CheckResult result = Compass.check(plan);
      all.addAll(result.diagnostics());
      for (Diagnostic d : result.diagnostics()) {
        if (d.isError()) errors++;
        else warnings++;
      }
      if (json) continue;
      err.print(DiagnosticRenderer.renderAll(result.diagnostics()));
      err.flush();
      if (result.ok()) {
        out.print("ok: " + plan + "\n");
        out.flush();
      }
    }
    if (json) {
      out.print(DiagnosticJson.write(all, plans.size()));
      out.flush();
    } else {
      if (errors > 0) err.print(errors + " error(s)\n");
      if (warnings > 0) err.print(warnings + " warning(s)" + (strict ? ", denied by --strict" : "") + "\n");
      err.flush();
    }
    return errors > 0 || (strict && warnings > 0) ? 1 : 0;
  }
}

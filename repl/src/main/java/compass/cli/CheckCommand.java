package compass.cli;

import compass.api.CheckResult;
import compass.api.Compass;
import compass.api.LibraryCheck;
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
 * declares but never uses (W01xx), without reading any data; with {@code --data DIR} it also loads
 * the data (evaluating nothing) and warns about values the plan compares with that no row has
 * (W0103, W0106). Warnings leave the exit code at 0 unless {@code --strict} is given.
 */
@Command(
    name = "check",
    description =
        "Check plans for type, unit and plan-shape errors; reads no data unless --data is given.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every plan is free of errors (warnings allowed, unless --strict)",
      "1:at least one plan has errors (or, with --strict, warnings)",
      "2:usage error, or errors in the data given with --data",
      "4:out of memory: the input is too large for the memory given (COMPASS_JAVA_OPTS=-Xmx4g)",
      "70:internal error (please report it)"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Parameters(
      paramLabel = "PLAN",
      arity = "1..*",
      description =
          "The plan files (.comp), or folders: every .comp file inside, at any depth. A file with"
              + " no plan header is checked as a library of definitions.")
  private List<Path> plans;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = TextOrJson.Converter.class,
      completionCandidates = TextOrJson.Names.class,
      description = "text (default: rendered on stderr) or json (one object on stdout).")
  private String format;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Also load the data in DIR (evaluating nothing) and warn about values the plan "
              + "compares with that no row has.")
  private Path data;

  @Option(
      names = {"--strict", "--deny-warnings"},
      description = "Exit 1 when there are warnings, as for errors (for CI).")
  private boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean json = format.equals("json");
    int errors = 0, warnings = 0;
    boolean dataErrors = false;
    List<Diagnostic> all = new ArrayList<>();
    PlanFolders.Found found = PlanFolders.expand(plans);
    List<Path> files = found.files();
    for (Path plan : files) {
      CheckResult library = LibraryCheck.check(plan);
      CheckResult result = library != null ? library : Compass.check(plan, data);
      all.addAll(result.diagnostics());
      int planWarnings = 0;
      for (Diagnostic d : result.diagnostics()) {
        if (!d.isError()) planWarnings++;
        else if (ExitCodes.outsideThePlan(d.code().id())) dataErrors = true;
        if (d.isError()) errors++;
      }
      warnings += planWarnings;
      if (json) continue;
      err.print(DiagnosticRenderer.renderAll(result.diagnostics()));
      err.flush();
      if (result.ok() && !(strict && planWarnings > 0)) { // under --strict a warning fails the plan
        out.print("ok: " + plan + (library != null ? " (library)" : "") + "\n");
        out.flush();
      }
    }
    all.addAll(found.empty()); // folders with no plan in them (E0783)
    if (!json) err.print(DiagnosticRenderer.renderAll(found.empty()));
    errors += found.empty().size();
    if (json) {
      out.print(DiagnosticJson.write(all, files.size()));
      out.flush();
    } else {
      if (errors > 0) err.print(errors + " error(s)\n");
      if (warnings > 0)
        err.print(warnings + " warning(s)" + (strict ? ", denied by --strict" : "") + "\n");
      err.flush();
    }
    if (dataErrors || !found.empty().isEmpty()) return Main.USAGE; // as `run` for bad input
    return errors > 0 || (strict && warnings > 0) ? 1 : 0;
  }
}

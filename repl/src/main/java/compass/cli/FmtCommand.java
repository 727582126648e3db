package compass.cli;

import compass.api.Compass;
import compass.api.FormatResult;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compass fmt}: rewrites plans in the one canonical layout, keeping every comment; with
 * {@code --check} it only prints a unified diff of what would change. A plan with syntax errors is
 * left as it is.
 */
@Command(
    name = "fmt",
    description = "Rewrite plans in the canonical layout (indentation, spacing, comments kept).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every plan is formatted (or, with --check, already was)",
      "1:with --check, a plan would change; or a plan has syntax errors",
      "2:usage error, or a plan could not be written (or is a device or a FIFO)",
      "4:out of memory: the input is too large for the memory given (COMPASS_JAVA_OPTS=-Xmx4g)",
      "70:internal error (please report it)"
    })
final class FmtCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Option(
      names = "--check",
      description =
          "Change nothing: print a unified diff of what would change and exit 1 if anything"
              + " would.")
  private boolean check;

  @Parameters(
      paramLabel = "PLAN",
      arity = "1..*",
      description = "The plan files (.comp), or folders: every .comp file inside, at any depth.")
  private List<Path> plans;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int errors = 0;
    boolean unformatted = false;
    boolean unwritten = false;
    for (Path plan : planFiles()) {
      // a FIFO would block the read and a device would be replaced by a file: neither is a plan
      Diagnostic refused =
          OutputGuard.refusal(
              plan,
              "the formatted plan",
              List.of(),
              null,
              "name the plan file itself (a symbolic link to it is fine)");
      if (refused != null) {
        err.print(DiagnosticRenderer.render(refused));
        errors++;
        unwritten = true;
        continue;
      }
      FormatResult result = Compass.format(plan);
      err.print(DiagnosticRenderer.renderAll(result.diagnostics()));
      for (Diagnostic d : result.diagnostics()) if (d.isError()) errors++;
      // a plan that cannot be read is an input error (2), as from every command
      unwritten |= ExitCodes.of(result.diagnostics()) == ExitCodes.USAGE;
      if (!result.changed()) continue;
      if (check) {
        unformatted = true;
        out.print(
            UnifiedDiff.of(
                plan + "\t(original)",
                plan + "\t(formatted)",
                result.original(),
                result.formatted()));
        continue;
      }
      try {
        AtomicFile.write(plan, result.formatted());
        out.print("formatted: " + plan + "\n");
      } catch (IOException e) {
        CannotWrite.report(err, plan, AtomicFile.reason(e));
        unwritten = true;
      }
    }
    out.flush();
    if (errors > 0) err.print(errors + " error(s)\n");
    err.flush();
    if (unwritten) return Main.USAGE;
    return errors > 0 || unformatted ? 1 : 0;
  }

  /** The plans named, with each folder replaced by the .comp files in it, in path order. */
  private List<Path> planFiles() {
    List<Path> files = new ArrayList<>();
    for (Path p : plans) {
      if (!Files.isDirectory(p)) {
        files.add(p);
        continue;
      }
      try (Stream<Path> inside = Files.walk(p)) {
        inside
            .filter(f -> f.toString().endsWith(".comp") && Files.isRegularFile(f))
            .sorted()
            .forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        files.add(p); // reading it then reports why it cannot be read
      }
    }
    return files;
  }
}

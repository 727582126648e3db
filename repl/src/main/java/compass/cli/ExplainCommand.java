package compass.cli;

import compass.api.Compass;
import compass.api.ExplainResult;
import compass.api.RunRequest;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import compass.diag.Printable;
import compass.result.Explanation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compass explain}: the tree of how one participant's payout in a period was computed. */
@Command(
    name = "explain",
    description =
        "How a participant's payout in a period was computed, from the payout down to each deal.")
public final class ExplainCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @picocli.CommandLine.Mixin private LedgerChoice ledger = new LedgerChoice();

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
      names = "--participant",
      paramLabel = "ID",
      required = true,
      description = "The participant's id.")
  private String participant;

  @Option(
      names = "--period",
      paramLabel = "P",
      required = true,
      description = "The pay period, such as 2027-Q1.")
  private String period;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = TextOrJson.Converter.class,
      completionCandidates = TextOrJson.Names.class,
      description =
          "text (a tree) or json (docs/explain-json.md); default: json when --out ends in"
              + " .json, else text.")
  private String format;

  @Option(
      names = "--lines",
      description = "List every line, also those a component repeats (folded by default).")
  private boolean lines;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the explanation to FILE (replaced whole, or left untouched on failure).")
  private Path outFile;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OutputFormats.Choice chosen =
        OutputFormats.choose(format, outFile, java.util.List.of("text", "json"), "text");
    if (chosen.problem() != null) return UsageErrors.report(spec.commandLine(), chosen.problem());
    RunRequest request =
        new RunRequest(plan, data, period, true, false, ledger.ledger, ledger.ignore);
    if (outFile != null) {
      Diagnostic refused =
          OutputGuard.refusal(
              outFile,
              "the explanation",
              compass.api.InputFiles.of(request),
              null,
              "name a new file, e.g. --out explain.txt; without --out it goes to stdout");
      if (refused != null) return UsageErrors.report(spec.commandLine(), refused);
    }
    ExplainResult result = Compass.explain(request, participant);
    err.print(DiagnosticRenderer.renderAll(result.diagnostics()));
    if (!result.ok()) {
      long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
      err.print(errors + " error(s)\n");
      err.flush();
      return ExitCodes.of(result.diagnostics());
    }
    err.flush();
    String text =
        chosen.format().equals("json")
            ? ExplainJson.write(result)
            : text(
                lines
                    ? result.explanation()
                    : ExplainGroups.fold(result.explanation(), result.currency()),
                result.currency());
    if (outFile == null) {
      out.print(text);
      out.flush();
      return 0;
    }
    try {
      AtomicFile.write(outFile, text);
    } catch (java.io.IOException e) {
      return CannotWrite.report(err, outFile, AtomicFile.reason(e));
    }
    return 0;
  }

  /** The tree with box-drawing branches; amounts grouped, locale-independent. */
  public static String text(Explanation root, String currency) {
    StringBuilder out = new StringBuilder();
    out.append(node(root, currency)).append('\n');
    children(out, root, "", currency);
    return out.toString();
  }

  private static void children(
      StringBuilder out, Explanation node, String indent, String currency) {
    for (int i = 0; i < node.children().size(); i++) {
      Explanation child = node.children().get(i);
      boolean last = i == node.children().size() - 1;
      out.append(indent).append(last ? "└─ " : "├─ ").append(node(child, currency)).append('\n');
      children(out, child, indent + (last ? "   " : "│  "), currency);
    }
  }

  /** One line of the tree; a label names deals and people of the data, so it is shown escaped. */
  private static String node(Explanation n, String currency) {
    StringBuilder s = new StringBuilder(Printable.escape(n.label()));
    if (n.amount() != null)
      s.append("  ").append(Amounts.grouped(n.amount(), currency)).append(' ').append(currency);
    if (n.source() != null) s.append("  (").append(Printable.escape(n.source())).append(')');
    return s.toString();
  }
}

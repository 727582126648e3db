package compass.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import compass.api.Compass;
import compass.api.ExplainResult;
import compass.api.RunRequest;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import compass.diag.Printable;
import compass.result.Explanation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
        "How a participant's payout in a period was computed, from the payout down to each deal.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:errors in the plan",
      "2:errors in the data or on the command line",
      "4:out of memory: the input is too large for the memory given (COMPASS_JAVA_OPTS=-Xmx4g)",
      "70:internal error (please report it)"
    })
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
      defaultValue = "text",
      description = "text (a tree, default) or json.")
  private String format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      err.print("error: --format must be text or json, not `" + format + "`\n");
      err.flush();
      return 2;
    }
    ExplainResult result =
        Compass.explain(
            new RunRequest(plan, data, period, true, false, ledger.ledger, ledger.ignore),
            participant);
    err.print(DiagnosticRenderer.renderAll(result.diagnostics()));
    if (!result.ok()) {
      boolean dataOrUsage = false;
      int errors = 0;
      for (Diagnostic d : result.diagnostics()) {
        if (!d.isError()) continue;
        errors++;
        dataOrUsage |= d.code().id().startsWith("E05") || d.code().id().startsWith("E07");
      }
      err.print(errors + " error(s)\n");
      err.flush();
      return dataOrUsage ? 2 : 1;
    }
    err.flush();
    out.print(
        format.equals("json")
            ? json(result.explanation())
            : text(result.explanation(), result.currency()));
    out.flush();
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

  /**
   * The same tree as JSON: label, amount (an exact number), source, the step's kind, rate and
   * basis, children.
   */
  static String json(Explanation root) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JsonEscapes.FACTORY.createGenerator(text)) {
      json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      json.useDefaultPrettyPrinter();
      write(json, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.append('\n').toString();
  }

  private static void write(JsonGenerator json, Explanation n) throws IOException {
    json.writeStartObject();
    json.writeStringField("label", n.label());
    if (n.amount() != null) json.writeNumberField("amount", n.amount());
    if (n.source() != null) json.writeStringField("source", n.source());
    if (n.kind() != null) json.writeStringField("kind", n.kind());
    if (n.rate() != null) json.writeNumberField("rate", n.rate());
    if (n.basis() != null) json.writeNumberField("basis", n.basis());
    json.writeArrayFieldStart("children");
    for (Explanation c : n.children()) write(json, c);
    json.writeEndArray();
    json.writeEndObject();
  }
}

package compass.api;

import compass.ast.Plan;
import compass.check.CheckedPlan;
import compass.data.LoadOptions;
import compass.data.Table;
import compass.data.TableLoader;
import compass.data.TableSchema;
import compass.diag.Diagnostics;
import compass.eval.LoadedData;
import compass.source.SourceFile;
import compass.syntax.PlanParser;
import java.nio.file.Path;

/**
 * Single phases of a run, each on its own, for the benchmarks that time one alone: parsing plan
 * text, reading one input file of a plan, and reading a plan's data as a streamed run does. Front
 * ends run whole plans through {@link Compass}; these exist so the benchmarks need nothing past the
 * facade.
 */
public final class Phases {
  private Phases() {}

  /**
   * Parses plan text (lexing, parsing, building the syntax tree) without checking it: the number of
   * its declarations, or -1 after errors (in diags).
   */
  public static int parse(String path, String text, Diagnostics diags) {
    Plan plan = PlanParser.parsePlan(new SourceFile(path, text), diags);
    return plan == null || diags.hasErrors() ? -1 : plan.decls().size();
  }

  /**
   * A reader of one input of a plan given as text (its columns, their types, the plan's stages),
   * checked once; null when the plan has errors (in diags).
   *
   * @throws IllegalArgumentException when the plan declares no such input
   */
  public static InputReader inputReader(
      String planPath, String planText, String input, Diagnostics diags) {
    CheckedPlan plan = Compass.checkText(planPath, planText, diags);
    if (plan == null || diags.hasErrors()) return null;
    TableSchema schema =
        plan.tables().stream().filter(t -> t.name().equals(input)).findFirst().orElse(null);
    if (schema == null) // the benchmark's own plan text is wrong: not a user's mistake
    throw new IllegalArgumentException("the plan declares no input `" + input + "`");
    return new InputReader(schema, new LoadOptions(plan.stages(), null));
  }

  /**
   * Reads one input file with the data loader, as {@code run} does, but alone: person ids are not
   * checked against a people file and no check across tables runs.
   */
  public static final class InputReader {
    private final TableSchema schema;
    private final LoadOptions options;

    private InputReader(TableSchema schema, LoadOptions options) {
      this.schema = schema;
      this.options = options;
    }

    /** Reads the input's file from a folder: its row count, or -1 after errors (in diags). */
    public int read(Path dataDir, Diagnostics diags) {
      Table t = TableLoader.load(schema, dataDir, options, diags);
      return t == null || diags.hasErrors() ? -1 : t.rowCount();
    }
  }

  /**
   * A reader of a plan's data as a streamed run reads it (issue 20): the people file, then the
   * deals file scanned from its bytes on every core, each deal credited and merged as it is read;
   * the plan checked once. Null when the plan has errors (in diags).
   *
   * @throws IllegalArgumentException when the plan cannot stream (the benchmark's own choice)
   */
  public static StreamedReader streamedReader(Path plan, Diagnostics diags) {
    CheckedPlan checked = Compass.load(plan, diags);
    if (checked == null || diags.hasErrors()) return null;
    String why = compass.stream.StreamPlan.whyNot(checked);
    if (why != null) throw new IllegalArgumentException("the plan cannot stream: " + why);
    return new StreamedReader(checked);
  }

  /** Reads a folder's people and deals as a streamed run does, keeping the merged rows only. */
  public static final class StreamedReader {
    private final CheckedPlan plan;

    private StreamedReader(CheckedPlan plan) {
      this.plan = plan;
    }

    /**
     * The deals read from the folder on {@code threads} threads (a run uses every core), or -1 when
     * its deals file is not the plain case the stream reads (a run would read it whole) or has
     * errors (in diags).
     */
    public long read(Path dataDir, int threads, Diagnostics diags) {
      LoadedData data = StreamedRuns.load(plan, dataDir, diags, "always", threads);
      return data == null || diags.hasErrors() ? -1 : data.merged().reconciliation().read();
    }
  }
}

package compass.api;

import compass.ast.Plan;
import compass.check.CheckedPlan;
import compass.data.LoadOptions;
import compass.data.Table;
import compass.data.TableLoader;
import compass.data.TableSchema;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.syntax.PlanParser;
import java.nio.file.Path;

/**
 * Single phases of a run, each on its own, for the benchmarks that time one alone: parsing plan
 * text, and reading one input file of a plan. Front ends run whole plans through {@link Compass};
 * these exist so the benchmarks need nothing past the facade.
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
}

package compass.api;

import compass.check.CheckedPlan;
import compass.data.LoadOptions;
import compass.data.Table;
import compass.data.TableSchema;
import compass.data.TextRows;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.eval.EvalError;
import compass.eval.LoadedData;
import compass.eval.Workbench;
import compass.result.RejectedRow;
import compass.source.DataLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Runs a plan on tables read by another engine, a batch at a time (issue 21: a Spark job). The same
 * loading, checks, crediting and evaluator as {@link Compass#run}; only where the rows come from
 * differs. A job first asks, for every batch of deals, which participants each deal reaches ({@link
 * #reach}), sends each deal to those participants' partitions, then runs each partition for its own
 * participants ({@link #run}).
 */
public final class Batches {
  private Batches() {}

  /**
   * The deals of a batch that were read without problems, and for each the participants whose
   * payout it can change (those it is credited to and every manager above them). {@code
   * diagnostics}: the problems of the batch (errors stop the job, unless kept going); {@code
   * rejects}: the rows left out under {@code --keep-going}.
   */
  public record Reached(
      List<Diagnostic> diagnostics,
      List<RejectedRow> rejects,
      List<TextTable.Row> kept,
      List<List<String>> participants,
      List<String> ids) {

    Reached(
        List<Diagnostic> diagnostics,
        List<RejectedRow> rejects,
        List<TextTable.Row> kept,
        List<List<String>> participants) {
      this(diagnostics, rejects, kept, participants, List.of());
    }

    public boolean ok() {
      for (Diagnostic d : diagnostics) if (d.isError()) return false;
      return true;
    }
  }

  /**
   * Types and checks a batch of deals against the other tables ({@code shared}: the people and
   * every other file, by file name) and credits them.
   */
  public static Reached reach(
      ShippedPlan shipped, Map<String, TextTable> shared, TextTable deals, boolean keepGoing) {
    CheckedPlan plan = shipped.checked();
    Diagnostics diags = new Diagnostics();
    List<RejectedRow> rejects = new ArrayList<>();
    LoadedData data =
        Compass.loadData(plan, source(with(shared, deals)), diags, keepGoing ? rejects : null);
    if (data == null || diags.hasErrors())
      return new Reached(diags.all(), rejects, List.of(), List.of());
    List<RejectedRow> dealRejects =
        rejects.stream().filter(r -> r.file().equals(deals.file())).toList();
    Map<Integer, TextTable.Row> byLine = new HashMap<>();
    for (TextTable.Row r : deals.rows()) byLine.put(r.line(), r);
    List<TextTable.Row> kept = new ArrayList<>();
    Table table = data.deals();
    for (int i = 0; i < table.rowCount(); i++) kept.add(byLine.get((int) table.lineOf(i)));
    try {
      List<List<String>> reach =
          Workbench.prepare(plan, data.people(), table, data.others()).reachOfEveryRow();
      return new Reached(diags.all(), dealRejects, kept, reach, ids(table));
    } catch (EvalError e) {
      diags.add(e.diagnostic());
      return new Reached(diags.all(), dealRejects, List.of(), List.of());
    }
  }

  /**
   * Runs the plan on these tables (by file name), evaluating only the participants {@code only}
   * accepts (null: everyone), as {@code compass run} would with these rows as its files.
   */
  public static RunResult run(
      ShippedPlan shipped,
      Map<String, TextTable> tables,
      String period,
      boolean lines,
      boolean keepGoing,
      Predicate<String> only) {
    CheckedPlan plan = shipped.checked();
    Diagnostics diags = new Diagnostics();
    RunRequest request = new RunRequest(Path.of(shipped.path()), null, period, lines, keepGoing);
    List<RejectedRow> rejects = new ArrayList<>();
    LoadedData data = Compass.loadData(plan, source(tables), diags, keepGoing ? rejects : null);
    return Compass.run(plan, request, diags, List.of(), data, rejects, only);
  }

  /**
   * Checks the people and the other small tables alone (on the driver, before any cluster work):
   * their problems, as a run would report them, and the rows rejected under {@code --keep-going}.
   */
  public static Reached checkShared(
      ShippedPlan shipped,
      Map<String, TextTable> shared,
      List<String> dealsHeader,
      boolean keepGoing) {
    CheckedPlan plan = shipped.checked();
    Map<String, TextTable> none = new HashMap<>(shared);
    if (plan.deals() != null) // the deals' header (checked here too), without their rows
    none.put(plan.deals().file(), new TextTable(plan.deals().file(), dealsHeader, List.of()));
    Diagnostics diags = new Diagnostics();
    List<RejectedRow> rejects = new ArrayList<>();
    Compass.loadData(plan, source(none), diags, keepGoing ? rejects : null);
    return new Reached(diags.all(), rejects, List.of(), List.of());
  }

  /**
   * Each row's id (the deals' text field {@code id}), for the check across batches that an id is
   * not repeated ({@link #duplicateId}); empty when the deals have no such field.
   */
  private static List<String> ids(Table table) {
    int f = table.fieldIndex("id");
    if (f < 0 || !(table.column(f) instanceof compass.data.TextColumn ids)) return List.of();
    List<String> out = new ArrayList<>(table.rowCount());
    for (int i = 0; i < table.rowCount(); i++) out.add(ids.isPresent(i) ? ids.get(i) : null);
    return out;
  }

  /**
   * A deal id seen again on {@code line} of {@code file}, first seen on {@code firstLine}: the
   * error {@code compass run} reports (E0508), found across batches by the job.
   */
  public static Diagnostic duplicateId(String file, long line, String id, long firstLine) {
    return Diagnostic.error(
            Code.E0508,
            new DataLocation(file, line, 0, "id", null),
            "duplicate id " + id + ": first seen on line " + firstLine)
        .withHint("each row needs its own id; remove the repeated row or give it a new id");
  }

  private static Map<String, TextTable> with(Map<String, TextTable> shared, TextTable deals) {
    Map<String, TextTable> all = new HashMap<>(shared);
    all.put(deals.file(), deals);
    return all;
  }

  private static Compass.TableSource source(Map<String, TextTable> tables) {
    return (TableSchema schema, LoadOptions options, Diagnostics diags) -> {
      TextTable t = tables.get(schema.file());
      if (t == null) {
        diags.error(
            Code.E0501,
            DataLocation.ofFile(schema.file()),
            "data file " + schema.file() + " not found",
            "put " + schema.file() + " in the data folder");
        return null;
      }
      var rows =
          t.rows().stream().map(r -> new TextRows.Row(r.line(), r.cells(), r.csv())).iterator();
      return TextRows.load(schema, t.header(), rows, options, diags);
    };
  }
}

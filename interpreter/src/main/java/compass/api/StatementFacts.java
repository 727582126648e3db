package compass.api;

import compass.check.CheckedPlan;
import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.data.Table;
import compass.data.TableLoader;
import compass.data.TableSchema;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.eval.EvalError;
import compass.eval.Evaluation;
import compass.eval.LoadedData;
import compass.eval.PayCurrencies;
import compass.eval.Workbench;
import compass.ledger.ClosedPeriod;
import compass.ledger.Ledger;
import compass.ledger.Manifest;
import compass.result.Explanation;
import compass.result.StatementRow;
import compass.types.Type;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a participant's statement shows besides the run's figures (issue 17): the plan's version and
 * content hash, each participant's name and team, the explanation of every statement row (the tree
 * {@code compass explain} prints, for everyone at once), quota and attainment where the plan
 * defines them, and which periods the ledger records as paid. Plain data for the web front end.
 */
public final class StatementFacts {
  private StatementFacts() {}

  /** A participant as the people file names them; name and team are null when it has none. */
  public record Person(String id, String name, String team) {}

  /**
   * The plan's {@code quota} and {@code attainment} definitions for one participant and period,
   * each null when the plan does not define it (attainment is a fraction: 1.2 is 120%).
   */
  public record Quota(BigDecimal quota, BigDecimal attainment) {}

  /** A closed period of the ledger and the date it was paid on. */
  public record Paid(String period, String payDate) {}

  /**
   * The facts of a plan on its data, or the diagnostics that prevented them. {@code periods}: the
   * plan's pay periods in order; {@code explanations} and {@code quotas} by participant, then
   * period.
   */
  public record Facts(
      List<Diagnostic> diagnostics,
      String planName,
      String version,
      String planHash,
      String currency,
      List<String> periods,
      Map<String, Person> people,
      Map<String, Map<String, Explanation>> explanations,
      Map<String, Map<String, Quota>> quotas) {
    public boolean ok() {
      for (Diagnostic d : diagnostics) if (d.isError()) return false;
      return true;
    }
  }

  /** The closed periods of a ledger, or the diagnostic saying why it cannot be trusted. */
  public record PaidPeriods(List<Diagnostic> diagnostics, List<Paid> periods) {}

  /**
   * Loads the plan and its data once and evaluates everyone with a recording tracer: the same
   * evaluation {@code compass explain} makes for one participant, so each tree is the one it
   * prints. With a period in the request, only that period is explained.
   */
  public static Facts of(RunRequest request) {
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = Compass.load(request.plan(), diags);
    if (plan == null) return failed(diags);
    LoadedData data = Compass.loadData(plan, Compass.dataDir(request), diags);
    if (data == null) return failed(diags);
    String only = null;
    if (request.period() != null) {
      only = Compass.periodLabel(plan, request.period(), diags);
      if (only == null) return failed(diags);
    }
    Map<String, Person> people = people(plan, data, Compass.dataDir(request));
    List<compass.ledger.ClosedPeriod> closed = PaidRecords.closed(plan, request, diags);
    if (closed == null) return failed(diags); // issue 16: a ledger that cannot be trusted
    Evaluation evaluation;
    Workbench bench;
    PayCurrencies pay;
    try {
      bench = Workbench.prepare(plan, data.people(), data.deals(), data.others());
      // issue 16: the same closed periods and adjustments as the run, explained the same way
      if (!closed.isEmpty()) bench.paid(PaidRecords.history(plan, request, data, closed, true));
      evaluation = bench.evaluate(new ArrayList<>(people.keySet()), null);
      pay = PayCurrencies.of(plan, data);
    } catch (EvalError e) {
      diags.add(e.diagnostic());
      return failed(diags);
    } catch (StackOverflowError e) { // hostile input: a diagnostic, never a crash
      diags.error(Code.E0104, null, "the plan is too deeply nested to evaluate", null);
      return failed(diags);
    }
    List<String> periods = new ArrayList<>();
    plan.periods().forEach(p -> periods.add(p.label()));
    Map<String, Map<String, Explanation>> trees = new LinkedHashMap<>();
    Map<String, List<compass.result.LineItem>> lines = new LinkedHashMap<>();
    for (compass.result.LineItem l : evaluation.lines())
      lines.computeIfAbsent(l.participant(), k -> new ArrayList<>()).add(l);
    for (StatementRow row : evaluation.rows()) {
      if (only != null && !row.period().equals(only)) continue;
      Explanation tree =
          Explainer.tree(plan, row, lines.getOrDefault(row.participant(), List.of()));
      try {
        Explanation paid = pay == null ? null : pay.explain(row);
        if (paid != null) tree = Explainer.withChild(tree, paid);
      } catch (EvalError e) {
        diags.add(e.diagnostic());
        return failed(diags);
      }
      tree = Explainer.finish(tree, plan, data, bench, row, closed); // as `explain` ends it
      trees.computeIfAbsent(row.participant(), k -> new LinkedHashMap<>()).put(row.period(), tree);
    }
    Map<String, Map<String, Quota>> quotas = new LinkedHashMap<>();
    boolean hasQuota = numeric(plan, "quota");
    boolean hasAttainment = numeric(plan, "attainment");
    if (hasQuota || hasAttainment) {
      try {
        for (String id : people.keySet()) {
          Map<String, Quota> mine = new LinkedHashMap<>();
          for (int i = 0; i < periods.size(); i++) {
            if (only != null && !periods.get(i).equals(only)) continue;
            mine.put(
                periods.get(i),
                new Quota(
                    hasQuota ? bench.value(plan, "quota", id, i, i) : null,
                    hasAttainment ? bench.value(plan, "attainment", id, i, i) : null));
          }
          quotas.put(id, mine);
        }
      } catch (EvalError e) { // a quota of zero, say: the statement shows no attainment
        quotas.clear();
      }
    }
    String hash = planHash(request);
    return new Facts(
        diags.all(),
        plan.name(),
        plan.version(),
        hash,
        plan.currency().code(),
        periods,
        people,
        trees,
        quotas);
  }

  /**
   * The periods the ledger in {@code ledger} (null: {@code ledger/} beside the plan; none when it
   * does not exist) records as closed, in the order they were paid. A ledger with a damaged period
   * folder is E0756, as for every command that reads the ledger: a statement never marks a period
   * paid from a record that cannot be trusted.
   */
  public static PaidPeriods paid(Path plan, Path ledger) {
    Diagnostics diags = new Diagnostics();
    Ledger read = Ledgers.readable(Ledgers.folder(plan, ledger), diags);
    if (read == null) return new PaidPeriods(diags.all(), List.of());
    List<Paid> out = new ArrayList<>();
    for (ClosedPeriod c : read.closed()) out.add(new Paid(c.period(), c.manifest().payDate()));
    return new PaidPeriods(diags.all(), out);
  }

  /** The hash {@code compass close} records for the plan: its files, imports included. */
  private static String planHash(RunRequest request) {
    Map<String, String> planFiles = new LinkedHashMap<>();
    Ledgers.hashes(InputFiles.of(request), request, planFiles, new LinkedHashMap<>());
    return Manifest.planHash(planFiles);
  }

  private static boolean numeric(CheckedPlan plan, String name) {
    Type type = plan.definitionTypes().get(name);
    return type != null && type.isNumeric() && !plan.dealLevelDefinitions().contains(name);
  }

  /**
   * Everyone evaluated, in the people file's order, with the {@code name} and {@code team} columns
   * of the people file when it has them, declared or not (a people file often carries a name the
   * plan never reads).
   */
  private static Map<String, Person> people(CheckedPlan plan, LoadedData data, Path dataDir) {
    Table table = data.people();
    List<String> ids = new ArrayList<>();
    if (table.column("id") instanceof TextColumn c)
      for (int i = 0; i < table.rowCount(); i++) ids.add(c.get(i));
    TextColumn names = column(plan, table, dataDir, "name");
    TextColumn teams = column(plan, table, dataDir, "team");
    Map<String, Person> out = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      out.put(
          ids.get(i),
          new Person(ids.get(i), cell(names, i, ids.size()), cell(teams, i, ids.size())));
    }
    return out;
  }

  private static String cell(TextColumn column, int row, int rows) {
    if (column == null || column.size() != rows) return null;
    String v = column.get(row);
    return v == null || v.isBlank() ? null : v;
  }

  /**
   * A text column of the people file: the loaded one when the plan declares it, else read once more
   * with only {@code id} and that column (null when the file has no such column).
   */
  private static TextColumn column(CheckedPlan plan, Table loaded, Path dataDir, String field) {
    if (loaded.column(field) instanceof TextColumn c) return c;
    if (loaded.column(field) != null || plan.people() == null) return null;
    TableSchema schema = plan.people();
    FieldSpec id = null;
    for (FieldSpec f : schema.fields()) if (f.name().equals("id")) id = f;
    if (id == null) return null;
    TableSchema extra =
        new TableSchema(
            schema.name(),
            schema.file(),
            List.of(id, new FieldSpec(field, field, ColumnType.TEXT, true, null)),
            schema.span(),
            schema.sheet(),
            List.of(),
            null,
            null);
    Diagnostics quiet = new Diagnostics(); // no such column is no name, not an error
    Table t = TableLoader.load(extra, dataDir, null, quiet);
    if (t == null || quiet.hasErrors() || t.rowCount() != loaded.rowCount()) return null;
    return t.column(field) instanceof TextColumn c ? c : null;
  }

  private static Facts failed(Diagnostics diags) {
    return new Facts(diags.all(), null, null, null, null, List.of(), Map.of(), Map.of(), Map.of());
  }
}

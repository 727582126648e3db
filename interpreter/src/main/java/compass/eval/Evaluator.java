package compass.eval;

import compass.check.CheckedPlan;
import compass.data.RowPlace;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Severity;
import compass.explain.Tracer;
import compass.result.Cancelled;
import compass.result.LineItem;
import compass.result.Reconciliation;
import compass.result.StatementRow;
import compass.source.DataLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Runs a checked plan on loaded data: credits deals, then evaluates every participant's components
 * for every pay period and settles each period's statement (holdbacks, amounts owed, draws). Line
 * items are rounded once, when written (SEMANTICS 1); a statement's payout is the sum of its
 * rounded line items.
 */
public final class Evaluator {
  private final Dataset data;
  private final List<CompiledComponent> components = new ArrayList<>();

  /**
   * Per component (same order): the data of the credit source it pays per (the run's data, or a
   * view of another source), with that source's clawbacks and overrides.
   */
  private final List<Placed> placed = new ArrayList<>();

  private record Placed(Dataset data, Clawbacks clawbacks, Overrides overrides) {}

  private final boolean attribute;
  private final Settlement settlement;
  private final Clawbacks clawbacks;
  private final Overrides overrides;
  private final ExprCompiler compiler;
  private boolean perDealLines = true;
  private java.util.function.BooleanSupplier cancelled;

  /** Issue 15: the plan's team budgets for the run under way, or null. */
  private TeamBudgets budgets;

  private Evaluator(Dataset data, ExprCompiler compiler, boolean attribute) {
    this.data = data;
    this.compiler = compiler;
    this.attribute = attribute;
    this.settlement = new Settlement(data, compiler);
    this.clawbacks = new Clawbacks(data, compiler);
    this.overrides = compiler.overrides();
  }

  ExprCompiler compiler() {
    return compiler;
  }

  /**
   * Evaluates the plan. {@code attribute}: also compute each deal's share of tiered commission.
   *
   * @throws EvalError for a problem in the data that the plan cannot evaluate (a zero quota ...)
   */
  public static Evaluation evaluate(
      CheckedPlan plan, Table people, Table deals, Map<String, Table> others, boolean attribute) {
    return evaluate(plan, people, deals, others, attribute, true);
  }

  /** As above; {@code lines} false sums per-deal line items per component and period (faster). */
  public static Evaluation evaluate(
      CheckedPlan plan,
      Table people,
      Table deals,
      Map<String, Table> others,
      boolean attribute,
      boolean lines) {
    return evaluate(plan, people, deals, others, attribute, lines, null);
  }

  /**
   * As above; with {@code emptyCells} not null (--keep-going), a deal's empty cell that the plan
   * needs is noted there and taken as 0 instead of stopping with E0512: the result is only good
   * when nothing was noted (the caller evaluates again without those rows).
   */
  public static Evaluation evaluate(
      CheckedPlan plan,
      Table people,
      Table deals,
      Map<String, Table> others,
      boolean attribute,
      boolean lines,
      EmptyCells emptyCells) {
    return evaluate(plan, people, deals, others, attribute, lines, emptyCells, null);
  }

  /**
   * As above; with {@code paid} not null (issue 16), closed periods show what the ledger says was
   * paid and differences are paid as adjustments in an open period.
   */
  public static Evaluation evaluate(
      CheckedPlan plan,
      Table people,
      Table deals,
      Map<String, Table> others,
      boolean attribute,
      boolean lines,
      EmptyCells emptyCells,
      PaidHistory paid) {
    return evaluate(plan, people, deals, others, attribute, lines, emptyCells, paid, null);
  }

  /**
   * As above, evaluating only the participants whose id {@code only} accepts (null: everyone):
   * issue 21, a Spark partition evaluates its own participants, given every deal that reaches them
   * ({@link Workbench#reach}). Crediting is the same; the others' statements are not computed.
   */
  public static Evaluation evaluate(
      CheckedPlan plan,
      Table people,
      Table deals,
      Map<String, Table> others,
      boolean attribute,
      boolean lines,
      EmptyCells emptyCells,
      PaidHistory paid,
      java.util.function.Predicate<String> only) {
    Dataset data = new Dataset(plan, people, deals, others);
    data.setEmptyCells(emptyCells);
    data.setPaid(paid);
    return prepare(data, attribute, lines).runAll(only);
  }

  /**
   * Issue 20: evaluates a streamed run's merged deals, credited as they were read (no line per
   * deal; see {@link MergedDeals}), for the participants {@code only} accepts (null: everyone).
   */
  public static Evaluation evaluateMerged(
      CheckedPlan plan,
      Table people,
      MergedDeals merged,
      Map<String, Table> others,
      java.util.function.Predicate<String> only) {
    Dataset data = new Dataset(plan, people, merged.deals(), others);
    data.setMerged(merged);
    return prepare(data, false, false).runAll(only);
  }

  /**
   * For {@code compass test}: evaluates with every line item, recording what it reaches into {@code
   * coverage} (may be null), and keeps the data so the test can ask for definitions.
   */
  public static TestRun evaluateForTest(
      CheckedPlan plan, Table people, Table deals, Map<String, Table> others, Coverage coverage) {
    Evaluator ev = prepare(plan, people, deals, others, false, true, coverage);
    return new TestRun(ev.runAll(), ev.data, ev.compiler);
  }

  private static Evaluator prepare(
      CheckedPlan plan,
      Table people,
      Table deals,
      Map<String, Table> others,
      boolean attribute,
      boolean lines,
      Coverage coverage) {
    Dataset data = new Dataset(plan, people, deals, others);
    data.setCoverage(coverage);
    return prepare(data, attribute, lines);
  }

  private Evaluation runAll() {
    return runAll(null);
  }

  private Evaluation runAll(java.util.function.Predicate<String> only) {
    long t0 = System.nanoTime();
    Reconciliation reconciliation = credit();
    long t1 = System.nanoTime();
    int[] chosen = null;
    if (only != null)
      chosen =
          IntStream.range(0, data.personCount()).filter(p -> only.test(data.personId(p))).toArray();
    Evaluation result = run(reconciliation, chosen);
    compass.result.Timings.evaluated(t0, t1); // where a run's time goes, for whoever listens
    return result;
  }

  /** Credits every credit source's rows; the reconciliation of each (SEMANTICS 3). */
  Reconciliation credit() {
    return data.views().creditAll();
  }

  /** Compiles the plan's components on the data (crediting is the caller's next step). */
  static Evaluator prepare(Dataset data, boolean attribute, boolean lines) {
    ManagerChain.check(data);
    if (data.deals() != null) data.setFxRates(FxRates.of(data));
    SourceViews views = SourceViews.install(data);
    ExprCompiler compiler = new ExprCompiler(data.plan(), data);
    views.rootCompiler(compiler);
    views.makeAll();
    Evaluator ev = new Evaluator(data, compiler, attribute);
    ev.perDealLines = lines;
    // line items with their notes record the steps the notes are written from; a plain run
    // records nothing and builds no words (Tracer.OFF); a workbench records every detail
    data.setTracer(lines ? Tracer.notes() : Tracer.OFF);
    CheckedPlan plan = data.plan();
    for (compass.ast.Decl.Component c : plan.components()) {
      String source = plan.sources().sourceOf(c);
      SourceViews.View v = source == null ? null : views.of(source);
      if (v == null || v.data() == data) {
        ev.components.add(new CompiledComponent(c, compiler, plan, data));
        ev.placed.add(new Placed(data, ev.clawbacks, ev.overrides));
      } else { // `pay 40 per meeting`: compiled and paid on the meetings' view
        ev.components.add(new CompiledComponent(c, v.compiler(), v.data().plan(), v.data()));
        ev.placed.add(
            new Placed(v.data(), new Clawbacks(v.data(), v.compiler()), v.compiler().overrides()));
      }
    }
    data.setPayouts(
        new ComponentPayouts(ev.components, ev.placed.stream().map(Placed::data).toList()));
    views.fixSlots(); // first: compiling the measures over other sources may add memo slots
    data.setDefinitionSlots(compiler.slotCount());
    return ev;
  }

  /** The compiled component with this title, or null. */
  CompiledComponent component(String title) {
    for (CompiledComponent c : components) if (c.ast.title().equals(title)) return c;
    return null;
  }

  /** Stops a running evaluation (the REPL's Ctrl-C) between participants; null: never. */
  void cancelWhen(java.util.function.BooleanSupplier cancelled) {
    this.cancelled = cancelled;
  }

  /** What one participant's evaluation produced, kept apart so participants run in parallel. */
  private record PersonResult(
      List<StatementRow> rows,
      List<LineItem> lines,
      List<Evaluation.Attribution> attributions,
      Diagnostic warning,
      EvalError error) {}

  /** Evaluates every participant, or only {@code only} (people rows) when it is not null. */
  Evaluation run(Reconciliation reconciliation, int[] only) {
    sharePools();
    budgets = measureBudgets();
    int n = data.personCount();
    PersonResult[] results = new PersonResult[n];
    // statements in participant id order: the same output whatever the order of the people rows
    Integer[] byId = new Integer[only == null ? n : only.length];
    for (int i = 0; i < byId.length; i++) byId[i] = only == null ? i : only[i];
    java.util.Arrays.sort(byId, java.util.Comparator.comparing(data::personId));
    int[] rank = new int[n];
    for (int i = 0; i < byId.length; i++) rank[byId[i]] = i;
    // Only the error of the first participant in id order is reported, so once one has failed the
    // participants after it are not evaluated: a runaway plan (E0603) stops after a few
    // participants' budgets, not after every participant's, and reports the same error.
    java.util.concurrent.atomic.AtomicInteger firstFailed =
        new java.util.concurrent.atomic.AtomicInteger(Integer.MAX_VALUE);
    // issue 19: a progress bar in the REPL counts the participants done (only when one listens)
    long total = byId.length;
    java.util.concurrent.atomic.AtomicLong done =
        compass.result.Progress.listened() ? new java.util.concurrent.atomic.AtomicLong() : null;
    java.util.function.IntConsumer one =
        person -> {
          if (rank[person] > firstFailed.get()) return; // its result would never be read
          PersonResult r = evaluate(person);
          results[person] = r;
          if (r != null && r.error() != null) firstFailed.accumulateAndGet(rank[person], Math::min);
          if (done != null) compass.result.Progress.evaluated(done.incrementAndGet(), total);
        };
    // participants are independent (a team measure reads reports through fresh frames), so they
    // run in parallel across cores; results are merged in id order, so output is the same
    // whatever the number of threads
    if (only == null) IntStream.range(0, n).parallel().forEach(one);
    else java.util.Arrays.stream(only).parallel().forEach(one);
    if (cancelled != null && cancelled.getAsBoolean()) throw new Cancelled();
    List<StatementRow> rows = new ArrayList<>();
    List<LineItem> lines = new ArrayList<>();
    List<Evaluation.Attribution> attributions = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    for (int i : byId) {
      PersonResult r = results[i];
      if (r.error() != null) throw r.error(); // the first participant's error, deterministically
      rows.addAll(r.rows());
      lines.addAll(r.lines());
      attributions.addAll(r.attributions());
      if (r.warning() != null) warnings.add(r.warning());
    }
    if (budgets == null) return new Evaluation(rows, lines, reconciliation, attributions, warnings);
    warnings.addAll(budgets.warnings());
    return new Evaluation(rows, lines, reconciliation, attributions, warnings, budgets.summaries());
  }

  private PersonResult evaluate(int person) {
    if (cancelled != null && cancelled.getAsBoolean()) return null;
    List<StatementRow> rows = new ArrayList<>();
    List<LineItem> lines = new ArrayList<>();
    List<Evaluation.Attribution> attributions = new ArrayList<>();
    try {
      String role = roleOf(person);
      PersonLedger ledger = new PersonLedger(data.periodCount());
      boolean any = earn(person, role, ledger, attributions);
      if (budgets != null) budgets.adjust(person, ledger); // issue 15: scaled to the team budget
      if (data.paid() == null || data.paid().closed().isEmpty())
        settlement.settle(person, role, ledger, rows, lines);
      else
        new PriorPeriods(data, data.paid()).settle(settlement, person, role, ledger, rows, lines);
      Diagnostic warning = !any && !components.isEmpty() ? noComponent(person, role) : null;
      return new PersonResult(rows, lines, attributions, warning, null);
    } catch (EvalError e) {
      return new PersonResult(rows, lines, attributions, null, e);
    } finally {
      release(person);
    }
  }

  private String roleOf(int person) {
    int roleField = data.people().fieldIndex("role");
    return roleField < 0 ? null : ((TextColumn) data.people().column(roleField)).get(person);
  }

  private void release(int person) {
    data.release(person);
    for (SourceViews.View v : data.views().others()) v.data().release(person);
  }

  /** Adds what every component of the participant's role earned; false when none applies. */
  private boolean earn(
      int person, String role, PersonLedger ledger, List<Evaluation.Attribution> attributions) {
    boolean any = false;
    for (int i = 0; i < components.size(); i++) {
      CompiledComponent c = components.get(i);
      if (!c.roles.isEmpty() && !c.roles.contains(role)) continue;
      any = true;
      Placed at = placed.get(i);
      new ComponentLines(
              at.data(),
              c,
              person,
              attribute || at.clawbacks().active(),
              at.clawbacks(),
              at.overrides(),
              attributions,
              perDealLines)
          .addTo(ledger);
    }
    return any;
  }

  /**
   * Issue 15: what every component's pool grants each deal, shared out across all participants
   * before anyone is evaluated (a what-if on one deal can change another participant's share).
   */
  private void sharePools() {
    for (int i = 0; i < components.size(); i++) {
      CompiledComponent c = components.get(i);
      c.poolShares = null; // a run after a what-if shares the pool out again
      if (c.pool() == null) continue;
      c.poolShares =
          PoolShares.of(
              c, placed.get(i).data(), p -> c.roles.isEmpty() || c.roles.contains(roleOf(p)));
    }
  }

  /**
   * Issue 15: team budgets need every member's earnings before any statement is settled, so
   * everyone is measured first (in id order, so the first error is the same), then each team over
   * its budget is scaled.
   */
  private TeamBudgets measureBudgets() {
    TeamBudgets b = TeamBudgets.of(data, compiler);
    if (b == null) return null;
    Integer[] byId = new Integer[data.personCount()];
    for (int i = 0; i < byId.length; i++) byId[i] = i;
    java.util.Arrays.sort(byId, java.util.Comparator.comparing(data::personId));
    for (int p : byId) {
      try {
        PersonLedger ledger = new PersonLedger(data.periodCount());
        earn(p, roleOf(p), ledger, new ArrayList<>());
        b.measure(p, ledger);
      } finally {
        release(p);
      }
    }
    b.scale();
    return b;
  }

  /**
   * Issue 3 point 9: a participant whose role matches no component is reported, not silently paid
   * zero.
   */
  private Diagnostic noComponent(int person, String role) {
    Table people = data.people();
    return new Diagnostic(
        Severity.WARNING,
        Code.W0601,
        Participants.fromData(data.plan())
            ? DataLocation.ofFile(people.file()) // issue 14: no people file, so no line of it
            : RowPlace.row(people, person, "role"),
        role == null
            ? data.personId(person)
                + " has no role, and every component is for a role: every payout is 0.00"
            : data.personId(person)
                + " has role `"
                + role
                + "`, which no component pays: every payout is 0.00",
        role == null
            ? "give them a role (in the people file's `role`, or with `everyone in T.F is role"
                + " R`), or add a component with no `for role`"
            : Participants.fromData(data.plan())
                ? "add `for role " + role + "` to a component, or correct the `everyone in` rule"
                : "add `for role "
                    + role
                    + "` to a component, or remove the person from the people file",
        List.of());
  }
}

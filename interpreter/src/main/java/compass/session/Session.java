package compass.session;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Named;
import compass.ast.Plan;
import compass.ast.Step;
import compass.calendar.PayPeriods;
import compass.calendar.Period;
import compass.check.CheckedPlan;
import compass.check.Checker;
import compass.data.FieldSpec;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.diag.Suggestions;
import compass.eval.EvalError;
import compass.eval.Evaluation;
import compass.eval.LoadedData;
import compass.eval.RunSummaryWarnings;
import compass.eval.TierCurve;
import compass.eval.Workbench;
import compass.result.Explanation;
import compass.result.LineItem;
import compass.result.StatementRow;
import compass.source.Location;
import compass.source.SourceFile;
import compass.source.Span;
import compass.syntax.PlanChanges;
import compass.syntax.PlanParser;
import compass.types.Type;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * A plan loaded on its data for an interactive session: the payouts as they are, a stack of
 * what-ifs on top, and the answers to "what would change". A what-if on one deal re-evaluates only
 * the participants that deal reaches; a changed definition re-evaluates everyone.
 */
public final class Session {
  /** The name the REPL's expressions are checked under, as a temporary definition. */
  private static final String VALUE = "__value";

  private final Path planPath;
  private final Path dataDir;
  private final CheckedPlan basePlan;
  private final LoadedData data;
  private final Loader loader;
  private final long planStamp;
  private final List<WhatIf> whatIfs = new ArrayList<>();

  /** The states before the most recent what-ifs, so `undo` is instant; older ones are rebuilt. */
  private final java.util.ArrayDeque<State> undoStates = new java.util.ArrayDeque<>();

  private static final int UNDO_STATES = 8;

  /**
   * Runs the re-evaluation of the few participants one deal reaches (parallel streams inside stay
   * on it).
   */
  private static final java.util.concurrent.ForkJoinPool SMALL_WORK =
      new java.util.concurrent.ForkJoinPool(1);

  private final List<Decl.Definition> lets = new ArrayList<>();

  /** What each active what-if on the plan replaces, as worked out when it was applied. */
  private final Map<WhatIf, List<Decl>> planChangesMade = new java.util.IdentityHashMap<>();

  private State state;

  /** The plan, deals and payouts with the active what-ifs applied. */
  record State(
      CheckedPlan plan,
      Table deals,
      Workbench bench,
      TreeMap<String, List<StatementRow>> rows,
      Map<String, List<LineItem>> lines,
      BigDecimal total,
      Map<String, BigDecimal> byPeriod,
      List<Diagnostic> warnings) {}

  /** A value computed for the REPL, with the type that says how to show it. */
  public record Value(BigDecimal value, Type type) {
    /** An amount of money, in the plan's currency. */
    public boolean isMoney() {
      return type == Type.MONEY;
    }

    /** A percentage, held as a fraction (0.5 is 50%). */
    public boolean isPercent() {
      return type == Type.PERCENT;
    }

    /** A yes/no, held as 1 or 0. */
    public boolean isYesNo() {
      return type == Type.BOOL;
    }
  }

  private Session(
      Path planPath, Path dataDir, CheckedPlan plan, LoadedData data, long stamp, Loader loader) {
    this.planPath = planPath;
    this.loader = loader;
    this.dataDir = dataDir;
    this.basePlan = plan;
    this.data = data;
    this.planStamp = stamp;
  }

  /**
   * Loads the plan and its data (default: the plan's folder) and evaluates everyone; null when
   * there were errors (in diags). Front ends open one through {@code compass.api.Compass#session},
   * which passes the facade's own loading steps.
   *
   * @throws compass.result.Cancelled when cancelled returned true
   */
  public static Session open(
      Path plan, Path dataDir, Diagnostics diags, BooleanSupplier cancelled, Loader loader) {
    CheckedPlan checked = loader.load(plan, diags);
    if (checked == null) return null;
    Path dir = dataDir != null ? dataDir : plan.toAbsolutePath().getParent();
    LoadedData loaded = loader.loadData(checked, dir, diags);
    if (loaded == null) return null;
    Session s = new Session(plan, dir, checked, loaded, stamp(plan), loader);
    s.state = s.evaluateAll(checked, loaded.deals(), diags, cancelled);
    if (s.state == null) return null;
    // the warnings `run` prints, once per load (a what-if re-evaluates without repeating them)
    diags.addAll(loader.dataWarnings(checked, loaded));
    diags.addAll(s.state.warnings);
    List<LineItem> all = new ArrayList<>();
    s.state.lines.values().forEach(all::addAll);
    diags.addAll(
        RunSummaryWarnings.of(checked, loaded.people(), all, s.state.bench.reconciliation()));
    return s;
  }

  public Path planPath() {
    return planPath;
  }

  public Path dataDir() {
    return dataDir;
  }

  public CheckedPlan plan() {
    return state.plan;
  }

  public Table deals() {
    return state.deals;
  }

  public Table people() {
    return data.people();
  }

  public List<WhatIf> whatIfs() {
    return List.copyOf(whatIfs);
  }

  public List<String> participants() {
    return new ArrayList<>(state.rows.keySet());
  }

  public List<String> letNames() {
    return lets.stream().map(d -> d.name().text()).toList();
  }

  /**
   * The names of the plan's definitions (not the session's own {@code __} ones), for completion.
   */
  public List<String> definitionNames() {
    return state.plan.definitions().stream()
        .map(d -> d.name().text())
        .filter(n -> !n.startsWith("__"))
        .toList();
  }

  /** The titles of the plan's components, in plan order. */
  public List<String> componentTitles() {
    return state.plan.components().stream().map(Decl.Component::title).toList();
  }

  /**
   * The lower bounds of a component's bands as the plan writes them ({@code 100%}), for completion;
   * null when no component has that title.
   */
  public List<String> bandBounds(String title) {
    for (Decl.Component c : state.plan.components()) {
      if (!c.title().equals(title)) continue;
      List<String> bounds = new ArrayList<>();
      for (Step s : c.steps()) {
        if (s instanceof Step.Tiers t)
          for (Step.Band b : t.bands()) bounds.add(b.lower().span().text().strip());
      }
      return bounds;
    }
    return null;
  }

  /** "AE FY2027 v3: 5 people, 16 deals (12 credited, 4 excluded)". */
  public String summary() {
    var r = state.bench.reconciliation();
    return basePlan.name()
        + (basePlan.version() == null ? "" : " v" + basePlan.version())
        + ": "
        + count(data.people().rowCount())
        + " people, "
        + count(state.deals == null ? 0 : state.deals.rowCount())
        + " deals ("
        + count(r.credited())
        + " credited, "
        + count(r.read() - r.credited())
        + " excluded)";
  }

  private static String count(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  /** The plan's total payout, all participants and periods, with the active what-ifs. */
  public BigDecimal total() {
    return state.total;
  }

  /** Whether the plan file changed on disk since it was loaded. */
  public boolean planChangedOnDisk() {
    return stamp(planPath) != planStamp;
  }

  // ---- reading ---------------------------------------------------------------------------

  /** Statement rows of one participant (or everyone: null) in one period (or all: null). */
  public List<StatementRow> rows(String participant, String period) {
    List<StatementRow> out = new ArrayList<>();
    for (var e : state.rows.entrySet()) {
      if (participant != null && !e.getKey().equals(participant)) continue;
      for (StatementRow r : e.getValue())
        if (period == null || r.period().equals(period)) out.add(r);
    }
    return out;
  }

  public Explanation explain(String participant, String period) {
    StatementRow row = rows(participant, period).stream().findFirst().orElse(null);
    if (row == null) return null;
    return loader.explanation(state.plan, row, state.lines.getOrDefault(participant, List.of()));
  }

  /**
   * The pay period with this label (or one the calendar reads as it), or null after an error at
   * {@code at}.
   */
  public String payPeriod(String text, Location at, Diagnostics diags) {
    int[] span = periodSpan(text, at, diags);
    if (span == null) return null;
    if (span[0] != span[1]) {
      diags.add(
          Diagnostic.error(Code.E0733, at, "`" + text + "` spans several pay periods; name one")
              .withHint("the pay periods are " + periodLabels()));
      return null;
    }
    return state.plan.periods().get(span[0]).label();
  }

  /**
   * The pay periods [first, last] a period covers (`2027-Q1`, `2027-H1`, `FY2027`), or null after
   * an error.
   */
  public int[] periodSpan(String text, Location at, Diagnostics diags) {
    PayPeriods.Span span = PayPeriods.resolve(state.plan.periods(), state.plan.calendar(), text);
    if (span == null) {
      diags.add(
          Diagnostic.error(Code.E0733, at, "`" + text + "` is not a period of this plan")
              .withHint("the pay periods are " + periodLabels()));
      return null;
    }
    return new int[] {span.from(), span.to()};
  }

  public String periodLabels() {
    return PayPeriods.labels(state.plan.periods());
  }

  /** Whether the id is a participant; reports E0732 at {@code at} when not. */
  public boolean knowsParticipant(String id, Location at, Diagnostics diags) {
    if (state.rows.containsKey(id)) return true;
    diags.add(
        Diagnostic.error(Code.E0732, at, "no participant `" + id + "` in the people data")
            .withHint(Suggestions.hint(id, state.rows.keySet())));
    return false;
  }

  /**
   * The value of an expression of the language for a participant over a period ({@code attainment
   * for ann in 2027-Q1}); null after an error.
   */
  public Value evaluate(
      SourceFile expression,
      String participant,
      Span participantAt,
      String period,
      Span periodAt,
      Diagnostics diags) {
    Expr e = PlanParser.parseExpression(expression, diags);
    if (e == null) return null;
    if (!knowsParticipant(participant, participantAt, diags)) return null;
    int[] span = periodSpan(period, periodAt, diags);
    if (span == null) return null;
    return evaluate(e, participant, span[0], span[1], diags);
  }

  /**
   * The value of a parsed expression for a known participant over pay periods [from, to]; null
   * after an error.
   */
  public Value evaluate(Expr e, String participant, int from, int to, Diagnostics diags) {
    int[] span = {from, to};
    List<Decl> changes = new ArrayList<>(lets);
    changes.add(new Decl.Definition(new Named(VALUE, e.span()), e, e.span()));
    CheckedPlan plan = check(state.plan.ast(), changes, diags);
    if (plan == null) return null;
    Type type = plan.definitionTypes().get(VALUE);
    if (plan.dealLevelDefinitions().contains(VALUE)) {
      diags.add(
          Diagnostic.error(
                  Code.E0731,
                  e.span(),
                  "this is a value of one deal, not of a participant over a period")
              .withHint(
                  "sum or count it over the credited deals, e.g. `sum of amount where stage is closed_won` or "
                      + "`count of deals where term_months >= 24`"));
      return null;
    }
    if (type == Type.BOOL) { // a condition: shown as yes or no, computed as 1 or 0
      Expr asNumber =
          new Expr.If(
              e,
              new Expr.NumberLit(BigDecimal.ONE, null, e.span()),
              new Expr.NumberLit(BigDecimal.ZERO, null, e.span()),
              e.span());
      changes.set(
          changes.size() - 1, new Decl.Definition(new Named(VALUE, e.span()), asNumber, e.span()));
      plan = check(state.plan.ast(), changes, diags);
      if (plan == null) return null;
    }
    if (type == null || !type.isNumeric() && type != Type.BOOL) {
      diags.add(
          Diagnostic.error(
                  Code.E0731,
                  e.span(),
                  "only numbers, money, percentages and conditions can be shown; this is "
                      + (type == null ? "not a value" : "a " + type.label()))
              .withHint(
                  "write a measure or definition, such as `attainment` or `sum of amount where stage is closed_won`"));
      return null;
    }
    try {
      return new Value(state.bench.value(plan, VALUE, participant, span[0], span[1]), type);
    } catch (EvalError err) {
      diags.add(err.diagnostic());
      return null;
    }
  }

  /**
   * The tier step of component {@code title} for a participant over pay periods [from, to], as a
   * function of its base (the REPL's `plot curve`); null when there is no such tiered component.
   */
  public TierCurve tierCurve(String title, String participant, int from, int to) {
    return state.bench.tierCurve(title, participant, from, to);
  }

  /** Adds temporary definitions ({@code let bonus_pool = 2% x bookings}); false after an error. */
  public boolean define(SourceFile text, Diagnostics diags) {
    Plan fragment = PlanParser.parsePlan(text, diags);
    if (fragment == null || diags.hasErrors()) return false;
    List<Decl.Definition> defs = new ArrayList<>();
    for (Decl d : fragment.decls()) {
      if (!(d instanceof Decl.Definition def)) {
        diags.add(
            Diagnostic.error(
                Code.E0731, d.span(), "`let` takes definitions (`name = expression`)"));
        return false;
      }
      boolean exists =
          state.plan.definitions().stream()
              .anyMatch(x -> x.name().text().equals(def.name().text()));
      boolean temporary = letNames().contains(def.name().text());
      if (exists && !temporary) {
        diags.add(
            Diagnostic.error(
                    Code.E0736,
                    def.name().span(),
                    "the plan already defines `" + def.name().text() + "`")
                .withHint(
                    "to try another value for it, write `what if "
                        + def.name().text()
                        + " = ...`"));
        return false;
      }
      defs.add(def);
    }
    List<Decl> changes = new ArrayList<>(lets);
    changes.addAll(defs);
    if (check(state.plan.ast(), changes, diags) == null) return false;
    for (Decl.Definition d : defs) {
      lets.removeIf(x -> x.name().text().equals(d.name().text()));
      lets.add(d);
    }
    return true;
  }

  // ---- what-ifs --------------------------------------------------------------------------

  /**
   * Applies a what-if on top of the active ones and says what it changed; null after an error (the
   * session is unchanged).
   *
   * @throws compass.result.Cancelled when cancelled returned true (the session is unchanged)
   */
  public Impact apply(WhatIf w, Diagnostics diags, BooleanSupplier cancelled) {
    State before = state;
    if (changesPlan(w)) {
      List<Decl> changes = planChangesOf(w, before.plan, diags);
      if (changes == null) return null;
      List<Decl> all = PlanWhatIfs.replacing(planChanges(whatIfs), changes);
      CheckedPlan plan = check(basePlan.ast(), all, diags);
      if (plan == null) return null;
      State after = evaluateAll(plan, before.deals, diags, cancelled);
      if (after == null) return null;
      push(before);
      whatIfs.add(w);
      state = after;
      return ImpactOf.compare(before, after, after.rows.keySet(), data.people().rowCount());
    }
    DealEdits.Edit edit = editDeals(before.deals, w, addedBefore(whatIfs) + 1, diags);
    if (edit == null) return null;
    Workbench bench;
    Set<String> reach = new LinkedHashSet<>();
    Evaluation evaluation;
    try {
      // a handful of participants: on one thread, without waiting for the shared pool's threads
      var work =
          SMALL_WORK.submit(
              () -> {
                Workbench b =
                    Workbench.prepare(before.plan, data.people(), edit.table(), data.others());
                if (edit.oldRow() >= 0) reach.addAll(before.bench.reach(edit.oldRow()));
                if (edit.newRow() >= 0) reach.addAll(b.reach(edit.newRow()));
                return new Object[] {b, b.evaluate(reach, cancelled)};
              });
      Object[] done = work.join();
      bench = (Workbench) done[0];
      evaluation = (Evaluation) done[1];
    } catch (EvalError e) {
      diags.add(e.diagnostic());
      return null;
    }
    TreeMap<String, List<StatementRow>> rows = new TreeMap<>(before.rows);
    Map<String, List<LineItem>> lines = new HashMap<>(before.lines);
    BigDecimal total = before.total;
    Map<String, BigDecimal> byPeriod = new java.util.LinkedHashMap<>(before.byPeriod);
    for (String p : reach) {
      for (StatementRow r : before.rows.getOrDefault(p, List.of())) {
        total = total.subtract(r.payout());
        byPeriod.merge(r.period(), r.payout().negate(), BigDecimal::add);
      }
      rows.put(p, new ArrayList<>());
      lines.put(p, new ArrayList<>());
    }
    for (StatementRow r : evaluation.rows()) {
      rows.get(r.participant()).add(r);
      total = total.add(r.payout());
      byPeriod.merge(r.period(), r.payout(), BigDecimal::add);
    }
    for (LineItem l : evaluation.lines()) lines.get(l.participant()).add(l);
    State after =
        new State(before.plan, edit.table(), bench, rows, lines, total, byPeriod, List.of());
    push(before);
    whatIfs.add(w);
    state = after;
    return ImpactOf.compare(before, after, reach, reach.size());
  }

  /** Drops the last what-if; null when there is none (E0738 in diags). */
  public Impact undo(Diagnostics diags, BooleanSupplier cancelled) {
    if (whatIfs.isEmpty()) {
      diags.add(Diagnostic.error(Code.E0738, null, "there is no what-if to undo"));
      return null;
    }
    if (!undoStates.isEmpty()) { // the state before the last what-if: nothing to evaluate
      State before = state, after = undoStates.pop();
      planChangesMade.remove(whatIfs.remove(whatIfs.size() - 1));
      state = after;
      return ImpactOf.compare(before, after, after.rows.keySet(), 0);
    }
    List<WhatIf> rest = new ArrayList<>(whatIfs.subList(0, whatIfs.size() - 1));
    return rebuild(rest, diags, cancelled, new ArrayList<>());
  }

  private void push(State before) {
    undoStates.push(before);
    while (undoStates.size() > UNDO_STATES) undoStates.removeLast();
  }

  /** Drops every what-if. */
  public Impact reset(Diagnostics diags, BooleanSupplier cancelled) {
    return rebuild(List.of(), diags, cancelled, new ArrayList<>());
  }

  /**
   * Applies the what-ifs again from the plan as loaded; each one that no longer applies is left
   * out, with its errors in {@code dropped}.
   */
  Impact rebuild(
      List<WhatIf> list, Diagnostics diags, BooleanSupplier cancelled, List<Dropped> dropped) {
    State before = state;
    List<WhatIf> kept = new ArrayList<>();
    List<Decl> changes = new ArrayList<>(lets);
    Table deals = data.deals();
    CheckedPlan plan = check(basePlan.ast(), changes, diags);
    if (plan == null) return null;
    for (WhatIf w : list) {
      Diagnostics own = new Diagnostics();
      if (changesPlan(w)) {
        List<Decl> more = planChangesOf(w, plan, own);
        List<Decl> all = more == null ? changes : PlanWhatIfs.replacing(changes, more);
        CheckedPlan next = more == null ? null : check(basePlan.ast(), all, own);
        if (next == null) {
          dropped.add(new Dropped(w, own.all()));
          continue;
        }
        changes = all;
        plan = next;
      } else {
        DealEdits.Edit edit = editDeals(deals, w, addedBefore(kept) + 1, own);
        if (edit == null) {
          dropped.add(new Dropped(w, own.all()));
          continue;
        }
        deals = edit.table();
      }
      kept.add(w);
    }
    State after = evaluateAll(plan, deals, diags, cancelled);
    if (after == null) return null;
    whatIfs.clear();
    whatIfs.addAll(kept);
    planChangesMade.keySet().retainAll(kept);
    undoStates.clear();
    state = after;
    return before == null
        ? null
        : ImpactOf.compare(before, after, after.rows.keySet(), data.people().rowCount());
  }

  /** A what-if that no longer applied after a reload, and why. */
  public record Dropped(WhatIf whatIf, List<Diagnostic> why) {}

  /**
   * The result of reading the plan and data again: the new session, and the what-ifs that did not
   * survive.
   */
  public record Reloaded(Session session, List<Dropped> dropped) {}

  /**
   * Loads the plan and data again from disk and re-applies the active what-ifs and temporary
   * definitions where they still apply; null after errors (this session stays as it was).
   */
  public Reloaded reload(Diagnostics diags, BooleanSupplier cancelled) {
    Session fresh = open(planPath, dataDir, diags, cancelled, loader);
    if (fresh == null) return null;
    List<Dropped> dropped = new ArrayList<>();
    for (Decl.Definition d : lets) { // each `let` was parsed from a source of its own
      Diagnostics own = new Diagnostics();
      if (!fresh.define(d.span().file(), own)) dropped.add(new Dropped(null, own.all()));
    }
    if (!whatIfs.isEmpty()
        && fresh.rebuild(whatIfs, diags, cancelled, dropped) == null
        && diags.hasErrors()) return null;
    return new Reloaded(fresh, dropped);
  }

  // ---- helpers ---------------------------------------------------------------------------

  private State evaluateAll(
      CheckedPlan plan, Table deals, Diagnostics diags, BooleanSupplier cancelled) {
    try {
      Workbench bench = Workbench.prepare(plan, data.people(), deals, data.others());
      Evaluation ev = bench.evaluate(null, cancelled);
      TreeMap<String, List<StatementRow>> rows = new TreeMap<>();
      Map<String, List<LineItem>> lines = new HashMap<>();
      TextColumn ids = (TextColumn) data.people().column("id");
      for (int i = 0; i < data.people().rowCount(); i++) {
        rows.put(ids.get(i), new ArrayList<>());
        lines.put(ids.get(i), new ArrayList<>());
      }
      BigDecimal total = BigDecimal.ZERO;
      Map<String, BigDecimal> byPeriod = new java.util.LinkedHashMap<>();
      for (Period p : plan.periods()) byPeriod.put(p.label(), BigDecimal.ZERO);
      for (StatementRow r : ev.rows()) {
        rows.get(r.participant()).add(r);
        total = total.add(r.payout());
        byPeriod.merge(r.period(), r.payout(), BigDecimal::add);
      }
      for (LineItem l : ev.lines()) lines.get(l.participant()).add(l);
      return new State(plan, deals, bench, rows, lines, total, byPeriod, ev.warnings());
    } catch (EvalError e) {
      diags.add(e.diagnostic());
      return null;
    }
  }

  /**
   * The checked plan with the changes; null after errors (only those the changes caused are
   * reported).
   */
  private static CheckedPlan check(Plan base, List<Decl> changes, Diagnostics diags) {
    Diagnostics own = new Diagnostics();
    CheckedPlan plan = Checker.check(PlanChanges.apply(base, changes), own);
    for (Diagnostic d : own.all()) {
      boolean inBase = d.location() instanceof Span s && s.file() == base.file();
      if (d.isError() || !inBase) diags.add(d);
    }
    return own.hasErrors() ? null : plan;
  }

  private static boolean changesPlan(WhatIf w) {
    return w instanceof WhatIf.Redefine || w instanceof WhatIf.ChangeComponent;
  }

  /**
   * The declarations a what-if on the plan replaces, worked out against {@code plan} (the plan with
   * the what-ifs before it); null after errors. Remembered for {@link #planChanges}.
   */
  private List<Decl> planChangesOf(WhatIf w, CheckedPlan plan, Diagnostics diags) {
    List<Decl> out;
    if (w instanceof WhatIf.ChangeComponent c) {
      Decl.Component changed = PlanWhatIfs.componentChange(c, plan, diags);
      out = changed == null ? null : List.of(changed);
    } else {
      out = PlanWhatIfs.redefinitions((WhatIf.Redefine) w, plan, diags);
    }
    if (out != null) planChangesMade.put(w, out);
    return out;
  }

  /**
   * The plan changes of the what-ifs on the plan in a list (worked out and checked when applied).
   */
  private List<Decl> planChanges(List<WhatIf> list) {
    List<Decl> out = new ArrayList<>(lets);
    for (WhatIf w : list) {
      if (changesPlan(w)) out = PlanWhatIfs.replacing(out, planChangesMade.get(w));
    }
    return out;
  }

  private static int addedBefore(List<WhatIf> list) {
    return (int) list.stream().filter(w -> w instanceof WhatIf.AddDeal).count();
  }

  public List<String> dealFields() {
    return data.deals() == null
        ? List.of()
        : data.deals().schema().fields().stream().map(FieldSpec::name).toList();
  }

  private DealEdits.Edit editDeals(Table deals, WhatIf w, int number, Diagnostics diags) {
    return new DealEdits(basePlan, this::knowsParticipant).apply(deals, w, number, diags);
  }

  private static long stamp(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return -1;
    }
  }
}

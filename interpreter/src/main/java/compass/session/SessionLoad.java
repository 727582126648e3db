package compass.session;

import compass.ast.Decl;
import compass.ast.Plan;
import compass.calendar.Period;
import compass.check.CheckedPlan;
import compass.check.Checker;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.eval.EvalError;
import compass.eval.Evaluation;
import compass.eval.LoadedData;
import compass.eval.RunSummaryWarnings;
import compass.eval.Workbench;
import compass.result.LineItem;
import compass.result.StatementRow;
import compass.source.Span;
import compass.syntax.PlanChanges;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Load and reload: the plan and data a session was opened on, everyone evaluated on them (or on a
 * changed plan or deals table), and reading them again from disk with the session's temporary
 * definitions and what-ifs carried over where they still apply.
 */
final class SessionLoad {
  final Path planPath;
  final Path dataDir;
  final CheckedPlan basePlan;
  final LoadedData data;
  final Loader loader;

  /** Issue 16: what the ledger says the closed periods paid; null when none is closed. */
  final compass.eval.PaidHistory paid;

  private final long planStamp;

  private SessionLoad(
      Path planPath,
      Path dataDir,
      CheckedPlan plan,
      LoadedData data,
      long stamp,
      Loader loader,
      compass.eval.PaidHistory paid) {
    this.planPath = planPath;
    this.dataDir = dataDir;
    this.basePlan = plan;
    this.data = data;
    this.planStamp = stamp;
    this.loader = loader;
    this.paid = paid;
  }

  /**
   * Reads and checks the plan and loads its data (default: the plan's folder); null after errors.
   */
  static SessionLoad read(Path plan, Path dataDir, Diagnostics diags, Loader loader) {
    CheckedPlan checked = loader.load(plan, diags);
    if (checked == null) return null;
    Path dir = dataDir != null ? dataDir : plan.toAbsolutePath().getParent();
    LoadedData loaded = loader.loadData(checked, dir, diags);
    if (loaded == null) return null;
    compass.eval.PaidHistory paid = loader.paid(checked, plan, dir, loaded, diags);
    if (diags.hasErrors()) return null;
    return new SessionLoad(plan, dir, checked, loaded, stamp(plan), loader, paid);
  }

  /**
   * Everyone evaluated on the plan as loaded, with the warnings `run` prints, once per load (a
   * what-if re-evaluates without repeating them); null after errors.
   */
  SessionState first(Diagnostics diags, BooleanSupplier cancelled) {
    Evaluated first = evaluated(basePlan, data.deals(), diags, cancelled);
    if (first == null) return null;
    SessionState state = first.state();
    diags.addAll(loader.dataWarnings(basePlan, data));
    diags.addAll(state.warnings());
    // W0107 reads which components paid anything: the summed lines say, as for `compass run`
    diags.addAll(
        RunSummaryWarnings.of(
            basePlan, data.people(), first.summedLines(), state.bench().reconciliation()));
    return state;
  }

  /**
   * Everyone evaluated, and every line item of the evaluation: each component's lines summed per
   * period when the lines in full are left for later ({@link LazyLines}).
   */
  private record Evaluated(SessionState state, List<LineItem> summedLines) {}

  /**
   * Loads the plan and data again from disk and re-applies a session's temporary definitions and
   * what-ifs where they still apply; null after errors (the old session stays as it was).
   */
  Session.Reloaded reload(
      List<Decl.Definition> lets,
      List<WhatIf> whatIfs,
      Diagnostics diags,
      BooleanSupplier cancelled) {
    Session fresh = Session.open(planPath, dataDir, diags, cancelled, loader);
    if (fresh == null) return null;
    List<Session.Dropped> dropped = new ArrayList<>();
    for (Decl.Definition d : lets) { // each `let` was parsed from a source of its own
      Diagnostics own = new Diagnostics();
      if (!fresh.define(d.span().file(), own)) dropped.add(new Session.Dropped(null, own.all()));
    }
    if (!whatIfs.isEmpty()
        && fresh.rebuild(whatIfs, diags, cancelled, dropped) == null
        && diags.hasErrors()) return null;
    return new Session.Reloaded(fresh, dropped);
  }

  /** Whether the plan file changed on disk since it was loaded. */
  boolean planChangedOnDisk() {
    return stamp(planPath) != planStamp;
  }

  /** Every participant evaluated on a plan and deals table; null after errors. */
  SessionState evaluateAll(
      CheckedPlan plan, Table deals, Diagnostics diags, BooleanSupplier cancelled) {
    Evaluated e = evaluated(plan, deals, diags, cancelled);
    return e == null ? null : e.state();
  }

  /**
   * As above. Issue 20: load, reset and reload evaluate the statements without traces (a million
   * deals traced in full took most of a 27 s load); each participant's line items with their traces
   * are evaluated when first shown ({@link LazyLines}), on the same workbench, so they are those a
   * traced evaluation of everyone would have made.
   */
  private Evaluated evaluated(
      CheckedPlan plan, Table deals, Diagnostics diags, BooleanSupplier cancelled) {
    try {
      Workbench bench = Workbench.prepare(plan, data.people(), deals, data.others());
      bench.paid(paid); // closed periods show what was paid; what-ifs change only open ones
      Evaluation plain = bench.everyoneWithoutTraces(cancelled);
      Evaluation ev = plain != null ? plain : bench.evaluate(null, cancelled);
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
      Map<String, List<LineItem>> shown = lines;
      if (plain != null) shown = LazyLines.on(rows.keySet(), bench);
      else for (LineItem l : ev.lines()) lines.get(l.participant()).add(l);
      SessionState state =
          new SessionState(plan, deals, bench, rows, shown, total, byPeriod, ev.warnings());
      return new Evaluated(state, ev.lines());
    } catch (EvalError e) {
      diags.add(e.diagnostic());
      return null;
    }
  }

  /**
   * The checked plan with the changes; null after errors (only those the changes caused are
   * reported).
   */
  static CheckedPlan check(Plan base, List<Decl> changes, Diagnostics diags) {
    Diagnostics own = new Diagnostics();
    CheckedPlan plan =
        Checker.check(PlanChanges.apply(withoutReplaced(base, changes), changes), own);
    for (Diagnostic d : own.all()) {
      boolean inBase = d.location() instanceof Span s && s.file() == base.file();
      if (d.isError() || !inBase) diags.add(d);
    }
    return own.hasErrors() ? null : plan;
  }

  /**
   * The plan without the overrides a what-if's override replaces (the same value for the same
   * participant, role or team from the same date): otherwise the two would disagree (E0406).
   */
  private static Plan withoutReplaced(Plan base, List<Decl> changes) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (Decl d : changes) if (d instanceof Decl.Override o) keys.add(PlanWhatIfs.overrideKey(o));
    if (keys.isEmpty()) return base;
    List<Decl> kept = new ArrayList<>(base.decls());
    kept.removeIf(d -> d instanceof Decl.Override o && keys.contains(PlanWhatIfs.overrideKey(o)));
    return new Plan(base.file(), base.header(), kept);
  }

  private static long stamp(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return -1;
    }
  }
}

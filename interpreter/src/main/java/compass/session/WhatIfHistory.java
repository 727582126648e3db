package compass.session;

import compass.ast.Decl;
import compass.check.CheckedPlan;
import compass.data.Table;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.eval.EvalError;
import compass.eval.Evaluation;
import compass.eval.Workbench;
import compass.result.LineItem;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The what-if history: the stack of active what-ifs on the plan as loaded, the state they produce,
 * and applying, undoing and replaying them. A what-if on one deal re-evaluates only the
 * participants that deal reaches; a changed definition re-evaluates everyone.
 */
final class WhatIfHistory {
  private static final int UNDO_STATES = 8;

  /**
   * Runs the re-evaluation of the few participants one deal reaches (parallel streams inside stay
   * on it).
   */
  private static final java.util.concurrent.ForkJoinPool SMALL_WORK =
      new java.util.concurrent.ForkJoinPool(1);

  private final SessionLoad load;
  private final Probes probes;
  private final List<WhatIf> whatIfs = new ArrayList<>();

  /** The states before the most recent what-ifs, so `undo` is instant; older ones are rebuilt. */
  private final java.util.ArrayDeque<Undo> undoStates = new java.util.ArrayDeque<>();

  /**
   * A state before a what-if, and the participants that what-if evaluated (issue 20: only their
   * payouts can differ, so undoing compares only them).
   */
  private record Undo(SessionState state, Collection<String> reach) {}

  /** What each active what-if on the plan replaces, as worked out when it was applied. */
  private final Map<WhatIf, List<Decl>> planChangesMade = new java.util.IdentityHashMap<>();

  private SessionState state;

  /** Issue 20: each deals table's rows by deal id (`what if deal ID ...`). */
  private final DealIds dealIds = new DealIds();

  /**
   * A history with no what-if yet, on the first state; {@code probes} holds the temporary
   * definitions every plan change is checked with, and says which participants exist.
   */
  WhatIfHistory(SessionLoad load, SessionState first, Probes probes) {
    this.load = load;
    this.state = first;
    this.probes = probes;
  }

  /** The plan, deals and payouts with the active what-ifs applied. */
  SessionState state() {
    return state;
  }

  List<WhatIf> whatIfs() {
    return List.copyOf(whatIfs);
  }

  Impact apply(WhatIf w, Diagnostics diags, BooleanSupplier cancelled) {
    SessionState before = state;
    SessionState after;
    Collection<String> reach;
    boolean everyone = false;
    if (changesPlan(w)) {
      List<Decl> changes = planChangesOf(w, before.plan(), diags);
      if (changes == null) return null;
      List<Decl> all = PlanWhatIfs.replacing(planChanges(whatIfs), changes);
      CheckedPlan plan = SessionLoad.check(load.basePlan.ast(), all, diags);
      if (plan == null) return null;
      // issue 20: the credits carry over when crediting reads nothing the what-if changed
      Workbench bench = kept(before, plan, diags);
      if (bench == null && diags.hasErrors()) return null;
      if (bench == null) {
        after = load.evaluateAll(plan, before.deals(), diags, cancelled);
        reach = after == null ? null : after.rows().keySet();
        everyone = true;
      } else {
        reach = overridden(bench, changes);
        after =
            reach == null
                ? everyone(before, plan, bench, diags, cancelled)
                : some(before, plan, before.deals(), bench, reach, diags, cancelled);
        everyone = reach == null;
        if (everyone && after != null) reach = after.rows().keySet();
      }
      if (after == null) return null;
    } else {
      DealEdits.Edit edit = editDeals(before.deals(), w, addedBefore(whatIfs) + 1, diags);
      if (edit == null) return null;
      Workbench bench;
      try {
        // issue 20: only the edited row is credited again; the plan is compiled on the new table
        bench = before.bench().withDeal(edit.table(), edit.oldRow(), edit.newRow());
      } catch (EvalError e) {
        diags.add(e.diagnostic());
        return null;
      }
      Set<String> dealReach = new LinkedHashSet<>();
      if (edit.oldRow() >= 0) dealReach.addAll(before.bench().reach(edit.oldRow()));
      if (edit.newRow() >= 0) dealReach.addAll(bench.reach(edit.newRow()));
      reach = dealReach;
      after = some(before, before.plan(), edit.table(), bench, reach, diags, cancelled);
      if (after == null) return null;
    }
    push(before, reach);
    whatIfs.add(w);
    state = after;
    return ImpactOf.compare(
        before, after, reach, everyone ? load.data.people().rowCount() : reach.size());
  }

  /** The workbench of {@code before} under the changed plan, credits kept; null: credit again. */
  private static Workbench kept(SessionState before, CheckedPlan plan, Diagnostics diags) {
    try {
      return before.bench().withPlan(plan);
    } catch (EvalError e) {
      diags.add(e.diagnostic());
      return null;
    }
  }

  /**
   * Issue 20: the participants a what-if of overrides only can change (those the overrides apply to
   * and their managers); null when it changes definitions or components, which reach everyone.
   */
  private static Collection<String> overridden(Workbench bench, List<Decl> changes) {
    Set<String> out = new java.util.TreeSet<>();
    for (Decl d : changes) {
      if (!(d instanceof Decl.Override o)) return null;
      out.addAll(bench.reach(o.scope(), o.who().text()));
    }
    return out;
  }

  /**
   * Everyone evaluated on a workbench whose credits were kept; null after errors. Issue 20: the
   * statements without traces (a rate for everyone on a million deals in about a second); each
   * participant's line items when first asked for ({@link LazyLines}).
   */
  private SessionState everyone(
      SessionState before,
      CheckedPlan plan,
      Workbench bench,
      Diagnostics diags,
      BooleanSupplier cancelled) {
    try {
      List<StatementRow> all = bench.statementsOfEveryone(cancelled);
      TreeMap<String, List<StatementRow>> rows = new TreeMap<>();
      for (String p : before.rows().keySet()) rows.put(p, new ArrayList<>());
      BigDecimal total = BigDecimal.ZERO;
      Map<String, BigDecimal> byPeriod = new java.util.LinkedHashMap<>();
      for (String p : before.byPeriod().keySet()) byPeriod.put(p, BigDecimal.ZERO);
      for (StatementRow r : all) {
        rows.get(r.participant()).add(r);
        total = total.add(r.payout());
        byPeriod.merge(r.period(), r.payout(), BigDecimal::add);
      }
      Map<String, List<LineItem>> lines = LazyLines.on(rows.keySet(), bench);
      return new SessionState(plan, before.deals(), bench, rows, lines, total, byPeriod, List.of());
    } catch (EvalError e) {
      diags.add(e.diagnostic());
      return null;
    }
  }

  /**
   * The state with the participants in {@code reach} evaluated again on {@code bench} and everyone
   * else as before; null after errors.
   */
  private SessionState some(
      SessionState before,
      CheckedPlan plan,
      Table deals,
      Workbench bench,
      Collection<String> reach,
      Diagnostics diags,
      BooleanSupplier cancelled) {
    Evaluation evaluation;
    try {
      // a handful of participants: on one thread, without waiting for the shared pool's threads
      evaluation = SMALL_WORK.submit(() -> bench.evaluate(reach, cancelled)).join();
    } catch (EvalError e) {
      diags.add(e.diagnostic());
      return null;
    } catch (RuntimeException e) {
      if (e.getCause() instanceof EvalError err) {
        diags.add(err.diagnostic());
        return null;
      }
      throw e;
    }
    return merged(before, plan, deals, bench, reach, evaluation);
  }

  /** {@code before} with the rows and lines of the participants in {@code reach} replaced. */
  private static SessionState merged(
      SessionState before,
      CheckedPlan plan,
      Table deals,
      Workbench bench,
      Collection<String> reach,
      Evaluation evaluation) {
    TreeMap<String, List<StatementRow>> rows = new TreeMap<>(before.rows());
    Map<String, List<LineItem>> given = new HashMap<>();
    BigDecimal total = before.total();
    Map<String, BigDecimal> byPeriod = new java.util.LinkedHashMap<>(before.byPeriod());
    for (String p : reach) {
      for (StatementRow r : before.rows().getOrDefault(p, List.of())) {
        total = total.subtract(r.payout());
        byPeriod.merge(r.period(), r.payout().negate(), BigDecimal::add);
      }
      rows.put(p, new ArrayList<>());
      given.put(p, new ArrayList<>());
    }
    for (StatementRow r : evaluation.rows()) {
      rows.get(r.participant()).add(r);
      total = total.add(r.payout());
      byPeriod.merge(r.period(), r.payout(), BigDecimal::add);
    }
    for (LineItem l : evaluation.lines()) given.get(l.participant()).add(l);
    // the others' lines as before, not copied (nor computed, when they were left for later)
    Map<String, List<LineItem>> lines = LazyLines.over(rows.keySet(), given, before.lines());
    return new SessionState(plan, deals, bench, rows, lines, total, byPeriod, List.of());
  }

  Impact undo(Diagnostics diags, BooleanSupplier cancelled) {
    if (whatIfs.isEmpty()) {
      diags.add(Diagnostic.error(Code.E0738, null, "there is no what-if to undo"));
      return null;
    }
    if (!undoStates.isEmpty()) { // the state before the last what-if: nothing to evaluate
      Undo undo = undoStates.pop();
      SessionState before = state, after = undo.state();
      planChangesMade.remove(whatIfs.remove(whatIfs.size() - 1));
      state = after;
      return ImpactOf.compare(before, after, undo.reach(), 0);
    }
    List<WhatIf> rest = new ArrayList<>(whatIfs.subList(0, whatIfs.size() - 1));
    return rebuild(rest, diags, cancelled, new ArrayList<>());
  }

  private void push(SessionState before, Collection<String> reach) {
    undoStates.push(new Undo(before, reach));
    while (undoStates.size() > UNDO_STATES) undoStates.removeLast();
  }

  Impact reset(Diagnostics diags, BooleanSupplier cancelled) {
    return rebuild(List.of(), diags, cancelled, new ArrayList<>());
  }

  /**
   * Applies the what-ifs again from the plan as loaded; each one that no longer applies is left
   * out, with its errors in {@code dropped}.
   */
  Impact rebuild(
      List<WhatIf> list,
      Diagnostics diags,
      BooleanSupplier cancelled,
      List<Session.Dropped> dropped) {
    SessionState before = state;
    List<WhatIf> kept = new ArrayList<>();
    List<Decl> changes = new ArrayList<>(probes.lets);
    Table deals = load.data.deals();
    CheckedPlan plan = SessionLoad.check(load.basePlan.ast(), changes, diags);
    if (plan == null) return null;
    for (WhatIf w : list) {
      Diagnostics own = new Diagnostics();
      if (changesPlan(w)) {
        List<Decl> more = planChangesOf(w, plan, own);
        List<Decl> all = more == null ? changes : PlanWhatIfs.replacing(changes, more);
        CheckedPlan next = more == null ? null : SessionLoad.check(load.basePlan.ast(), all, own);
        if (next == null) {
          dropped.add(new Session.Dropped(w, own.all()));
          continue;
        }
        changes = all;
        plan = next;
      } else {
        DealEdits.Edit edit = editDeals(deals, w, addedBefore(kept) + 1, own);
        if (edit == null) {
          dropped.add(new Session.Dropped(w, own.all()));
          continue;
        }
        deals = edit.table();
      }
      kept.add(w);
    }
    SessionState after = load.evaluateAll(plan, deals, diags, cancelled);
    if (after == null) return null;
    whatIfs.clear();
    whatIfs.addAll(kept);
    planChangesMade.keySet().retainAll(kept);
    undoStates.clear();
    state = after;
    return before == null
        ? null
        : ImpactOf.compare(before, after, after.rows().keySet(), load.data.people().rowCount());
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
    List<Decl> out = new ArrayList<>(probes.lets);
    for (WhatIf w : list) {
      if (changesPlan(w)) out = PlanWhatIfs.replacing(out, planChangesMade.get(w));
    }
    return out;
  }

  private static int addedBefore(List<WhatIf> list) {
    return (int) list.stream().filter(w -> w instanceof WhatIf.AddDeal).count();
  }

  private DealEdits.Edit editDeals(Table deals, WhatIf w, int number, Diagnostics diags) {
    return new DealEdits(load.basePlan, probes::knowsParticipant, dealIds)
        .apply(deals, w, number, diags);
  }
}

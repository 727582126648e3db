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
  private final java.util.ArrayDeque<SessionState> undoStates = new java.util.ArrayDeque<>();

  /** What each active what-if on the plan replaces, as worked out when it was applied. */
  private final Map<WhatIf, List<Decl>> planChangesMade = new java.util.IdentityHashMap<>();

  private SessionState state;

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
    if (changesPlan(w)) {
      List<Decl> changes = planChangesOf(w, before.plan(), diags);
      if (changes == null) return null;
      List<Decl> all = PlanWhatIfs.replacing(planChanges(whatIfs), changes);
      CheckedPlan plan = SessionLoad.check(load.basePlan.ast(), all, diags);
      if (plan == null) return null;
      SessionState after = load.evaluateAll(plan, before.deals(), diags, cancelled);
      if (after == null) return null;
      push(before);
      whatIfs.add(w);
      state = after;
      return ImpactOf.compare(before, after, after.rows().keySet(), load.data.people().rowCount());
    }
    DealEdits.Edit edit = editDeals(before.deals(), w, addedBefore(whatIfs) + 1, diags);
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
                    Workbench.prepare(
                        before.plan(), load.data.people(), edit.table(), load.data.others());
                b.paid(load.paid);
                if (edit.oldRow() >= 0) reach.addAll(before.bench().reach(edit.oldRow()));
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
    TreeMap<String, List<StatementRow>> rows = new TreeMap<>(before.rows());
    Map<String, List<LineItem>> lines = new HashMap<>(before.lines());
    BigDecimal total = before.total();
    Map<String, BigDecimal> byPeriod = new java.util.LinkedHashMap<>(before.byPeriod());
    for (String p : reach) {
      for (StatementRow r : before.rows().getOrDefault(p, List.of())) {
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
    SessionState after =
        new SessionState(
            before.plan(), edit.table(), bench, rows, lines, total, byPeriod, List.of());
    push(before);
    whatIfs.add(w);
    state = after;
    return ImpactOf.compare(before, after, reach, reach.size());
  }

  Impact undo(Diagnostics diags, BooleanSupplier cancelled) {
    if (whatIfs.isEmpty()) {
      diags.add(Diagnostic.error(Code.E0738, null, "there is no what-if to undo"));
      return null;
    }
    if (!undoStates.isEmpty()) { // the state before the last what-if: nothing to evaluate
      SessionState before = state, after = undoStates.pop();
      planChangesMade.remove(whatIfs.remove(whatIfs.size() - 1));
      state = after;
      return ImpactOf.compare(before, after, after.rows().keySet(), 0);
    }
    List<WhatIf> rest = new ArrayList<>(whatIfs.subList(0, whatIfs.size() - 1));
    return rebuild(rest, diags, cancelled, new ArrayList<>());
  }

  private void push(SessionState before) {
    undoStates.push(before);
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
    return new DealEdits(load.basePlan, probes::knowsParticipant).apply(deals, w, number, diags);
  }
}

package compass.api;

import compass.calendar.Period;
import compass.check.CheckedPlan;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.eval.LoadedData;
import compass.eval.PaidHistory;
import compass.ledger.ClosedPeriod;
import compass.ledger.DealChange;
import compass.ledger.Ledger;
import compass.ledger.Manifest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 16: what every command that evaluates a plan reads from the ledger before it evaluates: the
 * closed periods (checked to be the plan's first periods and untouched since the close), and, for
 * the explanation of each adjustment, what changed since each close: the deal rows and the plan.
 */
final class PaidRecords {
  private PaidRecords() {}

  /**
   * The closed periods that apply to this request, earliest first: none when it ignores the ledger
   * or there is no ledger folder; null, with errors in {@code diags}, when the ledger cannot be
   * trusted or does not fit the plan.
   */
  static List<ClosedPeriod> closed(CheckedPlan plan, RunRequest request, Diagnostics diags) {
    if (request.ignoreLedger()) return List.of();
    java.nio.file.Path dir = Ledgers.folder(request.plan(), request.ledger());
    Ledger ledger = Ledgers.readable(dir, diags);
    if (ledger == null) return null;
    List<ClosedPeriod> closed = ledger.closed();
    for (ClosedPeriod c : closed) {
      if (c.edited().isEmpty()) continue;
      diags.error(
          Code.E0756,
          null,
          "the ledger cannot be trusted: "
              + String.join(", ", c.edited().stream().map(f -> dir.resolve(f).toString()).toList())
              + " was edited by hand since "
              + c.period()
              + " was closed",
          "restore it from git (`git checkout -- " + dir.resolve(c.period()) + "`)");
      return null;
    }
    List<Period> periods = plan.periods();
    for (int k = 0; k < closed.size(); k++) {
      if (k < periods.size() && periods.get(k).label().equals(closed.get(k).period())) continue;
      diags.error(
          Code.E0758,
          null,
          "the ledger "
              + dir
              + " closes "
              + closed.get(k).period()
              + ", which is not the plan's pay period "
              + (k < periods.size() ? periods.get(k).label() : "(none: the plan has " + k + ")"),
          "the plan's pay periods changed since the close: run with the plan the ledger was"
              + " closed with, or --ignore-ledger to compute every period from scratch");
      return null;
    }
    return closed;
  }

  /**
   * The paid record for the evaluator: the closed periods and, with {@code causes} (explain and the
   * REPL, whose explanations name them), why each would differ now. A run does not name causes: its
   * line notes do not show them, and comparing every deal row with the snapshots costs time.
   */
  static PaidHistory history(
      CheckedPlan plan,
      RunRequest request,
      LoadedData data,
      List<ClosedPeriod> closed,
      boolean causes) {
    if (!causes) return new PaidHistory(closed, plan.heldAdjustments(), Map.of(), Map.of());
    Set<String> people = new HashSet<>();
    if (data.people().column("id") instanceof TextColumn ids)
      for (int i = 0; i < data.people().rowCount(); i++) people.add(ids.get(i));
    String planHash = planHash(request);
    Map<String, List<DealChange>> changes = new LinkedHashMap<>();
    Map<String, String> planChanges = new LinkedHashMap<>();
    for (int k = 0; k < closed.size(); k++) {
      ClosedPeriod c = closed.get(k);
      if (c.deals() != null)
        changes.put(
            c.period(),
            DealSnapshots.changes(plan, data.deals(), c.deals(), plan.periods().get(k), people));
      Manifest m = c.manifest();
      if (!m.planHash().equals(planHash))
        planChanges.put(
            c.period(),
            "the plan changed since "
                + c.period()
                + " was closed ("
                + (m.gitCommit() == null ? "" : "closed at git commit " + m.gitCommit() + ", ")
                + "plan hash "
                + shortHash(m.planHash())
                + " then, "
                + shortHash(planHash)
                + " now)");
    }
    return new PaidHistory(closed, plan.heldAdjustments(), changes, planChanges);
  }

  /**
   * The closed rows and lines of participants no longer in the data (left, or renamed): what was
   * paid to them stays on the record. Returned whole: rows and lines merged in participant order.
   */
  static compass.eval.Evaluation withDeparted(
      compass.eval.Evaluation evaluation, List<ClosedPeriod> closed) {
    Set<String> present = new HashSet<>();
    evaluation.rows().forEach(r -> present.add(r.participant()));
    List<compass.result.StatementRow> rows = new java.util.ArrayList<>(evaluation.rows());
    List<compass.result.LineItem> lines = new java.util.ArrayList<>(evaluation.lines());
    boolean any = false;
    for (ClosedPeriod c : closed) {
      for (compass.result.StatementRow r : c.rows()) {
        if (present.contains(r.participant())) continue;
        rows.add(r);
        lines.addAll(c.lines(r.participant()));
        any = true;
      }
    }
    if (!any) return evaluation;
    // stable: each participant's periods and lines keep their order
    rows.sort(java.util.Comparator.comparing(compass.result.StatementRow::participant));
    lines.sort(java.util.Comparator.comparing(compass.result.LineItem::participant));
    return new compass.eval.Evaluation(
        rows,
        lines,
        evaluation.reconciliation(),
        evaluation.attributions(),
        evaluation.warnings(),
        evaluation.teams());
  }

  /**
   * The run's payouts in pay currencies with each closed row and line as the ledger recorded it
   * (issue 16: a later FX table does not change what was paid). Rows and lines of closed periods
   * are the ledger's own objects, so they are found by identity.
   */
  static compass.result.LocalPay.Run localAsPaid(
      compass.result.LocalPay.Run paid,
      List<compass.result.StatementRow> rows,
      List<compass.result.LineItem> lines,
      List<ClosedPeriod> closed) {
    if (paid == null) return null;
    Map<Object, compass.result.LocalPay> recorded = new java.util.IdentityHashMap<>();
    for (ClosedPeriod c : closed) {
      if (c.localRows().size() == c.rows().size())
        for (int i = 0; i < c.rows().size(); i++)
          recorded.put(c.rows().get(i), c.localRows().get(i));
      if (c.localLines().size() == c.lines().size())
        for (int i = 0; i < c.lines().size(); i++)
          recorded.put(c.lines().get(i), c.localLines().get(i));
    }
    if (recorded.isEmpty()) return paid;
    List<compass.result.LocalPay> r = new java.util.ArrayList<>(paid.rows());
    for (int i = 0; i < rows.size(); i++) r.set(i, recorded.getOrDefault(rows.get(i), r.get(i)));
    List<compass.result.LocalPay> l = new java.util.ArrayList<>(paid.lines());
    for (int i = 0; i < lines.size(); i++) l.set(i, recorded.getOrDefault(lines.get(i), l.get(i)));
    return new compass.result.LocalPay.Run(r, l);
  }

  private static String planHash(RunRequest request) {
    Map<String, String> planFiles = new LinkedHashMap<>();
    Ledgers.hashes(InputFiles.of(request), request, planFiles, new LinkedHashMap<>());
    return Manifest.planHash(planFiles);
  }

  private static String shortHash(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }
}

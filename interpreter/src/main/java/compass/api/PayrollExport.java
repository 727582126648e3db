package compass.api;

import compass.check.CheckedPlan;
import compass.diag.Code;
import compass.diag.Csv;
import compass.diag.Diagnostics;
import compass.ledger.ClosedPeriod;
import compass.ledger.Ledger;
import compass.result.LineItem;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code compass export payroll}: the CSV a payroll system imports for one CLOSED period, read from
 * the ledger (never recomputed). One row per line item, so that every amount a participant is paid
 * has its own row (lines of 0.00 are left out); refused unless each participant's rows add up to
 * the payout the statement shows.
 */
public final class PayrollExport {
  /** The columns, documented in the README ("Closing a period"). */
  public static final List<String> COLUMNS =
      List.of("participant", "amount", "currency", "pay_date", "component", "period", "deal");

  private PayrollExport() {}

  public static LedgerOutcome export(RunRequest request, Path ledgerDir) {
    Path dir = Ledgers.folder(request.plan(), ledgerDir);
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = Compass.load(request.plan(), diags);
    if (plan == null) return new LedgerOutcome(diags.all(), "", dir);
    String label = Compass.periodLabel(plan, request.period(), diags);
    if (label == null) return new LedgerOutcome(diags.all(), "", dir);
    Ledger ledger = Ledgers.readable(dir, diags);
    if (ledger == null) return new LedgerOutcome(diags.all(), "", dir);
    ClosedPeriod closed = ledger.period(label).orElse(null);
    if (closed == null) {
      diags.error(
          Code.E0753,
          null,
          label + " is not closed in " + dir + ": only a closed period is exported to payroll",
          "close it first: compass close PLAN --data DIR --period " + label);
      return new LedgerOutcome(diags.all(), "", dir);
    }
    if (!closed.edited().isEmpty()) {
      for (String file : closed.edited())
        diags.error(
            Code.E0622,
            null,
            dir.resolve(file) + " was edited by hand since " + label + " was closed",
            "restore it from git: git checkout -- " + dir.resolve(file));
      return new LedgerOutcome(diags.all(), "", dir);
    }
    StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    String payDate = closed.manifest().payDate();
    for (LineItem l : closed.lines()) {
      sums.merge(l.participant(), l.amount(), BigDecimal::add);
      if (l.amount().signum() == 0) continue; // a line of nothing is no payment: not a row
      out.append(Csv.quote(l.participant()))
          .append(',')
          .append(l.amount().toPlainString())
          .append(',')
          .append(Csv.quote(l.currency()))
          .append(',')
          .append(payDate)
          .append(',')
          .append(Csv.quote(l.component()))
          .append(',')
          .append(label)
          .append(',')
          .append(Csv.quote(l.deal() == null ? "" : l.deal()))
          .append('\n');
    }
    for (StatementRow r : closed.rows()) { // the final check: rows add up to the payout
      BigDecimal rows = sums.getOrDefault(r.participant(), BigDecimal.ZERO);
      if (rows.compareTo(r.payout()) != 0)
        diags.error(
            Code.E0757,
            null,
            label
                + ": the payroll rows of "
                + r.participant()
                + " add up to "
                + rows.toPlainString()
                + ", but the statement pays "
                + r.payout().toPlainString(),
            "nothing was written; the ledger's statement.csv and lines.csv disagree: restore the"
                + " period's folder from git");
    }
    for (String who : sums.keySet())
      if (closed.row(who).isEmpty())
        diags.error(
            Code.E0757,
            null,
            label + ": " + who + " has payroll rows but no statement row",
            "the ledger's lines.csv and statement.csv disagree");
    return new LedgerOutcome(diags.all(), diags.errorCount() == 0 ? out.toString() : "", dir);
  }
}

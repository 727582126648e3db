package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.data.ColumnType;
import compass.diag.Code;
import compass.diag.Diagnostic;
import java.math.BigDecimal;
import java.util.List;

/**
 * Checks the clawback rules (SEMANTICS 11): at most one on cancellation (its date a field of the
 * deals) and one on the participant leaving (its date a field of the people); the share reversed
 * (`clawback 50% of ...`, a percent above 0% up to 100%); the window; the condition; and a schedule
 * by months served, whose bands are checked like tier bands (order, gaps, overlaps).
 */
final class ClawbackRules {
  /**
   * The checked rules: the clawback on cancellation with its deal fields, and the one on leaving.
   */
  record Checked(Decl.Clawback cancel, int dateField, int termField, Decl.Clawback leaving) {}

  private final CheckContext cx;
  private final ExprChecker exprs;
  private final RulesChecker rules;

  ClawbackRules(CheckContext cx, ExprChecker exprs, RulesChecker rules) {
    this.cx = cx;
    this.exprs = exprs;
    this.rules = rules;
  }

  Checked check() {
    Decl.Clawback cancel = null, leaving = null;
    for (Decl.Clawback c : cx.plan.all(Decl.Clawback.class)) {
      if (c.leaving() ? leaving != null : cancel != null) {
        cx.diags.error(Code.E0406, c.span(), "this rule is given twice", "keep one");
        continue;
      }
      if (c.leaving()) leaving = c;
      else cancel = c;
    }
    int date = -1, term = -1;
    if (cancel != null && cx.deals != null) {
      shared(cancel);
      if (cancel.window() == null && cancel.schedule().isEmpty())
        cx.diags.error(
            Code.E0448,
            cancel.date().span(),
            "a clawback of cancelled deals needs a window or a schedule by months served",
            "write e.g. `clawback cancelled deals within 90 days on " + cancel.date().text() + "`");
      date = rules.field(cx.deals, cancel.date().text(), ColumnType.DATE, cancel.date().span());
      term = term(cancel);
    }
    if (leaving != null && cx.deals != null) {
      shared(leaving);
      if (leaving.window() == null && leaving.filter() == null)
        cx.diags.error(
            Code.E0448,
            leaving.date().span(),
            "a clawback on leaving needs a window or a condition, else it takes back every deal",
            "write e.g. `clawback deals within 90 days before leaving on "
                + leaving.date().text()
                + "`, or add `where ...`");
      if (ParticipantSources.fromData(cx.plan)) {
        cx.diags.error(
            Code.E0449,
            leaving.date().span(),
            "a clawback on leaving reads the leaving date from the people file, but this plan has"
                + " none",
            "declare `input people from \"people.csv\":` with `"
                + leaving.date().text()
                + ": date optional`");
      } else if (cx.people != null) {
        rules.field(cx.people, leaving.date().text(), ColumnType.DATE, leaving.date().span());
      }
      term(leaving);
    }
    return new Checked(cancel, date, term, leaving);
  }

  /** What both kinds of clawback have: the share, the window, the condition, the schedule. */
  private void shared(Decl.Clawback c) {
    if (c.window() != null) {
      if (!(c.window() instanceof Expr.DurationLit d)) {
        cx.diags.error(
            Code.E0202,
            c.window().span(),
            "the clawback window is a duration",
            "write e.g. `within 90 days`");
      } else if (d.amount().stripTrailingZeros().scale() > 0
          || d.amount().compareTo(java.math.BigDecimal.valueOf(36_500)) > 0) {
        cx.diags.error(
            Code.E0202,
            c.window().span(),
            "the clawback window is a whole number of days, months or years (at most 36,500)",
            "write e.g. `within 90 days`");
      }
      exprs.type(c.window(), Scope.PARTICIPANT);
    }
    if (c.rate() != null) {
      exprs.type(c.rate(), Scope.PARTICIPANT);
      BigDecimal r = Constants.value(c.rate());
      if (r == null || r.signum() <= 0 || r.compareTo(BigDecimal.ONE) > 0)
        cx.diags.error(
            Code.E0446,
            c.rate().span(),
            "a clawback reverses a share above 0% and up to 100% of the commission",
            "write e.g. `clawback 50% of cancelled deals ...`");
    }
    if (c.filter() != null) exprs.condition(c.filter(), Scope.DEAL);
    if (c.schedule().isEmpty()) return;
    if (c.rate() != null || c.term() != null)
      cx.diags.error(
          Code.E0447,
          c.rate() != null ? c.rate().span() : c.term().span(),
          "a schedule by months served already says how much is reversed",
          "drop `"
              + (c.rate() != null
                  ? c.rate().span().text() + " of"
                  : "prorated by " + c.term().text())
              + "`, or put the share in the schedule's bands");
    schedule(c.schedule());
  }

  /** `prorated by F`: F is a number field of the deals (contract months). */
  private int term(Decl.Clawback c) {
    if (c.term() == null) return -1;
    int term = Checker.fieldIndex(cx.deals, c.term().text());
    if (term < 0 || !ExprChecker.columnType(cx.deals.fields().get(term).type()).isNumeric()) {
      cx.diags.error(
          Code.E0302,
          c.term().span(),
          "`" + c.term().text() + "` must be a number field of the deals (contract months)",
          null);
      return -1;
    }
    return term;
  }

  /** The bands: whole months, from 0, in order, without gaps or overlaps; shares 0% to 100%. */
  private void schedule(List<Decl.ClawbackBand> bands) {
    Integer previousUpper = null;
    Integer previousLower = null;
    for (int i = 0; i < bands.size(); i++) {
      Decl.ClawbackBand b = bands.get(i);
      Integer lo = bound(b.lower());
      Integer hi = b.upper() == null ? null : bound(b.upper());
      exprs.type(b.share(), Scope.PARTICIPANT);
      BigDecimal share = Constants.value(b.share());
      if (share == null
          || !(b.share() instanceof Expr.PercentLit)
          || share.signum() < 0
          || share.compareTo(BigDecimal.ONE) > 0)
        cx.diags.error(
            Code.E0446,
            b.share().span(),
            "a band reverses a percent of the commission, from 0% to 100%",
            "write e.g. `reverse 50%`");
      if (lo == null) return; // reported; the order cannot be judged
      if (i == 0 && lo != 0)
        cx.diags.error(
            Code.E0402,
            b.lower().span(),
            "gap before the first band: months served from 0 to "
                + b.lower().span().text()
                + " are in no band",
            "start the schedule `from 0`");
      if (previousLower != null) {
        Decl.ClawbackBand prev = bands.get(i - 1);
        if (lo < previousLower) {
          cx.diags.add(
              Diagnostic.error(
                      Code.E0401,
                      b.lower().span(),
                      "schedule bands are out of order: "
                          + b.lower().span().text()
                          + " comes after "
                          + prev.lower().span().text())
                  .withHint("list bands from the fewest months served to the most"));
          return;
        }
        if (lo.equals(previousLower)) {
          cx.diags.error(
              Code.E0403, b.lower().span(), "two bands start at " + b.lower().span().text(), null);
        } else if (previousUpper != null && previousUpper < lo) {
          cx.diags.error(
              Code.E0402,
              prev.upper().span(),
              "gap between bands: months served from "
                  + prev.upper().span().text()
                  + " to "
                  + b.lower().span().text()
                  + " are in no band",
              "end this band where the next one starts (`to " + b.lower().span().text() + "`)");
        } else if (previousUpper != null && previousUpper > lo) {
          cx.diags.error(
              Code.E0403,
              prev.upper().span(),
              "bands overlap: this band runs to "
                  + prev.upper().span().text()
                  + " but the next starts at "
                  + b.lower().span().text(),
              "end this band where the next one starts (`to " + b.lower().span().text() + "`)");
        }
      }
      if (hi != null && hi <= lo)
        cx.diags.error(
            Code.E0401, b.upper().span(), "this band ends at or before where it starts", null);
      previousLower = lo;
      previousUpper = hi;
    }
  }

  /** A bound in whole months served, or null after reporting E0445. */
  private Integer bound(Expr e) {
    exprs.type(e, Scope.PARTICIPANT);
    Integer months = MonthsServed.bound(e);
    if (months == null)
      cx.diags.error(
          Code.E0445,
          e.span(),
          "a schedule's bound is a whole number of months served, but this is `"
              + e.span().text()
              + "`",
          "write e.g. `from 3 to 6 months` (months served are whole months)");
    return months;
  }
}

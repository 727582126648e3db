package compass.eval;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.check.Constants;
import compass.check.MonthsServed;
import compass.check.PayRules;
import compass.data.Column;
import compass.data.DateColumn;
import compass.data.DecimalColumn;
import compass.data.LongColumn;
import compass.data.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * SEMANTICS 11: which credited deals a clawback takes back, in which pay period and what share of
 * their commission. Two events trigger one: the deal's cancellation (a date of the deal, within the
 * window after its crediting date) and the participant leaving (the people's date, with the deal
 * credited within the window before it). The share reversed is the rule's rate (100% when it has
 * none), or the band of its schedule for the whole months served, times the unserved part of the
 * contract when it is prorated. A deal is taken back once, by the earlier event.
 */
final class Clawbacks {
  /**
   * A deal taken back: the pay period, the share of its commission, the rule, and why (for the
   * note; null when not asked).
   */
  record Reversal(int period, BigDecimal share, Decl.Clawback rule, String why) {
    /** The first form, `clawback cancelled deals within N days on F [prorated by T]`. */
    boolean plain() {
      return !rule.leaving() && rule.rate() == null && rule.schedule().isEmpty();
    }
  }

  /** One clawback rule, compiled against this dataset. */
  private static final class Rule {
    final Decl.Clawback decl;
    final DateColumn dates; // the deal's cancellation dates, or the people's leaving dates
    final Column terms;
    final Nodes.Bool filter;
    final int windowAmount;
    final boolean windowInMonths;
    final BigDecimal rate;
    final List<int[]> bands = new ArrayList<>(); // {from, to or -1} in months served
    final List<BigDecimal> bandShares = new ArrayList<>();

    Rule(Decl.Clawback decl, DateColumn dates, Table deals, ExprCompiler compiler) {
      this.decl = decl;
      this.dates = dates;
      int term = decl.term() == null ? -1 : deals.fieldIndex(decl.term().text());
      this.terms = term < 0 ? null : deals.column(term);
      this.filter =
          decl.filter() == null || compiler == null ? null : compiler.condition(decl.filter());
      if (decl.window() instanceof Expr.DurationLit d) {
        windowAmount = d.amount().intValueExact();
        windowInMonths = d.unit().startsWith("month") || d.unit().startsWith("year");
      } else {
        windowAmount = -1; // none: the schedule (or the condition) says which deals
        windowInMonths = false;
      }
      this.rate = decl.rate() == null ? BigDecimal.ONE : Constants.value(decl.rate());
      for (Decl.ClawbackBand b : decl.schedule()) {
        Integer to = b.upper() == null ? null : MonthsServed.bound(b.upper());
        bands.add(new int[] {MonthsServed.bound(b.lower()), to == null ? -1 : to});
        bandShares.add(Constants.value(b.share()));
      }
      // a band without `to` runs until the next band starts
      for (int i = 0; i + 1 < bands.size(); i++)
        if (bands.get(i)[1] < 0) bands.get(i)[1] = bands.get(i + 1)[0];
    }

    /** The window's end counted from {@code from}, forwards or (for leaving) backwards. */
    LocalDate windowEdge(LocalDate from, boolean backwards) {
      int n = backwards ? -windowAmount : windowAmount;
      return windowInMonths
          ? from.plusMonths(
              decl.window() instanceof Expr.DurationLit d && d.unit().startsWith("year")
                  ? 12L * n
                  : n)
          : from.plusDays(n);
    }
  }

  private final Dataset data;
  private final Rule cancel;
  private final Rule leaving;

  Clawbacks(Dataset data) {
    this(data, null);
  }

  /** With the compiler, a rule's condition (`where ...`) can be evaluated. */
  Clawbacks(Dataset data, ExprCompiler compiler) {
    this.data = data;
    PayRules rules = data.plan().rules();
    Table deals = data.deals();
    this.cancel =
        rules.clawback() == null || deals == null || rules.clawbackDateField() < 0
            ? null
            : new Rule(
                rules.clawback(),
                (DateColumn) deals.column(rules.clawbackDateField()),
                deals,
                compiler);
    Decl.Clawback l = rules.leaving();
    Table people = data.people();
    this.leaving =
        l == null
                || deals == null
                || people == null
                || people.fieldIndex(l.date().text()) < 0
                || !(people.column(l.date().text()) instanceof DateColumn)
            ? null
            : new Rule(l, (DateColumn) people.column(l.date().text()), deals, compiler);
  }

  boolean active() {
    return cancel != null || leaving != null;
  }

  /**
   * How the participant's credited deal is taken back, or null when it is not: the earlier of its
   * cancellation and the participant leaving (cancellation first on the same day). {@code explain}
   * words the reason; else {@link Reversal#why} is null.
   */
  Reversal reversal(int row, int person, int creditedDay, boolean explain) {
    Reversal byCancel = cancel == null ? null : cancelled(row, person, creditedDay, explain);
    Reversal byLeaving = leaving == null ? null : left(row, person, creditedDay, explain);
    if (byCancel == null) return byLeaving;
    if (byLeaving == null) return byCancel;
    int c = cancel.dates.epochDay(row), l = leaving.dates.epochDay(person);
    return l < c ? byLeaving : byCancel;
  }

  private Reversal cancelled(int row, int person, int creditedDay, boolean explain) {
    int day = cancel.dates.epochDay(row);
    if (day == DateColumn.MISSING || day < creditedDay) return null;
    LocalDate credited = LocalDate.ofEpochDay(creditedDay);
    if (cancel.windowAmount >= 0
        && LocalDate.ofEpochDay(day).isAfter(cancel.windowEdge(credited, false))) return null;
    return reversed(cancel, row, person, creditedDay, day, explain ? "cancelled" : null);
  }

  private Reversal left(int row, int person, int creditedDay, boolean explain) {
    int day = leaving.dates.epochDay(person);
    // a deal credited after the participant left is not one they are paid back for
    if (day == DateColumn.MISSING || creditedDay > day) return null;
    LocalDate end = LocalDate.ofEpochDay(day);
    if (leaving.windowAmount >= 0
        && LocalDate.ofEpochDay(creditedDay).isBefore(leaving.windowEdge(end, true))) return null;
    return reversed(
        leaving,
        row,
        person,
        creditedDay,
        day,
        explain ? data.personId(person) + " left on " + end + "," : null);
  }

  /** The share of a deal taken back on {@code eventDay} by the rule, or null when none. */
  private Reversal reversed(
      Rule rule, int row, int person, int creditedDay, int eventDay, String event) {
    if (rule.filter != null && !passes(rule.filter, row, person)) return null;
    int period = data.periodOf(eventDay);
    if (period < 0) return null;
    long served =
        ChronoUnit.MONTHS.between(
            LocalDate.ofEpochDay(creditedDay), LocalDate.ofEpochDay(eventDay));
    BigDecimal share = rule.rate;
    String how = null;
    if (!rule.bands.isEmpty()) {
      int band = band(rule, served);
      if (band < 0) return null;
      share = rule.bandShares.get(band);
      if (event != null) how = "schedule " + rule.decl.schedule().get(band).span().text().strip();
    } else if (event != null && rule.decl.rate() != null) {
      how = "clawback " + rule.decl.rate().span().text();
    }
    BigDecimal unserved = unserved(rule, row, served);
    if (unserved != null) {
      share = share.multiply(unserved);
      if (event != null)
        how =
            (how == null ? "" : how + " x ")
                + "unserved "
                + Fmt.percent(unserved)
                + " of the contract";
    }
    if (share.signum() <= 0 && !rule.bands.isEmpty()) return null; // `reverse 0%`: nothing
    String why = null;
    if (event != null)
      why =
          event
              + (rule.decl.leaving() ? " " : " after ")
              + served
              + (served == 1 ? " month" : " months")
              + (rule.decl.leaving() ? " after the deal was credited" : "")
              + ": "
              + Fmt.percent(share)
              + " reversed"
              + (how == null ? "" : " (" + how + ")");
    return new Reversal(period, share, rule.decl, why);
  }

  /** The band of the whole months served, or -1 when beyond the last band. */
  private static int band(Rule rule, long served) {
    for (int i = 0; i < rule.bands.size(); i++) {
      int[] b = rule.bands.get(i);
      if (served >= b[0] && (b[1] < 0 || served < b[1])) return i;
    }
    return -1;
  }

  /** SEMANTICS 11: the unserved part of the contract, or null when the rule does not prorate. */
  private static BigDecimal unserved(Rule rule, int row, long served) {
    if (rule.terms == null) return null;
    BigDecimal term =
        rule.terms instanceof LongColumn l
            ? BigDecimal.valueOf(l.get(row))
            : ((DecimalColumn) rule.terms).get(row);
    if (term == null || term.signum() <= 0) return null;
    BigDecimal unserved =
        BigDecimal.ONE.subtract(BigDecimal.valueOf(served).divide(term, ExprCompiler.MC));
    return unserved.max(BigDecimal.ZERO).min(BigDecimal.ONE);
  }

  private boolean passes(Nodes.Bool filter, int row, int person) {
    Frame f = new Frame(data, person, false);
    f.deal = row;
    f.budget.grant(data.stepsPerVisit());
    return filter.test(f);
  }
}

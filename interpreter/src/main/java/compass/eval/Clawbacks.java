package compass.eval;

import compass.ast.Expr;
import compass.check.PayRules;
import compass.data.Column;
import compass.data.DateColumn;
import compass.data.DecimalColumn;
import compass.data.LongColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * SEMANTICS 11: a deal cancelled within the clawback window after its crediting date is taken back
 * in the pay period of the cancellation; outside the window nothing is reversed. With a contract
 * term, only the unserved part of the contract is reversed.
 */
final class Clawbacks {
  private final PayRules rules;
  private final DateColumn cancelDates;
  private final Column terms;
  private final Dataset data;
  private final int windowAmount;
  private final boolean windowInMonths;

  Clawbacks(Dataset data) {
    this.data = data;
    this.rules = data.plan().rules();
    this.cancelDates =
        rules.clawback() == null
            ? null
            : (DateColumn) data.deals().column(rules.clawbackDateField());
    this.terms = rules.termField() < 0 ? null : data.deals().column(rules.termField());
    if (rules.clawback() != null && rules.clawback().window() instanceof Expr.DurationLit d) {
      windowAmount = d.amount().intValueExact();
      windowInMonths = d.unit().startsWith("month") || d.unit().startsWith("year");
    } else {
      windowAmount = 0;
      windowInMonths = false;
    }
  }

  boolean active() {
    return cancelDates != null;
  }

  /** The pay period in which the deal is taken back, or {@link Integer#MAX_VALUE}. */
  int cancelPeriod(int row, int creditedDay) {
    if (cancelDates == null) return Integer.MAX_VALUE;
    int cancel = cancelDates.epochDay(row);
    if (cancel == DateColumn.MISSING || cancel < creditedDay) return Integer.MAX_VALUE;
    LocalDate credited = LocalDate.ofEpochDay(creditedDay);
    LocalDate windowEnd =
        windowInMonths ? credited.plusMonths(windowAmount) : credited.plusDays(windowAmount);
    if (LocalDate.ofEpochDay(cancel).isAfter(windowEnd)) return Integer.MAX_VALUE;
    int period = data.periodOf(cancel);
    return period < 0 ? Integer.MAX_VALUE : period;
  }

  /** The share of the commission to reverse: all of it, or the unserved part of the contract. */
  BigDecimal reversedShare(int row, int creditedDay) {
    if (terms == null) return BigDecimal.ONE;
    BigDecimal term =
        terms instanceof LongColumn l
            ? BigDecimal.valueOf(l.get(row))
            : ((DecimalColumn) terms).get(row);
    if (term == null || term.signum() <= 0) return BigDecimal.ONE;
    long served =
        ChronoUnit.MONTHS.between(
            LocalDate.ofEpochDay(creditedDay), LocalDate.ofEpochDay(cancelDates.epochDay(row)));
    BigDecimal unserved =
        BigDecimal.ONE.subtract(BigDecimal.valueOf(served).divide(term, ExprCompiler.MC));
    return unserved.max(BigDecimal.ZERO).min(BigDecimal.ONE);
  }
}

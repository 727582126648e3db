package compass.result;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a participant paid in another currency than the plan's receives (SEMANTICS 13), for one
 * statement row or one line item: the pay currency, the FX rate used (plan currency per unit of the
 * pay currency, as the FX table states it; 1 in the plan currency), the date of that rate (null in
 * the plan currency), the payment date, and the amount in the pay currency, rounded to its minor
 * unit.
 */
public record LocalPay(
    String currency,
    BigDecimal rate,
    LocalDate rateDate,
    LocalDate paymentDate,
    BigDecimal amount) {

  /** The statement rows and the line items of a run in their pay currencies, index by index. */
  public record Run(java.util.List<LocalPay> rows, java.util.List<LocalPay> lines) {}
}

package compass.result;

import java.math.BigDecimal;

/**
 * One participant's statement for one pay period (SEMANTICS 11a): what was earned, what became
 * payable, what is paid ({@code payout}: the sum of the period's rounded line items) and the
 * year-to-date payout; and the balances carried to the next period: earnings held back, the
 * recoverable draw balance and amounts owed (negative true-ups, clawbacks not yet recovered).
 */
public record StatementRow(
    String participant,
    String period,
    BigDecimal payout,
    BigDecimal ytd,
    String currency,
    BigDecimal earned,
    BigDecimal payable,
    BigDecimal held,
    BigDecimal drawBalance,
    BigDecimal owed) {

  /** A statement with nothing held, drawn or owed: earned = payable = payout. */
  public StatementRow(
      String participant, String period, BigDecimal payout, BigDecimal ytd, String currency) {
    this(
        participant,
        period,
        payout,
        ytd,
        currency,
        payout,
        payout,
        BigDecimal.ZERO.setScale(payout.scale()),
        BigDecimal.ZERO.setScale(payout.scale()),
        BigDecimal.ZERO.setScale(payout.scale()));
  }
}

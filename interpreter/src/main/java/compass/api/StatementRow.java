package compass.api;

import java.math.BigDecimal;

/**
 * One participant's payout for one pay period: the sum of its rounded line items, and the
 * year-to-date total of payouts up to and including this period.
 */
public record StatementRow(
    String participant, String period, BigDecimal payout, BigDecimal ytd, String currency) {}

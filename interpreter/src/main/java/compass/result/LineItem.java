package compass.result;

import java.math.BigDecimal;

/**
 * One line of a statement: what a component paid a participant in a period, for one deal
 * ({@code deal} is empty for amounts not tied to a single deal). The amount is already rounded
 * to the currency's minor unit. {@code note} says how it was computed, in words a rep can check.
 */
public record LineItem(
    String participant,
    String period,
    String component,
    String deal,
    BigDecimal amount,
    String currency,
    String note) {}

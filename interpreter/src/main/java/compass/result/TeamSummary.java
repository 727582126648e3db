package compass.result;

import java.math.BigDecimal;

/**
 * One team's figures for one pay period under a `budget` (issue 15): its budget (null: no budget
 * row), what its members earned before and after scaling to the budget, and, when the budget names
 * an amount to show it against (`against bookings`), that amount and the cost of sales (earned /
 * bookings; null without it or when bookings are 0).
 */
public record TeamSummary(
    String team,
    String period,
    BigDecimal budget,
    BigDecimal beforeBudget,
    BigDecimal earned,
    BigDecimal bookings,
    BigDecimal costOfSales,
    String currency) {}

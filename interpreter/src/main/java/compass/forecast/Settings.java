package compass.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a forecast is asked: the as-of date (null: the latest date in the data), the number of
 * simulated runs, the seed, whether to learn the win rates from the data, how many days a won deal
 * may slip past its expected close date (each run draws 0..slipDays, uniformly; null: as the plan's
 * {@code close dates slip} says, which this replaces when given), a budget (null: none), the number
 * of threads (0: every core) and whose payouts to show ({@code only}: a participant, or a team's
 * members; null: everyone; the totals are then theirs).
 */
public record Settings(
    LocalDate asOf,
    int runs,
    long seed,
    boolean learnRates,
    Integer slipDays,
    BigDecimal budget,
    int threads,
    java.util.Set<String> only) {}

package compass.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * What `compass forecast` found (issue 18, SEMANTICS 12), as plain data for every front end (the
 * CLI, the REPL, the dashboard): per participant and open pay period (a period that ends after the
 * as-of date) and in total, what was earned so far, the stage-weighted payout, and the simulated
 * distribution of the payout. Money is exact; only the simulation's draws used doubles.
 *
 * @param slips how many days the close date of a won deal slips in the simulated runs, per open
 *     stage that slips at all (empty: none); stage-weighted and all-won take no slip
 * @param slipFromCommandLine whether the slips are `--slip`'s (which replaces the plan's `close
 *     dates slip`) rather than the plan's
 * @param rates each stage's win rate and what it means for a deal there
 * @param rows per participant and open period, participants in id order, periods in order
 * @param totals per open period, summed over everyone, then one row over all open periods (period
 *     {@link #ALL_OPEN}); the quantiles of a total are those of each run's total, not sums of
 *     quantiles
 * @param year the plan's whole payout (every period, closed ones too) across everyone: what a
 *     budget is compared with
 * @param budget null without --budget
 * @param teamCosts cost of sales (payout / bookings) per team over the open periods; empty when the
 *     plan has no `budget ... against ...`
 * @param versus null without --vs
 */
public record Forecast(
    String planName,
    String currency,
    LocalDate asOf,
    int runs,
    long seed,
    List<Slip> slips,
    boolean slipFromCommandLine,
    boolean learnedRates,
    List<StageRate> rates,
    int openDeals,
    int overdueDeals,
    List<Row> rows,
    List<Row> totals,
    Row year,
    Budget budget,
    List<TeamCost> teamCosts,
    Versus versus) {

  /** The period label of the total over every open period. */
  public static final String ALL_OPEN = "open periods";

  /** The participant label of a total row. */
  public static final String TOTAL = "total";

  /** The period label of the plan's whole payout. */
  public static final String YEAR = "plan";

  /** The close dates of a stage's won deals slip from {@code fromDays} to {@code toDays} days. */
  public record Slip(String stage, int fromDays, int toDays) {}

  /** A stage's win rate (a fraction: 0.40 is 40%) and its kind: "won", "lost" or "open". */
  public record StageRate(String stage, BigDecimal rate, String kind) {}

  /**
   * One participant's (or the total's) figures for one period.
   *
   * @param earnedSoFar the payout with only the deals credited up to the as-of date
   * @param stageWeighted the payout with each open deal won at its amount x its stage's win rate,
   *     on its expected close date
   * @param mean the mean of the simulated payouts
   * @param allWon the payout with every open deal won in full
   */
  public record Row(
      String participant,
      String period,
      BigDecimal earnedSoFar,
      BigDecimal stageWeighted,
      BigDecimal mean,
      BigDecimal p10,
      BigDecimal p50,
      BigDecimal p90,
      BigDecimal allWon) {}

  /** How often the plan's whole payout exceeded the budget, and by how much on average. */
  public record Budget(BigDecimal amount, int runsOver, int runs, BigDecimal expectedOverrun) {
    /** The share of runs over budget, a fraction rounded to 0.01%. */
    public BigDecimal probabilityOver() {
      return BigDecimal.valueOf(runsOver)
          .divide(BigDecimal.valueOf(runs), 4, RoundingMode.HALF_EVEN);
    }
  }

  /** A team's cost of sales (payout / bookings, a fraction) over the open periods. */
  public record TeamCost(
      String team, BigDecimal stageWeighted, BigDecimal p10, BigDecimal p50, BigDecimal p90) {}

  /**
   * Plan B on the same simulated outcomes (common random numbers): its totals, and the distribution
   * of B's total minus A's, run by run.
   */
  public record Versus(String planName, List<Row> totals, Row year, List<Row> difference) {}
}

/**
 * `compass forecast` (issue 18, SEMANTICS 12): what the open pipeline could pay. The win rates of
 * the stages (the plan's or learned), the open deals as of a date, and the plan evaluated on what
 * was earned so far, on the stage-weighted pipeline and on seeded, reproducible Monte Carlo
 * outcomes run in parallel ({@link compass.forecast.Forecaster}). Front ends reach it through
 * {@code compass.api.Forecasts} and get a {@link compass.result.Forecast}.
 */
package compass.forecast;

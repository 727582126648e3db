package compass.ast;

import compass.source.Span;
import java.time.LocalDate;

/**
 * The plan header. Settings the plan leaves out are null here; the checker applies defaults (fiscal
 * year from January, half-even rounding, adjustments paid next period) and reports what is missing.
 */
public record Header(
    String name,
    String version,
    Named currency,
    Named fiscalStart,
    Named frequency,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    Span effectiveSpan,
    Named rounding,
    Named adjustments,
    Span span) {

  /** Issue 16: {@code adjustments held to year end}; the default pays them in the next period. */
  public static final String HELD_TO_YEAR_END = "held to year end";

  public static final String PAID_NEXT_PERIOD = "paid next period";
}

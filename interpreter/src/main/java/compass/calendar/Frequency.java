package compass.calendar;

import java.util.Locale;
import java.util.Optional;

/**
 * A pay period length (SEMANTICS 2): month, quarter, half year or year, or a week or two weeks
 * (issue 15.5). Weekly periods are counted in days, not months: see {@link #days()} and
 * docs/language/periods.md.
 */
public enum Frequency {
  MONTH(1, 0, "month"),
  QUARTER(3, 0, "quarter"),
  HALF(6, 0, "half"),
  YEAR(12, 0, "year"),
  WEEK(0, 7, "week"),
  TWO_WEEKS(0, 14, "two weeks");

  private final int months;
  private final int days;
  private final String unitName;

  Frequency(int months, int days, String unitName) {
    this.months = months;
    this.days = days;
    this.unitName = unitName;
  }

  /** Number of months in one period: 1, 3, 6 or 12; 0 for the weekly frequencies. */
  public int months() {
    return months;
  }

  /** Number of days in one weekly period: 7 or 14; 0 for the frequencies counted in months. */
  public int days() {
    return days;
  }

  /** Whether periods of this frequency are weeks (counted in days from an anchor date). */
  public boolean weekly() {
    return days > 0;
  }

  /**
   * Number of periods of this frequency in a fiscal year: 12, 4, 2 or 1; for weeks the most a year
   * can hold, 53 weeks or 27 two-week periods (the last one may be cut short at the year end).
   */
  public int periodsPerYear() {
    return weekly() ? (366 + days - 1) / days : 12 / months;
  }

  /** The singular unit name as written in plans: month, quarter, half, year. */
  public String unitName() {
    return unitName;
  }

  /**
   * Reads a frequency as a plan writes it ("monthly", "quarter", "semiannual", "annually" ...),
   * ignoring case; empty for anything else.
   */
  public static Optional<Frequency> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    switch (text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)) {
      case "monthly":
      case "month":
        return Optional.of(MONTH);
      case "quarterly":
      case "quarter":
        return Optional.of(QUARTER);
      case "half":
      case "halfyearly":
      case "half_yearly":
      case "semiannual":
        return Optional.of(HALF);
      case "weekly":
      case "week":
        return Optional.of(WEEK);
      case "biweekly":
      case "fortnightly":
      case "every two weeks":
      case "two weeks":
        return Optional.of(TWO_WEEKS);
      case "yearly":
      case "annually":
      case "annual":
      case "year":
        return Optional.of(YEAR);
      default:
        return Optional.empty();
    }
  }
}

package compass.calendar;

import java.util.Locale;
import java.util.Optional;

/** A pay period length: month, quarter, half year or year (SEMANTICS 2). */
public enum Frequency {
  MONTH(1, "month"),
  QUARTER(3, "quarter"),
  HALF(6, "half"),
  YEAR(12, "year");

  private final int months;
  private final String unitName;

  Frequency(int months, String unitName) {
    this.months = months;
    this.unitName = unitName;
  }

  /** Number of months in one period: 1, 3, 6 or 12. */
  public int months() {
    return months;
  }

  /** Number of periods of this frequency in a fiscal year: 12, 4, 2 or 1. */
  public int periodsPerYear() {
    return 12 / months;
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
    switch (text.trim().toLowerCase(Locale.ROOT)) {
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

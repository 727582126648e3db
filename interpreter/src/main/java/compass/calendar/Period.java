package compass.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One period of a fiscal calendar: its frequency, fiscal year, 1-based index inside that year, its
 * first and last day (both inclusive, SEMANTICS 2) and its canonical label.
 */
public record Period(
    Frequency frequency, int fiscalYear, int index, LocalDate start, LocalDate end, String label) {

  public Period {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(label, "label");
    if (index < 1 || index > frequency.periodsPerYear()) {
      throw new IllegalArgumentException("index " + index + " out of range for " + frequency);
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period ends before it starts: " + start + " .. " + end);
    }
  }

  /** Whether the date falls in this period; SEMANTICS 2: both ends inclusive. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** Number of days in the period, counting both the first and the last day. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** Offset in months from the fiscal year start to this period's start (Q2 gives 3). */
  public int startMonthIndex() {
    return (index - 1) * frequency.months();
  }

  /**
   * Number of calendar months the period spans; a week counts as the one month it starts in (a ramp
   * share of a week is that month's, SEMANTICS 4).
   */
  public int monthCount() {
    return frequency.weekly() ? 1 : frequency.months();
  }
}

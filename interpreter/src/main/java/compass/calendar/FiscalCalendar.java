package compass.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fiscal calendar defined by the month its years start in (SEMANTICS 2): fiscal years are named
 * after the calendar year in which they start, so with a February start FY2027 runs 2027-02-01 ..
 * 2028-01-31. It builds periods and reads and writes their labels.
 */
public final class FiscalCalendar {

  /** Smallest and largest fiscal year accepted, so every label has a four-digit year. */
  public static final int MIN_YEAR = 1;

  public static final int MAX_YEAR = 9998;

  private static final Pattern MONTH_LABEL = Pattern.compile("([0-9]{4})-([0-9]{2})");
  private static final Pattern YEAR_LABEL = Pattern.compile("FY([0-9]{4})");
  private static final Pattern PART_LABEL =
      Pattern.compile("(FY)?([0-9]{4})-(?:([QH])([0-9])|([WP])([0-9]{2}))");

  private final int startMonth;
  private final LocalDate weekAnchor;

  /** A calendar whose fiscal years start on the first day of {@code fiscalStartMonth} (1..12). */
  public FiscalCalendar(int fiscalStartMonth) {
    this(fiscalStartMonth, null);
  }

  /**
   * A calendar with weekly pay periods too (issue 15.5): week 1 and two-week period 1 of the
   * anchor's fiscal year start on {@code weekAnchor} (the plan's effective start), each following
   * period the day after the one before, and the last one is cut at the fiscal year end so no pay
   * period straddles two years. Null for a calendar of months only.
   */
  public FiscalCalendar(int fiscalStartMonth, LocalDate weekAnchor) {
    if (fiscalStartMonth < 1 || fiscalStartMonth > 12) {
      throw new IllegalArgumentException("fiscal start month must be 1..12: " + fiscalStartMonth);
    }
    this.startMonth = fiscalStartMonth;
    this.weekAnchor = weekAnchor;
  }

  /** The first day of the first weekly pay period, or null when the calendar has no weeks. */
  public LocalDate weekAnchor() {
    return weekAnchor;
  }

  /** The month fiscal years start in, January = 1. */
  public int startMonth() {
    return startMonth;
  }

  /** The fiscal year a date belongs to: the calendar year in which that fiscal year started. */
  public int fiscalYearOf(LocalDate date) {
    // SEMANTICS 2: fiscal years are named after the calendar year in which they start
    return date.getMonthValue() >= startMonth ? date.getYear() : date.getYear() - 1;
  }

  /** The first day of fiscal year {@code fy}. */
  public LocalDate yearStart(int fy) {
    checkYear(fy);
    return LocalDate.of(fy, startMonth, 1);
  }

  /** The last day (inclusive) of fiscal year {@code fy}. */
  public LocalDate yearEnd(int fy) {
    return yearStart(fy).plusYears(1).minusDays(1);
  }

  /** The {@code index}-th (1-based) period of frequency {@code f} in fiscal year {@code fy}. */
  public Period period(Frequency f, int fy, int index) {
    checkIndex(f, index);
    if (f.weekly()) return week(f, fy, index);
    LocalDate start = yearStart(fy).plusMonths((long) (index - 1) * f.months());
    // SEMANTICS 2: end inclusive, so the day before the next period starts
    LocalDate end = start.plusMonths(f.months()).minusDays(1);
    return new Period(f, fy, index, start, end, label(f, fy, index));
  }

  /** All periods of frequency {@code f} in fiscal year {@code fy}, in order. */
  public List<Period> periods(Frequency f, int fy) {
    if (f.weekly()) {
      List<Period> weeks = new ArrayList<>();
      for (int i = 1; i <= f.periodsPerYear() && hasWeek(f, fy, i); i++) weeks.add(week(f, fy, i));
      return List.copyOf(weeks);
    }
    List<Period> result = new ArrayList<>(f.periodsPerYear());
    for (int i = 1; i <= f.periodsPerYear(); i++) {
      result.add(period(f, fy, i));
    }
    return List.copyOf(result);
  }

  /** The period of frequency {@code f} that contains {@code date} (SEMANTICS 2). */
  public Period periodContaining(Frequency f, LocalDate date) {
    if (f.weekly()) {
      int fy = fiscalYearOf(date);
      if (weekAnchor == null || fiscalYearOf(weekAnchor) != fy || date.isBefore(weekAnchor))
        throw new IllegalArgumentException("no " + f.unitName() + " pay period holds " + date);
      return week(f, fy, (int) ((date.toEpochDay() - weekAnchor.toEpochDay()) / f.days()) + 1);
    }
    int fy = fiscalYearOf(date);
    int monthOffset = Math.floorMod(date.getMonthValue() - startMonth, 12);
    return period(f, fy, monthOffset / f.months() + 1);
  }

  /**
   * The canonical label of a period. Months are always the calendar month ({@code 2027-03}); years
   * are {@code FY2027}; quarters and halves are {@code 2027-Q1} and {@code 2027-H2} with a January
   * start, {@code FY2027-Q1} and {@code FY2027-H1} with any other start month.
   */
  public String label(Frequency f, int fy, int index) {
    checkYear(fy);
    checkIndex(f, index);
    switch (f) {
      case MONTH:
        LocalDate first = LocalDate.of(fy, startMonth, 1).plusMonths(index - 1L);
        return String.format(
            java.util.Locale.ROOT, "%04d-%02d", first.getYear(), first.getMonthValue());
      case QUARTER:
        return partPrefix(fy) + "-Q" + index;
      case HALF:
        return partPrefix(fy) + "-H" + index;
      case YEAR:
        return String.format(java.util.Locale.ROOT, "FY%04d", fy);
      case WEEK:
        return partPrefix(fy) + String.format(java.util.Locale.ROOT, "-W%02d", index);
      case TWO_WEEKS:
        return partPrefix(fy) + String.format(java.util.Locale.ROOT, "-P%02d", index);
      default:
        throw new IllegalStateException("unknown frequency " + f);
    }
  }

  /**
   * Reads a period label, case-sensitively: {@code 2027-03}, {@code FY2027}, and quarters and
   * halves as {@code FY2027-Q1} / {@code FY2027-H1}. A bare {@code 2027-Q1} or {@code 2027-H1} is
   * accepted only with a January start; with any other start month it names a calendar quarter that
   * is not a fiscal period, so the result is empty. Nonsense ({@code 2027-Q5}, {@code 2027-13},
   * {@code FY20x}) is empty too. The returned period carries the canonical label.
   */
  public Optional<Period> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = MONTH_LABEL.matcher(text);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        return Optional.empty();
      }
      LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), month, 1);
      return inRange(fiscalYearOf(first))
          ? Optional.of(periodContaining(Frequency.MONTH, first))
          : Optional.empty();
    }
    m = YEAR_LABEL.matcher(text);
    if (m.matches()) {
      return build(Frequency.YEAR, Integer.parseInt(m.group(1)), 1);
    }
    m = PART_LABEL.matcher(text);
    if (m.matches()) {
      if (m.group(1) == null && startMonth != 1) {
        return Optional.empty(); // a calendar quarter/half, not a fiscal one
      }
      if (m.group(5) != null) { // a week or two-week period: only on a calendar with weeks
        Frequency f = m.group(5).equals("W") ? Frequency.WEEK : Frequency.TWO_WEEKS;
        int fy = Integer.parseInt(m.group(2)), index = Integer.parseInt(m.group(6));
        if (!inRange(fy) || index < 1 || index > f.periodsPerYear() || !hasWeek(f, fy, index))
          return Optional.empty();
        return Optional.of(week(f, fy, index));
      }
      Frequency f = m.group(3).equals("Q") ? Frequency.QUARTER : Frequency.HALF;
      return build(f, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4)));
    }
    return Optional.empty();
  }

  /** Whether fiscal year {@code fy} has a weekly period {@code index}: it starts in the year. */
  private boolean hasWeek(Frequency f, int fy, int index) {
    return weekAnchor != null
        && fiscalYearOf(weekAnchor) == fy
        && !weekStart(f, index).isAfter(yearEnd(fy));
  }

  private LocalDate weekStart(Frequency f, int index) {
    return weekAnchor.plusDays((long) (index - 1) * f.days());
  }

  /** Week {@code index}: {@code days()} days from the anchor on, cut at the fiscal year end. */
  private Period week(Frequency f, int fy, int index) {
    if (!hasWeek(f, fy, index))
      throw new IllegalArgumentException(
          "fiscal year " + fy + " has no " + f.unitName() + " pay period " + index);
    LocalDate start = weekStart(f, index);
    LocalDate end = start.plusDays(f.days() - 1L);
    if (end.isAfter(yearEnd(fy))) end = yearEnd(fy); // no pay period straddles two years
    return new Period(f, fy, index, start, end, label(f, fy, index));
  }

  private Optional<Period> build(Frequency f, int fy, int index) {
    if (!inRange(fy) || index < 1 || index > f.periodsPerYear()) {
      return Optional.empty();
    }
    return Optional.of(period(f, fy, index));
  }

  private String partPrefix(int fy) {
    return startMonth == 1
        ? String.format(java.util.Locale.ROOT, "%04d", fy)
        : String.format(java.util.Locale.ROOT, "FY%04d", fy);
  }

  private static boolean inRange(int fy) {
    return fy >= MIN_YEAR && fy <= MAX_YEAR;
  }

  private static void checkIndex(Frequency f, int index) {
    Objects.requireNonNull(f, "frequency");
    if (index < 1 || index > f.periodsPerYear()) {
      throw new IllegalArgumentException(
          f.unitName() + " index must be 1.." + f.periodsPerYear() + ": " + index);
    }
  }

  private static void checkYear(int fy) {
    if (!inRange(fy)) {
      throw new IllegalArgumentException(
          "fiscal year must be " + MIN_YEAR + ".." + MAX_YEAR + ": " + fy);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FiscalCalendar c
        && c.startMonth == startMonth
        && Objects.equals(c.weekAnchor, weekAnchor);
  }

  @Override
  public int hashCode() {
    return weekAnchor == null ? startMonth : Objects.hash(startMonth, weekAnchor);
  }

  @Override
  public String toString() {
    return "FiscalCalendar[startMonth="
        + startMonth
        + (weekAnchor == null ? "" : ", weeks from " + weekAnchor)
        + "]";
  }
}

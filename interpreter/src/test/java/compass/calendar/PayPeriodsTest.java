package compass.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Period labels resolve to the plan's pay periods one way, for run --period, the REPL and `expect`.
 */
class PayPeriodsTest {
  private static final FiscalCalendar JANUARY = new FiscalCalendar(1);
  private static final FiscalCalendar APRIL = new FiscalCalendar(4);

  /**
   * plan: Q = quarterly FY2027, M = monthly FY2027, L = quarterly from Q2 only (a late start), A =
   * April-start quarterly.
   */
  private static List<Period> plan(String kind) {
    return switch (kind) {
      case "Q" -> JANUARY.periods(Frequency.QUARTER, 2027);
      case "M" -> JANUARY.periods(Frequency.MONTH, 2027);
      case "L" -> new ArrayList<>(JANUARY.periods(Frequency.QUARTER, 2027)).subList(1, 4);
      case "A" -> APRIL.periods(Frequency.QUARTER, 2027);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  // expected: "none", or from-to and whether the label covers them exactly; worked out from the
  // calendar by hand
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "Q, 2027-Q1, 0-0 exact",
    "Q, 2027-Q4, 3-3 exact",
    "Q, 2027-H2, 2-3 exact",
    "Q, FY2027, 0-3 exact",
    "Q, 2027-03, none", // a month inside a quarter holds no whole pay period
    "Q, 2027-Q5, none",
    "Q, FY2028, none",
    "M, 2027-Q1, 0-2 exact",
    "M, 2027-03, 2-2 exact",
    "L, FY2027, 0-2 partial", // the plan starts in Q2: the year holds three of its quarters
    "L, 2027-Q2, 0-0 exact",
    "A, FY2027-Q1, 0-0 exact", // April start: the first quarter of the fiscal year
    "A, 2027-Q1, none", // a calendar quarter is no fiscal period with an April start
  })
  void resolves(String kind, String label, String expected) {
    PayPeriods.Span span =
        PayPeriods.resolve(plan(kind), kind.equals("A") ? APRIL : JANUARY, label);
    String got =
        span == null
            ? "none"
            : span.from() + "-" + span.to() + " " + (span.exact() ? "exact" : "partial");
    assertEquals(expected, got);
  }
}

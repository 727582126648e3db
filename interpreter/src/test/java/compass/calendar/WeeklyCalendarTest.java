package compass.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Weekly and two-week pay periods (issue 15.5): counted from the plan's effective start (the
 * anchor), 7 or 14 days each, the last one cut at the fiscal year end. 2027-01-01 is a Friday, so
 * weeks anchored there run Friday to Thursday.
 */
class WeeklyCalendarTest {
  private static final FiscalCalendar FROM_JAN_1 = new FiscalCalendar(1, LocalDate.of(2027, 1, 1));

  @ParameterizedTest(name = "{0} {1} = {2}..{3} {4}")
  @CsvSource({
    // week n starts on 2027-01-01 + 7 (n - 1) days
    "WEEK, 1, 2027-01-01, 2027-01-07, 2027-W01",
    "WEEK, 5, 2027-01-29, 2027-02-04, 2027-W05",
    // week 13 straddles the quarter end (Mar 26 .. Apr 1): 6 days of Q1, 1 of Q2
    "WEEK, 13, 2027-03-26, 2027-04-01, 2027-W13",
    // 1 + 7 x 51 = day 358 of the year: Dec 24
    "WEEK, 52, 2027-12-24, 2027-12-30, 2027-W52",
    // 365 days = 52 weeks and 1 day: week 53 is Dec 31 alone, cut at the year end
    "WEEK, 53, 2027-12-31, 2027-12-31, 2027-W53",
    "TWO_WEEKS, 1, 2027-01-01, 2027-01-14, 2027-P01",
    "TWO_WEEKS, 3, 2027-01-29, 2027-02-11, 2027-P03",
    // 1 + 14 x 25 = day 351: Dec 17
    "TWO_WEEKS, 26, 2027-12-17, 2027-12-30, 2027-P26",
    "TWO_WEEKS, 27, 2027-12-31, 2027-12-31, 2027-P27"
  })
  void weeksCountFromTheAnchor(Frequency f, int index, String start, String end, String label) {
    Period p = FROM_JAN_1.period(f, 2027, index);
    assertEquals(LocalDate.parse(start), p.start());
    assertEquals(LocalDate.parse(end), p.end());
    assertEquals(label, p.label());
    assertEquals(p, FROM_JAN_1.parse(label).orElseThrow());
    assertEquals(p, FROM_JAN_1.periodContaining(f, LocalDate.parse(end)));
  }

  @Test
  void aYearHas53WeeksOr27TwoWeekPeriodsAndEveryDayIsInOne() {
    for (Frequency f : List.of(Frequency.WEEK, Frequency.TWO_WEEKS)) {
      List<Period> all = FROM_JAN_1.periods(f, 2027);
      assertEquals(f == Frequency.WEEK ? 53 : 27, all.size());
      long days = all.stream().mapToLong(Period::days).sum();
      assertEquals(365, days, "every day of 2027 once");
      for (int i = 1; i < all.size(); i++)
        assertEquals(all.get(i - 1).end().plusDays(1), all.get(i).start());
    }
  }

  @Test
  void aMondayAnchorCutsTheLastWeekAtTheYearEnd() {
    // 2027-01-04 is a Monday; week 52 would run Dec 27 .. Jan 2: cut to Dec 27 .. Dec 31 (5 days)
    FiscalCalendar cal = new FiscalCalendar(1, LocalDate.of(2027, 1, 4));
    List<Period> weeks = cal.periods(Frequency.WEEK, 2027);
    assertEquals(52, weeks.size());
    Period last = weeks.get(51);
    assertEquals(LocalDate.of(2027, 12, 27), last.start());
    assertEquals(LocalDate.of(2027, 12, 31), last.end());
    assertEquals(5, last.days());
  }

  @Test
  void anOctoberYearWritesFyBeforeTheWeek() {
    FiscalCalendar cal = new FiscalCalendar(10, LocalDate.of(2027, 10, 1));
    Period first = cal.period(Frequency.WEEK, 2027, 1);
    assertEquals("FY2027-W01", first.label());
    assertEquals(first, cal.parse("FY2027-W01").orElseThrow());
    assertTrue(cal.parse("2027-W01").isEmpty(), "a bare year is a January year only");
  }

  @ParameterizedTest
  @CsvSource({"2027-W00", "2027-W54", "2027-W5", "2027-P28", "2026-W01", "2028-W01", "2027-X01"})
  void nonsenseWeeksAreNotPeriods(String label) {
    assertTrue(FROM_JAN_1.parse(label).isEmpty(), label);
  }

  @Test
  void aCalendarOfMonthsHasNoWeeks() {
    FiscalCalendar months = new FiscalCalendar(1);
    assertTrue(months.parse("2027-W05").isEmpty());
    assertTrue(months.periods(Frequency.WEEK, 2027).isEmpty());
    assertEquals("2027-Q1", months.parse("2027-Q1").orElseThrow().label(), "unchanged");
    assertFalse(months.equals(FROM_JAN_1));
  }

  @Test
  void labelsResolveToWeeks() {
    List<Period> weeks = FROM_JAN_1.periods(Frequency.WEEK, 2027);
    PayPeriods.Span w5 = PayPeriods.resolve(weeks, FROM_JAN_1, "2027-W05");
    assertTrue(w5.single());
    assertEquals(4, w5.from());
    // two-week period 3 (Jan 29 .. Feb 11) is weeks 5 and 6 exactly
    PayPeriods.Span p3 = PayPeriods.resolve(weeks, FROM_JAN_1, "2027-P03");
    assertEquals(new PayPeriods.Span(4, 5, true), p3);
    // Q1 holds weeks 1 to 12 whole; week 13 straddles its end, so the span is not exact
    assertEquals(
        new PayPeriods.Span(0, 11, false), PayPeriods.resolve(weeks, FROM_JAN_1, "2027-Q1"));
    // a week on a plan paid every two weeks lies inside no pay period
    List<Period> pairs = FROM_JAN_1.periods(Frequency.TWO_WEEKS, 2027);
    assertNull(PayPeriods.resolve(pairs, FROM_JAN_1, "2027-W05"));
    assertEquals("2027-W01 .. 2027-W53", PayPeriods.labels(weeks));
  }
}

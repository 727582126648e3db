package compass.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalCalendarTest {

  private static final FiscalCalendar JANUARY = new FiscalCalendar(1);
  private static final FiscalCalendar FEBRUARY = new FiscalCalendar(2);

  @Test
  void semantics2FebruaryStartFy2027Q1() {
    // SEMANTICS 2: with a fiscal year starting in February, FY2027-Q1 is 2027-02-01 .. 2027-04-30
    Period q1 = FEBRUARY.parse("FY2027-Q1").orElseThrow();
    assertEquals(LocalDate.of(2027, 2, 1), q1.start());
    assertEquals(LocalDate.of(2027, 4, 30), q1.end());
    assertEquals(Frequency.QUARTER, q1.frequency());
    assertEquals(2027, q1.fiscalYear());
    assertEquals(1, q1.index());
    assertEquals(q1, FEBRUARY.period(Frequency.QUARTER, 2027, 1));
  }

  @Test
  void fiscalYearIsNamedAfterTheYearItStarts() {
    assertEquals(2027, FEBRUARY.fiscalYearOf(LocalDate.of(2028, 1, 15)));
    assertEquals(2028, FEBRUARY.fiscalYearOf(LocalDate.of(2028, 2, 1)));
    assertEquals(LocalDate.of(2027, 2, 1), FEBRUARY.yearStart(2027));
    assertEquals(LocalDate.of(2028, 1, 31), FEBRUARY.yearEnd(2027));
    assertEquals(2027, JANUARY.fiscalYearOf(LocalDate.of(2027, 12, 31)));
  }

  @Test
  void leapFebruaryHas29Days() {
    Period feb = JANUARY.parse("2028-02").orElseThrow();
    assertEquals(LocalDate.of(2028, 2, 29), feb.end());
    assertEquals(29, feb.days());
    assertEquals(28, JANUARY.parse("2027-02").orElseThrow().days());
    assertEquals(366, JANUARY.period(Frequency.YEAR, 2028, 1).days());
  }

  @Test
  void firstQuarterOf2027Has90Days() {
    assertEquals(90, JANUARY.period(Frequency.QUARTER, 2027, 1).days());
  }

  @ParameterizedTest
  @CsvSource({
    // start month, frequency, date, expected label
    "1, QUARTER, 2027-01-01, 2027-Q1",
    "1, QUARTER, 2027-03-31, 2027-Q1",
    "1, QUARTER, 2027-04-01, 2027-Q2",
    "1, HALF, 2027-06-30, 2027-H1",
    "1, HALF, 2027-07-01, 2027-H2",
    "1, YEAR, 2027-12-31, FY2027",
    "2, QUARTER, 2027-02-01, FY2027-Q1",
    "2, QUARTER, 2027-04-30, FY2027-Q1",
    "2, QUARTER, 2027-05-01, FY2027-Q2",
    "2, QUARTER, 2028-01-31, FY2027-Q4",
    "2, YEAR, 2028-01-31, FY2027",
    "2, MONTH, 2028-01-31, 2028-01",
    "7, HALF, 2027-06-30, FY2026-H2",
    "7, HALF, 2027-07-01, FY2027-H1",
  })
  void periodContainingBothEndsOfAPeriod(int start, Frequency f, LocalDate date, String label) {
    // SEMANTICS 2: a date belongs to the period that contains it, both ends inclusive
    Period p = new FiscalCalendar(start).periodContaining(f, date);
    assertEquals(label, p.label());
    assertTrue(p.contains(date));
  }

  @ParameterizedTest
  @CsvSource({
    // start month, label, first day, last day, frequency, fiscal year, index
    "1, 2027-03, 2027-03-01, 2027-03-31, MONTH, 2027, 3",
    "1, 2027-Q1, 2027-01-01, 2027-03-31, QUARTER, 2027, 1",
    "1, 2027-H2, 2027-07-01, 2027-12-31, HALF, 2027, 2",
    "1, FY2027, 2027-01-01, 2027-12-31, YEAR, 2027, 1",
    "2, 2027-03, 2027-03-01, 2027-03-31, MONTH, 2027, 2",
    "2, 2028-01, 2028-01-01, 2028-01-31, MONTH, 2027, 12",
    "2, FY2027-H2, 2027-08-01, 2028-01-31, HALF, 2027, 2",
    "2, FY2027, 2027-02-01, 2028-01-31, YEAR, 2027, 1",
    "4, FY2027-Q4, 2028-01-01, 2028-03-31, QUARTER, 2027, 4",
    "10, FY2026-Q1, 2026-10-01, 2026-12-31, QUARTER, 2026, 1",
    "10, 2027-09, 2027-09-01, 2027-09-30, MONTH, 2026, 12",
  })
  void parsesLabels(
      int start, String label, LocalDate first, LocalDate last, Frequency f, int fy, int index) {
    Period p = new FiscalCalendar(start).parse(label).orElseThrow();
    assertEquals(first, p.start());
    assertEquals(last, p.end());
    assertEquals(f, p.frequency());
    assertEquals(fy, p.fiscalYear());
    assertEquals(index, p.index());
    assertEquals(label, p.label());
  }

  @ParameterizedTest
  @CsvSource({"FY2027-Q1, 2027-Q1", "FY2027-H2, 2027-H2"})
  void januaryStartAcceptsFiscalPrefixAsSynonym(String text, String canonical) {
    assertEquals(canonical, JANUARY.parse(text).orElseThrow().label());
    assertEquals(JANUARY.parse(canonical), JANUARY.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2027-Q1", "2027-H1"})
  void otherStartRejectsCalendarQuartersAndHalves(String text) {
    // Not a fiscal period when the year starts in February.
    assertEquals(Optional.empty(), FEBRUARY.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2027-Q5", "2027-Q0", "2027-H3", "2027-13", "2027-00", "2027-1", "27-01", "FY20x", "FY27",
        "2027", "fy2027", "2027-q1", "FY2027-Q1 ", " 2027-01", "", "FY0000", "FY2027-M1", "2027-Q12"
      })
  void rejectsNonsense(String text) {
    assertEquals(Optional.empty(), JANUARY.parse(text));
    assertEquals(Optional.empty(), FEBRUARY.parse(text));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 6, 7, 10, 11, 12})
  void labelsRoundTripForAllFrequencies(int startMonth) {
    FiscalCalendar cal = new FiscalCalendar(startMonth);
    for (int fy = 2026; fy <= 2028; fy++) {
      for (Frequency f : Frequency.values()) {
        for (Period p : cal.periods(f, fy)) {
          assertEquals(Optional.of(p), cal.parse(p.label()), p.label());
          assertEquals(p, cal.periodContaining(f, p.start()));
          assertEquals(p, cal.periodContaining(f, p.end()));
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 12})
  void periodsTileTheFiscalYear(int startMonth) {
    FiscalCalendar cal = new FiscalCalendar(startMonth);
    for (Frequency f : Frequency.values()) {
      if (f.weekly()) continue; // weeks need an anchor date: WeeklyCalendarTest
      List<Period> ps = cal.periods(f, 2027);
      assertEquals(f.periodsPerYear(), ps.size());
      assertEquals(cal.yearStart(2027), ps.get(0).start());
      assertEquals(cal.yearEnd(2027), ps.get(ps.size() - 1).end());
      for (int i = 1; i < ps.size(); i++) {
        assertEquals(ps.get(i - 1).end().plusDays(1), ps.get(i).start());
        assertEquals(ps.get(i).index() * f.months() - f.months(), ps.get(i).startMonthIndex());
      }
    }
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> new FiscalCalendar(0));
    assertThrows(IllegalArgumentException.class, () -> new FiscalCalendar(13));
    assertThrows(IllegalArgumentException.class, () -> JANUARY.period(Frequency.QUARTER, 2027, 5));
    assertThrows(IllegalArgumentException.class, () -> JANUARY.period(Frequency.MONTH, 2027, 0));
    assertThrows(IllegalArgumentException.class, () -> JANUARY.label(Frequency.HALF, 2027, 3));
  }

  /** Issue 12: labels are ASCII whatever the default locale (Arabic once gave ٢٠٢٧-Q1). */
  @Test
  void labelsUseAsciiDigitsUnderArabicAndPersianLocales() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      for (String tag : new String[] {"ar-EG", "fa-IR", "hi-IN-u-nu-deva", "th-TH-u-nu-thai"}) {
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag(tag));
        assertEquals("2027-Q1", JANUARY.label(Frequency.QUARTER, 2027, 1), tag);
        assertEquals("2027-03", JANUARY.label(Frequency.MONTH, 2027, 3), tag);
        assertEquals("FY2027", JANUARY.label(Frequency.YEAR, 2027, 1), tag);
        assertEquals("FY2027-H2", FEBRUARY.label(Frequency.HALF, 2027, 2), tag);
      }
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }
}

package compass.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrequencyTest {

  @ParameterizedTest
  @CsvSource({
    "monthly, MONTH",
    "month, MONTH",
    "Monthly, MONTH",
    "quarterly, QUARTER",
    "quarter, QUARTER",
    "half, HALF",
    "halfyearly, HALF",
    "half_yearly, HALF",
    "semiannual, HALF",
    "yearly, YEAR",
    "annually, YEAR",
    "annual, YEAR",
    "year, YEAR",
    // issue 15.5: pay periods of weeks
    "weekly, WEEK",
    "Weekly, WEEK",
    "week, WEEK",
    "biweekly, TWO_WEEKS",
    "fortnightly, TWO_WEEKS",
    "every two weeks, TWO_WEEKS",
    "'every  two weeks', TWO_WEEKS"
  })
  void parsesPlanWords(String text, Frequency expected) {
    assertEquals(Optional.of(expected), Frequency.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "weeks",
        "every week",
        "every three weeks",
        "months",
        "q",
        "half year",
        "biannual"
      })
  void rejectsOtherWords(String text) {
    assertTrue(Frequency.parse(text).isEmpty());
  }

  @Test
  void rejectsNull() {
    assertTrue(Frequency.parse(null).isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
    "MONTH, 1, 12, month",
    "QUARTER, 3, 4, quarter",
    "HALF, 6, 2, half",
    "YEAR, 12, 1, year",
    // a year of weeks holds at most 53 (366 days = 52 weeks and 2 days), or 27 two-week periods
    "WEEK, 0, 53, week",
    "TWO_WEEKS, 0, 27, two weeks"
  })
  void monthsPeriodsAndUnitNames(Frequency f, int months, int perYear, String unit) {
    assertEquals(months, f.months());
    assertEquals(perYear, f.periodsPerYear());
    assertEquals(unit, f.unitName());
  }
}

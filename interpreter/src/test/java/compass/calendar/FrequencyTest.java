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
    "year, YEAR"
  })
  void parsesPlanWords(String text, Frequency expected) {
    assertEquals(Optional.of(expected), Frequency.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "weekly", "months", "q", "half year", "biannual"})
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
    "YEAR, 12, 1, year"
  })
  void monthsPeriodsAndUnitNames(Frequency f, int months, int perYear, String unit) {
    assertEquals(months, f.months());
    assertEquals(perYear, f.periodsPerYear());
    assertEquals(unit, f.unitName());
  }
}

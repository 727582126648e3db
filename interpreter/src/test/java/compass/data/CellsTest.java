package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2027-06-14", "2027-02-28", "2027-02-29", "2028-02-29", "2100-02-29", "2000-02-29",
    "2027-04-31", "2027-13-01", "2027-00-10", "2027-01-00", "0000-01-01", "9999-12-31",
    "2027-1-05", "27-01-05", "2027/01/05", "+12345-01-01", "2027-01-05x", "2027-01-0a"
  })
  void fastDatePathAgreesWithTheStrictFormatter(String text) {
    int expected;
    try {
      expected = (int) Cells.ISO_DATE.parse(text).getLong(ChronoField.EPOCH_DAY);
    } catch (DateTimeParseException e) {
      expected = Integer.MIN_VALUE;
    }
    int actual = Cells.parseDate(text.toCharArray(), 0, text.length());
    if (actual == Cells.NO_SUCH_DATE) actual = Cells.BAD_DATE;
    assertEquals(expected, actual);
  }

  @Test
  void epochDayAgreesWithLocalDateOnEveryDayOfFourDigitYears() {
    for (LocalDate d = LocalDate.of(0, 1, 1); d.getYear() <= 9999; d = d.plusDays(1)) {
      if (Cells.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()) != d.toEpochDay()) {
        assertEquals(
            d.toEpochDay(),
            Cells.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
            d.toString());
      }
    }
  }

  @Test
  void noSuchDateIsToldApartFromAWrongShape() {
    assertEquals(Cells.NO_SUCH_DATE, Cells.parseDate("2027-02-30".toCharArray(), 0, 10));
    assertEquals(Cells.BAD_DATE, Cells.parseDate("30.02.2027".toCharArray(), 0, 10));
    assertEquals(
        LocalDate.of(2028, 2, 29).toEpochDay(), Cells.parseDate("2028-02-29".toCharArray(), 0, 10));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0, 0",
    "-0, 0",
    "42, 42",
    "-42, -42",
    "007, 7",
    "9223372036854775807, 9223372036854775807",
    "-9223372036854775808, -9223372036854775808",
    "0009223372036854775807, 9223372036854775807"
  })
  void integersParseAcrossTheWholeLongRange(String text, long expected) {
    char[] c = text.toCharArray();
    assertEquals(Cells.INT_OK, Cells.integerStatus(c, 0, c.length));
    assertEquals(expected, Cells.parseLong(c, 0, c.length));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "9223372036854775808, 2",
    "-9223372036854775809, 2",
    "99999999999999999999, 2",
    "'', 1",
    "-, 1",
    "1.0, 1",
    "+1, 1",
    "1 000, 1"
  })
  void integerStatusRejects(String text, int status) {
    char[] c = text.toCharArray();
    assertEquals(status, Cells.integerStatus(c, 0, c.length));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0, true",
    "-0.5, true",
    "1000.00, true",
    "'', false",
    "-, false",
    ".5, false",
    "5., false",
    "1e5, false",
    "+1, false",
    "1.2.3, false",
    "'1,5', false",
    "--1, false"
  })
  void plainDecimalShape(String text, boolean plain) {
    assertEquals(plain, Cells.isPlainDecimal(text.toCharArray(), 0, text.length()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"0, 0", "0.0012, 2", "1000.00, 6", "-00012.50, 4", "123456789012345678, 18"})
  void significantDigits(String text, int digits) {
    assertEquals(digits, Cells.significantDigits(text.toCharArray(), 0, text.length()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'1,000.00', 1000.00",
    "'1.000,50', 1000.50",
    "'12,5', 12.5",
    "'-1,234,567', -1234567"
  })
  void separatorAdviceShowsThePlainForm(String raw, String plain) {
    assertEquals(
        "write numbers without thousands separators, with a dot for decimals, e.g. " + plain,
        Cells.numberAdvice(raw));
  }

  @Test
  void suggestionsIgnoreCaseAndStopAtDistanceTwo() {
    var names = java.util.List.of("closed_won", "closed_lost", "prospecting");
    assertEquals("closed_won", compass.diag.Suggestions.closest("Closed_Won", names, 2));
    assertEquals("closed_won", compass.diag.Suggestions.closest("closed-won", names, 2));
    assertEquals(null, compass.diag.Suggestions.closest("won", names, 2));
  }
}

package compass.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one amount formatter, used by notes, checks, the REPL's reasons and the CLI's tables. */
class GroupingTest {
  @ParameterizedTest(name = "{0} -> {1} / {2} / {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // value | grouped | with 2 minor units | signed (worked out by hand: a comma every three
        // digits)
        "0 | 0 | 0.00 | +0",
        "999.5 | 999.5 | 999.50 | +999.5",
        "1000 | 1,000 | 1,000.00 | +1,000",
        "-1234567.891 | -1,234,567.891 | -1,234,567.891 | -1,234,567.891",
        "1E+6 | 1,000,000 | 1,000,000.00 | +1,000,000",
        "123456 | 123,456 | 123,456.00 | +123,456",
        "-0.05 | -0.05 | -0.05 | -0.05",
      })
  void groups(String value, String grouped, String cents, String signed) {
    BigDecimal v = new BigDecimal(value);
    assertEquals(grouped, Grouping.grouped(v));
    assertEquals(cents, Grouping.grouped(v, 2));
    assertEquals(signed, Grouping.signed(v));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.125, 12.5%",
    "1, 100%",
    "1.00, 100%",
    "0.6, 60%",
    "-0.05, -5%",
    "0.333333, 33.3333%"
  })
  void percents(String fraction, String shown) {
    assertEquals(
        shown,
        Grouping.percent(new BigDecimal(fraction))); // the point moved two places, zeros dropped
  }
}

package compass.cli;

import static compass.cli.Results.line;
import static compass.cli.Results.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class TableFormatTest {

  @Test
  void alignsColumnsGroupsThousandsAndTotals() {
    String table =
        StatementWriter.write(
            Results.summary(
                row("ann", "2027-Q1", "10100.00", "10100.00", "USD"),
                row("bartholomew", "2027-Q1", "1234567.5", "1234567.50", "USD"),
                row("cy", "2027-Q1", "0", "-42.00", "USD")),
            Format.TABLE,
            false);
    assertEquals(
        ""
            + "participant  period         payout           ytd  currency\n"
            + "ann          2027-Q1     10,100.00     10,100.00  USD\n"
            + "bartholomew  2027-Q1  1,234,567.50  1,234,567.50  USD\n"
            + "cy           2027-Q1          0.00        -42.00  USD\n"
            + "total                 1,244,667.50                USD\n",
        table);
  }

  @Test
  void oneTotalPerCurrency() {
    String table =
        StatementWriter.write(
            Results.summary(
                row("ann", "2027-Q1", "100.00", "100.00", "USD"),
                row("eva", "2027-Q1", "2000.00", "2000.00", "EUR"),
                row("ken", "2027-Q1", "300000", "300000", "JPY"),
                row("bob", "2027-Q1", "0.50", "0.50", "USD")),
            Format.TABLE,
            false);
    assertEquals(
        ""
            + "participant  period     payout       ytd  currency\n"
            + "ann          2027-Q1    100.00    100.00  USD\n"
            + "eva          2027-Q1  2,000.00  2,000.00  EUR\n"
            + "ken          2027-Q1   300,000   300,000  JPY\n"
            + "bob          2027-Q1      0.50      0.50  USD\n"
            + "total                   100.50            USD\n"
            + "total                 2,000.00            EUR\n"
            + "total                  300,000            JPY\n",
        table);
  }

  @Test
  void linesKeepNotesOnOneLineWithLineBreaksShownEscaped() {
    // issue 12: a line break (any control character) of the data is shown as an escape, never
    // acted on, so the row stays one line and the reader sees what the data holds
    String table =
        StatementWriter.write(
            Results.lines(
                line("ann", "Commission", "D1", "9600.00", "120,000.00 x 8%"),
                line("ann", "SPIF", "", "500.00", "two\nlines")),
            Format.TABLE,
            true);
    assertEquals(
        ""
            + "participant  period   component   deal     amount  currency  note\n"
            + "ann          2027-Q1  Commission  D1     9,600.00  USD       120,000.00 x 8%\n"
            + "ann          2027-Q1  SPIF                 500.00  USD       two\\nlines\n"
            + "total                                   10,100.00  USD\n",
        table);
  }

  @Test
  void groupingTable() {
    String[][] cases = {
      {"0", "USD", "0.00"},
      {"1", "USD", "1.00"},
      {"999.99", "USD", "999.99"},
      {"1000", "USD", "1,000.00"},
      {"-1234567.891", "USD", "-1,234,567.891"},
      {"123456789012.34", "USD", "123,456,789,012.34"},
      {"1E+6", "USD", "1,000,000.00"},
      {"5", "JPY", "5"},
      {"1234.5", "XYZ", "1,234.50"},
      {"1234.567", "BHD", "1,234.567"},
    };
    for (String[] c : cases) {
      assertEquals(c[2], Amounts.grouped(new BigDecimal(c[0]), c[1]), c[0] + " " + c[1]);
    }
  }

  @Test
  void sameOutputUnderAGermanLocale() {
    var result = Results.summary(row("ann", "2027-Q1", "1234567.89", "1234567.89", "USD"));
    Locale saved = Locale.getDefault();
    String english;
    String german;
    try {
      Locale.setDefault(Locale.US);
      english = StatementWriter.write(result, Format.TABLE, false);
      Locale.setDefault(Locale.GERMANY);
      german = StatementWriter.write(result, Format.TABLE, false);
      for (Format f : Format.values()) {
        Locale.setDefault(Locale.US);
        String a = StatementWriter.write(result, f, false);
        Locale.setDefault(Locale.GERMANY);
        assertEquals(a, StatementWriter.write(result, f, false), f.flag());
      }
    } finally {
      Locale.setDefault(saved);
    }
    assertEquals(english, german);
    assertEquals(true, german.contains("1,234,567.89"), german);
  }
}

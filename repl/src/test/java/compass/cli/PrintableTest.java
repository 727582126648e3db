package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import compass.diag.Printable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12, point 7: text from the data is shown on a terminal, never acted on. */
final class PrintableTest {

  @Test
  void escapeTable() {
    String[][] cases = {
      {
        "\u001B[2J\u001B]0;owned\u0007", "\\u001B[2J\\u001B]0;owned\\u0007"
      }, // clear screen, set the title, bell
      {"two\nlines\r\ttab", "two\\nlines\\r\\ttab"},
      {"\u0000\u007F\u009B", "\\u0000\\u007F\\u009B"}, // NUL, DEL, the C1 CSI
      {
        "\u202Eevil\u202C \u2066x\u2069 \u200F \u061C",
        "\\u202Eevil\\u202C \\u2066x\\u2069 \\u200F \\u061C"
      },
      {"\u2028\u2029", "\\u2028\\u2029"},
      {
        "Jos\u00E9 M\u00FCller \u0623\u062D\u0645\u062F \u5F20\u4F1F",
        "Jos\u00E9 M\u00FCller \u0623\u062D\u0645\u062F \u5F20\u4F1F"
      },
      {"C:\\deals", "C:\\deals"},
      {"", ""},
    };
    for (String[] c : cases) assertEquals(c[1], Printable.escape(c[0]), c[0]);
    assertEquals("", Printable.escape(null));
  }

  @Test
  void plainTextIsNotCopied() {
    String id = "O-1001";
    assertSame(id, Printable.escape(id));
  }

  @Test
  void aTableShowsAnEscapeSequenceOfTheDataEscaped() {
    String table =
        StatementWriter.write(
            Results.lines(Results.line("ann", "Commission", "D1\u001B[2J", "9600.00", "ok")),
            Format.TABLE,
            true);
    assertEquals(
        List.of(
            "participant  period   component   deal           amount  currency  note",
            "ann          2027-Q1  Commission  D1\\u001B[2J  9,600.00  USD       ok",
            "total                                          9,600.00  USD"),
        table.lines().toList());
  }
}

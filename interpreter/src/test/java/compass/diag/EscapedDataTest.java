package compass.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import compass.source.DataLocation;
import org.junit.jupiter.api.Test;

/**
 * Issue 12.7 (data in diagnostics): a control character from a data file is shown as {@code
 * \u001b}, never sent to the terminal, and the caret still points at its character.
 */
class EscapedDataTest {

  @Test
  void theExcerptAndTheMessageShowControlCharactersEscapedAndTheCaretFollows() {
    // the line d1,<ESC>[2Jx<NUL>,5: ESC (column 4) would clear the screen; the caret points
    // at the NUL, column 9, after 8 characters of which one (ESC) is shown as 6
    String line = "d1,\u001b[2Jx\u0000,5";
    Diagnostic d =
        Diagnostic.error(
                Code.E0518,
                new DataLocation("deals.csv", 2, 9, "owner", line),
                "found `\u001b[2Jx\u0000` in owner")
            .withHint("a hint with a bell\u0007");
    String expected =
        "error[E0518]: found `\\u001B[2Jx\\u0000` in owner\n"
            + " --> deals.csv:2:9 (field owner)\n"
            + "  |\n"
            + "2 | d1,\\u001B[2Jx\\u0000,5\n"
            + "  | "
            + " ".repeat(3 + 6 + 4)
            + "^\n"
            + "  = hint: a hint with a bell\\u0007\n";
    assertEquals(expected, DiagnosticRenderer.render(d));
  }

  @Test
  void nothingBelowSpaceButTabNorAnyC1OrBidiControlIsLeftRaw() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0xA0; c++) all.append(c);
    all.append("\u202E\u2066\u200F");
    String shown = Printable.escapeKeepingTabs(all.toString());
    for (char c : shown.toCharArray()) {
      assertFalse(
          c != '\t' && (Printable.isControl(c) || Printable.isBidiControl(c)),
          () -> "raw " + (int) c);
    }
    assertEquals(
        "a\\r\\nb\tc\\u009Bd\\u202E", Printable.escapeKeepingTabs("a\r\nb\tc\u009bd\u202E"));
    assertEquals("a\\tb", Printable.escape("a\tb")); // outputs show tabs too
    assertEquals("plain text, kept as it is", Printable.escape("plain text, kept as it is"));
  }
}

package compass.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Colour follows the conventions (errors red, warnings yellow, a payout going up green and down
 * red), only on a real terminal, and never with NO_COLOR set (https://no-color.org).
 */
class ColourTest {
  private static final Path AE =
      Path.of("..", "stdlib-plans", "plans", "ae-quota", "ae-quota.comp");

  @Test
  void noColorTurnsColourOffAndSoDoesAnythingButARealTerminal() {
    assertSame(Colour.ANSI, Colour.forTerminal(true, Map.of()));
    assertSame(Colour.NONE, Colour.forTerminal(true, Map.of("NO_COLOR", "1")));
    assertSame(Colour.NONE, Colour.forTerminal(true, Map.of("NO_COLOR", "yes please")));
    // the convention: set and not empty
    assertSame(Colour.ANSI, Colour.forTerminal(true, Map.of("NO_COLOR", "")));
    assertSame(Colour.NONE, Colour.forTerminal(false, Map.of()));
  }

  private static String session(Colour colour, String... commands) {
    StringWriter out = new StringWriter();
    Repl repl = Repl.onTerminal(new PrintWriter(out), 100, 60_000, colour);
    assertTrue(repl.load(AE, null));
    out.getBuffer().setLength(0);
    for (String c : commands) repl.execute("<input>", 1, c);
    return out.toString();
  }

  @Test
  void errorsAreRedHintsFaintAndDeltasGreenOrRed() {
    String shown = session(Colour.ANSI, "payot ann", "what if ann closes 20_000 on 2027-03-20");
    assertTrue(shown.startsWith("\033[1;31merror[E"), shown);
    assertTrue(shown.contains("\033[2m"), shown); // the hint
    // ann's Q1 goes up 2,560.00 and her Q3 down 960.00 (the numbers of ae-quota-whatif.out)
    assertTrue(shown.contains("  (\033[32m+2,560.00\033[0m)  bookings"), shown);
    assertTrue(shown.contains("    (\033[31m-960.00\033[0m)  bookings"), shown);
  }

  @Test
  void withoutColourTheTextIsPlain() {
    String plain = session(Colour.NONE, "payot ann", "what if ann closes 20_000 on 2027-03-20");
    assertFalse(plain.contains("\033"), plain);
    assertTrue(plain.contains("(+2,560.00)"), plain);
  }

  @Test
  void aZeroChangeStaysPlain() {
    assertEquals(
        "total 2027-Q2: 1.00 -> 1.00 (+0.00)",
        Colour.ANSI.deltas("total 2027-Q2: 1.00 -> 1.00 (+0.00)"));
  }
}

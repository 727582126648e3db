package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.testing.Golden;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * `compass explain` under a SPIF pool and a team budget (issue 15), golden text: vic's NP-0390 took
 * the last 250 of Q1's pool (the 11th Nova deal by close date: 10 x 500 + 250 = 5,250); ann of east
 * is scaled by 71,700 / 74,779.01, a line that says so.
 */
class ExplainPoolsTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "explain");

  private static String[] run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void aDealThatSpentThePool() throws Exception {
    String[] r =
        run(
            "explain",
            "../stdlib-plans/plans/new-product/new-product.comp",
            "--participant",
            "vic",
            "--period",
            "2027-Q1");
    assertEquals("0", r[0], r[2]);
    Golden.assertMatches(GOLDEN.resolve("new-product-vic-2027-Q1.txt"), r[1]);
  }

  @Test
  void aMemberScaledToTheTeamBudget() throws Exception {
    String[] r =
        run(
            "explain",
            "../stdlib-plans/plans/sales-budget/sales-budget.comp",
            "--participant",
            "ann",
            "--period",
            "2027-Q1");
    assertEquals("0", r[0], r[2]);
    Golden.assertMatches(GOLDEN.resolve("sales-budget-ann-2027-Q1.txt"), r[1]);
  }
}

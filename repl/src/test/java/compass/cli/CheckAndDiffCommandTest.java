package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} and {@code diff} in-process: flags, exit codes and what goes where. */
final class CheckAndDiffCommandTest {
  private static final String AE = "../stdlib-plans/plans/ae-quota/ae-quota.comp";
  private static final String UNUSED = "../interpreter/src/test/resources/lint/unused.comp";

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(code, out.toString(), err.toString());
  }

  @Test
  void checkRejectsAnUnknownFormat() {
    Outcome o = run("check", "--format", "xml", AE);
    assertEquals(2, o.code());
    assertTrue(
        o.err()
            .startsWith(
                "error[E0773]: invalid value `xml` for `--format` of `compass check`: expected one"
                    + " of text, json\n"),
        o.err());
    assertEquals("", o.out());
  }

  @Test
  void warningsExitZeroUnlessDenied() {
    Outcome plain = run("check", UNUSED);
    assertEquals(0, plain.code(), plain.err());
    assertTrue(plain.err().endsWith("8 warning(s)\n"), plain.err());
    Outcome denied = run("check", "--deny-warnings", UNUSED);
    assertEquals(1, denied.code());
    assertTrue(denied.err().endsWith("8 warning(s), denied by --strict\n"), denied.err());
  }

  @Test
  void diffOfAPlanWithItselfChangesNothing() {
    Outcome o = run("diff", AE, AE, "--format", "csv");
    assertEquals(0, o.code(), o.err());
    // 3 participants x 4 quarters, every delta zero
    assertEquals(13, o.out().lines().count(), o.out());
    assertTrue(o.out().lines().skip(1).allMatch(l -> l.contains(",0.00,USD")), o.out());
    Outcome table = run("diff", AE, AE);
    assertTrue(table.out().contains("no payout changes\n"), table.out());
    assertTrue(
        table
            .out()
            .endsWith("0 of 12 payouts changed; 12 unchanged not shown (--all shows them)\n"),
        table.out());
  }

  @Test
  void diffNeedsTwoPlans() {
    Outcome o = run("diff", AE);
    assertEquals(2, o.code());
    assertTrue(o.err().startsWith("error[E0772]: `compass diff` needs PLAN_B\n"), o.err());
  }

  @Test
  void diffOfPlansPayingInTwoCurrenciesIsE0726(@TempDir Path dir) throws IOException {
    // the same plan paying in EUR, run on the AE plan's data
    String euro =
        Files.readString(Path.of(AE))
            .replace("currency USD", "currency EUR")
            .replace("250_000 USD", "250_000 EUR");
    Path b = dir.resolve("ae-eur.comp");
    Files.writeString(b, euro);
    Outcome o = run("diff", AE, b.toString(), "--data", Path.of(AE).getParent().toString());
    assertEquals(2, o.code(), o.err()); // E07xx: the command's arguments, as for `run`: exit 2
    assertEquals("", o.out());
    assertEquals(
        "error[E0726]: plan A pays in USD and plan B in EUR: their payouts cannot be subtracted\n"
            + "   = hint: compare plans that pay in the same currency\n"
            + "1 error(s)\n",
        o.err());
  }
}

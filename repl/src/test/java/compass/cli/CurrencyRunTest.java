package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.InProcess.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13 point 6: the plan and the CLI take currencies from one source (the JDK's ISO 4217 table,
 * through compass.api.Currencies): `currency COP` runs and prints 2 decimals, BHD 3, JPY none; an
 * unknown code is refused by `check` with its position (exit 1).
 */
final class CurrencyRunTest {
  @TempDir Path dir;

  private static final String PLAN =
      """
      plan "Currencies" version 1
        currency %s
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      stages open, closed_won

      input people from "people.csv":
        id: text
        role: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date

      credit deals where stage is closed_won to owner on close_date

      component "Commission":
        pay amount * 10%% per deal
      """;

  private Outcome compass(String currency, String... args) throws IOException {
    Files.writeString(dir.resolve("plan.comp"), PLAN.formatted(currency));
    Files.writeString(dir.resolve("people.csv"), "id,role\nann,ae\n");
    Files.writeString(
        dir.resolve("deals.csv"),
        "id,owner,amount,stage,close_date\nD1,ann,12345678.9,closed_won,2027-02-10\n");
    String[] all = new String[args.length + 1];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = dir.resolve("plan.comp").toString();
    return InProcess.execute(all);
  }

  // 10% of 12,345,678.9 = 1,234,567.89, rounded half_even to the minor unit and grouped
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"COP, '1,234,567.89'", "BHD, '1,234,567.890'", "JPY, '1,234,568'"})
  void runsAndPrintsTheMinorUnit(String currency, String payout) throws IOException {
    Outcome r = compass(currency, "run");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("ann          2027-Q1  " + payout), r.out());
    assertTrue(r.out().contains("total") && r.out().contains(payout + "  " + currency), r.out());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"XYZ", "ZZZ"})
  void anUnknownCodeIsRefusedWithItsPosition(String currency) throws IOException {
    Outcome r = compass(currency, "check");
    assertEquals(1, r.code(), r.err());
    assertEquals(
        "error[E0308]: unknown currency `"
            + currency
            + "`\n"
            + " --> "
            + dir.resolve("plan.comp")
            + ":2:12\n"
            + "  |\n"
            + "2 |   currency "
            + currency
            + "\n"
            + "  |            ^^^\n"
            + "  = hint: use an ISO 4217 code such as USD, EUR, GBP or JPY\n"
            + "1 error(s)\n",
        r.err());
  }
}

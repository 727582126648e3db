package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.InProcess.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SEMANTICS 13 on the command line: a plan that pays participants in their own currency adds
 * `pay_currency,fx_rate,payout_local` (lines: `amount_local`) after the public columns, which do
 * not change; `explain` ends with the conversion and the rate's date.
 */
final class PayCurrencyRunTest {
  @TempDir Path dir;

  private static final String PLAN =
      """
      plan "Paid in EUR" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-03-31

      stages open, closed_won

      input people from "people.csv":
        id: text
        role: text
        pay_currency: text optional

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date

      input fx from "fx.csv":
        currency: text
        date: date
        rate: number

      credit deals where stage is closed_won to owner on close_date
      pay participants in pay_currency using fx on payment date

      component "Commission":
        pay amount * 10% per deal
      """;

  private Outcome compass(String... args) throws IOException {
    Files.writeString(dir.resolve("plan.comp"), PLAN);
    Files.writeString(dir.resolve("people.csv"), "id,role,pay_currency\nann,ae,EUR\nbob,ae,\n");
    Files.writeString(
        dir.resolve("deals.csv"),
        "id,owner,amount,stage,close_date\n"
            + "A1,ann,60000,closed_won,2027-01-10\n"
            + "A2,ann,40000,closed_won,2027-03-05\n"
            + "B1,bob,50000,closed_won,2027-02-01\n");
    // 1.08695652173913 USD per EUR: 0.92 EUR per USD
    Files.writeString(
        dir.resolve("fx.csv"), "currency,date,rate\nEUR,2027-03-31,1.08695652173913\n");
    String[] all = new String[args.length + 1];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = dir.resolve("plan.comp").toString();
    return InProcess.execute(all);
  }

  @Test
  void csvAddsThePayCurrencyColumnsAtTheEnd() throws IOException {
    Outcome r = compass("run", "--format", "csv");
    assertEquals(0, r.code(), r.err());
    // ann: 10,000.00 USD / 1.08695652173913 = 9,200.00 EUR; bob is paid in USD at 1
    assertEquals(
        "participant,period,payout,ytd,currency,earned,payable,held,draw_balance,owed,"
            + "pay_currency,fx_rate,payout_local\n"
            + "ann,2027-Q1,10000.00,10000.00,USD,10000.00,10000.00,0.00,0.00,0.00,"
            + "EUR,1.08695652173913,9200.00\n"
            + "bob,2027-Q1,5000.00,5000.00,USD,5000.00,5000.00,0.00,0.00,0.00,USD,1,5000.00\n",
        r.out());
  }

  @Test
  void linesAddUpInThePayCurrency() throws IOException {
    Outcome r = compass("run", "--format", "csv", "--lines");
    assertEquals(0, r.code(), r.err());
    String[] rows = r.out().split("\n");
    assertTrue(rows[0].endsWith(",note,pay_currency,fx_rate,amount_local"), rows[0]);
    // A1: 6,000 / 1.08695652173913 = 5,520.00; A2, the last line: 9,200.00 - 5,520.00 = 3,680.00
    assertTrue(rows[1].startsWith("ann,2027-Q1,Commission,A1,6000.00,USD,"), rows[1]);
    assertTrue(rows[1].endsWith(",EUR,1.08695652173913,5520.00"), rows[1]);
    assertTrue(rows[2].endsWith(",EUR,1.08695652173913,3680.00"), rows[2]);
  }

  @Test
  void jsonCarriesTheSameColumnsAsNumbers() throws IOException {
    Outcome r = compass("run", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out()
            .contains(
                "\"owed\": 0.00,\n      \"pay_currency\": \"EUR\",\n      \"fx_rate\":"
                    + " 1.08695652173913,\n      \"payout_local\": 9200.00\n"),
        r.out());
  }

  @Test
  void explainEndsWithTheConversion() throws IOException {
    Outcome r = compass("explain", "--participant", "ann", "--period", "2027-Q1");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out()
            .contains(
                "paid in EUR: 10,000.00 USD / 1.08695652173913 USD per EUR (rate of 2027-03-31,"
                    + " payment date 2027-03-31) = 9,200.00 EUR"),
        r.out());
  }
}

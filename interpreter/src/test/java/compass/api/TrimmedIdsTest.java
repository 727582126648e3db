package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12.1: one normalisation for every column: spaces and tabs around a value are not part of
 * it, so every lookup by id (owner, manager, split person, quota participant, FX currency, role)
 * matches a padded value exactly as a clean one, and the payouts are the same to the cent.
 */
class TrimmedIdsTest {
  private static final String PLAN =
      """
      plan "Trimmed" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      stages open, closed_won

      input people from "people.csv":
        id: text
        role: text
        manager: person optional

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        currency: text
        stage: stage
        close_date: date

      input splits from "splits.csv":
        deal: text
        person: person
        share: percent

      input fx from "fx.csv":
        currency: text
        date: date
        rate: number

      input quotas from "quotas.csv":
        rep: person
        quarter: period
        amount: money

      credit deals where stage is closed_won split by splits on close_date
      convert deals with fx using currency on close_date

      quota = quotas.amount
      bookings = sum of amount

      component "Commission" for role ae:
        marginal tiers on bookings
          from 0% pay 5%
          from 100% pay 10%

      component "Override" for role manager:
        pay 1% of team bookings
      """;

  @TempDir Path dir;

  private List<String> run(String pad, String quotedPad) throws IOException {
    Files.writeString(dir.resolve("plan.comp"), PLAN);
    String p = pad;
    String q = quotedPad;
    write(
        "people.csv",
        "id,role,manager\n"
            + p
            + "mo"
            + p
            + ",manager,\n"
            + "\""
            + q
            + "ann"
            + q
            + "\","
            + p
            + "ae"
            + p
            + ","
            + p
            + "mo\n"
            + "bob"
            + p
            + ",ae,"
            + "\"mo"
            + q
            + "\"\n");
    write(
        "deals.csv",
        "id,owner,amount,currency,stage,close_date\n"
            + "d1,"
            + p
            + "ann,100000,"
            + p
            + "USD"
            + p
            + ",closed_won,2027-01-10\n"
            + p
            + "d2,"
            + "bob"
            + p
            + ",50000,\""
            + q
            + "EUR\",closed_won,2027-02-10\n"
            + "d3"
            + p
            + ",ann,80000,USD,closed_won,2027-04-10\n");
    write(
        "splits.csv",
        "deal,person,share\n"
            + p
            + "d1,ann"
            + p
            + ",100%\nd2"
            + p
            + ","
            + p
            + "bob,100%\n\"d3"
            + q
            + "\",ann,60%\nd3,\""
            + q
            + "bob"
            + q
            + "\",40%\n");
    write("fx.csv", "currency,date,rate\n" + p + "EUR" + p + ",2027-01-01,1.10\n");
    write(
        "quotas.csv",
        "rep,quarter,amount\n"
            + p
            + "ann,2027-Q1,80000\nann"
            + p
            + ",2027-Q2,80000\n\""
            + q
            + "bob\",2027-Q1,40000\nbob,2027-Q2,40000\n");
    RunResult r = Compass.run(new RunRequest(dir.resolve("plan.comp"), dir, null));
    assertTrue(r.ok(), r.diagnostics()::toString);
    assertEquals(3, r.reconciliation().credited());
    return r.rows().stream()
        .filter(s -> s.payout().signum() != 0)
        .map(s -> s.participant() + " " + s.period() + " " + s.payout().toPlainString())
        .toList();
  }

  private void write(String file, String csv) throws IOException {
    Files.writeString(dir.resolve(file), csv);
  }

  @Test
  void paddedIdsMatchInEveryLookupAndPayTheSame() throws IOException {
    // By hand: ann Q1 100,000 on a quota of 80,000: 80,000 x 5% + 20,000 x 10% = 6,000; bob Q1
    // 50,000 EUR x 1.10 = 55,000 on 40,000: 2,000 + 1,500 = 3,500; d3 (80,000) split 60/40:
    // ann Q2 48,000 x 5% = 2,400, bob Q2 32,000 x 5% = 1,600; mo 1% of the team: Q1 155,000
    // -> 1,550, Q2 80,000 -> 800.
    List<String> expected =
        List.of(
            "ann 2027-Q1 6000.00",
            "ann 2027-Q2 2400.00",
            "bob 2027-Q1 3500.00",
            "bob 2027-Q2 1600.00",
            "mo 2027-Q1 1550.00",
            "mo 2027-Q2 800.00");
    assertEquals(expected, run("", ""));
    assertEquals(expected, run(" ", " "));
    assertEquals(expected, run(" \t ", "\t  "));
  }
}

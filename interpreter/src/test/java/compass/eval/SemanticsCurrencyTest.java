package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.value.Currency;
import compass.value.RoundingPolicy;
import compass.value.Spread;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked examples of SEMANTICS.md sections 13 (currencies) and 13a (splitting an amount over
 * periods).
 */
class SemanticsCurrencyTest {
  @TempDir Path dir;

  // ---- SEMANTICS 13 -----------------------------------------------------------------------

  private static final String PLAN =
      bare("USD", "quarterly", "2027-01-01 to 2027-12-31")
          + """
      input people from "people.csv":
        id: text
        role: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        currency: text
        stage: stage
        close_date: date
        booked_date: date

      input fx from "fx.csv":
        currency: text
        date: date
        rate: number

      credit deals where stage is closed_won to owner on close_date
      convert deals with fx using currency on %s

      component "Commission":
        pay amount * 10%% per deal
      """;

  private static final String PEOPLE = "id,role\nann,ae\n";
  private static final String FX =
      "currency,date,rate\nEUR,2027-01-01,1.10\nEUR,2027-02-01,1.20\nEUR,2027-03-01,1.30\n";

  private static String dealsCsv(String... rows) {
    return "id,owner,amount,currency,stage,close_date,booked_date\n" + String.join("", rows);
  }

  @Test
  @DisplayName(
      "SEMANTICS 13: a EUR deal converts at the latest rate on or before its crediting date (2027-02-15: the 02-01 rate 1.20): 10,000 EUR -> 12,000 USD, 10% = 1,200.00")
  void latestRateOnOrBeforeTheCreditingDate() {
    Evaluation ev =
        runFiles(
            dir,
            PLAN.formatted("close_date"),
            "people.csv",
            PEOPLE,
            "fx.csv",
            FX,
            "deals.csv",
            dealsCsv("E1,ann,10000,EUR,closed_won,2027-02-15,2027-01-05\n"));
    money("1200.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 13: a rate dated on the crediting date itself is in force (2027-03-01: 1.30): 10,000 EUR -> 1,300.00")
  void rateDatedOnTheCreditingDate() {
    Evaluation ev =
        runFiles(
            dir,
            PLAN.formatted("close_date"),
            "people.csv",
            PEOPLE,
            "fx.csv",
            FX,
            "deals.csv",
            dealsCsv("E1,ann,10000,EUR,closed_won,2027-03-01,2027-01-05\n"));
    money("1300.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName("SEMANTICS 13: deals in the plan currency are not converted: 10,000 USD -> 1,000.00")
  void planCurrencyUnconverted() {
    Evaluation ev =
        runFiles(
            dir,
            PLAN.formatted("close_date"),
            "people.csv",
            PEOPLE,
            "fx.csv",
            FX,
            "deals.csv",
            dealsCsv("U1,ann,10000,USD,closed_won,2027-02-15,2027-01-05\n"));
    money("1000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 13: the plan may name another date field: on booked_date 2027-01-05 the rate is 1.10: 10,000 EUR -> 1,100.00")
  void anotherDateField() {
    Evaluation ev =
        runFiles(
            dir,
            PLAN.formatted("booked_date"),
            "people.csv",
            PEOPLE,
            "fx.csv",
            FX,
            "deals.csv",
            dealsCsv("E1,ann,10000,EUR,closed_won,2027-02-15,2027-01-05\n"));
    money("1100.00", payout(ev, "ann", "2027-Q1"), dump(ev));
  }

  @Test
  @DisplayName("SEMANTICS 13: a missing rate is an error naming the currency pair and the date")
  void missingRateIsAnError() {
    String errors =
        failFiles(
            dir,
            PLAN.formatted("close_date"),
            "people.csv",
            PEOPLE,
            "fx.csv",
            FX,
            "deals.csv",
            dealsCsv("G1,ann,10000,GBP,closed_won,2027-02-15,2027-01-05\n"));
    assertTrue(
        errors.contains("GBP") && errors.contains("USD") && errors.contains("2027-02-15"),
        () -> "names GBP, USD and 2027-02-15:\n" + errors);
  }

  @Test
  @DisplayName(
      "SEMANTICS 13 (derived): a rate dated after the conversion date is not in force: 2027-01-31 with only a 2027-02-01 rate is an error naming EUR, USD and 2027-01-31")
  void rateOnlyAfterTheDateIsMissing() {
    String errors =
        failFiles(
            dir,
            PLAN.formatted("booked_date"),
            "people.csv",
            PEOPLE,
            "fx.csv",
            "currency,date,rate\nEUR,2027-02-01,1.20\n",
            "deals.csv",
            dealsCsv("E1,ann,10000,EUR,closed_won,2027-02-15,2027-01-31\n"));
    assertTrue(
        errors.contains("EUR") && errors.contains("USD") && errors.contains("2027-01-31"),
        () -> "a later rate is not in force; names EUR, USD and 2027-01-31:\n" + errors);
  }

  @Test
  @DisplayName("SEMANTICS 13: each converted line item records the rate it used")
  void lineRecordsTheRate() {
    Evaluation ev =
        runFiles(
            dir,
            PLAN.formatted("close_date"),
            "people.csv",
            PEOPLE,
            "fx.csv",
            FX,
            "deals.csv",
            dealsCsv("E1,ann,10000,EUR,closed_won,2027-02-15,2027-01-05\n"));
    var line = lines(ev, "ann", "2027-Q1", "Commission").get(0);
    assertTrue(line.note().contains("1.2"), () -> "the note names the rate 1.20: " + line.note());
  }

  // ---- SEMANTICS 13a ----------------------------------------------------------------------

  @Test
  @DisplayName(
      "SEMANTICS 13a: 100.00 over three equal months: 33.33, 33.33, 33.34 (the last part takes the remainder)")
  void evenlyOverThreeMonths() {
    Currency usd = Currency.of("USD").orElseThrow();
    List<BigDecimal> parts =
        Spread.evenly(new BigDecimal("100.00"), 3, usd, RoundingPolicy.DEFAULT);
    assertEquals(
        List.of("33.33", "33.33", "33.34"), parts.stream().map(BigDecimal::toPlainString).toList());
    assertEquals(
        0,
        parts.stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .compareTo(new BigDecimal("100.00")));
  }

  @Test
  @DisplayName(
      "SEMANTICS 13a (derived): by days, a quarterly target of 100.00 over Jan (31), Feb (28), Mar (31) of 90 days: 34.44, 31.11, 34.45, adding up to 100.00")
  void byDaysAddsUp() {
    Currency usd = Currency.of("USD").orElseThrow();
    List<BigDecimal> parts =
        Spread.byWeights(
            new BigDecimal("100.00"),
            List.of(new BigDecimal(31), new BigDecimal(28), new BigDecimal(31)),
            usd,
            RoundingPolicy.DEFAULT);
    assertEquals(
        List.of("34.44", "31.11", "34.45"), parts.stream().map(BigDecimal::toPlainString).toList());
  }

  @Test
  @DisplayName(
      "SEMANTICS 13a: a quarterly quota of 100 USD spread over monthly pay periods: 33.33, 33.33, 33.34")
  void quotaSpreadOverMonths() {
    String plan =
        header("USD", "monthly", "2027-01-01 to 2027-12-31")
            + """
        quota = 100 USD per quarter

        component "Quota probe":
          pay quota
        """;
    Evaluation ev = run(dir, plan, ONE_AE, deals());
    money("33.33", lineTotal(ev, "ann", "2027-01", "Quota probe"), dump(ev));
    money("33.33", lineTotal(ev, "ann", "2027-02", "Quota probe"), dump(ev));
    money("33.34", lineTotal(ev, "ann", "2027-03", "Quota probe"), dump(ev));
  }
}

package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.calendar.FiscalCalendar;
import compass.calendar.Frequency;
import compass.calendar.Period;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import compass.result.LineItem;
import compass.source.Span;
import compass.value.Currency;
import compass.value.RoundingPolicy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked examples of SEMANTICS.md sections 1 (numbers, rounding), 2 (calendar) and 9 (SPIFs),
 * with the numbers exactly as written there. Sections 5, 7 and 8 are in {@link SemanticsTiersTest}
 * and {@link SemanticsCumulativeModifiersTest}.
 */
class SemanticsExamplesTest {
  @TempDir Path dir;

  private static final String SPIF_PER_DEAL =
      """
      component "SPIF":
        pay amount per deal
      """;

  // ---- SEMANTICS 1 ------------------------------------------------------------------------

  @Test
  @DisplayName(
      "SEMANTICS 1: line items 0.125, 0.135, 0.145 USD round HALF_EVEN to 0.12, 0.14, 0.14; total 0.40")
  void roundingHalfEvenThroughAPlan() {
    Evaluation ev =
        run(
            dir,
            standard(SPIF_PER_DEAL),
            ONE_AE,
            deals(
                won("d1", "0.125", "2027-01-10"),
                won("d2", "0.135", "2027-01-11"),
                won("d3", "0.145", "2027-01-12")));
    List<LineItem> items = lines(ev, "ann", "2027-Q1", "SPIF");
    assertEquals(3, items.size(), () -> dump(ev));
    money("0.12", item(items, "d1").amount(), "d1");
    money("0.14", item(items, "d2").amount(), "d2");
    money("0.14", item(items, "d3").amount(), "d3");
    for (LineItem l : items)
      assertTrue(l.amount().scale() <= 2, () -> "line item not rounded to the cent: " + l);
    money("0.40", payout(ev, "ann", "2027-Q1"), "statement total = sum of rounded line items");
  }

  @Test
  @DisplayName(
      "SEMANTICS 1: the same line items with `rounding half_up` round to 0.13, 0.14, 0.15; total 0.42")
  void roundingHalfUpThroughAPlan() {
    String plan =
        header("USD", "quarterly", "2027-01-01 to 2027-12-31", "rounding half_up") + SPIF_PER_DEAL;
    Evaluation ev =
        run(
            dir,
            plan,
            ONE_AE,
            deals(
                won("d1", "0.125", "2027-01-10"),
                won("d2", "0.135", "2027-01-11"),
                won("d3", "0.145", "2027-01-12")));
    List<LineItem> items = lines(ev, "ann", "2027-Q1", "SPIF");
    money("0.13", item(items, "d1").amount(), "d1");
    money("0.14", item(items, "d2").amount(), "d2");
    money("0.15", item(items, "d3").amount(), "d3");
    money("0.42", payout(ev, "ann", "2027-Q1"));
  }

  @Test
  @DisplayName(
      "SEMANTICS 1: rounding library: 0.125, 0.135, 0.145 HALF_EVEN -> 0.12, 0.14, 0.14 (sum 0.40); JPY has 0 places")
  void roundingLibrary() {
    Currency usd = Currency.of("USD").orElseThrow();
    Currency eur = Currency.of("EUR").orElseThrow();
    Currency jpy = Currency.of("JPY").orElseThrow();
    assertEquals(2, usd.minorUnits());
    assertEquals(2, eur.minorUnits());
    assertEquals(0, jpy.minorUnits());
    assertEquals(RoundingPolicy.HALF_EVEN, RoundingPolicy.DEFAULT);
    BigDecimal total = BigDecimal.ZERO;
    String[][] cases = {{"0.125", "0.12"}, {"0.135", "0.14"}, {"0.145", "0.14"}};
    for (String[] c : cases) {
      BigDecimal r = RoundingPolicy.HALF_EVEN.round(new BigDecimal(c[0]), usd);
      assertEquals(c[1], r.toPlainString(), c[0]);
      total = total.add(r);
    }
    assertEquals("0.40", total.toPlainString());
    assertEquals(
        "0.13", RoundingPolicy.HALF_UP.round(new BigDecimal("0.125"), usd).toPlainString());
    assertEquals(
        0,
        new BigDecimal("1000")
            .compareTo(RoundingPolicy.HALF_EVEN.round(new BigDecimal("1000.5"), jpy)));
  }

  @Test
  @DisplayName(
      "SEMANTICS 1: JPY line items round to 0 places (1000.5 -> 1000, 1001.5 -> 1002 HALF_EVEN)")
  void jpyRoundsToWholeYen() {
    String plan = header("JPY", "quarterly", "2027-01-01 to 2027-12-31") + SPIF_PER_DEAL;
    Evaluation ev =
        run(
            dir,
            plan,
            ONE_AE,
            deals(won("d1", "1000.5", "2027-01-10"), won("d2", "1001.5", "2027-01-11")));
    List<LineItem> items = lines(ev, "ann", "2027-Q1", "SPIF");
    exact("1000", item(items, "d1").amount(), "d1");
    exact("1002", item(items, "d2").amount(), "d2");
    exact("2002", payout(ev, "ann", "2027-Q1"), "payout");
    assertEquals("JPY", item(items, "d1").currency());
  }

  @Test
  @DisplayName(
      "SEMANTICS 1: money / money is a percent (60,000 / 100,000 = 60%, pays 60% x 1,000 = 600.00)")
  void moneyOverMoneyIsPercent() {
    String plan =
        standard(
            """
        component "Bonus":
          pay attainment of 1_000
        """);
    Evaluation ev = run(dir, plan, ONE_AE, deals(won("d1", "60000", "2027-01-10")));
    money("600.00", payout(ev, "ann", "2027-Q1"));
  }

  @Test
  @DisplayName(
      "SEMANTICS 1: `money + percent` is a type error reported before any data is read, with its position")
  void moneyPlusPercentIsATypeError() {
    String plan =
        standard(
            """
        component "Bad":
          pay target_incentive + 5%
        """);
    Diagnostics diags = checkOnly(dir, plan); // no CSV files exist: the checker must not need them
    List<Diagnostic> errors = diags.all().stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), () -> DiagnosticRenderer.renderAll(diags.all()));
    Diagnostic d = errors.get(0);
    assertTrue(d.location() instanceof Span, () -> "expected a source position: " + d);
    Span at = (Span) d.location();
    int line = (int) plan.lines().takeWhile(l -> !l.contains("target_incentive + 5%")).count() + 1;
    assertEquals(line, at.line(), () -> DiagnosticRenderer.render(d));
  }

  // ---- SEMANTICS 2 ------------------------------------------------------------------------

  @Test
  @DisplayName("SEMANTICS 2: fiscal year starting February: FY2027-Q1 is 2027-02-01 .. 2027-04-30")
  void februaryFiscalYearLibrary() {
    FiscalCalendar feb = new FiscalCalendar(2);
    Period q1 = feb.parse("FY2027-Q1").orElseThrow();
    assertEquals(LocalDate.of(2027, 2, 1), q1.start());
    assertEquals(LocalDate.of(2027, 4, 30), q1.end());
    assertEquals(
        "FY2027-Q1", feb.periodContaining(Frequency.QUARTER, LocalDate.of(2027, 2, 1)).label());
    assertEquals(
        "FY2027-Q1", feb.periodContaining(Frequency.QUARTER, LocalDate.of(2027, 4, 30)).label());
    assertEquals(
        "FY2027-Q2", feb.periodContaining(Frequency.QUARTER, LocalDate.of(2027, 5, 1)).label());
    assertEquals(
        "FY2026-Q4", feb.periodContaining(Frequency.QUARTER, LocalDate.of(2027, 1, 31)).label());
  }

  @Test
  @DisplayName(
      "SEMANTICS 2: plan with fiscal year starting February: deals of 2027-02-01 and 2027-04-30 are in FY2027-Q1, 2027-05-01 in FY2027-Q2")
  void februaryFiscalYearThroughAPlan() {
    String plan =
        header("USD", "quarterly", "2027-02-01 to 2028-01-31", "fiscal year starts February")
            + """
        component "SPIF":
          pay 100 per deal

        component "Q1 SPIF":
          pay 10 per deal where close_date in FY2027-Q1
        """;
    Evaluation ev =
        run(
            dir,
            plan,
            ONE_AE,
            deals(
                won("d1", "5", "2027-02-01"),
                won("d2", "5", "2027-04-30"),
                won("d3", "5", "2027-05-01")));
    money("220.00", payout(ev, "ann", "FY2027-Q1"), "FY2027-Q1: 2 x 100 + 2 x 10\n" + dump(ev));
    money("100.00", payout(ev, "ann", "FY2027-Q2"), "FY2027-Q2: 1 x 100\n" + dump(ev));
  }

  @ParameterizedTest(name = "SEMANTICS 2: pays {0}: a deal closed 2027-03-31 falls in period {1}")
  @CsvSource({"monthly, 2027-03", "quarterly, 2027-Q1", "half_yearly, 2027-H1", "yearly, FY2027"})
  void periodLabels(String pays, String label) {
    String plan =
        header("USD", pays, "2027-01-01 to 2027-12-31")
            + """
        component "SPIF":
          pay 100 per deal
        """;
    Evaluation ev = run(dir, plan, ONE_AE, deals(won("d1", "5", "2027-03-31")));
    money("100.00", payout(ev, "ann", label), dump(ev));
    FiscalCalendar jan = new FiscalCalendar(1);
    assertEquals(label, jan.parse(label).orElseThrow().label());
  }

  @Test
  @DisplayName(
      "SEMANTICS 2: a deal belongs to the period containing its crediting date; both ends inclusive (03-31 in Q1, 04-01 in Q2)")
  void creditDateDecidesThePeriodInclusive() {
    String plan =
        header("USD", "quarterly", "2027-01-01 to 2027-12-31")
            + """
        component "SPIF":
          pay 100 per deal
        """;
    Evaluation ev =
        run(
            dir,
            plan,
            ONE_AE,
            deals(
                won("d1", "5", "2027-01-01"),
                won("d2", "5", "2027-03-31"),
                won("d3", "5", "2027-04-01"),
                won("d4", "5", "2027-12-31")));
    money("200.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("100.00", payout(ev, "ann", "2027-Q2"), dump(ev));
    money("100.00", payout(ev, "ann", "2027-Q4"), dump(ev));
  }

  // ---- SEMANTICS 9 ------------------------------------------------------------------------

  @Test
  @DisplayName("SEMANTICS 9: 500 per closed-won deal with term >= 24 months closed in 2027-Q1")
  void spifPerQualifyingDeal() {
    String plan =
        standard(
            """
        component "SPIF":
          pay 500 per deal where term_months >= 24 and close_date in 2027-Q1
        """);
    Evaluation ev =
        run(
            dir,
            plan,
            ONE_AE,
            deals(
                deal("d1", "ann", "1000", "closed_won", "2027-03-31", 24), // qualifies
                deal("d2", "ann", "1000", "closed_won", "2027-02-10", 12), // term too short
                deal("d3", "ann", "1000", "closed_won", "2027-04-01", 36), // closed in Q2
                deal("d4", "ann", "1000", "closed_lost", "2027-02-11", 24), // not closed-won
                deal("d5", "ann", "1000", "closed_won", "2027-01-01", 36))); // qualifies
    List<LineItem> items = lines(ev, "ann", "2027-Q1", "SPIF");
    assertEquals(
        List.of("d1", "d5"),
        items.stream().filter(l -> l.amount().signum() != 0).map(LineItem::deal).sorted().toList(),
        () -> dump(ev));
    money("500.00", item(items, "d1").amount(), "d1");
    money("500.00", item(items, "d5").amount(), "d5");
    money("1000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("0.00", payout(ev, "ann", "2027-Q2"), dump(ev));
  }

  @Test
  @DisplayName(
      "SEMANTICS 9: a fixed bonus per participant when a condition holds: 1,000 if bookings >= 100,000")
  void bonusWhenConditionHolds() {
    String plan =
        standard(
            """
        component "Bonus":
          pay 1_000 if bookings >= 100_000
        """);
    String people = "id,role,target_incentive\nann,ae,20000\nbob,ae,20000\n";
    Evaluation ev =
        run(
            dir,
            plan,
            people,
            deals(
                won("d1", "100000", "2027-02-01"),
                deal("d2", "bob", "99999.99", "closed_won", "2027-02-01", 12)));
    money("1000.00", payout(ev, "ann", "2027-Q1"), dump(ev));
    money("0.00", payout(ev, "bob", "2027-Q1"), dump(ev));
    money("0.00", payout(ev, "ann", "2027-Q2"), dump(ev));
  }

  private static LineItem item(List<LineItem> items, String deal) {
    return items.stream()
        .filter(l -> l.deal().equals(deal))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line item for " + deal + " in " + items));
  }
}

package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.PayoutDiff;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayoutDiffTest {
  private static StatementRow row(String who, String period, String payout) {
    return new StatementRow(who, period, new BigDecimal(payout), new BigDecimal(payout), "USD");
  }

  @Test
  void largestChangeFirstWhateverItsSignThenParticipantAndPeriod() {
    PayoutDiff d =
        PayoutDiff.of(
            List.of(
                row("ann", "2027-Q1", "100.00"),
                row("bob", "2027-Q1", "500.00"),
                row("cy", "2027-Q1", "10.00"),
                row("dan", "2027-Q1", "7.00")),
            List.of(
                row("ann", "2027-Q1", "150.00"),
                row("bob", "2027-Q1", "300.00"),
                row("cy", "2027-Q1", "60.00"),
                row("dan", "2027-Q1", "7.00")),
            "USD");
    assertEquals(
        List.of("bob -200.00", "ann 50.00", "cy 50.00", "dan 0.00"),
        d.rows().stream().map(r -> r.participant() + " " + r.delta().toPlainString()).toList());
    assertEquals("617.00", d.totalA().toPlainString());
    assertEquals("517.00", d.totalB().toPlainString());
    assertEquals("-100.00", d.delta().toPlainString());
    assertEquals(3, d.changed());
  }

  @Test
  void aRowOnlyOnePlanHasCountsAsZeroOnTheOtherSideAndStaysEmpty() {
    PayoutDiff d =
        PayoutDiff.of(
            List.of(row("ann", "2027-03", "30.00")),
            List.of(row("ann", "2027-Q1", "90.00")),
            "USD");
    assertEquals(2, d.rows().size());
    PayoutDiff.Row q1 = d.rows().get(0);
    assertEquals("2027-Q1", q1.period());
    assertEquals(null, q1.a());
    assertEquals("90.00", q1.delta().toPlainString());
    assertEquals("-30.00", d.rows().get(1).delta().toPlainString());
    assertEquals("60.00", d.delta().toPlainString());
    String csv =
        DiffWriter.write(d, new DiffWriter.Sides("a.comp", "A", "b.comp", "B"), Format.CSV, false);
    assertEquals(
        "participant,period,payout_a,payout_b,delta,currency\n"
            + "ann,2027-Q1,,90.00,90.00,USD\n"
            + "ann,2027-03,30.00,,-30.00,USD\n",
        csv);
  }
}

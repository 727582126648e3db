package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Diagnostic;
import compass.ledger.ClosedPeriod;
import compass.ledger.Ledger;
import compass.ledger.Manifest;
import compass.ledger.PaidCsv;
import compass.result.LineItem;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger facade in process, for what the end-to-end tests (LedgerIT) cannot easily bring about:
 * an unwritable ledger and a ledger whose lines do not add up to the payout. ae-quota pays ann
 * 24,220.00 in 2027-Q1.
 */
class LedgersTest {
  private static final Path PLAN =
      Path.of("..", "stdlib-plans", "plans", "ae-quota", "ae-quota.comp");
  private static final LocalDate TODAY = LocalDate.of(2027, 4, 2);

  @TempDir Path dir;

  private static List<String> codes(LedgerOutcome o) {
    return o.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.code().id()).toList();
  }

  @Test
  void closeThenOpenGivesWhatWasPaid() throws Exception {
    LedgerOutcome o =
        Ledgers.close(new RunRequest(PLAN, null, "2027-Q1", true), dir, null, "test", TODAY);
    assertTrue(o.ok(), o.diagnostics().toString());
    Ledger ledger = Ledgers.open(dir);
    ClosedPeriod q1 = ledger.period("2027-Q1").orElseThrow();
    assertEquals(new BigDecimal("24220.00"), q1.payout("ann"));
    assertEquals(new BigDecimal("2250.00"), q1.payout("bob"));
    assertEquals("2027-03-31", q1.manifest().payDate());
    assertEquals("2027-04-02", q1.manifest().closedOn());
    assertEquals("test", q1.manifest().compassVersion());
    // ann's lines: 3,000 + 4,380 + 15,840 + 0 (the rest) commission, 2 x 500 SPIF = 24,220.00
    assertEquals(
        new BigDecimal("24220.00"),
        q1.lines("ann").stream().map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @Test
  void aPayDateIsRecordedAndNeverBeforeTheLastOne() throws Exception {
    LedgerOutcome q1 =
        Ledgers.close(
            new RunRequest(PLAN, null, "2027-Q1", true), dir, "2027-04-15", "test", TODAY);
    assertTrue(q1.ok(), q1.diagnostics().toString());
    assertEquals(
        "2027-04-15", Ledgers.open(dir).period("2027-Q1").orElseThrow().manifest().payDate());
    LedgerOutcome q2 =
        Ledgers.close(
            new RunRequest(PLAN, null, "2027-Q2", true), dir, "2027-04-14", "test", TODAY);
    assertEquals(List.of("E0701"), codes(q2));
    assertTrue(q2.diagnostics().get(0).message().contains("before 2027-04-15"));
    assertFalse(Files.exists(dir.resolve("2027-Q2")));
  }

  @Test
  void aLedgerThatCannotBeWrittenIsE0755() throws Exception {
    Path file = dir.resolve("not-a-folder");
    Files.writeString(file, "x");
    LedgerOutcome o =
        Ledgers.close(new RunRequest(PLAN, null, "2027-Q1", true), file, null, "test", TODAY);
    assertEquals(List.of("E0755"), codes(o));
    assertEquals("x", Files.readString(file));
  }

  @Test
  void aPayDateThatIsNotADateIsRefused() {
    LedgerOutcome o =
        Ledgers.close(
            new RunRequest(PLAN, null, "2027-Q1", true), dir, "2027-02-30", "test", TODAY);
    assertEquals(List.of("E0701"), codes(o));
    assertFalse(Files.exists(dir.resolve("2027-Q1")));
  }

  /**
   * A ledger written whole (checksums hold) whose statement pays ann 20,000.00 while her lines add
   * up to 24,220.00, as a plan that holds part of the earnings back would: the export refuses.
   */
  @Test
  void payrollRowsThatDoNotAddUpAreE0757() throws Exception {
    StatementRow row =
        new StatementRow(
            "ann",
            "2027-Q1",
            new BigDecimal("20000.00"),
            new BigDecimal("20000.00"),
            "USD",
            new BigDecimal("24220.00"),
            new BigDecimal("20000.00"),
            new BigDecimal("4220.00"),
            new BigDecimal("0.00"),
            new BigDecimal("0.00"));
    LineItem line =
        new LineItem(
            "ann", "2027-Q1", "Commission", "O-1", new BigDecimal("24220.00"), "USD", "note");
    Ledger.write(
        dir,
        new Manifest(
            "2027-Q1",
            "2027-03-31",
            "2027-04-02",
            "test",
            Manifest.planHash(Map.of()),
            null,
            Map.of(),
            Map.of(),
            Map.of()),
        Map.of(
            PaidCsv.STATEMENT, PaidCsv.statement(List.of(row)),
            PaidCsv.LINES, PaidCsv.lines(List.of(line))));
    LedgerOutcome o = PayrollExport.export(new RunRequest(PLAN, null, "2027-Q1", true), dir);
    assertEquals(List.of("E0757"), codes(o));
    assertTrue(
        o.diagnostics()
            .get(0)
            .message()
            .contains(
                "the payroll rows of ann add up to 24220.00, but the statement pays 20000.00"));
    assertEquals("", o.text());
  }
}

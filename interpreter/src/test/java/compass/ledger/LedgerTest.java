package compass.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.result.LineItem;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger package alone: manifest round trip and checksum, CSV round trip, atomic writes. */
class LedgerTest {
  @TempDir Path dir;

  private static final String H1 = "a".repeat(64);
  private static final String H2 = "b".repeat(64);

  private static Manifest manifest(String period, String payDate) {
    Map<String, String> plan = new LinkedHashMap<>();
    plan.put("ae.comp", H1);
    plan.put("lib/rates.comp", H2);
    return new Manifest(
        period,
        payDate,
        "2027-04-02",
        "1.2.3",
        Manifest.planHash(plan),
        null,
        plan,
        Map.of("deals file.csv", H2),
        Map.of());
  }

  private static final List<StatementRow> ROWS =
      List.of(
          new StatementRow(
              "ann", "2027-Q1", new BigDecimal("24220.00"), new BigDecimal("24220.00"), "USD"),
          new StatementRow(
              "bob", "2027-Q1", new BigDecimal("0.00"), new BigDecimal("0.00"), "USD"));
  private static final List<LineItem> LINES =
      List.of(
          new LineItem(
              "ann",
              "2027-Q1",
              "Commission",
              "O-1",
              new BigDecimal("24220.00"),
              "USD",
              "a note, with \"quotes\"\nand a line break"),
          // no deal: empty, as a run's own lines have it (read back the same, issue 16)
          new LineItem("bob", "2027-Q1", "Commission", "", new BigDecimal("0.00"), "USD", ""));

  @Test
  void manifestRoundTripsInAStableOrder() throws Exception {
    Manifest m = manifest("2027-Q1", "2027-03-31");
    String text = m.write();
    assertEquals(m, Manifest.parse(text));
    assertEquals(text, Manifest.parse(text).write()); // byte for byte: a git diff shows nothing
    List<String> keys =
        Stream.of(text.split("\n"))
            .filter(l -> !l.startsWith("#"))
            .map(l -> l.substring(0, l.indexOf(':')))
            .toList();
    assertEquals(
        List.of(
            "period",
            "pay_date",
            "closed_on",
            "compass_version",
            "plan_hash",
            "git_commit",
            "plan_file",
            "plan_file",
            "data_file",
            "checksum"),
        keys);
    assertTrue(text.contains("git_commit: none\n"));
    assertNull(Manifest.parse(text).gitCommit());
    assertTrue(text.contains("data_file: " + H2 + "  deals file.csv\n")); // a name with a space
  }

  @Test
  void theChecksumCatchesAnyEditToTheManifest() {
    String text = manifest("2027-Q1", "2027-03-31").write();
    LedgerException e =
        assertThrows(
            LedgerException.class,
            () -> Manifest.parse(text.replace("pay_date: 2027-03-31", "pay_date: 2027-03-30")));
    assertTrue(e.getMessage().contains("edited by hand"), e.getMessage());
    assertThrows(
        LedgerException.class, () -> Manifest.parse(text.substring(0, text.indexOf("checksum: "))));
  }

  @Test
  void thePlanHashDependsOnEveryPlanFile() {
    Map<String, String> one = new LinkedHashMap<>(Map.of("ae.comp", H1));
    Map<String, String> two = new LinkedHashMap<>(one);
    two.put("lib/rates.comp", H2);
    assertFalse(Manifest.planHash(one).equals(Manifest.planHash(two)));
    // SHA-256 of "" is well known: the hash of no files at all
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        Manifest.planHash(Map.of()));
  }

  @Test
  void statementAndLinesRoundTrip() throws Exception {
    assertEquals(ROWS, PaidCsv.readStatement(PaidCsv.statement(ROWS)));
    assertEquals(LINES, PaidCsv.readLines(PaidCsv.lines(LINES)));
    assertTrue(
        PaidCsv.statement(ROWS)
            .startsWith(
                "participant,period,payout,ytd,currency,earned,payable,held,draw_balance,owed\n"
                    + "ann,2027-Q1,24220.00,24220.00,USD,24220.00,24220.00,0.00,0.00,0.00\n"));
  }

  private Path close(String period, String payDate) throws Exception {
    return Ledger.write(
        dir,
        manifest(period, payDate),
        Map.of(PaidCsv.STATEMENT, PaidCsv.statement(ROWS), PaidCsv.LINES, PaidCsv.lines(LINES)));
  }

  @Test
  void aClosedPeriodIsReadBackAsPaid() throws Exception {
    close("2027-Q1", "2027-03-31");
    Ledger ledger = Ledger.open(dir);
    assertEquals(1, ledger.closed().size());
    ClosedPeriod q1 = ledger.period("2027-Q1").orElseThrow();
    assertEquals(new BigDecimal("24220.00"), q1.payout("ann"));
    assertEquals(BigDecimal.ZERO, q1.payout("cai")); // not paid in this period
    assertEquals(List.of(LINES.get(0)), q1.lines("ann"));
    assertEquals(List.of(), q1.edited());
    assertFalse(ledger.isClosed("2027-Q2"));
  }

  @Test
  void aLedgerThatDoesNotExistYetHasNoClosedPeriod() throws Exception {
    assertEquals(List.of(), Ledger.open(dir.resolve("nowhere")).closed());
  }

  @Test
  void writingIsAtomicAndNeverOverwrites() throws Exception {
    Path q1 = close("2027-Q1", "2027-03-31");
    String before = Files.readString(q1.resolve(Manifest.FILE));
    assertThrows(LedgerException.class, () -> close("2027-Q1", "2027-04-15"));
    assertEquals(before, Files.readString(q1.resolve(Manifest.FILE)));
    // a write that fails half-way (a file name the folder cannot hold) leaves nothing behind
    assertThrows(
        LedgerException.class,
        () ->
            Ledger.write(
                dir,
                manifest("2027-Q2", "2027-06-30"),
                Map.of(PaidCsv.STATEMENT, "x", "no/such/folder.csv", "y")));
    try (Stream<Path> all = Files.list(dir)) {
      assertEquals(List.of(q1), all.toList());
    }
  }

  @Test
  void aHandEditedFileIsNamed() throws Exception {
    Path q1 = close("2027-Q1", "2027-03-31");
    Files.writeString(
        q1.resolve(PaidCsv.STATEMENT),
        PaidCsv.statement(ROWS).replace("ann,2027-Q1,24220.00", "ann,2027-Q1,24221.00"));
    assertEquals(
        List.of("2027-Q1/statement.csv"),
        Ledger.open(dir).period("2027-Q1").orElseThrow().edited());
    Files.delete(q1.resolve(PaidCsv.LINES));
    assertEquals(
        List.of("2027-Q1/lines.csv (missing)", "2027-Q1/statement.csv"),
        Ledger.open(dir).period("2027-Q1").orElseThrow().edited());
    Files.writeString(q1.resolve(Manifest.FILE), "period: 2027-Q1\n");
    Ledger damaged = Ledger.open(dir);
    assertEquals(List.of(), damaged.closed());
    assertEquals(List.of("2027-Q1"), List.copyOf(damaged.damaged().keySet()));
  }

  @Test
  void reopenRemovesTheFolderAndAppendsToTheLog() throws Exception {
    close("2027-Q1", "2027-03-31");
    Path q2 = close("2027-Q2", "2027-06-30");
    Ledger ledger = Ledger.open(dir);
    assertEquals(
        List.of("2027-Q1", "2027-Q2"), ledger.closed().stream().map(ClosedPeriod::period).toList());
    Ledger.reopen(dir, ledger.period("2027-Q2").orElseThrow(), "wrong\tdata", "2027-07-01");
    assertFalse(Files.exists(q2));
    Ledger.reopen(dir, ledger.period("2027-Q1").orElseThrow(), "again", "2027-07-02");
    List<String> log = Files.readAllLines(dir.resolve(Ledger.REOPENED_LOG));
    assertEquals(2, log.size());
    assertTrue(
        log.get(0).startsWith("2027-07-01\treopened 2027-Q2\treason: wrong data\t"), log.get(0));
    assertTrue(log.get(1).startsWith("2027-07-02\treopened 2027-Q1\treason: again\t"), log.get(1));
    assertEquals(List.of(), Ledger.open(dir).closed());
  }
}

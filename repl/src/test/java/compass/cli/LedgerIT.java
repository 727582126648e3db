package compass.cli;

import static compass.cli.CompassProcess.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.CompassProcess.Outcome;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, the real {@code ./compass}: closing periods of the standard ae-quota plan (issue 16),
 * reopening, verifying the ledger against edited data and a hand-edited ledger, and the payroll
 * export. Every test works on a temporary copy of the plan and its data; the ledger goes to the
 * default {@code ledger/} beside it.
 *
 * <p>What ae-quota pays in 2027-Q1 (its expected-statement.csv): ann 24,220.00, bob 2,250.00, cai
 * 6,000.00.
 */
class LedgerIT {
  private static final Path PLAN_DIR = ROOT.resolve("stdlib-plans/plans/ae-quota");

  @TempDir Path dir;
  private Path ledger;

  @BeforeEach
  void copyThePlan() throws IOException {
    for (String f : List.of("ae-quota.comp", "deals.csv", "people.csv"))
      Files.copy(PLAN_DIR.resolve(f), dir.resolve(f));
    ledger = dir.resolve("ledger");
  }

  private Outcome compass(String... args) throws Exception {
    return CompassProcess.run(dir, Map.of(), args);
  }

  private Outcome close(String period) throws Exception {
    return compass("close", "ae-quota.comp", "--period", period);
  }

  /** The expected rows of one period, header first, from the plan's golden files. */
  private static String expected(String golden, String period) throws IOException {
    List<String> lines = Files.readAllLines(PLAN_DIR.resolve(golden), StandardCharsets.UTF_8);
    return Stream.concat(
            Stream.of(lines.get(0)),
            lines.stream().skip(1).filter(l -> l.contains("," + period + ",")))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void closeWritesThePeriodAsComputedWithItsHashes() throws Exception {
    Outcome o = close("2027-Q1");
    assertEquals(0, o.exit(), o.err());
    assertTrue(o.out().contains("closed 2027-Q1"), o.out());
    Path q1 = ledger.resolve("2027-Q1");
    // the same rows as `run --format csv` and `run --format csv --lines` give for Q1
    assertEquals(
        expected("expected-statement.csv", "2027-Q1"),
        Files.readString(q1.resolve("statement.csv")));
    assertEquals(
        expected("expected-lines.csv", "2027-Q1"), Files.readString(q1.resolve("lines.csv")));
    String manifest = Files.readString(q1.resolve("manifest.txt"));
    assertTrue(manifest.contains("period: 2027-Q1\n"), manifest);
    assertTrue(manifest.contains("pay_date: 2027-03-31\n"), manifest); // the quarter's last day
    assertTrue(manifest.contains("git_commit: none\n"), manifest); // a temp folder: not in git
    assertTrue(manifest.contains("plan_file: " + sha256(dir.resolve("ae-quota.comp"))), manifest);
    assertTrue(manifest.contains("data_file: " + sha256(dir.resolve("deals.csv"))), manifest);
    assertTrue(manifest.contains("data_file: " + sha256(dir.resolve("people.csv"))), manifest);
    assertTrue(
        manifest.contains("file: " + sha256(q1.resolve("statement.csv")) + "  statement.csv"),
        manifest);
    assertTrue(manifest.contains("file: " + sha256(q1.resolve("lines.csv")) + "  lines.csv"));
    // nothing else in the ledger: no temporary folder left behind
    try (Stream<Path> all = Files.list(ledger)) {
      assertEquals(List.of(q1), all.toList());
    }
  }

  @Test
  void closingOutOfOrderIsRefused() throws Exception {
    Outcome o = close("2027-Q2");
    assertEquals(2, o.exit(), o.err());
    assertTrue(
        o.err()
            .contains(
                "error[E0751]: cannot close 2027-Q2: the earlier period 2027-Q1 is still open"),
        o.err());
    assertFalse(Files.exists(ledger.resolve("2027-Q2")));
  }

  @Test
  void closingTwiceIsRefusedAndLeavesTheFolderAsItWas() throws Exception {
    assertEquals(0, close("2027-Q1").exit());
    String before = Files.readString(ledger.resolve("2027-Q1/manifest.txt"));
    Outcome o = close("2027-Q1");
    assertEquals(2, o.exit(), o.err());
    assertTrue(o.err().contains("error[E0750]: 2027-Q1 is already closed"), o.err());
    assertEquals(before, Files.readString(ledger.resolve("2027-Q1/manifest.txt")));
  }

  @Test
  void aPeriodThatIsNotThePlansIsRefused() throws Exception {
    Outcome o = close("2027-Q9");
    assertEquals(2, o.exit(), o.err());
    assertTrue(o.err().contains("error[E0701]: `2027-Q9` is not a pay period of this plan"));
    assertFalse(Files.exists(ledger));
  }

  @Test
  void aPlanWithErrorsIsNotClosed() throws Exception {
    Files.writeString(
        dir.resolve("ae-quota.comp"),
        Files.readString(dir.resolve("ae-quota.comp"))
            .replace("bookings / quota", "bokings / quota"));
    Outcome o = close("2027-Q1");
    assertEquals(1, o.exit(), o.err());
    assertTrue(o.err().contains("error[E0301]"), o.err());
    assertFalse(Files.exists(ledger.resolve("2027-Q1")));
  }

  @Test
  void reopenTakesBackOnlyTheLatestAndRecordsWhy() throws Exception {
    assertEquals(0, close("2027-Q1").exit());
    assertEquals(0, close("2027-Q2").exit());
    String q2Manifest = Files.readString(ledger.resolve("2027-Q2/manifest.txt"));

    Outcome early = compass("close", "ae-quota.comp", "--reopen", "2027-Q1", "--reason", "x");
    assertEquals(2, early.exit(), early.err());
    assertTrue(
        early
            .err()
            .contains("error[E0752]: cannot reopen 2027-Q1: the later period 2027-Q2 is closed"),
        early.err());

    Outcome noReason = compass("close", "ae-quota.comp", "--reopen", "2027-Q2");
    assertEquals(2, noReason.exit(), noReason.err());
    assertTrue(noReason.err().contains("error[E0754]"), noReason.err());
    assertTrue(Files.isDirectory(ledger.resolve("2027-Q2")));

    Outcome o =
        compass("close", "ae-quota.comp", "--reopen", "2027-Q2", "--reason", "O-1004 booked twice");
    assertEquals(0, o.exit(), o.err());
    assertFalse(Files.exists(ledger.resolve("2027-Q2")));
    assertTrue(Files.isDirectory(ledger.resolve("2027-Q1")));
    String log = Files.readString(ledger.resolve("reopened.log"));
    assertTrue(log.contains("reopened 2027-Q2\treason: O-1004 booked twice\tplan_hash: "), log);
    String manifestHash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(q2Manifest.getBytes(StandardCharsets.UTF_8)));
    assertTrue(log.contains("manifest: " + manifestHash), log);

    Outcome notClosed = compass("close", "ae-quota.comp", "--reopen", "2027-Q3", "--reason", "x");
    assertEquals(2, notClosed.exit());
    assertTrue(notClosed.err().contains("error[E0753]: 2027-Q3 is not closed"), notClosed.err());

    // closed again after the fix: the log keeps the earlier reopening (append-only)
    assertEquals(0, close("2027-Q2").exit());
    assertTrue(Files.readString(ledger.resolve("reopened.log")).contains("O-1004 booked twice"));
  }

  @Test
  void verifyAgreesWhenNothingChanged() throws Exception {
    close("2027-Q1");
    close("2027-Q2");
    Outcome o = compass("verify", "ae-quota.comp");
    assertEquals(0, o.exit(), o.err());
    assertTrue(o.out().contains("2027-Q1: ledger intact"), o.out());
    assertTrue(o.out().contains("2027-Q2: ledger intact"), o.out());
    assertTrue(o.out().contains("verified: every closed period agrees"), o.out());
  }

  /**
   * O-1001 (ann, 12 months, Jan) edited from 60,000 to 70,000 after Q1 was closed. ann's Q1
   * bookings 290,000; the deal lines are the tiers on the running total (bands 0 / 125,000 /
   * 250,000 at 5% / 8% / 12%): O-1001 0..70,000 x 5% = 3,500.00; O-1002 (24 months, x 1.2) 70,000
   * ..125,000 x 5% + 125,000..140,000 x 8% = 2,750 + 1,200 = 3,950 x 1.2 = 4,740.00; O-1003 (36
   * months, x 1.2) 140,000..250,000 x 8% + 250,000..290,000 x 12% = 8,800 + 4,800 = 13,600 x 1.2 =
   * 16,320.00. Commission 24,560.00 + SPIF 2 x 500 = 25,560.00 against 24,220.00 paid: +1,340.00.
   * bob and cai are untouched.
   */
  @Test
  void verifyNamesTheParticipantWhoseClosedPayoutWouldDiffer() throws Exception {
    close("2027-Q1");
    Path deals = dir.resolve("deals.csv");
    String text = Files.readString(deals);
    assertTrue(text.contains("O-1001,ann,60000.00,"));
    Files.writeString(deals, text.replace("O-1001,ann,60000.00,", "O-1001,ann,70000.00,"));
    Outcome o = compass("verify", "ae-quota.comp");
    assertEquals(1, o.exit(), o.err());
    assertTrue(
        o.err()
            .contains(
                "error[E0620]: 2027-Q1: ann was paid 24220.00; the plan and data now give 25560.00"
                    + " (+1340.00)"),
        o.err());
    assertTrue(
        o.err()
            .contains(
                "Commission O-1001 3000.00 -> 3500.00; Commission O-1002 4380.00 -> 4740.00;"
                    + " Commission O-1003 15840.00 -> 16320.00"),
        o.err());
    assertTrue(o.err().contains("warning[E0621]: the data file deals.csv changed"), o.err());
    assertFalse(o.err().contains(" bob "), o.err());
    assertFalse(o.err().contains(" cai "), o.err());
    assertFalse(o.err().contains("people.csv"), o.err());
    // the ledger is untouched by verify
    assertEquals(
        expected("expected-statement.csv", "2027-Q1"),
        Files.readString(ledger.resolve("2027-Q1/statement.csv")));
  }

  @Test
  void verifyNamesALedgerFileEditedByHand() throws Exception {
    close("2027-Q1");
    Path statement = ledger.resolve("2027-Q1/statement.csv");
    Files.writeString(
        statement,
        Files.readString(statement).replace("ann,2027-Q1,24220.00", "ann,2027-Q1,25220.00"));
    Outcome o = compass("verify", "ae-quota.comp");
    assertEquals(1, o.exit(), o.err());
    assertTrue(o.err().contains("error[E0622]: " + statement + " was edited by hand"), o.err());
    assertTrue(o.out().contains("2027-Q1: ledger edited"), o.out());

    // an edited manifest: its own checksum catches it
    Files.writeString(
        statement,
        Files.readString(statement).replace("ann,2027-Q1,25220.00", "ann,2027-Q1,24220.00"));
    Path manifest = ledger.resolve("2027-Q1/manifest.txt");
    Files.writeString(
        manifest,
        Files.readString(manifest).replace("pay_date: 2027-03-31", "pay_date: 2027-03-30"));
    Outcome m = compass("verify", "ae-quota.comp");
    assertEquals(1, m.exit(), m.err());
    assertTrue(m.err().contains("error[E0622]: " + manifest + " was edited by hand"), m.err());
    // and nothing may be closed on a ledger that cannot be trusted
    Outcome c = close("2027-Q2");
    assertEquals(2, c.exit(), c.err());
    assertTrue(c.err().contains("error[E0756]"), c.err());
  }

  @Test
  void verifyWithAMissingDataFileNamesIt() throws Exception {
    close("2027-Q1");
    Files.delete(dir.resolve("deals.csv"));
    Outcome o = compass("verify", "ae-quota.comp");
    assertEquals(2, o.exit(), o.err());
    assertTrue(
        o.err()
            .contains(
                "error[E0623]: the data file deals.csv read when 2027-Q1 was closed is missing"),
        o.err());
  }

  @Test
  void payrollExportIsReadFromTheLedgerAndAddsUpToTheStatement() throws Exception {
    close("2027-Q1");
    // a later edit must not reach the export: it reads what was paid, not a recomputation
    Path deals = dir.resolve("deals.csv");
    Files.writeString(
        deals, Files.readString(deals).replace("O-1001,ann,60000.00,", "O-1001,ann,70000.00,"));
    Outcome o =
        compass("export", "payroll", "ae-quota.comp", "--period", "2027-Q1", "--out", "pay.csv");
    assertEquals(0, o.exit(), o.err());
    List<String> rows = Files.readAllLines(dir.resolve("pay.csv"));
    assertEquals("participant,amount,currency,pay_date,component,period,deal", rows.get(0));
    assertTrue(
        rows.contains("ann,3000.00,USD,2027-03-31,Commission,2027-Q1,O-1001"), rows.toString());
    // rows per participant against the statement paid: ann 3,000 + 4,380 + 15,840 + 500 + 500 =
    // 24,220.00; bob 2,250.00; cai 6,000.00
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] c = row.split(",");
      sums.merge(c[0], new BigDecimal(c[1]), BigDecimal::add);
      assertTrue(new BigDecimal(c[1]).signum() != 0, row); // lines of nothing are no payment
    }
    assertEquals(
        Map.of(
            "ann", new BigDecimal("24220.00"),
            "bob", new BigDecimal("2250.00"),
            "cai", new BigDecimal("6000.00")),
        sums);
    assertEquals(8, rows.size(), rows.toString()); // header, 5 for ann, 1 for bob, 1 for cai

    Outcome open = compass("export", "payroll", "ae-quota.comp", "--period", "2027-Q2");
    assertEquals(2, open.exit(), open.err());
    assertTrue(open.err().contains("error[E0753]: 2027-Q2 is not closed"), open.err());

    Outcome ontoData =
        compass("export", "payroll", "ae-quota.comp", "--period", "2027-Q1", "--out", "deals.csv");
    assertEquals(2, ontoData.exit(), ontoData.err());
    assertTrue(ontoData.err().contains("error[E0711]"), ontoData.err());
  }
}

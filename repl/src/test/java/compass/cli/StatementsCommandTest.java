package compass.cli;

import static compass.cli.CompassProcess.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compass statements} in-process on a copy of the ae-quota plan: the folder it writes, the
 * periods the ledger closed marked paid, and every refusal (E0760-E0764), each leaving the disk as
 * it was. What ae-quota pays (its expected-statement.csv): ann 24,220.00 in 2027-Q1 and 41,800.00
 * over the year; bob 2,250.00 in 2027-Q1; cai 6,000.00 in 2027-Q1.
 */
class StatementsCommandTest {
  private static final Path PLAN_DIR = ROOT.resolve("stdlib-plans/plans/ae-quota");

  @TempDir Path dir;
  private Path plan;
  private Path out;
  private UnwritableFolder lock;

  @BeforeEach
  void copyThePlan() throws IOException {
    for (String f : List.of("ae-quota.comp", "deals.csv", "people.csv"))
      Files.copy(PLAN_DIR.resolve(f), dir.resolve(f));
    plan = dir.resolve("ae-quota.comp");
    out = dir.resolve("statements");
  }

  @AfterEach
  void unlock() throws Exception {
    if (lock != null) lock.close();
  }

  private InProcess.Outcome statements(String... flags) {
    List<String> args =
        new java.util.ArrayList<>(List.of("statements", plan.toString(), "--out", out.toString()));
    args.addAll(List.of(flags));
    return InProcess.execute(args.toArray(String[]::new));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> all = Files.list(folder)) {
      return all.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesOnePagePerParticipantAndAnIndex() throws IOException {
    InProcess.Outcome o = statements();
    assertEquals(0, o.code(), o.err());
    assertEquals("3 statements and index.html written to " + out + "\n", o.out());
    assertEquals(
        List.of(".compass-statements", "ann.html", "bob.html", "cai.html", "index.html"),
        names(out));
    String ann = Files.readString(out.resolve("ann.html"));
    assertTrue(ann.contains("<h1 class=\"st-name\">Ann Archer</h1>"), ann);
    assertTrue(ann.contains("data-ytd=\"41800.00\">41,800.00 USD</strong>"), ann);
    assertTrue(ann.contains("data-period=\"2027-Q1\" data-payout=\"24220.00\""), ann);
    String index = Files.readString(out.resolve("index.html"));
    assertTrue(index.contains("<a href=\"ann.html\">Ann Archer</a>"), index);
    assertEquals(List.of("ae-quota.comp", "deals.csv", "people.csv", "statements"), names(dir));
  }

  @Test
  void onePeriodOnly() throws IOException {
    InProcess.Outcome o = statements("--period", "2027-Q1");
    assertEquals(0, o.code(), o.err());
    String ann = Files.readString(out.resolve("ann.html"));
    assertTrue(ann.contains("data-period=\"2027-Q1\" data-payout=\"24220.00\""), ann);
    assertFalse(ann.contains("section class=\"st-period\" id=\"period-2027-Q2\""), ann);
  }

  @Test
  void aClosedPeriodIsMarkedPaid() throws IOException {
    InProcess.Outcome closed =
        InProcess.execute(
            "close", plan.toString(), "--period", "2027-Q1", "--pay-date", "2027-04-15");
    assertEquals(0, closed.code(), closed.err());
    InProcess.Outcome o = statements();
    assertEquals(0, o.code(), o.err());
    String ann = Files.readString(out.resolve("ann.html"));
    assertTrue(
        ann.contains("<h2>2027-Q1 <span class=\"st-paid\">paid 2027-04-15</span></h2>"), ann);
    assertTrue(
        ann.contains("<h2>2027-Q2 <span class=\"st-open\">open: not yet paid</span></h2>"), ann);
    // the same with the ledger named
    Path moved = dir.resolve("paid-record");
    Files.move(dir.resolve("ledger"), moved);
    o = statements("--ledger", moved.toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(Files.readString(out.resolve("bob.html")).contains("paid 2027-04-15"));
  }

  @Test
  void anEarlierOutputIsReplacedWhole() throws IOException {
    assertEquals(0, statements().code());
    Files.writeString(out.resolve("zed.html"), "a participant no longer paid");
    InProcess.Outcome o = statements();
    assertEquals(0, o.code(), o.err());
    assertEquals(
        List.of(".compass-statements", "ann.html", "bob.html", "cai.html", "index.html"),
        names(out));
    assertEquals(List.of("ae-quota.comp", "deals.csv", "people.csv", "statements"), names(dir));
  }

  @Test
  void anEmptyFolderIsFilled() throws IOException {
    Files.createDirectory(out);
    InProcess.Outcome o = statements();
    assertEquals(0, o.code(), o.err());
    assertTrue(Files.exists(out.resolve("ann.html")));
  }

  @Test
  void aFileIsNotAFolder() throws IOException {
    Files.writeString(out, "keep me");
    InProcess.Outcome o = statements();
    assertEquals(2, o.code());
    assertTrue(
        o.err()
            .startsWith(
                "error[E0760]: refusing to write the statements to " + out + ": it is a file"),
        o.err());
    assertEquals("keep me", Files.readString(out));
  }

  @Test
  void aFolderOfOtherFilesIsRefused() throws IOException {
    Files.createDirectory(out);
    Files.writeString(out.resolve("notes.txt"), "keep me");
    InProcess.Outcome o = statements();
    assertEquals(2, o.code());
    assertTrue(o.err().contains("error[E0761]"), o.err());
    assertTrue(o.err().contains("(notes.txt)"), o.err());
    assertEquals(List.of("notes.txt"), names(out));
    // the plan's own folder
    out = dir;
    o = statements();
    assertEquals(2, o.code());
    assertTrue(o.err().contains("error[E0761]"), o.err());
    assertEquals(List.of("ae-quota.comp", "deals.csv", "people.csv", "statements"), names(dir));
  }

  @Test
  void anEarlierOutputWithOtherFilesAddedIsRefused() throws IOException {
    assertEquals(0, statements().code());
    Files.writeString(out.resolve("notes.txt"), "keep me");
    InProcess.Outcome o = statements();
    assertEquals(2, o.code());
    assertTrue(o.err().contains("error[E0761]"), o.err());
    assertTrue(Files.exists(out.resolve("notes.txt")));
  }

  @Test
  void pdfAndOtherFormatsAreRefused() {
    InProcess.Outcome o = statements("--format", "pdf");
    assertEquals(2, o.code());
    assertTrue(
        o.err().startsWith("error[E0762]: PDF statements are not built into compass"), o.err());
    o = statements("--format", "docx");
    assertEquals(2, o.code());
    assertTrue(o.err().startsWith("error[E0762]: unknown format `docx`"), o.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void anUnknownPeriodWritesNothing() {
    InProcess.Outcome o = statements("--period", "2031-Q5");
    assertEquals(2, o.code());
    assertTrue(
        o.err().contains("error[E0701]: `2031-Q5` is not a pay period of this plan"), o.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void anUnwritableFolderWritesNothing() throws Exception {
    Path parent = Files.createDirectory(dir.resolve("locked"));
    out = parent.resolve("statements");
    lock = UnwritableFolder.lock(parent);
    assumeTrue(lock.locked(), "cannot make a folder unwritable on this machine");
    InProcess.Outcome o = statements();
    assertEquals(2, o.code());
    assertTrue(o.err().startsWith("error[E0763]: cannot write the statements to " + out), o.err());
    lock.close();
    lock = null;
    assertEquals(List.of(), names(parent));
  }

  @Test
  void aDamagedLedgerIsRefused() throws IOException {
    Files.createDirectories(dir.resolve("ledger/2027-Q1"));
    InProcess.Outcome o = statements();
    assertEquals(2, o.code());
    assertTrue(o.err().startsWith("error[E0764]: the ledger cannot be trusted"), o.err());
    assertTrue(o.err().contains("manifest.txt is missing"), o.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void idsThatDifferOnlyInCaseAreRefused() throws IOException {
    Files.writeString(
        dir.resolve("people.csv"),
        "id,name,role,target_incentive\nann,Ann,ae,40000\nbob,Bob,ae,1\ncai,Cai,ae,1\nAnn,Other,ae,1\n");
    InProcess.Outcome o = statements();
    assertEquals(2, o.code(), o.err());
    assertTrue(o.err().contains("error[E0763]: the participants `Ann` and `ann`"), o.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void namesAndIdsFromTheDataAreEscapedAndEncoded() throws IOException {
    Files.writeString(
        dir.resolve("people.csv"),
        "id,name,role,target_incentive\nann,<script>alert(1)</script>,ae,40000\nbob,Bob,ae,1\ncai,Cai,ae,1\nx/y,Xavier,ae,1\n");
    InProcess.Outcome o = statements();
    assertEquals(0, o.code(), o.err());
    String ann = Files.readString(out.resolve("ann.html"));
    assertFalse(ann.contains("<script"), ann);
    assertTrue(
        ann.contains("<h1 class=\"st-name\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), ann);
    assertTrue(Files.exists(out.resolve("x%2Fy.html")));
    assertTrue(Files.readString(out.resolve("index.html")).contains("href=\"x%252Fy.html\""));
  }

  @Test
  void aParticipantPaidInAnotherCurrencySeesBothAmounts() throws IOException {
    // the plan of PayCurrencyRunTest: ann is paid in EUR, bob in the plan's USD
    Path eur = Files.createDirectory(dir.resolve("eur"));
    Files.writeString(
        eur.resolve("plan.comp"),
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
        """);
    Files.writeString(eur.resolve("people.csv"), "id,role,pay_currency\nann,ae,EUR\nbob,ae,\n");
    Files.writeString(
        eur.resolve("deals.csv"),
        "id,owner,amount,stage,close_date\n"
            + "A1,ann,60000,closed_won,2027-01-10\n"
            + "A2,ann,40000,closed_won,2027-03-05\n"
            + "B1,bob,50000,closed_won,2027-02-01\n");
    Files.writeString(
        eur.resolve("fx.csv"), "currency,date,rate\nEUR,2027-03-31,1.08695652173913\n");
    plan = eur.resolve("plan.comp");
    InProcess.Outcome o = statements();
    assertEquals(0, o.code(), o.err());
    // ann: 10,000.00 USD / 1.08695652173913 USD per EUR = 9,200.00 EUR
    String ann = Files.readString(out.resolve("ann.html"));
    assertTrue(ann.contains("Payout <strong>10,000.00 USD</strong>"), ann);
    assertTrue(
        ann.contains(
            "Paid in EUR: <strong>9,200.00 EUR</strong> (1.08695652173913 USD per EUR, the rate of"
                + " 2027-03-31)"),
        ann);
    assertFalse(
        Files.readString(out.resolve("bob.html")).contains("st-local")); // bob is paid in USD
  }
}

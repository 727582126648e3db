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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, end to end with the real {@code ./compass}: after 2027-Q1 of the standard ae-quota plan
 * is closed, the data changes under it (one Q1 deal's amount edited, another re-dated into Q2, a
 * third deleted). Q1 must still show what was paid; Q2 must carry one adjustment line per
 * participant and component equal to the exact difference; explain must name the three edits.
 *
 * <p>By hand, for ann (quota 250,000 a quarter, marginal 5% to 125,000 then 8% to 250,000, x 1.2
 * when term_months >= 24; SPIF 500 per deal of 24 months or more closed in Q1): at the close Q1
 * paid Commission 23,220.00 and SPIF 1,000.00 (O-1001 60,000 + O-1002 70,000 + O-1003 150,000).
 * Today Q1 holds only O-1003 at 160,000: 125,000 x 5% + 35,000 x 8% = 9,050.00, x 1.2 (36 months) =
 * 10,860.00, and one SPIF of 500.00. So Q2 carries Commission 10,860.00 - 23,220.00 = -12,360.00
 * and SPIF 500.00 - 1,000.00 = -500.00.
 */
class PriorPeriodIT {
  private static final Path PLAN_DIR = ROOT.resolve("stdlib-plans/plans/ae-quota");

  @TempDir Path dir;

  @BeforeEach
  void copyThePlan() throws IOException {
    for (String f : List.of("ae-quota.comp", "deals.csv", "people.csv"))
      Files.copy(PLAN_DIR.resolve(f), dir.resolve(f));
  }

  private Outcome compass(String... args) throws Exception {
    return CompassProcess.run(dir, Map.of(), args);
  }

  /** Edits O-1003's amount, re-dates O-1002 into Q2 and deletes O-1001. */
  private void changeTheDataUnderQ1() throws IOException {
    Path deals = dir.resolve("deals.csv");
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(deals, StandardCharsets.UTF_8)) {
      if (line.startsWith("O-1001,")) continue;
      if (line.startsWith("O-1002,")) line = line.replace("2027-02-03", "2027-04-05");
      if (line.startsWith("O-1003,")) line = line.replace("150000.00", "160000.00");
      out.add(line);
    }
    Files.write(deals, out, StandardCharsets.UTF_8);
  }

  /** RFC 4180 rows: quoted cells may hold commas (a component's name, a note). */
  private static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') quoted = false;
        else cell.append(c);
      } else if (c == '"') quoted = true;
      else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') cell.append(c);
    }
    return rows;
  }

  /** Per participant and component, the sum of the line amounts of one period (lines CSV). */
  private static Map<String, BigDecimal> byComponent(String linesCsv, String period) {
    Map<String, BigDecimal> out = new TreeMap<>();
    for (List<String> r : csv(linesCsv).subList(1, csv(linesCsv).size()))
      if (r.get(1).equals(period))
        out.merge(r.get(0) + " / " + r.get(2), new BigDecimal(r.get(4)), BigDecimal::add);
    return out;
  }

  @Test
  void aClosedPeriodStaysPaidAndEachChangeIsOneAdjustmentInTheNextPeriod() throws Exception {
    assertEquals(0, compass("close", "ae-quota.comp", "--period", "2027-Q1").exit());
    String paidStatement = Files.readString(dir.resolve("ledger/2027-Q1/statement.csv"));
    String paidLines = Files.readString(dir.resolve("ledger/2027-Q1/lines.csv"));
    changeTheDataUnderQ1();

    // Q1 is what the ledger says was paid, row for row
    Outcome q1 = compass("run", "ae-quota.comp", "--period", "2027-Q1", "--format", "csv");
    assertEquals(0, q1.exit(), q1.err());
    assertEquals(paidStatement, q1.out());
    assertTrue(
        q1.err()
            .contains(
                "closed: 2027-Q1 (paid 2027-03-31), shown as paid (the ledger); later changes are"
                    + " prior-period adjustments\n"),
        q1.err());

    // the independent computation: today's Q1 from scratch, less what the ledger paid
    Outcome scratch =
        compass("run", "ae-quota.comp", "--format", "csv", "--lines", "--ignore-ledger");
    assertEquals(0, scratch.exit(), scratch.err());
    Map<String, BigDecimal> today = byComponent(scratch.out(), "2027-Q1");
    Map<String, BigDecimal> paid = byComponent(paidLines, "2027-Q1");
    Map<String, BigDecimal> expected = new TreeMap<>();
    for (String k : union(today, paid)) {
      BigDecimal d =
          today.getOrDefault(k, BigDecimal.ZERO).subtract(paid.getOrDefault(k, BigDecimal.ZERO));
      if (d.signum() != 0) expected.put(k + " (prior-period adjustment, 2027-Q1)", d);
    }

    Outcome lines = compass("run", "ae-quota.comp", "--format", "csv", "--lines");
    assertEquals(0, lines.exit(), lines.err());
    Map<String, BigDecimal> adjustments = new TreeMap<>();
    byComponent(lines.out(), "2027-Q2")
        .forEach(
            (k, v) -> {
              if (k.contains("(prior-period adjustment, ")) adjustments.put(k, v);
            });
    assertEquals(expected, adjustments);
    // and by hand (class comment)
    assertEquals(
        new BigDecimal("-12360.00"),
        adjustments.get("ann / Commission (prior-period adjustment, 2027-Q1)"));
    assertEquals(
        new BigDecimal("-500.00"),
        adjustments.get("ann / Multi-year SPIF (prior-period adjustment, 2027-Q1)"));
    // no adjustment anywhere else: each difference appears once
    for (String period : List.of("2027-Q1", "2027-Q3", "2027-Q4"))
      for (String k : byComponent(lines.out(), period).keySet())
        assertFalse(k.contains("prior-period adjustment"), period + ": " + k);

    // ann's Q2: 2,940.00 earned now (O-1002 moved in), less 12,860.00 of adjustments, is
    // -9,920.00: not paid as negative cash but carried as owed, and recovered in Q3
    Outcome statement = compass("run", "ae-quota.comp", "--format", "csv");
    assertTrue(
        statement
            .out()
            .contains("ann,2027-Q2,0.00,24220.00,USD,-9920.00,-9920.00,0.00,0.00,9920.00"),
        statement.out());
  }

  @Test
  void explainNamesEachEditBehindTheAdjustment() throws Exception {
    assertEquals(0, compass("close", "ae-quota.comp", "--period", "2027-Q1").exit());
    changeTheDataUnderQ1();
    Outcome o = compass("explain", "ae-quota.comp", "--period", "2027-Q2", "--participant", "ann");
    assertEquals(0, o.exit(), o.err());
    assertTrue(
        o.out().contains("Commission (prior-period adjustment, 2027-Q1)  -12,360.00 USD"), o.out());
    assertTrue(
        o.out()
            .contains(
                "prior-period adjustment, 2027-Q1: Commission pays 10,860.00 on today's data and"
                    + " plan, 23,220.00 was paid"),
        o.out());
    assertTrue(
        o.out()
            .contains(
                "O-1001 removed (was owner ann, amount 60000.00, stage closed_won, close_date"
                    + " 2027-01-10, term_months 12)"),
        o.out());
    assertTrue(
        o.out().contains("O-1002 changed: close_date 2027-02-03 -> 2027-04-05 (now in 2027-Q2)"),
        o.out());
    assertTrue(o.out().contains("O-1003 changed: amount 150000.00 -> 160000.00"), o.out());

    // the closed period explains what was paid, from the ledger
    Outcome q1 = compass("explain", "ae-quota.comp", "--period", "2027-Q1", "--participant", "ann");
    assertTrue(
        q1.out()
            .startsWith(
                "ann 2027-Q1 payout (closed: as paid on 2027-03-31, from the ledger)  24,220.00"
                    + " USD"),
        q1.out());
  }

  @Test
  void aPlanChangeIsNamedAndAdjustmentsCanBeHeldToYearEnd() throws Exception {
    assertEquals(0, compass("close", "ae-quota.comp", "--period", "2027-Q1").exit());
    Path plan = dir.resolve("ae-quota.comp");
    String text = Files.readString(plan);
    // the SPIF doubles, and adjustments wait for the last period
    String changed =
        text.replace("pay 500 per deal", "pay 1000 per deal")
            .replace(
                "  effective 2027-01-01 to 2027-12-31",
                "  effective 2027-01-01 to 2027-12-31\n  adjustments held to year end");
    assertFalse(changed.equals(text));
    assertTrue(changed.contains("adjustments held to year end"), "the plan has an effective line");
    Files.writeString(plan, changed);

    Outcome lines = compass("run", "ae-quota.comp", "--format", "csv", "--lines");
    assertEquals(0, lines.exit(), lines.err());
    // ann had two multi-year deals in Q1: 2 x 500 more, paid in 2027-Q4, not Q2
    assertEquals(
        new BigDecimal("1000.00"),
        byComponent(lines.out(), "2027-Q4")
            .get("ann / Multi-year SPIF (prior-period adjustment, 2027-Q1)"));
    for (String k : byComponent(lines.out(), "2027-Q2").keySet())
      assertFalse(k.contains("prior-period adjustment"), k);
    Outcome o = compass("explain", "ae-quota.comp", "--period", "2027-Q4", "--participant", "ann");
    assertTrue(o.out().contains("the plan changed since 2027-Q1 was closed"), o.out());
  }

  @Test
  void aLedgerEditedByHandIsRefusedByRunAndIgnoreLedgerComputesFromScratch() throws Exception {
    assertEquals(0, compass("close", "ae-quota.comp", "--period", "2027-Q1").exit());
    Path statement = dir.resolve("ledger/2027-Q1/statement.csv");
    Files.writeString(statement, Files.readString(statement).replace("24220.00", "34220.00"));
    Outcome o = compass("run", "ae-quota.comp");
    assertEquals(2, o.exit(), o.err());
    assertTrue(o.err().contains("error[E0756]"), o.err());
    assertTrue(o.err().contains("was edited by hand since 2027-Q1 was closed"), o.err());
    Outcome scratch = compass("run", "ae-quota.comp", "--format", "csv", "--ignore-ledger");
    assertEquals(0, scratch.exit(), scratch.err());
    assertEquals(Files.readString(PLAN_DIR.resolve("expected-statement.csv")), scratch.out());
  }

  @Test
  void closingTheNextPeriodPaysTheAdjustmentsAndVerifyAgrees() throws Exception {
    assertEquals(0, compass("close", "ae-quota.comp", "--period", "2027-Q1").exit());
    changeTheDataUnderQ1();
    Outcome q2 = compass("close", "ae-quota.comp", "--period", "2027-Q2");
    assertEquals(0, q2.exit(), q2.err());
    String q2Lines = Files.readString(dir.resolve("ledger/2027-Q2/lines.csv"));
    assertTrue(
        q2Lines.contains("\"Commission (prior-period adjustment, 2027-Q1)\",,-12360.00"), q2Lines);
    // once paid, an adjustment is not paid again: Q3 carries none
    Outcome lines = compass("run", "ae-quota.comp", "--format", "csv", "--lines");
    for (String k : byComponent(lines.out(), "2027-Q3").keySet())
      assertFalse(k.contains("prior-period adjustment"), k);
    // each closed period recomputes as it was closed (Q2 on what Q1 paid)
    Outcome v = compass("verify", "ae-quota.comp");
    assertTrue(v.out().contains("2027-Q1: ledger intact"), v.out());
    assertTrue(v.out().contains("2027-Q2: ledger intact"), v.out());
    // Q1 differs from today's data (the three edits), Q2 does not
    assertTrue(v.err().contains("2027-Q1: ann was paid 24220.00"), v.err());
    assertFalse(v.err().contains("2027-Q2: ann was paid"), v.err());
  }

  @Test
  void aParticipantWhoLeftKeepsWhatWasPaid() throws Exception {
    assertEquals(0, compass("close", "ae-quota.comp", "--period", "2027-Q1").exit());
    String paid = Files.readString(dir.resolve("ledger/2027-Q1/statement.csv"));
    // cai leaves: out of the people file, and their deals with them
    for (String f : List.of("people.csv", "deals.csv")) {
      Path file = dir.resolve(f);
      List<String> kept =
          Files.readAllLines(file, StandardCharsets.UTF_8).stream()
              .filter(l -> !l.contains(",cai,") && !l.startsWith("cai,"))
              .toList();
      Files.write(file, kept, StandardCharsets.UTF_8);
    }
    Outcome o = compass("run", "ae-quota.comp", "--period", "2027-Q1", "--format", "csv");
    assertEquals(0, o.exit(), o.err());
    assertEquals(paid, o.out()); // cai's 6,000.00 of Q1 is still on the record
    assertTrue(paid.contains("\ncai,2027-Q1,6000.00,"), paid);
  }

  @Test
  void aLedgerThatIsNotThePlansFirstPeriodsIsRefused() throws Exception {
    assertEquals(0, compass("close", "ae-quota.comp", "--period", "2027-Q1").exit());
    Path plan = dir.resolve("ae-quota.comp");
    Files.writeString(plan, Files.readString(plan).replace("pays quarterly", "pays monthly"));
    Outcome o = compass("run", "ae-quota.comp");
    assertEquals(2, o.exit(), o.err());
    assertTrue(
        o.err()
            .contains(
                "error[E0758]: the ledger "
                    + dir.resolve("ledger")
                    + " closes 2027-Q1, which is not the plan's pay period 2027-01"),
        o.err());
  }

  @Test
  void diffShowsTheAdjustmentsANewPlanWouldPayForClosedPeriods() throws Exception {
    assertEquals(0, compass("close", "ae-quota.comp", "--period", "2027-Q1").exit());
    Path b = dir.resolve("ae-quota-b.comp");
    Files.writeString(
        b,
        Files.readString(dir.resolve("ae-quota.comp"))
            .replace("pay 500 per deal", "pay 1000 per deal"));
    Outcome o = compass("diff", "ae-quota.comp", "ae-quota-b.comp");
    assertEquals(0, o.exit(), o.err());
    // Q1 is closed under either plan; B pays ann's two Q1 multi-year deals 500 more each, in Q2
    assertTrue(
        o.out().contains("adjustments for closed periods (paid in an open period):"), o.out());
    assertTrue(
        o.out()
            .contains(
                "ann          2027-Q2  Multi-year SPIF (prior-period adjustment, 2027-Q1)      0.00"
                    + "  1,000.00  1,000.00\n"),
        o.out());
  }

  @Test
  void theReplShowsClosedPeriodsAndWhatIfsChangeOnlyOpenOnes() throws Exception {
    assertEquals(0, compass("close", "ae-quota.comp", "--period", "2027-Q1").exit());
    String out =
        repl("what if ann closes 20_000 on 2027-03-20\npayout ann 2027-Q1\n", "ae-quota.comp");
    assertTrue(
        out.contains(
            "2027-Q1 (paid 2027-03-31) closed: it shows what was paid, and what-ifs change only the"
                + " open periods"),
        out);
    assertTrue(out.contains("closed periods are unchanged: 2027-Q1 (paid 2027-03-31)"), out);
    assertTrue(out.contains("ann  2027-Q1  24,220.00  USD\n"), out);
  }

  private String repl(String input, String plan) throws Exception {
    Path in = Files.createTempFile(dir, "in", ".txt");
    Path out = Files.createTempFile(dir, "out", ".txt");
    Files.writeString(in, input, StandardCharsets.UTF_8);
    Process p =
        new ProcessBuilder(ROOT.resolve("compass").toString(), "repl", plan)
            .directory(dir.toFile())
            .redirectInput(in.toFile())
            .redirectOutput(out.toFile())
            .redirectErrorStream(true)
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "compass did not finish");
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static java.util.Set<String> union(Map<String, ?> a, Map<String, ?> b) {
    java.util.Set<String> all = new java.util.TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }
}

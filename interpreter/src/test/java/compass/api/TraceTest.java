package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.eval.Evaluation;
import compass.explain.TraceStep;
import compass.explain.TraceStep.Kind;
import compass.explain.Tracer;
import compass.result.Explanation;
import compass.result.LineItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, point 3: the evaluator records its decisions as data; a plain run records nothing;
 * notes are written from the steps; explain evaluates only the participant it explains.
 */
final class TraceTest {
  /**
   * Quota 100,000 a quarter, so the bands start at 0 and 100,000 of bookings. ann books 150,000:
   * 100,000 x 5% + 50,000 x 8% = 5,000 + 4,000 = 9,000; D1 (90,000) is 4,500 of it, D2 the other
   * 4,500. Her bonus of 2,000 is capped at 1,500 (500 cut). bob's share is 0, so `bookings / share`
   * cannot be computed for him (division by zero).
   */
  static final String PLAN =
      """
      plan "Trace" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-03-31

      stages open, closed_won

      input people from "people.csv":
        id: text
        role: text
        share: number

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date

      credit deals where stage is closed_won to owner on close_date

      quota = 100_000 USD per quarter
      bookings = sum of amount

      component "Commission" for role ae:
        marginal tiers on bookings
          from 0% pay 5%
          from 100% pay 8%

      component "Bonus" for role ae:
        pay 2_000
        cap 1_500

      component "Shared" for role pool:
        pay bookings / share * 1%
      """;

  static final String PEOPLE = "id,role,share\nann,ae,1\nbob,pool,0\n";
  static final String DEALS =
      "id,owner,amount,stage,close_date\n"
          + "D1,ann,90000,closed_won,2027-02-10\nD2,ann,60000,closed_won,2027-03-01\nD3,bob,10000,closed_won,2027-03-02\n";

  @TempDir Path dir;
  Path plan;

  @BeforeEach
  void write() throws IOException {
    plan = dir.resolve("trace.comp");
    Files.writeString(plan, PLAN);
    Files.writeString(dir.resolve("people.csv"), PEOPLE);
    Files.writeString(dir.resolve("deals.csv"), DEALS);
  }

  @Test
  void theNoOpTracerIsOneObjectThatKeepsNothing() {
    assertSame(Tracer.OFF, Tracer.OFF.fresh());
    Tracer.OFF.add(TraceStep.of(Kind.NOTE, "dropped"));
    assertTrue(Tracer.OFF.steps().isEmpty());
    assertFalse(Tracer.OFF.on());
    Tracer recording = Tracer.recording();
    recording.add(TraceStep.of(Kind.NOTE, "kept"));
    assertEquals(1, recording.steps().size());
    assertTrue(recording.fresh().steps().isEmpty());
  }

  @Test
  void aPlainRunRecordsNoStepsAndWritesNoWords() {
    Evaluation ev = evaluate(false);
    assertFalse(ev.lines().isEmpty());
    for (LineItem l : ev.lines()) {
      assertTrue(l.trace().isEmpty(), l.toString());
      assertEquals("", l.note(), l.toString());
    }
  }

  @Test
  void theNoteOfEveryLineIsWrittenFromItsSteps() {
    Evaluation ev = evaluate(true);
    for (LineItem l : ev.lines()) {
      assertFalse(l.trace().isEmpty(), l.toString());
      assertEquals(TraceStep.note(l.trace()), l.note());
    }
  }

  @Test
  void theTiersStepCarriesEachBandWithItsSliceRateAndAmount() {
    LineItem rest =
        evaluate(true).lines().stream()
            .filter(
                l ->
                    l.participant().equals("ann")
                        && l.component().equals("Commission")
                        && l.deal().isEmpty())
            .findFirst()
            .orElseThrow();
    assertEquals(0, rest.amount().signum(), "9,000 earned, the deal lines 4,500 + 4,500");
    TraceStep tiers =
        rest.trace().stream().filter(s -> s.kind() == Kind.TIERS).findFirst().orElseThrow();
    assertEquals(0, new BigDecimal("150000").compareTo(tiers.basis()));
    assertEquals(0, new BigDecimal("9000").compareTo(tiers.amount()));
    List<TraceStep> bands = tiers.children().stream().filter(s -> s.kind() == Kind.BAND).toList();
    assertEquals(2, bands.size());
    assertBand(bands.get(0), "100,000.00 x 5%", "100000", "0.05", "5000");
    assertBand(bands.get(1), "50,000.00 x 8%", "50000", "0.08", "4000");
    assertEquals("100%", bands.get(1).span().text(), "a band is named by its lower bound");
    TraceStep quota =
        tiers.children().stream().filter(s -> s.kind() == Kind.AGAINST).findFirst().orElseThrow();
    assertEquals("quota", quota.label());
    assertEquals(0, new BigDecimal("100000").compareTo(quota.amount()));
  }

  @Test
  void aCapRecordsItsLimitAndWhatItCut() {
    LineItem bonus =
        evaluate(true).lines().stream()
            .filter(l -> l.component().equals("Bonus"))
            .findFirst()
            .orElseThrow();
    assertEquals(0, new BigDecimal("1500.00").compareTo(bonus.amount()));
    TraceStep cap =
        bonus.trace().stream().filter(s -> s.kind() == Kind.CAP).findFirst().orElseThrow();
    assertEquals("cap 1,500.00: 500.00 cut", cap.label());
    assertEquals(0, new BigDecimal("1500").compareTo(cap.basis()));
    assertEquals(0, new BigDecimal("-500").compareTo(cap.amount()));
    assertEquals("cap 1_500", cap.span().text());
    assertEquals("pay 2_000 = 2,000.00; cap 1,500.00: 500.00 cut", bonus.note());
  }

  @Test
  void explainNamesTheRowEachDealWasReadFrom() {
    ExplainResult ann = Compass.explain(new RunRequest(plan, null, "2027-Q1", true), "ann");
    Explanation commission =
        ann.explanation().children().stream()
            .filter(c -> c.label().equals("Commission"))
            .findFirst()
            .orElseThrow();
    Explanation d2 =
        commission.children().stream()
            .filter(c -> c.label().equals("deal D2"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        0,
        new BigDecimal("4500.00").compareTo(d2.amount()),
        "tiers(150,000) - tiers(90,000) = 9,000 - 4,500");
    assertEquals("deals.csv:3", d2.source());
    assertEquals("deal_share", d2.children().get(0).kind());
  }

  /**
   * run --lines keeps only the steps its notes are written from: a deal line costs no more than its
   * note.
   */
  @Test
  void linesWithNotesRecordNoRowPerDeal() {
    LineItem d2 =
        evaluate(true).lines().stream()
            .filter(l -> l.deal().equals("D2"))
            .findFirst()
            .orElseThrow();
    assertTrue(d2.trace().stream().noneMatch(s -> s.kind() == Kind.CREDIT), d2.trace().toString());
    assertEquals(
        "this deal's commission: the tiers on the running total after it minus before it",
        d2.note());
  }

  /** A run evaluates bob and stops on his share of 0; explaining ann does not evaluate him. */
  @Test
  void explainingOneParticipantEvaluatesOnlyThatParticipant() {
    RunResult run = Compass.run(new RunRequest(plan, null, null, false));
    assertTrue(
        run.diagnostics().stream().anyMatch(Diagnostic::isError), "the whole book fails on bob");
    ExplainResult ann = Compass.explain(new RunRequest(plan, null, "2027-Q1", true), "ann");
    assertTrue(ann.ok(), ann.diagnostics().toString());
    assertEquals(
        0,
        new BigDecimal("10500.00").compareTo(ann.explanation().amount()),
        "9,000 commission + 1,500 bonus");
    ExplainResult bob = Compass.explain(new RunRequest(plan, null, "2027-Q1", true), "bob");
    assertFalse(bob.ok());
  }

  private Evaluation evaluate(boolean lines) {
    Diagnostics diags = new Diagnostics();
    var checked = Compass.load(plan, diags);
    assertNotNull(checked, diags.all().toString());
    Path data = dir;
    // bob's share of 0 fails his evaluation: these tests look at ann alone
    Evaluation ev = Compass.evaluate(checked, withoutBob(data), diags, false, lines);
    assertNotNull(ev, diags.all().toString());
    return ev;
  }

  private Path withoutBob(Path data) {
    try {
      Path d = Files.createDirectories(data.resolve("ann-only"));
      Files.writeString(d.resolve("people.csv"), "id,role,share\nann,ae,1\n");
      Files.writeString(
          d.resolve("deals.csv"), DEALS.replace("D3,bob,10000,closed_won,2027-03-02\n", ""));
      return d;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertBand(
      TraceStep band, String label, String slice, String rate, String amount) {
    assertEquals(label, band.label());
    assertEquals(0, new BigDecimal(slice).compareTo(band.basis()), label);
    assertEquals(0, new BigDecimal(rate).compareTo(band.rate()), label);
    assertEquals(0, new BigDecimal(amount).compareTo(band.amount()), label);
  }
}

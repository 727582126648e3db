package compass.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.check.CheckedPlan;
import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import compass.result.LineItem;
import compass.result.StatementRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs small plans written inline, for the SEMANTICS worked-example tests. */
final class SemanticsSupport {
  private SemanticsSupport() {}

  static final String PEOPLE_FIELDS =
      """
      input people from "people.csv":
        id: text
        role: text
        target_incentive: money

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date
        term_months: integer

      credit deals where stage is closed_won to owner on close_date

      """;

  /** A plan header; {@code settings} are extra header lines (each indented by two spaces). */
  static String header(String currency, String pays, String effective, String... settings) {
    StringBuilder sb = new StringBuilder("plan \"Semantics example\" version 1\n");
    sb.append("  currency ").append(currency).append('\n');
    for (String s : settings) sb.append("  ").append(s).append('\n');
    sb.append("  pays ").append(pays).append('\n');
    sb.append("  effective ").append(effective).append('\n');
    sb.append("\nstages prospecting, closed_won, closed_lost\n\n");
    sb.append(PEOPLE_FIELDS);
    return sb.toString();
  }

  /** The usual header: USD, quarterly, calendar 2027, quota 100,000 per quarter. */
  static String standard(String rest) {
    return header("USD", "quarterly", "2027-01-01 to 2027-12-31")
        + """
        quota = 100_000 USD per quarter
        bookings = sum of amount
        attainment = bookings / quota
        when quota is 0 then attainment = 0%

        """
        + rest;
  }

  static final String ONE_AE = "id,role,target_incentive\nann,ae,20000\n";

  /** One deals.csv row: id, owner, amount, stage, close date, term months. */
  static String deal(String id, String owner, String amount, String stage, String date, int term) {
    return id + "," + owner + "," + amount + "," + stage + "," + date + "," + term + "\n";
  }

  static String won(String id, String amount, String date) {
    return deal(id, "ann", amount, "closed_won", date, 12);
  }

  static String deals(String... rows) {
    return "id,owner,amount,stage,close_date,term_months\n" + String.join("", rows);
  }

  static void write(Path dir, String name, String text) {
    try {
      Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the plan and its data, checks and evaluates it with attribution; fails on any error. */
  static Evaluation run(Path dir, String plan, String people, String deals) {
    write(dir, "p.comp", plan);
    write(dir, "people.csv", people);
    write(dir, "deals.csv", deals);
    Diagnostics diags = new Diagnostics();
    CheckedPlan checked = Compass.load(dir.resolve("p.comp"), diags);
    Evaluation ev = checked == null ? null : Compass.evaluate(checked, dir, diags, true);
    assertFalse(
        diags.hasErrors(),
        () -> "errors:\n" + DiagnosticRenderer.renderAll(diags.all()) + "\nplan:\n" + plan);
    assertNotNull(ev, () -> "no evaluation:\n" + DiagnosticRenderer.renderAll(diags.all()));
    return ev;
  }

  /** A plan header and stages line only; the caller writes its own inputs and credit rule. */
  static String bare(String currency, String pays, String effective) {
    return "plan \"Semantics example\" version 1\n  currency "
        + currency
        + "\n  pays "
        + pays
        + "\n  effective "
        + effective
        + "\n\nstages prospecting, closed_won, closed_lost\n\n";
  }

  private static Diagnostics evaluateFiles(
      Path dir, String plan, String[] files, Evaluation[] out) {
    write(dir, "p.comp", plan);
    for (int i = 0; i + 1 < files.length; i += 2) write(dir, files[i], files[i + 1]);
    Diagnostics diags = new Diagnostics();
    CheckedPlan checked = Compass.load(dir.resolve("p.comp"), diags);
    out[0] = checked == null ? null : Compass.evaluate(checked, dir, diags, true);
    return diags;
  }

  /** Like {@link #run} with any data files, given as name, text, name, text, ... */
  static Evaluation runFiles(Path dir, String plan, String... files) {
    Evaluation[] ev = new Evaluation[1];
    Diagnostics diags = evaluateFiles(dir, plan, files, ev);
    assertFalse(
        diags.hasErrors(),
        () -> "errors:\n" + DiagnosticRenderer.renderAll(diags.all()) + "\nplan:\n" + plan);
    assertNotNull(ev[0], () -> "no evaluation:\n" + DiagnosticRenderer.renderAll(diags.all()));
    return ev[0];
  }

  /** Runs a plan that must fail: no evaluation, at least one error; returns the rendered errors. */
  static String failFiles(Path dir, String plan, String... files) {
    Evaluation[] ev = new Evaluation[1];
    Diagnostics diags = evaluateFiles(dir, plan, files, ev);
    String rendered = DiagnosticRenderer.renderAll(diags.all());
    assertTrue(
        diags.hasErrors(),
        () -> "expected an error, got:\n" + rendered + (ev[0] == null ? "" : dump(ev[0])));
    assertNull(ev[0], "no evaluation when there are errors");
    return diags.all().stream()
        .filter(d -> d.isError())
        .map(d -> d.oneLine())
        .reduce("", (a, b) -> a + b + "\n");
  }

  /** Checks a plan with no data files present; returns the diagnostics. */
  static Diagnostics checkOnly(Path dir, String plan) {
    write(dir, "p.comp", plan);
    Diagnostics diags = new Diagnostics();
    Compass.load(dir.resolve("p.comp"), diags);
    return diags;
  }

  static StatementRow row(Evaluation ev, String person, String period) {
    return ev.rows().stream()
        .filter(r -> r.participant().equals(person) && r.period().equals(period))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no row " + person + " " + period + " in " + ev.rows()));
  }

  static BigDecimal payout(Evaluation ev, String person, String period) {
    return row(ev, person, period).payout();
  }

  static List<LineItem> lines(Evaluation ev, String person, String period, String component) {
    return ev.lines().stream()
        .filter(
            l ->
                l.participant().equals(person)
                    && l.period().equals(period)
                    && l.component().equals(component))
        .toList();
  }

  static BigDecimal lineTotal(Evaluation ev, String person, String period, String component) {
    return lines(ev, person, period, component).stream()
        .map(LineItem::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static BigDecimal attribution(
      Evaluation ev, String person, String period, String component, String deal) {
    return ev.attributions().stream()
        .filter(
            a ->
                a.participant().equals(person)
                    && a.period().equals(period)
                    && a.component().equals(component)
                    && a.deal().equals(deal))
        .map(Evaluation.Attribution::amount)
        .reduce(BigDecimal::add)
        .orElseThrow(
            () -> new AssertionError("no attribution for " + deal + " in " + ev.attributions()));
  }

  /** Asserts a money amount to the cent, e.g. {@code money("10100.00", x)}. */
  static void money(String expected, BigDecimal actual, String what) {
    assertNotNull(actual, what);
    assertEquals(expected, actual.setScale(2, RoundingMode.HALF_EVEN).toPlainString(), what);
  }

  static void money(String expected, BigDecimal actual) {
    money(expected, actual, "amount");
  }

  /** Asserts an unrounded amount equals {@code expected} exactly (compareTo). */
  static void exact(String expected, BigDecimal actual, String what) {
    assertNotNull(actual, what);
    assertEquals(
        0,
        new BigDecimal(expected).compareTo(actual),
        () -> what + ": expected " + expected + " but was " + actual.toPlainString());
  }

  static String dump(Evaluation ev) {
    StringBuilder sb = new StringBuilder();
    ev.rows().forEach(r -> sb.append(r).append('\n'));
    ev.lines().forEach(l -> sb.append(l).append('\n'));
    ev.attributions().forEach(a -> sb.append(a).append('\n'));
    return sb.toString();
  }
}

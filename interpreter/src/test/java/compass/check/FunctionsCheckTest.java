package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import compass.types.Type;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checker's side of the built-in functions (compass.check.Builtin): each call is typed from the
 * one table, and every mistake is a diagnostic with its code, message, position and hint.
 */
class FunctionsCheckTest {
  @TempDir Path dir;

  /** The definition under test is line 26 and starts at column 5 (`v = ` is four characters). */
  private static final String PLAN =
      """
      plan "Functions" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      stages open, closed_won

      input people from "people.csv":
        id: text
        role: text
        start_date: date optional
        end_date: date optional

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date

      credit deals where stage is closed_won to owner on close_date

      quota = 100_000 USD per quarter
      bookings = sum of amount
      attainment = bookings / quota
      v = %s

      component "C":
        pay 1
      """;

  private Diagnostics check(String expr) throws IOException {
    Files.writeString(dir.resolve("p.comp"), PLAN.formatted(expr));
    Diagnostics diags = new Diagnostics();
    Compass.load(dir.resolve("p.comp"), diags);
    return diags;
  }

  private Diagnostic firstError(String expr) throws IOException {
    Diagnostics diags = check(expr);
    return diags.all().stream()
        .filter(Diagnostic::isError)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no error for " + expr + ":\n" + DiagnosticRenderer.renderAll(diags.all())));
  }

  // Columns are counted from the `v` of `v = ` (column 1), so the call starts at column 5.
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      rond(bookings, 2)                    | 26:5  | E0301 | unknown function `rond`                                      | did you mean `round`?
      median(bookings, quota)              | 26:5  | E0301 | unknown function `median`                                    | the functions are min, max, round, abs, clamp, days_between, prorate
      round(bookings)                      | 26:5  | E0207 | `round` takes 2 values, but this call has one                | write it as `round(x, places)`
      min(bookings)                        | 26:5  | E0207 | `min` takes 2 or more values, but this call has one          | write it as `min(a, b, ...)`
      clamp(bookings, 0)                   | 26:5  | E0207 | `clamp` takes 3 values, but this call has 2                  | write it as `clamp(x, low, high)`
      abs()                                | 26:5  | E0207 | `abs` takes one value, but this call has none                | write it as `abs(x)`
      prorate(quota, 2027-01-01)           | 26:5  | E0207 | `prorate` takes 3 values, but this call has 2                | write it as `prorate(amount, start, end)`
      round(bookings, 11)                  | 26:21 | E0202 | the places of `round` must be a whole number from 0 to 10, written as it is | e.g. `round(attainment, 1)` or `round(bonus, 0)`
      round(bookings, 1.5)                 | 26:21 | E0202 | the places of `round` must be a whole number from 0 to 10, written as it is | e.g. `round(attainment, 1)` or `round(bonus, 0)`
      round(bookings, -1)                  | 26:21 | E0202 | the places of `round` must be a whole number from 0 to 10, written as it is | e.g. `round(attainment, 1)` or `round(bonus, 0)`
      round(bookings, 2 USD)               | 26:21 | E0202 | the places of `round` must be a whole number from 0 to 10, written as it is | e.g. `round(attainment, 1)` or `round(bonus, 0)`
      abs(close_date)                      | 26:9  | E0202 | `abs` works on numbers, percents and amounts, not a date     |
      clamp(attainment, 0, 150%)           | 26:23 | E0202 | `clamp` mixes a percent and a number                         |
      min(bookings, attainment)            | 26:19 | E0202 | `min` mixes money (an amount) and a percent                  |
      clamp(attainment, 150%, 50%)         | 26:23 | E0607 | `clamp` has its low bound 150% above its high bound 50%      | write the bounds low first: `clamp(x, low, high)`
      clamp(bookings, 5_000, -5_000)       | 26:21 | E0607 | `clamp` has its low bound 5_000 above its high bound -5_000  | write the bounds low first: `clamp(x, low, high)`
      days_between(close_date, 5)          | 26:30 | E0202 | `days_between` needs a date here, not a number               |
      prorate(quota, 2027-01-01, bookings) | 26:32 | E0202 | `prorate` needs a date here, not money (an amount)           |
      prorate(close_date, 2027-01-01, 2027-12-31) | 26:13 | E0202 | `prorate` works on numbers, percents and amounts, not a date |
      """)
  void mistakesAreDiagnosedAtTheirPosition(
      String expr, String at, String code, String message, String hint) throws IOException {
    Diagnostic d = firstError(expr);
    assertEquals(
        "p.comp:" + at + ": error[" + code + "]: " + message,
        d.oneLine().substring(d.oneLine().indexOf("p.comp:")),
        expr);
    assertEquals(hint, d.hint(), expr);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      min(bookings, quota, 5)                        | MONEY
      max(attainment, 50%)                           | PERCENT
      round(attainment, 1)                           | PERCENT
      round(bookings, 0)                             | MONEY
      round(2.345, 2)                                | NUMBER
      abs(bookings - quota)                          | MONEY
      clamp(attainment, 50%, 150%)                   | PERCENT
      clamp(bookings, 0, quota)                      | MONEY
      days_between(2027-01-01, 2027-03-01)           | NUMBER
      prorate(quota, start_date, end_date)           | MONEY
      prorate(10%, 2027-02-15, 2027-12-31)           | PERCENT
      """)
  void callsTakeTheUnitOfTheirValues(String expr, Type expected) throws IOException {
    Files.writeString(dir.resolve("p.comp"), PLAN.formatted(expr));
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = Compass.load(dir.resolve("p.comp"), diags);
    assertTrue(!diags.hasErrors(), () -> DiagnosticRenderer.renderAll(diags.all()));
    assertNotNull(plan);
    assertEquals(expected, plan.definitionTypes().get("v"));
  }

  /**
   * W0102 reads the table too: clamp and min bound the base by a literal; max, round and abs do
   * not.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      clamp(bookings, 0, 100_000)  | `v` is at most 100,000, and the band starts at 150_000
      min(bookings, 120_000)       | `v` is at most 120,000, and the band starts at 150_000
      max(bookings, 100_000)       |
      round(bookings, 0)           |
      abs(bookings)                |
      """)
  void bandsAboveAFunctionsBoundCanNeverPay(String expr, String warning) throws IOException {
    String plan =
        PLAN.formatted(expr)
            .replace(
                "  pay 1\n", "  marginal tiers on v\n    from 0 pay 5%\n    from 150_000 pay 8%\n");
    Files.writeString(dir.resolve("p.comp"), plan);
    List<Diagnostic> diags =
        Compass.check(dir.resolve("p.comp")).diagnostics(); // `compass check`, lints included
    List<String> w0102 =
        diags.stream()
            .filter(d -> d.code() == compass.diag.Code.W0102)
            .map(Diagnostic::message)
            .toList();
    assertEquals(
        warning == null ? List.of() : List.of("this band can never pay: " + warning),
        w0102,
        () -> DiagnosticRenderer.renderAll(diags));
  }

  @Test
  void everyFunctionIsDeclaredOnceWithASignatureNamingIt() {
    List<String> names = Builtin.names();
    assertEquals(List.of("min", "max", "round", "abs", "clamp", "days_between", "prorate"), names);
    for (Builtin b : Builtin.values()) {
      assertTrue(b.signature().startsWith(b.functionName() + "("), b.signature());
      assertEquals(b, Builtin.named(b.functionName()).orElseThrow());
    }
  }
}

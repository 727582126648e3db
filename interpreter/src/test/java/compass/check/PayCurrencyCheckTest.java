package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.format.Formatter;
import compass.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** `pay participants in F using FX on payment date`: its misuse, one diagnostic each. */
class PayCurrencyCheckTest {
  @TempDir Path dir;

  private static final String PLAN =
      """
      plan "Paid in EUR" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      input people from "people.csv":
        id: text
        role: text
        pay_currency: text optional
        ti: money optional

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        close_date: date

      input fx from "fx.csv":
        currency: text
        date: date
        rate: number

      input rates from "rates.csv":
        currency: text
        day: date

      credit deals to owner on close_date
      %s

      component "Commission":
        pay amount * 10%% per deal
      """;

  private String errors(String rule) throws IOException {
    Files.writeString(dir.resolve("p.comp"), PLAN.formatted(rule));
    Diagnostics diags = new Diagnostics();
    Compass.load(dir.resolve("p.comp"), diags);
    return diags.all().stream()
        .filter(Diagnostic::isError)
        .map(d -> d.code().id() + " " + d.message() + (d.hint() == null ? "" : " | " + d.hint()))
        .collect(Collectors.joining("\n"));
  }

  @TestFactory
  Stream<DynamicTest> misuse() {
    String[][] cases = {
      {"pay participants in pay_currency using fx on payment date", ""},
      {
        "pay participants in pay_currency using fx on payment date paid 15 days after period end",
        ""
      },
      {
        "pay participants in pay_curency using fx on payment date",
        "E0455 people has no field `pay_curency` to say each participant's pay currency | did you"
            + " mean `pay_currency`?"
      },
      {
        "pay participants in ti using fx on payment date",
        "E0455 the pay currency `ti` must be a text field of people (a code such as EUR) | declare"
            + " it `ti: text optional`"
      },
      {
        "pay participants in pay_currency using fxx on payment date",
        "E0456 no input named `fxx` to read the FX rates from | did you mean `fx`?"
      },
      {
        "pay participants in pay_currency using rates on payment date",
        "E0456 `rates` needs a field `date: date` | an FX table has `currency: text`, `date:"
            + " date` and `rate: number` (plan currency per unit of the currency)\n"
            + "E0456 `rates` needs a field `rate: number` | an FX table has `currency: text`,"
            + " `date: date` and `rate: number` (plan currency per unit of the currency)"
      },
      {
        "pay participants in pay_currency using fx on payment date paid 1 month after period end",
        "E0457 the payment date is a whole number of days after the period's end | write e.g."
            + " `paid 15 days after period end`"
      },
      {
        "pay participants in pay_currency using fx on payment date paid 1.5 days after period end",
        "E0457 the payment date is a whole number of days after the period's end | write e.g."
            + " `paid 15 days after period end`"
      },
      {
        "pay participants in pay_currency using fx on payment date\n"
            + "pay participants in pay_currency using fx on payment date",
        "E0459 the plan says twice how participants are paid | keep one `pay participants in"
            + " ...` line (the first is at line 28)"
      },
    };
    return Stream.of(cases)
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c[0].replace('\n', ' '), () -> assertEquals(c[1], errors(c[0]))));
  }

  @Test
  void aColumnNamedLikeTheNewWordsStillReads() throws IOException {
    // soft keywords: `payment`, `paid`, `after`, `participants`, `first` remain usable as names
    String plan =
        PLAN.formatted("pay participants in pay_currency using fx on payment date")
            .replace(
                "  close_date: date\n",
                "  close_date: date\n  payment: money optional\n  paid: bool optional\n  after: date optional\n  first: text optional\n  participants: integer optional\n");
    Files.writeString(dir.resolve("p.comp"), plan + "\nfirst = sum of payment\n");
    Diagnostics diags = new Diagnostics();
    Compass.load(dir.resolve("p.comp"), diags);
    assertTrue(!diags.hasErrors(), diags.all().toString());
  }

  @Test
  void fmtKeepsTheRule() {
    String text =
        PLAN.formatted(
            "pay  participants in pay_currency   using fx on payment date paid 15 days  after"
                + " period end");
    Diagnostics diags = new Diagnostics();
    String once = Formatter.format(new SourceFile("p.comp", text), diags);
    assertTrue(
        once.contains(
            "\npay participants in pay_currency using fx on payment date paid 15 days after period"
                + " end\n"),
        once);
    assertEquals(once, Formatter.format(new SourceFile("p.comp", once), diags));
  }
}

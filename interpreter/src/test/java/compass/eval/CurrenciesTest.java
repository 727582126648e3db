package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.diag.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13: a plan's currency and its amounts are ISO 4217 codes from the JDK (java.util.Currency),
 * rounded to their minor unit (SEMANTICS 1); an unknown code is E0308 at its position.
 */
class CurrenciesTest {
  @TempDir Path dir;

  private static String plan(String currency) {
    return header(currency, "quarterly", "2027-01-01 to 2027-12-31")
        + """
        component "Commission":
          pay amount * 1%% per deal
        component "Flat":
          pay 500 %s
        """
            .formatted(currency);
  }

  @ParameterizedTest(name = "{0}: 1% of 12,345.67 = {1}")
  @CsvSource({
    // 1% of 12,345.67 is 123.4567, rounded half_even to the currency's minor unit
    "COP, 123.46, 500.00",
    "JPY, 123, 500",
    "BHD, 123.457, 500.000",
    "USD, 123.46, 500.00",
  })
  void roundsToTheMinorUnitOfTheJdk(String currency, String commission, String flat) {
    Evaluation ev = run(dir, plan(currency), ONE_AE, deals(won("D1", "12345.67", "2027-02-10")));
    assertEquals(
        commission, lineTotal(ev, "ann", "2027-Q1", "Commission").toPlainString(), dump(ev));
    assertEquals(flat, lineTotal(ev, "ann", "2027-Q1", "Flat").toPlainString(), dump(ev));
    assertEquals(currency, row(ev, "ann", "2027-Q1").currency());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      currency XYZ   | 2:12  | unknown currency `XYZ` | use an ISO 4217 code such as USD, EUR, GBP or JPY
      currency USX   | 2:12  | unknown currency `USX` | did you mean `USD`?
      currency cop   | 2:12  | unknown currency `cop` | did you mean `COP`?
      pay 500 XYZ    | 26:7  | unknown currency `XYZ` | use an ISO 4217 code such as USD, EUR, GBP or JPY
      pay 500 EURO   | 26:7  | unknown currency `EURO` | did you mean `EUR`?
      """)
  void anUnknownCodeIsE0308WithTheNearestCode(
      String change, String at, String message, String hint) {
    String text = plan("USD");
    text =
        change.startsWith("currency")
            ? text.replace("currency USD", change)
            : text.replace("pay 500 USD", change);
    var diags = checkOnly(dir, text);
    Diagnostic d =
        diags.all().stream()
            .filter(Diagnostic::isError)
            .findFirst()
            .orElseThrow(() -> new AssertionError(diags.all()));
    assertEquals(
        "p.comp:" + at + ": error[E0308]: " + message,
        d.oneLine().substring(d.oneLine().indexOf("p.comp:")),
        text);
    assertEquals(hint, d.hint());
  }
}

package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.source.Span;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How lookups into reference tables are typed (issue 14 point 2, check/LookupChecker): each
 * construct accepted where it has a meaning, each misuse reported with its code, position and hint.
 * The component's `pay` line is line 45.
 */
class LookupCheckTest {
  private static final String PLAN =
      """
      plan "Lookups" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      input people from "people.csv":
        id: text
        region: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        close_date: date
        product: text
        product_line: text

      input products from "products.csv" key product:
        product: text
        series: text
        list_price: money

      input rate_card from "rates.csv" key region, product_line valid from effective_from:
        region: text
        product_line: text
        rate: percent
        effective_from: date

      input certifications from "certs.csv" key person valid from valid_from to valid_to:
        person: person
        valid_from: date
        valid_to: date optional

      input quotas from "quotas.csv":
        rep: person
        quarter: period
        amount: money

      credit deals to owner on close_date

      quota = quotas.amount
      bookings = sum of amount

      component "C":
        PAY
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pay sum of amount where product.series = \"GTX\"|",
        "pay sum of amount * rate_card(region, product_line).rate|",
        "pay sum of product.list_price|",
        "pay sum of amount where certification valid on close_date|",
        "pay sum of amount where certifications valid on close_date + 30 days|",
        "pay 100 per deal where product.series = \"GTX\" and certification valid on close_date|",
        "pay 100 if certification valid on 2027-06-30|",
        "pay bookings / quota of 1_000 USD|",
        "pay sum of amount where product.serie = \"GTX\"|45:35 E0302 `products` has no field `serie` (hint: did you mean `series`?)",
        "pay sum of amount where product_line.rate > 1%|45:27 E0311 no input table is keyed by `product_line`, so `product_line.rate` has no row (hint: add `key product_line` to the input of the table that holds one row per product_line)",
        "pay sum of amount where productz.series = \"GTX\"|45:27 E0301 no input table named `productz` (hint: did you mean `products`?)",
        "pay product.list_price|45:7 E0420 `product.list_price` looks up a row for one deal, but here there is no deal (hint: use it where a deal is looked at: inside a measure (`sum of amount where product.list_price ...`), a credit filter, `pay ... per deal` or `multiply by ... where`)",
        "pay rate_card(region, \"hardware\").rate of 1_000 USD|45:7 E0420 `rate_card(region, \"hardware\").rate` looks up a row for one deal, but here there is no deal (hint: use it where a deal is looked at: inside a measure (`sum of amount where rate_card(region, \"hardware\").rate ...`), a credit filter, `pay ... per deal` or `multiply by ... where`)",
        "pay sum of amount * rate_card(region).rate|45:23 E0421 `rate_card` is keyed by 2 fields (region, product_line), but this lookup gives one value (hint: write one value per key, in this order: `rate_card(region, product_line).rate`)",
        "pay sum of amount * rate_card(region, 5).rate|45:41 E0422 the key `product_line` of `rate_card` is text, but this is a number",
        "pay sum of amount * rate_card(region, product_line).rat|45:55 E0302 `rate_card` has no field `rat` (hint: did you mean `rate`?)",
        "pay sum of amount * ratecard(region, product_line).rate|45:23 E0301 no input table named `ratecard` (hint: did you mean `rate_card`?)",
        "pay sum of amount * quotas(owner).amount|45:23 E0423 `quotas` has no key, so its rows cannot be looked up (hint: name the fields that identify a row in its input, e.g. `key rep`)",
        "pay sum of amount where products valid on close_date|45:27 E0423 `valid on` needs a table keyed by a person field with the dates its rows are in force, but `products` is not keyed by a person field (hint: declare e.g. `input products from \"products.csv\" key person valid from valid_from to valid_to:` with `person: person`)",
        "pay sum of amount where certification valid on amount|45:50 E0202 `valid on` needs a date, but this is money (an amount)",
        "pay sum of amount where products.series = \"GTX\"|45:27 E0423 `products` is keyed by product: say which row `products.series` reads (hint: write `products(product).series` with the key's values, or `product.series` where a deal has a field `product`)",
        "pay sum of amount where certificate valid on close_date|45:27 E0301 no input table named `certificate` (hint: did you mean `certification`?)",
      })
  void eachLookupIsTypedOrReported(String pay, String expected) {
    assertEquals(expected == null ? "" : expected, check(PLAN.replace("PAY", pay)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a second table keyed by product makes `product.series` ambiguous
        "pay sum of amount where product.series = \"GTX\"|45:27 E0312 both `products` and `catalog` are keyed by `product` (hint: name the table: `products(product).series`)",
        "pay sum of amount where products(product).series = \"GTX\"|",
      })
  void twoTablesKeyedByOneFieldMustBeNamed(String pay, String expected) {
    String plan =
        PLAN.replace("PAY", pay)
            .replace(
                "input quotas",
                "input catalog from \"catalog.csv\" key product:\n  product: text\n\ninput quotas");
    // the catalog's three lines come before the component: its pay line is line 48
    assertEquals(expected == null ? "" : expected.replace("45:", "48:"), check(plan));
  }

  /**
   * A table read only through lookups is read: its field, its keys and its dates (W0104, W0105).
   */
  @org.junit.jupiter.api.Test
  void tablesReadThroughLookupsAreNotReportedUnread() {
    Diagnostics diags = new Diagnostics();
    Compass.checkText(
        "lookups.comp",
        PLAN.replace(
            "PAY",
            "pay sum of amount * rate_card(region, product_line).rate where product.series = \"GTX\""
                + " and product.list_price > 0 and certification valid on close_date"),
        diags);
    assertEquals(
        "",
        diags.all().stream()
            .map(d -> d.code().id() + " " + d.message())
            .collect(Collectors.joining("\n")));
  }

  private static String check(String plan) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("lookups.comp", plan, diags);
    return diags.all().stream()
        .filter(d -> d.isError())
        .map(
            d -> {
              Span at = (Span) d.location();
              String s = at.line() + ":" + at.column() + " " + d.code().id() + " " + d.message();
              return d.hint() == null ? s : s + " (hint: " + d.hint() + ")";
            })
        .collect(Collectors.joining("\n"));
  }
}

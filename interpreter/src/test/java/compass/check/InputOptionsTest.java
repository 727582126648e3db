package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.source.Span;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The options of an input line (issue 14): a workbook's sheet, the key of a reference table, the
 * dates between which a row is in force. The checker accepts them when they name declared fields of
 * the right type and says exactly what is wrong otherwise. The `input products` line is line 13.
 */
class InputOptionsTest {
  private static final String PLAN =
      """
      plan "Options" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      input people from "people.csv":
        id: text

      input deals from "deals.csv":
        id: text
        owner: person

      input products from "products.csv" OPTIONS:
        product: text
        series: text
        from_date: date
        to_date: date optional
        list_price: money
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "key product|",
        "key product, series|",
        "sheet \"Q1\" key product valid from from_date to to_date|",
        "valid from from_date|",
        "key prodcut|13:40 E0302 the input declares no field `prodcut` (hint: did you mean `product`?)",
        "key product, product|13:49 E0303 the key `product` is listed twice",
        "key product valid from list_price|13:59 E0202 `list_price` must be a date field, but it is declared as money",
        "valid from from_date to series|13:60 E0202 `series` must be a date field, but it is declared as text",
      })
  void optionsNameDeclaredFieldsOfTheRightType(String options, String expected) {
    assertEquals(expected == null ? "" : expected, check(PLAN.replace("OPTIONS", options)));
  }

  private static String check(String plan) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("options.comp", plan, diags);
    return diags.all().stream()
        .map(
            d -> {
              Span at = (Span) d.location();
              String s = at.line() + ":" + at.column() + " " + d.code().id() + " " + d.message();
              return d.hint() == null ? s : s + " (hint: " + d.hint() + ")";
            })
        .collect(Collectors.joining("\n"));
  }
}

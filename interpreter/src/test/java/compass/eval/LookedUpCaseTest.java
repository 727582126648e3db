package compass.eval;

import static compass.eval.SemanticsSupport.*;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A looked-up field declared {@code ignoring case} compares with text by case-folded values, as a
 * field of the deal does (issue 14 point 4); one that is not compares exactly. Each component pays
 * 100 per deal that passes its filter, so a line total counts the deals (worked out by hand below).
 */
class LookedUpCaseTest {
  @TempDir Path dir;

  private static final String PLAN =
      bare("USD", "quarterly", "2027-01-01 to 2027-12-31")
          + """
          input people from "people.csv":
            id: text
            role: text

          input deals from "deals.csv":
            id: text
            owner: person
            amount: money
            stage: stage
            close_date: date
            product: text
            region: text

          input products from "products.csv" key product:
            product: text
            series: text ignoring case
            family: text

          input rate_card from "rates.csv" key region:
            region: text
            tier: text ignoring case
            rate: percent

          credit deals where stage is closed_won to owner on close_date

          component "Series is":
            pay 100 per deal where product.series is "gtx"
          component "Series in":
            pay 100 per deal where product.series is in ("MG", "nothing")
          component "Series not equal":
            pay 100 per deal where product.series != "GTX"
          component "Family exact":
            pay 100 per deal where product.family is "hardware"
          component "Tier":
            pay 100 per deal where rate_card(region).tier = "GOLD"
          component "Rate":
            pay amount * rate_card(region).rate per deal
          """;

  private static final String DEALS =
      """
      id,owner,amount,stage,close_date,product,region
      D1,ann,1000,closed_won,2027-02-01,GTX Pro,EMEA
      D2,ann,1000,closed_won,2027-02-02,GTX Plus,AMER
      D3,ann,1000,closed_won,2027-02-03,MG Basic,EMEA
      """;

  private static final String PRODUCTS =
      """
      product,series,family
      GTX Pro,GTX,Hardware
      GTX Plus,gtx,hardware
      MG Basic,mg,Software
      """;

  private static final String RATES = "region,tier,rate\nEMEA,Gold,1%\nAMER,silver,1%\n";

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # series ignores case: GTX (D1) and gtx (D2) are "gtx"
      Series is        | 200.00
      # mg (D3) is "MG"
      Series in        | 100.00
      # D1 and D2 are GTX whatever the case: only D3 differs
      Series not equal | 100.00
      # family does not ignore case: only D2's hardware, not D1's Hardware
      Family exact     | 100.00
      # EMEA's tier Gold is "GOLD": D1 and D3
      Tier             | 200.00
      """)
  void aLookedUpFieldIgnoringCaseComparesFolded(String component, String expected) {
    Evaluation ev =
        runFiles(
            dir,
            PLAN,
            "people.csv",
            "id,role\nann,ae\n",
            "deals.csv",
            DEALS,
            "products.csv",
            PRODUCTS,
            "rates.csv",
            RATES);
    money(expected, lineTotal(ev, "ann", "2027-Q1", component), component + "\n" + dump(ev));
  }
}

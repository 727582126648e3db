package compass.eval;

import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lookups into reference tables (issue 14 point 2): a deal's `product.series`, a rate card keyed by
 * region x product line whose rates change mid-year, `certification valid on close_date`, and the
 * defaults of an optional key. Every amount is worked out by hand in the table below.
 */
class LookupsTest {
  @TempDir Path dir;

  static final String PLAN =
      bare("USD", "quarterly", "2027-01-01 to 2027-12-31")
          + """
          input people from "people.csv":
            id: text
            role: text
            region: text

          input deals from "deals.csv":
            id: text
            owner: person
            amount: money
            stage: stage
            close_date: date
            product: text
            product_line: text

          input products from "products.csv" key product PRODUCT_OPTIONAL:
            product: text
            series: text
            list_price: money
            launched: date
            premium: bool

          input rate_card from "rates.csv" key region, product_line valid from effective_from to effective_to:
            region: text
            product_line: text
            rate: percent
            effective_from: date
            effective_to: date optional

          input certifications from "certs.csv" key person valid from valid_from to valid_to:
            person: person
            valid_from: date
            valid_to: date optional

          credit deals where stage is closed_won to owner on close_date

          component "By series":
            pay amount * (if product.series is "GTX" then 10% else 5%) per deal
          component "Rate card":
            pay amount * rate_card(region, product_line).rate per deal
          component "Certified":
            pay 100 per deal where certification valid on close_date
          component "List price":
            pay sum of product.list_price * 1%
          component "Premium":
            pay 1% of sum of amount where product.premium
          component "Multiplied":
            pay amount * 1% per deal
            multiply by 1.5 where certifications valid on close_date
          """;

  static final String PEOPLE = "id,role,region\nann,ae,EMEA\nbob,ae,AMER\n";

  static final String DEALS =
      """
      id,owner,amount,stage,close_date,product,product_line
      D1,ann,10000,closed_won,2027-02-10,GTX Pro,hardware
      D2,ann,20000,closed_won,2027-05-10,MG Basic,software
      D3,bob,30000,closed_won,2027-08-01,GTX Plus,hardware
      D4,ann,40000,closed_won,2027-08-15,GTX Pro,software
      """;

  static final String PRODUCTS =
      """
      product,series,list_price,launched,premium
      GTX Pro,GTX,4000,2026-01-01,true
      GTX Plus,GTX,5000,2026-06-01,false
      MG Basic,MG,500,2025-01-01,false
      """;

  // EMEA software goes from 4% to 6% on July 1st; AMER hardware from 2% to 2.5%
  static final String RATES =
      """
      region,product_line,rate,effective_from,effective_to
      EMEA,hardware,3%,2027-01-01,
      EMEA,software,4%,2027-01-01,2027-06-30
      EMEA,software,6%,2027-07-01,
      AMER,hardware,2%,2027-01-01,2027-06-30
      AMER,hardware,2.5%,2027-07-01,
      """;

  // ann is certified in H1 only, bob from July 1st on
  static final String CERTS =
      "person,valid_from,valid_to\nann,2027-01-01,2027-06-30\nbob,2027-07-01,\n";

  private Evaluation run() {
    return runFiles(
        dir,
        PLAN.replace(" PRODUCT_OPTIONAL", ""),
        "people.csv",
        PEOPLE,
        "deals.csv",
        DEALS,
        "products.csv",
        PRODUCTS,
        "rates.csv",
        RATES,
        "certs.csv",
        CERTS);
  }

  @ParameterizedTest(name = "{0} {1} {2} = {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # D1 GTX Pro is series GTX: 10,000 x 10%
      By series  | ann | 2027-Q1 | 1000.00
      # D2 MG Basic is series MG: 20,000 x 5%
      By series  | ann | 2027-Q2 | 1000.00
      # D4 GTX Pro: 40,000 x 10%
      By series  | ann | 2027-Q3 | 4000.00
      # D3 GTX Plus: 30,000 x 10%
      By series  | bob | 2027-Q3 | 3000.00
      # D1: ann is in EMEA, hardware, 3% all year: 10,000 x 3%
      Rate card  | ann | 2027-Q1 | 300.00
      # D2 closed 05-10: EMEA software in force then is 4%: 20,000 x 4%
      Rate card  | ann | 2027-Q2 | 800.00
      # D4 closed 08-15: the 6% row in force from 07-01: 40,000 x 6%
      Rate card  | ann | 2027-Q3 | 2400.00
      # D3 closed 08-01: AMER hardware 2.5% from 07-01: 30,000 x 2.5%
      Rate card  | bob | 2027-Q3 | 750.00
      # ann certified 01-01..06-30: D1 (02-10) and D2 (05-10) pay 100, D4 (08-15) does not
      Certified  | ann | 2027-Q1 | 100.00
      Certified  | ann | 2027-Q2 | 100.00
      Certified  | ann | 2027-Q3 | 0.00
      # bob from 07-01, open-ended: D3 (08-01)
      Certified  | bob | 2027-Q3 | 100.00
      # list prices of the deals' products x 1%: D1 4,000; D2 500; D4 4,000; D3 5,000
      List price | ann | 2027-Q1 | 40.00
      List price | ann | 2027-Q2 | 5.00
      List price | ann | 2027-Q3 | 40.00
      List price | bob | 2027-Q3 | 50.00
      # only GTX Pro is premium: D1 10,000 x 1%, D4 40,000 x 1%; D2 and D3 are not
      Premium    | ann | 2027-Q1 | 100.00
      Premium    | ann | 2027-Q2 | 0.00
      Premium    | ann | 2027-Q3 | 400.00
      Premium    | bob | 2027-Q3 | 0.00
      # 1% of each deal, x 1.5 when certified on its close date: D1 100 x 1.5; D4 400 not certified
      Multiplied | ann | 2027-Q1 | 150.00
      Multiplied | ann | 2027-Q3 | 400.00
      # D3 300 x 1.5
      Multiplied | bob | 2027-Q3 | 450.00
      """)
  void eachLookupComputesExactly(String component, String person, String period, String expected) {
    money(expected, lineTotal(run(), person, period, component), component + " " + person);
  }

  @Test
  void aProductWithNoRowIsAnErrorNamingTheDealAndTheKey() {
    String deals = DEALS + "D5,bob,1000,closed_won,2027-09-01,Zeta,hardware\n";
    String errors =
        failFiles(
            dir,
            PLAN.replace(" PRODUCT_OPTIONAL", ""),
            "people.csv",
            PEOPLE,
            "deals.csv",
            deals,
            "products.csv",
            PRODUCTS,
            "rates.csv",
            RATES,
            "certs.csv",
            CERTS);
    // at the first use in the plan: `product.series` of "By series", line 44
    assertEquals(
        "p.comp:44:20: error[E0610]: no row of products.csv for product `Zeta` (deal D5,"
            + " deals.csv:6)\n",
        errors.replace(dir + "/", ""));
  }

  @Test
  void aRateWithNoRowInForceNamesTheDate() {
    String deals = DEALS + "D5,bob,1000,closed_won,2027-09-01,GTX Pro,software\n";
    String errors =
        failFiles(
            dir,
            PLAN.replace(" PRODUCT_OPTIONAL", ""),
            "people.csv",
            PEOPLE,
            "deals.csv",
            deals,
            "products.csv",
            PRODUCTS,
            "rates.csv",
            RATES,
            "certs.csv",
            CERTS);
    // D5 gets past "By series" (GTX Pro), then stops at the rate card, line 46
    assertEquals(
        "p.comp:46:16: error[E0610]: no row of rates.csv for region `AMER`, product_line `software` on"
            + " 2027-09-01 (deal D5, deals.csv:6)\n",
        errors.replace(dir + "/", ""));
  }

  /**
   * With `key product optional`, the deal of an unknown product takes the defaults: series "" (so
   * 5%), list price 0, not premium.
   */
  @Test
  void anOptionalKeyGivesTheDefaults() {
    String deals = DEALS + "D5,bob,1000,closed_won,2027-09-01,Zeta,hardware\n";
    Evaluation ev =
        runFiles(
            dir,
            PLAN.replace("PRODUCT_OPTIONAL", "optional"),
            "people.csv",
            PEOPLE,
            "deals.csv",
            deals,
            "products.csv",
            PRODUCTS,
            "rates.csv",
            RATES,
            "certs.csv",
            CERTS);
    // D3 3,000 + D5 1,000 x 5% (series "" is not GTX) = 3,050
    money("3050.00", lineTotal(ev, "bob", "2027-Q3", "By series"));
    // D3 5,000 x 1% + D5 0
    money("50.00", lineTotal(ev, "bob", "2027-Q3", "List price"));
    // D3 30,000 x 2.5% + D5 1,000 x 2.5% (AMER hardware)
    money("775.00", lineTotal(ev, "bob", "2027-Q3", "Rate card"));
  }
}

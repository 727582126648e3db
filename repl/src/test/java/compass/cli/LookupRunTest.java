package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.InProcess.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 point 2 end to end: `compass run` on a plan that pays 10% on products of the series GTX
 * and 5% on the others (a products table keyed by product), plus a rate card by region x product
 * line whose EMEA software and AMER hardware rates change on 2027-07-01.
 */
final class LookupRunTest {
  @TempDir Path dir;

  private static final String PLAN =
      """
      plan "Lookups" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      stages open, closed_won

      input people from "people.csv":
        id: text
        region: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date
        product: text
        product_line: text

      input products from "products.csv" key product:
        product: text
        series: text

      input rate_card from "rates.csv" key region, product_line valid from effective_from:
        region: text
        product_line: text
        rate: percent
        effective_from: date

      credit deals where stage is closed_won to owner on close_date

      component "Series":
        pay amount * (if product.series is "GTX" then 10% else 5%) per deal

      component "Rate card":
        pay amount * rate_card(region, product_line).rate per deal
      """;

  private static final String DEALS =
      """
      id,owner,amount,stage,close_date,product,product_line
      d1,ann,10000,closed_won,2027-02-10,GTX Pro,hardware
      d2,ann,20000,closed_won,2027-08-10,MG Basic,software
      d3,bob,30000,closed_won,2027-05-01,GTX Plus,hardware
      d4,bob,40000,closed_won,2027-11-20,GTX Plus,hardware
      """;

  private Outcome run(String deals, String... flags) throws IOException {
    Files.writeString(dir.resolve("plan.comp"), PLAN);
    Files.writeString(dir.resolve("people.csv"), "id,region\nann,EMEA\nbob,AMER\n");
    Files.writeString(dir.resolve("deals.csv"), deals);
    Files.writeString(
        dir.resolve("products.csv"), "product,series\nGTX Pro,GTX\nGTX Plus,GTX\nMG Basic,MG\n");
    Files.writeString(
        dir.resolve("rates.csv"),
        """
        region,product_line,rate,effective_from
        EMEA,hardware,2%,2027-01-01
        EMEA,software,3%,2027-01-01
        EMEA,software,4%,2027-07-01
        AMER,hardware,1%,2027-01-01
        AMER,hardware,1.5%,2027-07-01
        """);
    return InProcess.runToCsv(dir, flags);
  }

  @Test
  void paysBySeriesAndByTheRateInForce() throws IOException {
    Outcome r = run(DEALS);
    assertEquals(0, r.code(), r.err());
    // ann Q1, d1 GTX Pro: 10,000 x 10% = 1,000 + EMEA hardware 2% = 200 -> 1,200
    // ann Q3, d2 MG Basic: 20,000 x 5% = 1,000 + EMEA software from 07-01 4% = 800 -> 1,800
    // bob Q2, d3 GTX Plus: 30,000 x 10% = 3,000 + AMER hardware before 07-01 1% = 300 -> 3,300
    // bob Q4, d4 GTX Plus: 40,000 x 10% = 4,000 + AMER hardware from 07-01 1.5% = 600 -> 4,600
    String zeros = ",0.00,0.00,0.00,0.00,0.00\n";
    assertEquals(
        "participant,period,payout,ytd,currency,earned,payable,held,draw_balance,owed\n"
            + "ann,2027-Q1,1200.00,1200.00,USD,1200.00,1200.00,0.00,0.00,0.00\n"
            + "ann,2027-Q2,0.00,1200.00,USD"
            + zeros
            + "ann,2027-Q3,1800.00,3000.00,USD,1800.00,1800.00,0.00,0.00,0.00\n"
            + "ann,2027-Q4,0.00,3000.00,USD"
            + zeros
            + "bob,2027-Q1,0.00,0.00,USD"
            + zeros
            + "bob,2027-Q2,3300.00,3300.00,USD,3300.00,3300.00,0.00,0.00,0.00\n"
            + "bob,2027-Q3,0.00,3300.00,USD"
            + zeros
            + "bob,2027-Q4,4600.00,7900.00,USD,4600.00,4600.00,0.00,0.00,0.00\n",
        Files.readString(dir.resolve("out.csv")));
  }

  @Test
  void aProductWithNoRowStopsTheRunNamingTheDeal() throws IOException {
    Outcome r = run(DEALS + "d5,bob,1000,closed_won,2027-11-21,Zeta,hardware\n");
    assertEquals(1, r.code(), r.err());
    assertTrue(
        r.err()
            .startsWith(
                "error[E0610]: no row of products.csv for product `Zeta` (deal d5,"
                    + " deals.csv:6)\n"),
        r.err());
  }

  @Test
  void underKeepGoingTheDealIsRejectedAndCounted() throws IOException {
    Outcome r = run(DEALS + "d5,bob,1000,closed_won,2027-11-21,Zeta,hardware\n", "--keep-going");
    assertEquals(3, r.code(), r.err());
    // rejected at d5's product cell (column 35); read 5 = credited 4 + rejected 1; bob's Q4 is d4's
    // 4,600 alone
    assertTrue(r.err().startsWith("deals: 5 read, 4 credited, 0 excluded, 1 rejected\n"), r.err());
    assertTrue(
        Files.readString(dir.resolve("out.csv"))
            .contains("bob,2027-Q4,4600.00,7900.00,USD,4600.00,4600.00,0.00,0.00,0.00\n"));
    assertEquals(
        "file,line,column,code,error,row\n"
            + "deals.csv,6,35,E0610,\"E0610 no row of products.csv for product `Zeta` (deal d5,"
            + " deals.csv:6)\",\"d5,bob,1000,closed_won,2027-11-21,Zeta,hardware\"\n",
        Files.readString(dir.resolve("out.rejects.csv")));
  }
}

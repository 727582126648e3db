package compass.eval;

import static compass.eval.SemanticsSupport.*;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What sets, case-insensitive fields and day windows compute (issue 14): one component per
 * construct, each paying 100 per deal that passes its filter, so a line total counts the deals
 * (every count worked out by hand below).
 */
class SetsAndDayWindowsTest {
  @TempDir Path dir;

  private static final String PLAN =
      bare("USD", "quarterly", "2027-01-01 to 2027-12-31")
          + """
          input people from "people.csv":
            id: text
            role: text
            region: text ignoring case
            start_date: date optional
            end_date: date optional

          input deals from "deals.csv":
            id: text
            owner: person
            amount: money
            stage: stage
            close_date: date
            segment: text ignoring case
            country: text

          credit deals where stage is in (closed_won) to owner on close_date

          latam_countries = ("BR", "MX", "AR", "CL")
          second_quarter = 2027-Q2

          component "Within 30":
            pay 100 per deal where close_date within 30 days of start_date
          component "Days 31 to 60":
            pay 100 per deal where close_date in days 31..60 of start_date
          component "Not first 30":
            pay 100 per deal where close_date not in days 1..30 of start_date
          component "Country set":
            pay 100 per deal where country is in ("BR", "MX")
          component "Country not named":
            pay 100 per deal where country is not in latam_countries
          component "Country in named":
            pay 100 per deal where country in latam_countries
          component "Segment any case":
            pay 100 per deal where segment is in ("smb")
          component "Segment is":
            pay 100 per deal where segment is "MID"
          component "Segment equals":
            pay 100 per deal where segment = "enterprise"
          component "Country exact":
            pay 100 per deal where country is "br"
          component "Amount set":
            pay 100 per deal where amount is in (1000, 2_000.00)
          component "Date set":
            pay 100 per deal where close_date in (2027-02-15, 2027-Q2)
          component "Named period":
            pay 100 per deal where close_date in (second_quarter)
          component "Region bonus":
            pay 100 if region is in ("latam", "APAC")
          component "Guarantee":
            pay prorate(3_000 per quarter, start_date, end_date)
          component "Fast start":
            pay 500 per deal where close_date within 30 days of start_date
          """;

  /** ann starts 2027-02-15: day 1; 03-16 is day 30 (13 more days of February, 16 of March). */
  private static final String PEOPLE =
      """
      id,role,region,start_date,end_date
      ann,ae,LATAM,2027-02-15,
      bob,ae,emea,,
      cat,ae,apac,2027-01-01,
      """;

  private static final String DEALS =
      """
      id,owner,amount,stage,close_date,segment,country
      D1,ann,1000,closed_won,2027-02-15,SMB,BR
      D2,ann,2000,closed_won,2027-03-16,smb,MX
      D3,ann,4000,closed_won,2027-03-17,Enterprise,BR
      D4,ann,8000,closed_won,2027-04-15,Mid,AR
      D5,ann,16000,closed_won,2027-04-16,mid,CL
      D6,ann,32000,closed_won,2027-02-14,SMB,br
      D7,bob,1000,closed_won,2027-02-01,Smb,DE
      D8,cat,500,closed_lost,2027-01-10,ENT,BR
      """;

  @ParameterizedTest(name = "{0} {1} {2} = {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # ann's day 1 is 02-15 (D1), day 30 is 03-16 (D2); D6 (02-14) is day 0, before the start
      Within 30          | ann | 2027-Q1 | 200.00
      # bob has no start date: in no window
      Within 30          | bob | 2027-Q1 | 0.00
      # D3 03-17 is day 31 (Q1); D4 04-15 is day 60 (Q2); D5 04-16 is day 61
      Days 31 to 60      | ann | 2027-Q1 | 100.00
      Days 31 to 60      | ann | 2027-Q2 | 100.00
      # not in days 1..30: D3 and D6 in Q1, D4 and D5 in Q2; bob's D7 (no start date) too
      Not first 30       | ann | 2027-Q1 | 200.00
      Not first 30       | ann | 2027-Q2 | 200.00
      Not first 30       | bob | 2027-Q1 | 100.00
      # BR or MX, exactly: D1, D2, D3 (D6 is "br": country does not ignore case)
      Country set        | ann | 2027-Q1 | 300.00
      # D6 "br" and bob's DE are not among BR, MX, AR, CL
      Country not named  | ann | 2027-Q1 | 100.00
      Country not named  | bob | 2027-Q1 | 100.00
      # D1, D2, D3 in Q1; D4 AR and D5 CL in Q2
      Country in named   | ann | 2027-Q1 | 300.00
      Country in named   | ann | 2027-Q2 | 200.00
      # segment ignores case: SMB, smb, SMB (D1, D2, D6) and bob's Smb
      Segment any case   | ann | 2027-Q1 | 300.00
      Segment any case   | bob | 2027-Q1 | 100.00
      # Mid and mid (D4, D5)
      Segment is         | ann | 2027-Q2 | 200.00
      # Enterprise (D3)
      Segment equals     | ann | 2027-Q1 | 100.00
      # country is exact: only D6 is "br"
      Country exact      | ann | 2027-Q1 | 100.00
      # 1000 and 2000.00 are D1, D2 (compared by value); bob's D7 is 1000
      Amount set         | ann | 2027-Q1 | 200.00
      Amount set         | bob | 2027-Q1 | 100.00
      # the date 02-15 (D1) in Q1; every deal of Q2 (D4, D5)
      Date set           | ann | 2027-Q1 | 100.00
      Date set           | ann | 2027-Q2 | 200.00
      # a named period in brackets: D4, D5
      Named period       | ann | 2027-Q2 | 200.00
      Named period       | ann | 2027-Q1 | 0.00
      # region ignores case: ann's LATAM and cat's apac; bob's emea is not listed
      Region bonus       | ann | 2027-Q1 | 100.00
      Region bonus       | cat | 2027-Q1 | 100.00
      Region bonus       | bob | 2027-Q1 | 0.00
      # Q1 has 90 days; ann is here from 02-15: 14 + 31 = 45 days, 3,000 x 45 / 90
      Guarantee          | ann | 2027-Q1 | 1500.00
      Guarantee          | ann | 2027-Q2 | 3000.00
      Guarantee          | cat | 2027-Q1 | 3000.00
      # and her first 30 days pay 500 a deal: D1 and D2
      Fast start         | ann | 2027-Q1 | 1000.00
      Fast start         | ann | 2027-Q2 | 0.00
      """)
  void eachConstructSelectsTheRightDeals(
      String component, String person, String period, String expected) {
    Evaluation ev = runFiles(dir, PLAN, "people.csv", PEOPLE, "deals.csv", DEALS);
    money(
        expected,
        lineTotal(ev, person, period, component),
        component + " " + person + " " + period + "\n" + dump(ev));
  }

  /**
   * In the credit rule, a person's field is the owner's (as for every field of people there): only
   * deals of ann's first 60 days are credited, and a set of countries excludes some. In a
   * participant's condition (`if`), the start date is the participant's.
   */
  @org.junit.jupiter.api.Test
  void creditRulesAndConditionsUseTheStartDateToo() {
    String plan =
        PLAN.replace(
                "credit deals where stage is in (closed_won) to owner",
                "credit deals where stage is closed_won and close_date within 60 days of start_date"
                    + " and country is not in (\"AR\") to owner")
            + """
            component "Every credited deal":
              pay 100 per deal
            component "Started by March":
              pay 100 if 2027-03-01 within 90 days of start_date
            """;
    Evaluation ev = runFiles(dir, plan, "people.csv", PEOPLE, "deals.csv", DEALS);
    String all = dump(ev);
    // days 1 to 60 of ann's: D1, D2, D3 in Q1 (D6 is day 0); D4 (day 60) is AR, D5 is day 61
    money("300.00", lineTotal(ev, "ann", "2027-Q1", "Every credited deal"), all);
    money("0.00", lineTotal(ev, "ann", "2027-Q2", "Every credited deal"), all);
    // bob has no start date: D7 is in no window, not credited
    money("0.00", lineTotal(ev, "bob", "2027-Q1", "Every credited deal"), all);
    // 03-01 is ann's day 15 and cat's day 60; bob has no start date
    money("100.00", lineTotal(ev, "ann", "2027-Q1", "Started by March"), all);
    money("100.00", lineTotal(ev, "cat", "2027-Q1", "Started by March"), all);
    money("0.00", lineTotal(ev, "bob", "2027-Q1", "Started by March"), all);
  }
}

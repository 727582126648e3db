package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.testing.DiagnosticSummary;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sets, case-insensitive fields and day windows as the checker sees them (issue 14): each row is
 * one line added to a small plan, and the diagnostics it gets, exactly (line:column, code, message,
 * hint, labels); an empty cell: none. The added line is line 25 (a definition) or, when it is a
 * `pay` step, line 26 in a component of its own; `region` and `seg` are text, `seg` ignoring case.
 */
class SetsCheckTest {
  private static final String BASE =
      """
      plan "Sets" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31
      stages open, closed_won

      input people from "people.csv":
        id: text
        start_date: date optional

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date
        region: text
        seg: text ignoring case

      credit deals where stage is closed_won to owner on close_date

      bookings = sum of amount
      component "C":
        pay 1% of bookings
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      # what is right gets nothing
      new_regions = ("LATAM", "APAC")                                       |
      won_stages = (open, closed_won)                                       |
        pay 5 per deal where region is in ("LATAM", "APAC")                 |
        pay 5 per deal where region is not in ("LATAM")                     |
        pay 5 per deal where region not in ("LATAM", "APAC")                |
        pay 5 per deal where region in ("LATAM", "APAC")                    |
        pay 5 per deal where region is in (LATAM, APAC)                     |
        pay 5 per deal where stage is in (open, closed_won)                 |
        pay 5 per deal where amount is in (100, 200 USD)                    |
        pay 5 per deal where close_date in (2027-01-15, 2027-Q3)            |
        pay 5 per deal where close_date in (2027-Q1)                        |
        pay 5 per deal where close_date within 30 days of start_date        |
        pay 5 per deal where close_date within 1 day of start_date          |
        pay 5 per deal where close_date in days 31..60 of start_date        |
        pay 5 per deal where close_date not in days 1..1 of 2027-01-01     |
        pay 5 per deal where seg is "smb" and seg = "SMB"                   |
      # a named period in brackets stays a period, alone or among others
      q3 = 2027-Q3 ;; component "D": ;;   pay 5 per deal where close_date in (q3)           |
      q3 = 2027-Q3 ;; component "D": ;;   pay 5 per deal where close_date in (2027-Q1, q3)  |
      # E0208: a named set of two types
      mixed = ("LATAM", 5)                                                  | 25:19 E0208 this set mixes text and a number (hint: a set holds values of one type, e.g. ("LATAM", "APAC"))
      # E0209: a value of another type than the left side
        pay 5 per deal where region is in ("LATAM", 5)                      | 26:47 E0209 cannot look for a number among the values of text (hint: every value of the set must be of the type of `region`) [26:24 text]
        pay 5 per deal where amount is in (100, "x")                        | 26:43 E0209 cannot look for text among the values of money (an amount) (hint: every value of the set must be of the type of `amount`) [26:24 money]
      # E0210: a set where a value is expected
        pay ("A", "B")                                                      | 26:7 E0210 a set can only be used on the right of `in` (hint: write e.g. `region is in ("LATAM", "APAC")`)
      y = ("A", "B") + 1                                                    | 25:5 E0210 a set can only be used on the right of `in` (hint: write e.g. `region is in ("LATAM", "APAC")`)
      # E0210: a named set where a value is expected
      new_regions = ("LATAM", "APAC") ;; y = new_regions                   | 26:5 E0210 `new_regions` is a set: it can only be used on the right of `in` (hint: write e.g. `region is in new_regions`)
      new_regions = ("LATAM", "APAC") ;; component "D": ;;   pay new_regions | 27:7 E0210 `new_regions` is a set: it can only be used on the right of `in` (hint: write e.g. `region is in new_regions`)
      # one value after `in` without brackets is neither a set nor a period
      pay 5 per deal where region in "LATAM"                                | 26:34 E0202 `in` needs a period or a set on its right, like 2027-Q1 or ("A", "B")
      # E0211: only text ignores case
      ignoring: amount money ignoring case                                  | 14:11 E0211 only a text field can ignore case, and `amount` is money (hint: remove `ignoring case`, or declare the field as text)
      # E0212: a window of days that cannot be
        pay 5 per deal where close_date within 0 days of start_date         | 26:42 E0212 days are counted in whole numbers from 1 (the start date itself), not `0 days` (hint: write e.g. `within 30 days of start_date` or `in days 31..60 of start_date`)
        pay 5 per deal where close_date in days 60..31 of start_date        | 26:43 E0212 the window ends before it starts: day 31 comes before day 60 (hint: write the first day first, e.g. `in days 31..60 of ...`)
        pay 5 per deal where close_date in days 1.5..3 of start_date        | 26:43 E0212 days are counted in whole numbers from 1 (the start date itself), not `1.5..3` (hint: write e.g. `within 30 days of start_date` or `in days 31..60 of start_date`)
        pay 5 per deal where close_date within 3 months of start_date       | 26:42 E0212 a window from a date is counted in days, not months (hint: write e.g. `within 90 days of start_date`)
      # a window of something that is not a date
        pay 5 per deal where amount within 3 days of start_date             | 26:24 E0202 only a date can be within days of another, but this is money (an amount)
        pay 5 per deal where close_date within 3 days of region             | 26:52 E0202 days are counted from a date, but this is text
      # E0313: a set lists values written out
        pay 5 per deal where stage is in (open, closed_wonn)                | 26:43 E0313 `closed_wonn` is not one of the plan's stages (hint: did you mean `closed_won`?)
        pay 5 per deal where amount is in (100, bookings)                   | 26:43 E0313 a set lists values written out, and `bookings` is a name (hint: write the values themselves, e.g. ("LATAM", "APAC") or (100, 200))
        pay 5 per deal where amount is in (100, 1 + 2)                      | 26:43 E0313 a set lists values written out, not `1 + 2` (hint: write each value itself: text in quotes, numbers, amounts, dates or stages)
      # an unknown left side is reported once, its set's bare words not again
      pay 5 per deal where regio is in (LATAM, APAC)                       | 26:24 E0301 unknown name `regio` (hint: did you mean `region`?)
      # W0111: a value listed twice, exactly, or but for case on a field that ignores case
        pay 5 per deal where region is in ("LATAM", "APAC", "LATAM")        | 26:55 W0111 `"LATAM"` is listed twice in this set (hint: remove one of them) [26:38 first listed here]
        pay 5 per deal where region is in ("LATAM", "latam")                |
        pay 5 per deal where seg is in ("SMB", "smb")                       | 26:42 W0111 `"smb"` is listed twice in this set (the field ignores case) (hint: remove one of them) [26:35 first listed here]
        pay 5 per deal where amount is in (100, 100.00)                     | 26:43 W0111 `100.00` is listed twice in this set (hint: remove one of them) [26:38 first listed here]
      """)
  void eachLineGetsItsDiagnostics(String line, String expected) {
    String plan = BASE;
    if (line.startsWith("ignoring: ")) { // the declaration of `amount` says it instead
      plan = plan.replace("amount: money", "amount: money ignoring case");
      line = "";
    } else if (line.startsWith("pay ")) {
      line = "component \"D\":\n  " + line;
    } else {
      line = line.replace(" ;; ", "\n"); // two lines
    }
    plan = plan + line + "\n";
    assertEquals(expected == null ? "" : expected, check(plan), line);
  }

  static String check(String plan) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("sets.comp", plan, diags);
    return diags.all().stream()
        .filter(
            d -> d.code().id().compareTo("W0101") != 0) // an unused definition: beside the point
        .map(DiagnosticSummary::of)
        .collect(Collectors.joining(" ;; "));
  }
}

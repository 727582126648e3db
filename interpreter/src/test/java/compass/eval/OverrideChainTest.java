package compass.eval;

import static compass.eval.OverridesTest.PEOPLE;
import static compass.eval.OverridesTest.TIERED;
import static compass.eval.OverridesTest.plan;
import static compass.eval.SemanticsSupport.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, point 7: overrides of one value for one participant with different `from` dates chain,
 * each in force from its date until the next one's, prorated by days inside a period where the
 * value changes. Q1 2027 has 90 days (Jan 31, Feb 28, Mar 31), Q2 91 (Apr 30, May 31, Jun 30).
 */
class OverrideChainTest {
  @TempDir Path dir;

  static Stream<Arguments> chains() {
    String twoDates =
        "override quota for ann from 2027-02-01 = 120_000 per quarter\n"
            + "override quota for ann from 2027-05-01 = 150_000 per quarter";
    return Stream.of(
        // Q1: 100,000 x 31/90 + 120,000 x 59/90 = (3,100,000 + 7,080,000) / 90 = 113,111.11
        Arguments.of(twoDates, "ann", "2027-Q1", "Quota probe", "113111.11"),
        // Q2: 120,000 x 30/91 + 150,000 x 61/91 = (3,600,000 + 9,150,000) / 91 = 140,109.89
        Arguments.of(twoDates, "ann", "2027-Q2", "Quota probe", "140109.89"),
        Arguments.of(twoDates, "ann", "2027-Q3", "Quota probe", "150000.00"),
        Arguments.of(twoDates, "bob", "2027-Q2", "Quota probe", "100000.00"),
        // written in the other order: the dates decide, not the order of the lines
        Arguments.of(
            "override quota for ann from 2027-05-01 = 150_000 per quarter\n"
                + "override quota for ann from 2027-02-01 = 120_000 per quarter",
            "ann",
            "2027-Q2",
            "Quota probe",
            "140109.89"),
        // three values in Q1: (100,000 x 31 + 120,000 x 28 + 150,000 x 31) / 90
        //   = (3,100,000 + 3,360,000 + 4,650,000) / 90 = 11,110,000 / 90 = 123,444.44
        Arguments.of(
            "override quota for ann from 2027-02-01 = 120_000 per quarter\n"
                + "override quota for ann from 2027-03-01 = 150_000 per quarter",
            "ann",
            "2027-Q1",
            "Quota probe",
            "123444.44"),
        // an override without a date holds from the start, until the dated one
        Arguments.of(
            "override quota for ann = 80_000 per quarter\n"
                + "override quota for ann from 2027-04-01 = 90_000 per quarter",
            "ann",
            "2027-Q1",
            "Quota probe",
            "80000.00"),
        Arguments.of(
            "override quota for ann = 80_000 per quarter\n"
                + "override quota for ann from 2027-04-01 = 90_000 per quarter",
            "ann",
            "2027-Q2",
            "Quota probe",
            "90000.00"),
        // a role's override then a person's, on different dates, chain too
        Arguments.of(
            "override quota for role ae from 2027-04-01 = 110_000 per quarter\n"
                + "override quota for ann from 2027-07-01 = 130_000 per quarter",
            "ann",
            "2027-Q3",
            "Quota probe",
            "130000.00"),
        Arguments.of(
            "override quota for role ae from 2027-04-01 = 110_000 per quarter\n"
                + "override quota for ann from 2027-07-01 = 130_000 per quarter",
            "bob",
            "2027-Q3",
            "Quota probe",
            "110000.00"),
        // a rate (not an amount per period) is weighted by days over the quarter:
        // (10% x 31 + 12% x 28 + 15% x 31) / 90 = 1,111% / 90; x 10,000 = 111,100 / 90 = 1,234.44
        Arguments.of(
            "override rate for ann from 2027-02-01 = 12%\n"
                + "override rate for ann from 2027-03-01 = 15%",
            "ann", "2027-Q1", "Rate probe", "1234.44"),
        // two on the same date that agree are one
        Arguments.of(
            "override rate for ann from 2027-04-01 = 12%\noverride rate for team emea from 2027-04-01 = 12%",
            "ann", "2027-Q2", "Rate probe", "1200.00"));
  }

  @ParameterizedTest(name = "{1} {2} {3} = {4} with: {0}")
  @MethodSource("chains")
  void chainedOverrides(
      String overrides, String person, String period, String component, String expected) {
    Evaluation ev = runFiles(dir, plan(overrides), "people.csv", PEOPLE, "deals.csv", deals());
    money(expected, lineTotal(ev, person, period, component));
  }

  @Test
  @DisplayName("explain names each override in force in the period with its source position")
  void explainNamesEachOverrideInForce() {
    Evaluation ev =
        runFiles(
            dir,
            plan(
                "override quota for ann from 2027-02-01 = 120_000 per quarter\n"
                    + "override quota for ann from 2027-05-01 = 150_000 per quarter"),
            "people.csv",
            PEOPLE,
            "deals.csv",
            deals());
    String q2 = lines(ev, "ann", "2027-Q2", "Quota probe").get(0).note();
    assertTrue(
        q2.contains("override quota = 120_000 per quarter for ann from 2027-02-01 (")
            && q2.contains("p.comp:26:1)")
            && q2.contains("override quota = 150_000 per quarter for ann from 2027-05-01 (")
            && q2.contains("p.comp:27:1)"),
        q2);
    String q1 = lines(ev, "ann", "2027-Q1", "Quota probe").get(0).note();
    assertTrue(q1.contains("from 2027-02-01") && !q1.contains("from 2027-05-01"), q1);
    String q3 = lines(ev, "ann", "2027-Q3", "Quota probe").get(0).note();
    assertTrue(q3.contains("from 2027-05-01") && !q3.contains("from 2027-02-01"), q3);
  }

  static Stream<Arguments> sameDateDisagrees() {
    return Stream.of(
        Arguments.of(
            "override quota for ann from 2027-02-01 = 120_000 per quarter\n"
                + "override quota for ann from 2027-02-01 = 130_000 per quarter",
            "two overrides of `quota` apply to ann from 2027-02-01 and disagree"),
        // a person's override does not silently beat a role's on the same date
        Arguments.of(
            "override rate for role ae from 2027-04-01 = 9%\noverride rate for ann from 2027-04-01 = 12%",
            "two overrides of `rate` apply to ann from 2027-04-01 and disagree"),
        Arguments.of(
            "override rate for team emea = 12%\noverride rate for role ae = 9%",
            "two overrides of `rate` apply to ann and disagree"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("sameDateDisagrees")
  void sameDateDisagreeIsAnError(String overrides, String message) {
    String errors = failFiles(dir, plan(overrides), "people.csv", PEOPLE, "deals.csv", deals());
    assertTrue(errors.contains(message) && errors.contains("E0406"), errors);
  }

  private static final String TWO_TABLES =
      """
      override tiers of "Commission" for ann from %s:
        from 0%% pay 12%%
        from 80%% pay 20%%
      override tiers of "Commission" for ann from %s:
        from 0%% pay 14%%
      """;

  private Evaluation tiered(String first, String second) {
    return runFiles(
        dir,
        plan("bookings = sum of amount\n") + TIERED + TWO_TABLES.formatted(first, second),
        "people.csv",
        PEOPLE,
        "deals.csv",
        deals(
            won("A", "100000", "2027-02-01"),
            won("B", "100000", "2027-05-01"),
            won("D", "50000", "2027-08-01")));
  }

  @Test
  @DisplayName("band table overrides chain: each table from its date, prorated by days in Q2")
  void bandTablesChain() {
    Evaluation ev = tiered("2027-04-01", "2027-05-01");
    // Q1 on the plan's bands: 100,000 x 10% = 10,000
    money("10000.00", lineTotal(ev, "ann", "2027-Q1", "Commission"));
    // Q2 bookings 100,000, quota 100,000. First table: 80,000 x 12% + 20,000 x 20% = 13,600;
    // second: 100,000 x 14% = 14,000. April (30 days) on the first, May-June (61) on the second:
    // (13,600 x 30 + 14,000 x 61) / 91 = (408,000 + 854,000) / 91 = 1,262,000 / 91 = 13,868.13
    money("13868.13", lineTotal(ev, "ann", "2027-Q2", "Commission"));
    // Q3 on the second table: 50,000 x 14% = 7,000
    money("7000.00", lineTotal(ev, "ann", "2027-Q3", "Commission"));
    String note =
        String.join(
            " ", lines(ev, "ann", "2027-Q2", "Commission").stream().map(l -> l.note()).toList());
    assertTrue(
        note.contains("for ann from 2027-04-01") && note.contains("for ann from 2027-05-01"), note);
  }

  @Test
  @DisplayName("three band tables inside one period: the plan's, then two overrides")
  void threeTablesInOnePeriod() {
    Evaluation ev = tiered("2027-02-01", "2027-03-01");
    // Q1 bookings 100,000: plan 10,000 (31 days), first 13,600 (28 days), second 14,000 (31 days)
    // (310,000 + 380,800 + 434,000) / 90 = 1,124,800 / 90 = 12,497.78
    money("12497.78", lineTotal(ev, "ann", "2027-Q1", "Commission"));
  }

  @Test
  @DisplayName("two band tables on the same date are an error naming both")
  void bandTablesOnTheSameDate() {
    String errors =
        failFiles(
            dir,
            plan("bookings = sum of amount\n")
                + TIERED
                + TWO_TABLES.formatted("2027-04-01", "2027-04-01"),
            "people.csv",
            PEOPLE,
            "deals.csv",
            deals(won("A", "100000", "2027-02-01")));
    assertTrue(
        errors.contains("two band tables of \"Commission\" apply to ann from 2027-04-01")
            && errors.contains("E0406"),
        errors);
  }
}

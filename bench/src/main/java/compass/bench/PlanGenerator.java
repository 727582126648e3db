package compass.bench;

/**
 * Builds the text of a large, valid plan for the parse and check benchmarks: the header, stages,
 * two inputs and a credit rule of ae-quota and multi-role, then one segment per sales team, each
 * with its own quota, measures, a curve, a dated override and five components (cumulative marginal
 * tiers with an accelerator, a multiplier and a cap; a gated curve; retroactive tiers; a SPIF; a
 * kicker). Deterministic: the same line count gives the same text.
 */
public final class PlanGenerator {
  private static final String[] REGIONS = {
    "amer", "emea", "apac", "latam", "anz", "dach", "nordics", "uki"
  };
  private static final String[] SEGMENTS = {"smb", "mid", "ent", "strategic", "public", "partner"};

  private PlanGenerator() {}

  /** A plan of about {@code lines} lines (never fewer), ending with a newline. */
  public static String generate(int lines) {
    StringBuilder out = new StringBuilder(lines * 40);
    header(out);
    for (int i = 0; countLines(out) < lines; i++) segment(out, i);
    return out.toString();
  }

  static int countLines(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
    return n;
  }

  private static void header(StringBuilder out) {
    out.append(
        """
        # Generated for the benchmarks: a whole sales organisation in one plan, one segment per team.
        plan "Generated FY2027" version 7
          currency USD
          fiscal year starts January
          pays quarterly
          effective 2027-01-01 to 2027-12-31
          rounding half_even

        stages prospecting, qualification, research, demonstration, objections,
               closed_won, nurturing, closed_lost

        input people from "people.csv":
          id: text
          name: text
          role: text
          manager: person optional
          target_incentive: money

        input deals from "deals.csv":
          id: text from "Opportunity ID"
          owner: person from "Opportunity Owner"
          amount: money from "Amount"
          stage: stage from "Stage"
          close_date: date from "Close Date" optional
          term_months: integer from "Term (months)"

        credit deals where stage is closed_won and close_date in FY2027 to owner on close_date

        quota = 250_000 per quarter
        bookings = sum of amount
        attainment = bookings / quota
        team_bookings = team bookings

        component "Manager override" for role manager:
          pay 1% of team bookings

        """);
  }

  private static void segment(StringBuilder out, int i) {
    String team =
        REGIONS[i % REGIONS.length]
            + "_"
            + SEGMENTS[(i / REGIONS.length) % SEGMENTS.length]
            + "_"
            + i;
    String role = "ae_" + team;
    String sdr = "sdr_" + team;
    int quota = 150_000 + (i % 7) * 25_000;
    int low = 3 + i % 4;
    line(
        out,
        "# Team " + team + ": quota " + quota + " a quarter, AEs on marginal tiers against it,");
    line(out, "# SDRs on retroactive tiers, a target-incentive curve, a SPIF and a kicker.");
    line(out, "quota_" + team + " = " + underscored(quota) + " per quarter");
    line(out, "long_" + team + " = sum of amount where term_months >= 24");
    line(out, "attainment_" + team + " = bookings / quota_" + team);
    line(out, "factor_" + team + " = curve on attainment_" + team + ":");
    line(out, "  0% -> 0%");
    line(out, "  50% -> " + (20 + i % 10) + "%");
    line(out, "  100% -> 100%");
    line(out, "  150% -> " + (180 + 10 * (i % 5)) + "%");
    line(
        out,
        "override quota_"
            + team
            + " for role "
            + role
            + " from 2027-07-01 = "
            + underscored(quota + 25_000)
            + " per quarter");
    line(out, "");
    line(out, "component \"Commission " + team + "\" for role " + role + " cumulative over year:");
    line(out, "  marginal tiers on bookings against quota_" + team);
    line(out, "    from 0% pay " + low + "%");
    line(out, "    from 50% pay " + (low + 3) + "%");
    line(out, "    from 100% pay " + (low + 7) + "%          # the accelerator");
    line(out, "    from 150% pay " + (low + 9) + "%");
    line(out, "  multiply by 1." + (1 + i % 3) + " where term_months >= 24");
    line(out, "  cap 2 x target_incentive per year");
    line(out, "");
    line(out, "component \"Target incentive " + team + "\" for role " + role + ":");
    line(out, "  pay target_incentive / 4 * factor_" + team);
    line(out, "  gate attainment_" + team + " >= " + (30 + 5 * (i % 4)) + "%");
    line(out, "");
    line(out, "component \"SDR commission " + team + "\" for role " + sdr + ":");
    line(out, "  retroactive tiers on bookings against quota_" + team);
    line(out, "    from 0% pay " + (2 + i % 3) + "%");
    line(out, "    from 100% pay " + (5 + i % 3) + "%");
    line(out, "  cap target_incentive");
    line(out, "");
    line(out, "component \"Multi-year SPIF " + team + "\" for role " + role + ", " + sdr + ":");
    line(
        out,
        "  pay "
            + (250 + 50 * (i % 6))
            + " per deal where term_months >= 24 and close_date in 2027-Q"
            + (1 + i % 4));
    line(out, "");
    line(out, "component \"Kicker " + team + "\" for role " + role + ":");
    line(
        out,
        "  pay "
            + underscored(1_000 + 500 * (i % 5))
            + " if attainment_"
            + team
            + " >= "
            + (120 + 10 * (i % 4))
            + "%");
    line(out, "");
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }

  private static String underscored(int n) {
    String s = Integer.toString(n);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) b.append('_');
      b.append(s.charAt(i));
    }
    return b.toString();
  }

  /**
   * Prints a generated plan: {@code java -cp benchmarks.jar compass.bench.PlanGenerator [LINES]}.
   */
  public static void main(String[] args) {
    System.out.print(generate(args.length > 0 ? Integer.parseInt(args[0]) : 2_000));
  }
}

package compass.eval;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.source.Span;
import java.math.BigDecimal;

/**
 * The evaluation budget (E0603). A plan has no loops, but it is untrusted: a definition used twice
 * in the next one, forty levels deep, is 2^40 evaluations per deal, and a number multiplied by
 * itself forty times has a trillion digits. Both would hang the run; the budget turns them into an
 * error naming the participant, period and definition.
 *
 * <p>Steps are definition evaluations (a memoised value computed, a per-deal definition, a direct
 * report's value in a team measure). A participant starts with {@link #BASE_STEPS} and is granted
 * more for each deal it looks at and each report a team measure looks at ({@link #perVisit}): what
 * an honest plan does grows with the data in exactly that way, so data of any size never trips it,
 * while a runaway plan spends thousands of times its grant on the first deal and stops within about
 * a million steps (well under a second), however large the data. What team measures add (the
 * reports and their deals looked at) is capped at one grant per person and deal and period ({@link
 * #grantTeam}). Counted, not timed, so the error is the same on every machine; one addition per
 * deal visited costs nothing measurable.
 */
final class Budget {
  /** More digits than any amount, rate or count needs (money has at most 18). */
  static final int MAX_DIGITS = 1000;

  /** Steps before any deal is looked at: far more than every definition for every span takes. */
  private static final long BASE_STEPS = 1_000_000;

  private long limit;
  private long left;

  /** What team measures may still be granted (see {@link #grantTeam}). */
  private long teamGrants;

  /** The participant whose budget this is (a team measure's report frames share it); -1: none. */
  private final int participant;

  Budget(long limit, long teamGrants, int participant) {
    this.limit = limit;
    this.left = limit;
    this.teamGrants = teamGrants;
    this.participant = participant;
  }

  /**
   * A participant's starting budget: {@link #BASE_STEPS}, or -Dcompass.budget for a plan that truly
   * needs more; {@code teamGrants} caps what team measures may add.
   */
  static Budget start(long teamGrants, int participant) {
    Long fixed = Long.getLong("compass.budget");
    return new Budget(fixed != null ? fixed : BASE_STEPS, teamGrants, participant);
  }

  /**
   * Steps granted per deal or report looked at: eight evaluations of every definition of the plan.
   * An honest plan evaluates each per-deal definition a few times per deal it visits (once per use
   * in the aggregate, condition or multiplier visiting it), far fewer.
   */
  static long perVisit(int definitions) {
    return 8L * (definitions + 1);
  }

  /** More steps, for one more deal looked at. */
  void grant(long steps) {
    left += steps;
    limit += steps;
  }

  /**
   * More steps for one more report, or a report's deal, looked at by a team measure, up to the cap
   * the participant started with (every person and deal, for every period). A team measure's report
   * frames are fresh each time, so a plan that doubles team measures (`t2 = team t1 + team t1`,
   * ...) would otherwise grant itself steps forever.
   */
  void grantTeam(long steps) {
    if (teamGrants < steps) return;
    teamGrants -= steps;
    grant(steps);
  }

  /** One step of evaluating `name` (at span) in frame f. */
  void spend(Frame f, String name, Span span) {
    if (--left >= 0) return;
    throw new EvalError(
        Diagnostic.error(
                Code.E0603,
                span,
                "evaluation budget exceeded "
                    + whose(f)
                    + ": more than "
                    + limit
                    + " evaluations, stopped in `"
                    + name
                    + "`")
            .withHint(
                "a definition used twice in the next one doubles the work at each level "
                    + "(`b = a + a`, `c = b + b`, ...); compute each value once, or raise the budget "
                    + "with COMPASS_JAVA_OPTS=-Dcompass.budget=N if the plan really needs it"));
  }

  /**
   * The value, or E0603 when it has grown past {@link #MAX_DIGITS} digits (a product of products).
   */
  static BigDecimal checkSize(BigDecimal v, Frame f, Span span) {
    // scale() is free, precision() is cheap for the usual values that fit in a long
    if (v.scale() <= MAX_DIGITS && v.scale() >= -MAX_DIGITS && v.precision() <= MAX_DIGITS)
      return v;
    throw new EvalError(
        Diagnostic.error(
                Code.E0603,
                span,
                "evaluation budget exceeded "
                    + where(f)
                    + ": `"
                    + span.text()
                    + "` has more than "
                    + MAX_DIGITS
                    + " digits")
            .withHint(
                "no amount, rate or count is this large; look for a value multiplied by "
                    + "itself, directly or through definitions"));
  }

  /** As {@link #where}, naming the participant whose budget ran out, not a report it looked at. */
  private String whose(Frame f) {
    if (f == null || participant < 0 || participant == f.person || (f.deal >= 0 && f.pos < 0))
      return where(f);
    return "for "
        + f.data.personId(participant)
        + " in "
        + f.where().substring(f.where().indexOf(" in ") + 4)
        + " (in a team measure, at "
        + f.data.personId(f.person)
        + ")";
  }

  private static String where(Frame f) {
    if (f == null) return "";
    if (f.deal >= 0 && f.pos < 0) return "for deal " + f.data.dealId(f.deal); // crediting
    return "for " + f.where();
  }
}

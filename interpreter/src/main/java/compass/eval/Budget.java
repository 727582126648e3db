package compass.eval;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.source.Span;
import java.math.BigDecimal;

/**
 * The evaluation budget (E0603). A plan has no loops, but it is untrusted: a definition used
 * twice in the next one, forty levels deep, is 2^40 evaluations per deal, and a number multiplied
 * by itself forty times has a trillion digits. Both would hang the run; the budget turns them into
 * an error naming the participant, period and definition.
 *
 * <p>Steps are definition evaluations (a memoised value computed, a per-deal definition, a direct
 * report's value in a team measure). A participant starts with {@link #BASE_STEPS} and is granted
 * more for each deal it looks at and each report a team measure looks at ({@link #perVisit}): what
 * an honest plan does grows with the data in exactly that way, so data of any size never trips
 * it, while a runaway plan spends thousands of times its grant on the first deal and stops within
 * about a million steps (well under a second), however large the data. What reports add is capped
 * at one grant per person and period ({@link #grantReport}). Counted, not timed, so the
 * error is the same on every machine; one addition per deal visited costs nothing measurable.
 */
final class Budget {
  /** More digits than any amount, rate or count needs (money has at most 18). */
  static final int MAX_DIGITS = 1000;
  /** Steps before any deal is looked at: far more than every definition for every span takes. */
  private static final long BASE_STEPS = 1_000_000;

  private long limit;
  private long left;
  /** What reports looked at may still be granted (see {@link #grantReport}). */
  private long reportGrants;

  Budget(long limit, long reportGrants) {
    this.limit = limit;
    this.left = limit;
    this.reportGrants = reportGrants;
  }

  /**
   * A participant's starting budget: {@link #BASE_STEPS}, or -Dcompass.budget for a plan that
   * truly needs more; {@code reportGrants} caps what looking at reports may add.
   */
  static Budget start(long reportGrants) {
    Long fixed = Long.getLong("compass.budget");
    return new Budget(fixed != null ? fixed : BASE_STEPS, reportGrants);
  }

  /**
   * Steps granted per deal or report looked at: eight evaluations of every definition of the plan.
   * An honest plan evaluates each per-deal definition a few times per deal it visits (once per use
   * in the aggregate, condition or multiplier visiting it), far fewer.
   */
  static long perVisit(int definitions) { return 8L * (definitions + 1); }

  /** More steps, for one more deal looked at. */
  void grant(long steps) {
    left += steps;
    limit += steps;
  }

  /**
   * More steps for one more report looked at by a team measure, up to the cap the participant
   * started with (every person, for every period): a team measure's report frames are fresh each
   * time, so a plan that doubles team measures would otherwise grant itself steps forever.
   */
  void grantReport(long steps) {
    if (reportGrants < steps) return;
    reportGrants -= steps;
    grant(steps);
  }

  /** One step of evaluating `name` (at span) in frame f. */
  void spend(Frame f, String name, Span span) {
    if (--left >= 0) return;
    throw new EvalError(Diagnostic.error(Code.E0603, span,
            "evaluation budget exceeded " + where(f) + ": more than " + limit
                + " evaluations, stopped in `" + name + "`")
        .withHint("a definition used twice in the next one doubles the work at each level "
            + "(`b = a + a`, `c = b + b`, ...); compute each value once, or raise the budget "
            + "with COMPASS_JAVA_OPTS=-Dcompass.budget=N if the plan really needs it"));
  }

  /** The value, or E0603 when it has grown past {@link #MAX_DIGITS} digits (a product of products). */
  static BigDecimal checkSize(BigDecimal v, Frame f, Span span) {
    // scale() is free, precision() is cheap for the usual values that fit in a long
    if (v.scale() <= MAX_DIGITS && v.scale() >= -MAX_DIGITS && v.precision() <= MAX_DIGITS) return v;
    throw new EvalError(Diagnostic.error(Code.E0603, span,
            "evaluation budget exceeded " + where(f) + ": `" + span.text() + "` has more than "
                + MAX_DIGITS + " digits")
        .withHint("no amount, rate or count is this large; look for a value multiplied by "
            + "itself, directly or through definitions"));
  }

  private static String where(Frame f) {
    if (f == null) return "";
    if (f.deal >= 0 && f.pos < 0) return "for deal " + f.data.dealId(f.deal); // crediting
    return "for " + f.where();
  }
}

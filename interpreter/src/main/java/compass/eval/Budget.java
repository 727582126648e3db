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
 * report's value in a team measure). A participant's budget grows with the data and the plan, far
 * above what any plan without such doubling needs, and is counted, not timed, so the error is the
 * same on every machine. Counting is one decrement per step: it costs nothing measurable.
 */
final class Budget {
  /** More digits than any amount, rate or count needs (money has at most 18). */
  static final int MAX_DIGITS = 1000;
  private static final long BASE_STEPS = 1_000_000;

  private final long limit;
  private long left;

  Budget(long limit) {
    this.limit = limit;
    this.left = limit;
  }

  /**
   * Steps one participant may take: generous for any linear plan (every definition for every
   * span, deal and person), or the value of -Dcompass.budget (for tests, or a plan that truly
   * needs more).
   */
  static long stepsFor(Dataset data, int definitions) {
    Long fixed = Long.getLong("compass.budget");
    if (fixed != null) return fixed;
    long rows = data.personCount() + (data.deals() == null ? 0 : data.deals().rowCount());
    long spans = Math.max(1, data.periodCount());
    return BASE_STEPS + 8 * rows * (definitions + 1) * spans;
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

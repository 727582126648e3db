package compass.eval;

import java.math.BigDecimal;

/**
 * Where an expression is being evaluated: one participant, a span of pay periods (indexes into the
 * plan's periods, both inclusive) and, inside a measure or filter, one deal. Holds the
 * participant's memo of definition values per span.
 */
final class Frame {
  final Dataset data;

  /** Fixed for a participant's frame; the crediting frame moves from owner to owner. */
  int person;

  int from;
  int to;

  /** The deal row being looked at, its position in the participant's credits, and its share. */
  int deal = -1;

  int pos = -1;
  BigDecimal share = BigDecimal.ONE;

  /** The part of a cancelled deal still credited in this span (SEMANTICS 11); one otherwise. */
  BigDecimal keep = BigDecimal.ONE;

  /** How many deals the deal row stands for: one, but more on a streamed run's merged row. */
  long weight = 1;

  /** Issue 15: each component's payout per period, read by `payout of` (by title). */
  java.util.Map<String, BigDecimal[]> payouts;

  private final BigDecimal[] memo;
  private final int spans;

  /** Shared by a participant's frame and the frames of reports it looks at (E0603). */
  final Budget budget;

  /**
   * A report's frame in a team measure: fresh each time, so its memo does not bound what it redoes,
   * and what it looks at adds to the budget only up to a cap (E0603, {@link Budget}).
   */
  private final boolean report;

  /** A participant's frame, keeping values per span; {@code memoize} false for a passing frame. */
  Frame(Dataset data, int person, boolean memoize) {
    this(data, person, memoize, Budget.start(data.teamGrants(), person), false);
  }

  private Frame(Dataset data, int person, boolean memoize, Budget budget, boolean report) {
    this.budget = budget;
    this.report = report;
    this.data = data;
    this.person = person;
    int n = Math.max(1, data.periodCount());
    this.spans = n * n;
    this.memo = memoize ? new BigDecimal[Math.max(1, data.definitionSlots()) * spans] : null;
  }

  void span(int from, int to) {
    this.from = from;
    this.to = to;
  }

  int spanKey() {
    return from * data.periodCount() + to;
  }

  BigDecimal memo(int slot) {
    return memo == null ? null : memo[slot * spans + spanKey()];
  }

  void remember(int slot, BigDecimal value) {
    if (memo != null) memo[slot * spans + spanKey()] = value;
  }

  /**
   * A frame of another participant (a direct report) over the same span. It is a fresh one, not the
   * report's own: participants are evaluated in parallel, each on its own frame.
   */
  Frame other(int otherPerson) {
    budget.grantTeam(data.stepsPerVisit()); // a report looked at (E0603 grows with the work)
    Frame f = new Frame(data, otherPerson, true, budget, true);
    f.span(from, to);
    return f;
  }

  /**
   * Looks at the participant's credited deal at {@code position}; false if a clawback took all of
   * it back by the end of the span. A prorated clawback leaves the served part ({@link #keep}).
   */
  boolean enter(int position) {
    // a deal looked at: E0603 grows with the work
    if (report) budget.grantTeam(data.stepsPerVisit());
    else budget.grant(data.stepsPerVisit());
    Credits c = data.credits(person);
    pos = position;
    deal = c.rows()[position];
    share = c.share(position);
    keep = c.cancelAt(position) > to ? BigDecimal.ONE : c.keptShare(position);
    weight = data.weight(deal);
    return keep.signum() > 0;
  }

  /** Back to no deal (or the deal looked at before). */
  void leave(int savedPos) {
    if (savedPos < 0) {
      pos = -1;
      deal = -1;
      share = BigDecimal.ONE;
      keep = BigDecimal.ONE;
      weight = 1;
    } else {
      enter(savedPos);
    }
  }

  /** Positions in the participant's credits of the span's deals: [first, end). */
  int first() {
    return data.credits(person).periodStart()[from];
  }

  int end() {
    return data.credits(person).periodStart()[to + 1];
  }

  /** A description for messages: "p000123 in 2027-Q1". */
  String where() {
    String label =
        from == to
            ? data.periods().get(from).label()
            : data.periods().get(from).label() + ".." + data.periods().get(to).label();
    return data.personId(person) + " in " + label;
  }
}

package compass.ast;

import compass.calendar.Frequency;
import compass.source.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An expression of the plan language. */
public sealed interface Expr {
  Span span();

  /** A plain number; with a currency code ({@code 500 EUR}) it is money. */
  record NumberLit(BigDecimal value, String currency, Span span) implements Expr {}

  /** {@code 8%}, held as the fraction 0.08. */
  record PercentLit(BigDecimal fraction, Span span) implements Expr {}

  record DateLit(LocalDate value, Span span) implements Expr {}

  /** A period label such as {@code 2027-Q1}, resolved against the plan's calendar. */
  record PeriodLit(String label, Span span) implements Expr {}

  record StringLit(String value, Span span) implements Expr {}

  record BoolLit(boolean value, Span span) implements Expr {}

  /** {@code 90 days}, {@code 12 months}. */
  record DurationLit(BigDecimal amount, String unit, Span span) implements Expr {}

  /** A name: a definition, a field of the current deal or participant, a stage. */
  record Ref(String name, Span span) implements Expr {}

  /**
   * {@code quotas.amount}: a field of a keyed table, summed over the current participant and span.
   */
  record TableField(Named table, Named field, Span span) implements Expr {}

  enum UnaryOp {
    NEGATE,
    NOT
  }

  record Unary(UnaryOp op, Expr operand, Span span) implements Expr {}

  enum BinaryOp {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    OF("of"),
    LESS("<"),
    LESS_EQUAL("<="),
    GREATER(">"),
    GREATER_EQUAL(">="),
    EQUAL("="),
    NOT_EQUAL("!="),
    AND("and"),
    OR("or");

    private final String symbol;

    BinaryOp(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    public boolean isComparison() {
      return ordinal() >= LESS.ordinal() && ordinal() <= NOT_EQUAL.ordinal();
    }
  }

  record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {}

  /** {@code stage is closed_won}, {@code stage is not closed_lost}. */
  record Is(Expr left, Expr right, boolean negated, Span span) implements Expr {}

  /**
   * {@code close_date in 2027-Q1}; {@code region is in ("LATAM", "APAC")}, {@code region is not in
   * new_regions}: the right side is a period, a {@link SetLit} or the name of a named set.
   */
  record In(Expr left, Expr right, boolean negated, Span span) implements Expr {}

  /**
   * A set written out: {@code ("LATAM", "APAC")}, on the right of {@code in} or as the value of a
   * named set ({@code new_regions = ("LATAM", "APAC")}). After {@code in}, {@code ("A")} is a set
   * of one.
   */
  record SetLit(List<Expr> elements, Span span) implements Expr {}

  /**
   * {@code close_date within 30 days of start_date} (days 1 to 30) and {@code meeting_date in days
   * 31..60 of start_date}: whether a date falls on day {@code from} to day {@code to} counted from
   * {@code start}, the start date itself being day 1. {@code window} is where the days are written.
   */
  record DayWindow(
      Expr date,
      BigDecimal from,
      BigDecimal to,
      String unit,
      Expr start,
      boolean negated,
      Span window,
      Span span)
      implements Expr {}

  /**
   * {@code bookings year to date} ({@code months} null) and {@code bookings trailing 3 months}: a
   * value evaluated over another span than the period being evaluated, ending with it: from the
   * start of its fiscal year, or over the last {@code count} {@code unit}s. {@code window} is where
   * the span is written ({@code year to date}, {@code trailing 3 months}).
   */
  record OverSpan(Expr value, BigDecimal count, String unit, Span window, Span span)
      implements Expr {
    public boolean yearToDate() {
      return count == null;
    }
  }

  record If(Expr condition, Expr then, Expr otherwise, Span span) implements Expr {}

  /**
   * {@code 250_000 per quarter}: a value for each span of that length; {@code byDays} when written
   * {@code spread by days} (issue 15.5): split over the pay periods by their days in each unit.
   */
  record Per(Expr value, Frequency unit, boolean byDays, Span span) implements Expr {
    public Per(Expr value, Frequency unit, Span span) {
      this(value, unit, false, span);
    }
  }

  enum AggregateKind {
    SUM,
    COUNT,
    AVERAGE
  }

  /**
   * A measure over the credited rows of the participant in the span being evaluated. {@code source}
   * is the credit source a count names ({@code count of meetings}); null for a sum or an average,
   * whose source the checker reads off {@code value} ({@code sum of amount of deals}).
   */
  record Aggregate(AggregateKind kind, Expr value, Expr filter, Named source, Span span)
      implements Expr {

    public Aggregate(AggregateKind kind, Expr value, Expr filter, Span span) {
      this(kind, value, filter, null, span);
    }
  }

  /** {@code team bookings}: the sum of a definition over the participant's direct reports. */
  record Team(Named member, Span span) implements Expr {}

  /** {@code full amount}: a deal's money field before the participant's split share. */
  record Full(Named field, Span span) implements Expr {}

  /**
   * {@code rate_card(region, product_line).rate}: a field of the row of a keyed reference table
   * whose key fields equal {@code keys}, in key order (eval/Lookups).
   */
  record Lookup(Named table, List<Expr> keys, Named field, Span span) implements Expr {}

  /**
   * {@code certification valid on close_date}: whether the participant has a row of a dated table
   * keyed by person in force on the date.
   */
  record ValidOn(Named table, Expr date, Span span) implements Expr {}

  /**
   * `first deal of account`: true for the deal looked at when it is the earliest credited deal with
   * its value of {@code field} (by crediting date, then id), whoever it is credited to.
   */
  record FirstOf(Named row, Named field, Span span) implements Expr {}

  /** {@code min(a, b)}, {@code max(a, b)}. */
  record Call(Named function, List<Expr> args, Span span) implements Expr {}

  /** A payout curve (SEMANTICS 6): piecewise linear through its points. */
  record Curve(Expr subject, boolean extrapolate, List<Point> points, Span span) implements Expr {}

  record Point(Expr x, Expr y, Span span) {}
}

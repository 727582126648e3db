package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.diag.Code;
import compass.types.Type;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Measures over another span (issue 15): {@code bookings year to date} and {@code bookings trailing
 * 3 months}. The value must be something evaluated over a span of periods (a measure, a definition
 * built from measures, an amount per period such as the quota), not a deal's field or a fixed value
 * (E0213); a trailing window is a whole number of pay periods (E0214); spans do not nest (E0215).
 */
public final class SpanRules {
  /** The longest trailing window: ten years, far beyond any plan's data. */
  static final int MAX_MONTHS = 120;

  private final CheckContext cx;
  private final ExprChecker exprs;
  private final Map<String, Boolean> spanning = new HashMap<>();

  SpanRules(CheckContext cx, ExprChecker exprs) {
    this.cx = cx;
    this.exprs = exprs;
  }

  Type check(Expr.OverSpan o, Scope scope) {
    Type t = exprs.type(o.value(), scope);
    if (t == Type.ERROR) return Type.ERROR;
    String what = o.yearToDate() ? "year to date" : "trailing";
    Expr nested = nested(o.value());
    if (nested != null) {
      cx.diags.error(
          Code.E0215,
          o.window(),
          "`"
              + nested.span().text()
              + "` already says its span: a value cannot be taken over two spans",
          "write one span, e.g. `bookings year to date` or `bookings trailing 3 months`");
      return Type.ERROR;
    }
    if (t != Type.MONEY && t != Type.NUMBER && t != Type.PERCENT) {
      cx.diags.error(
          Code.E0213,
          o.value().span(),
          "only a measure or an amount can be taken "
              + what
              + ", but this is "
              + ExprChecker.article(t),
          "compare inside the span's value instead, e.g. `bookings year to date >= 500_000`");
      return Type.ERROR;
    }
    String rowField = rowField(o.value());
    if (rowField != null) {
      cx.diags.error(
          Code.E0213,
          o.value().span(),
          "`" + rowField + "` is a value of each deal, not a measure: it has no " + what + " total",
          o.value() instanceof Expr.Aggregate
              ? null
              : "take a measure over the span, e.g. `(sum of "
                  + rowField
                  + ") "
                  + o.window().text()
                  + "`, or name the measure in a definition");
      return Type.ERROR;
    }
    if (!spans(o.value())) {
      cx.diags.error(
          Code.E0213,
          o.value().span(),
          "`"
              + o.value().span().text()
              + "` is a fixed value, the same over any span: `"
              + o.window().text()
              + "` changes nothing",
          "use it on a measure (`bookings "
              + o.window().text()
              + "`) or an amount per period (`100_000 per quarter`)");
      return Type.ERROR;
    }
    if (!o.yearToDate() && months(o) == null) return Type.ERROR;
    return t;
  }

  /**
   * The months of a trailing window, a whole number of pay periods; null (E0214 reported) when it
   * is not one.
   */
  Integer months(Expr.OverSpan o) {
    if (cx.frequency.weekly() || WeekWindows.inWeeks(o.unit()))
      return WeekWindows.check(o, cx); // issue 15.5: windows in weeks
    int unitMonths = unitMonths(o.unit());
    if (unitMonths == 0) {
      cx.diags.error(
          Code.E0214,
          o.window(),
          "a trailing window is counted in months, quarters, halves or years, not `"
              + o.unit()
              + "`",
          "write e.g. `trailing 3 months` or `trailing 2 quarters`");
      return null;
    }
    BigDecimal count = o.count();
    int n;
    try {
      n = count.intValueExact();
    } catch (ArithmeticException e) {
      n = -1;
    }
    if (n < 1 || n * unitMonths > MAX_MONTHS) {
      cx.diags.error(
          Code.E0214,
          o.window(),
          "a trailing window is a whole number of "
              + o.unit()
              + " from 1 up to "
              + MAX_MONTHS
              + " months, not `"
              + count.toPlainString()
              + "`",
          "write e.g. `trailing 3 months`");
      return null;
    }
    int months = n * unitMonths;
    int period = cx.frequency.months();
    if (months % period != 0) {
      cx.diags.error(
          Code.E0214,
          o.window(),
          "`"
              + o.window().text()
              + "` does not cover whole pay periods: this plan pays every "
              + period
              + " months",
          "trail a whole number of pay periods, e.g. `trailing " + period + " months`");
      return null;
    }
    return months;
  }

  /**
   * W0115: a tier table on a span ({@code tiers on bookings year to date}) pays the tiers of the
   * whole span in each period, again and again; {@code cumulative over year} pays the year to date
   * less what was paid.
   */
  static void tierBase(Expr base, CheckContext cx) {
    Expr span = nested(base);
    if (span == null) return;
    cx.diags.warning(
        Code.W0115,
        span.span(),
        "tiers on `"
            + span.span().text()
            + "` pay the tiers of the whole span in every period, not what it added",
        "to pay tiers on the year to date once, write `cumulative over year` on the component"
            + " and `tiers on "
            + ((Expr.OverSpan) span).value().span().text()
            + "`");
  }

  /** The months in one unit of a trailing window ({@code quarters}: 3); 0 for another word. */
  public static int unitMonths(String unit) {
    return switch (unit) {
      case "month", "months" -> 1;
      case "quarter", "quarters" -> 3;
      case "half", "halves" -> 6;
      case "year", "years" -> 12;
      default -> 0;
    };
  }

  /** The first span written inside {@code e}, if any. */
  private static Expr nested(Expr e) {
    Expr[] found = new Expr[1];
    ExprWalk.each(
        e,
        x -> {
          if (found[0] == null && x instanceof Expr.OverSpan) found[0] = x;
        });
    return found[0];
  }

  /** The deal field that {@code e} reads outside any measure, if it reads one. */
  private String rowField(Expr e) {
    Set<Expr> inMeasure = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    ExprWalk.each(
        e,
        x -> {
          if (x instanceof Expr.Aggregate a) {
            ExprWalk.each(a.value(), inMeasure::add);
            ExprWalk.each(a.filter(), inMeasure::add);
          }
        });
    String[] found = new String[1];
    ExprWalk.each(
        e,
        x -> {
          if (found[0] != null || inMeasure.contains(x)) return;
          Symbol s = cx.symbols.get(x);
          if (s instanceof Symbol.DealField || x instanceof Expr.Full) found[0] = x.span().text();
          else if (s instanceof Symbol.Definition d && exprs.isDealLevel(d.name()))
            found[0] = d.name();
        });
    return found[0];
  }

  /** Whether {@code e} depends on the span it is evaluated over. */
  private boolean spans(Expr e) {
    boolean[] any = new boolean[1];
    ExprWalk.each(
        e,
        x -> {
          if (x instanceof Expr.Aggregate
              || x instanceof Expr.Team
              || x instanceof Expr.Per
              || PayoutReads.isPayoutOf(x)) // issue 15: a payout is summed over its span
          any[0] = true;
          else if (x instanceof Expr.TableField)
            any[0] |= !(cx.symbols.get(x) instanceof Symbol.Lookup);
          else if (cx.symbols.get(x) instanceof Symbol.Definition d)
            any[0] |= definitionSpans(d.name());
        });
    return any[0];
  }

  private final Set<String> visiting = new HashSet<>();

  private boolean definitionSpans(String name) {
    if (name.equals("quota")) return true; // the quota of a span is the sum of its periods'
    Boolean known = spanning.get(name);
    if (known != null) return known;
    if (!visiting.add(name)) return false; // a cycle, reported as E0304 already
    boolean result = false;
    for (Decl.Definition d : cx.plan.all(Decl.Definition.class))
      if (d.name().text().equals(name)) result = spans(d.value());
    visiting.remove(name);
    spanning.put(name, result);
    return result;
  }
}

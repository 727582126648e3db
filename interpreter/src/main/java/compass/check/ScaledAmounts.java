package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Step;
import compass.calendar.Frequency;
import compass.calendar.Period;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.diag.Grouping;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 15, point 8(b): amounts per period that do not mean what they look like, said in numbers.
 *
 * <ul>
 *   <li>W0117: {@code q = annual / 4 per quarter} where {@code annual = 120_000 per year}. An
 *       amount per period already scales with the span ({@code annual} is 30,000 in a quarter), so
 *       dividing it and scaling it again makes 7,500, a sixteenth of the year.
 *   <li>W0118: an amount per year read in a {@code cumulative over year} component is read over the
 *       year to date: 12,000 per year is 3,000 in 2027-Q1, 6,000 in 2027-Q2, the whole only at the
 *       year's end. {@code cap ... per year} is the year's cap and is not warned.
 * </ul>
 *
 * The numbers come from the plan alone (literals and definitions made of them), in the plan's first
 * pay periods; a value read from data is named without numbers.
 */
final class ScaledAmounts {
  private static final MathContext MC = MathContext.DECIMAL128;

  private final CheckedPlan plan;
  private final Diagnostics diags;
  private final Map<String, Expr> definitions = new HashMap<>();
  private final int periodMonths;

  private ScaledAmounts(CheckedPlan plan, Diagnostics diags) {
    this.plan = plan;
    this.diags = diags;
    for (Decl.Definition d : plan.ast().all(Decl.Definition.class))
      definitions.putIfAbsent(d.name().text(), d.value());
    this.periodMonths = plan.frequency().months();
  }

  static void check(CheckedPlan plan, Diagnostics diags) {
    if (plan.periods().isEmpty()) return;
    ScaledAmounts s = new ScaledAmounts(plan, diags);
    for (Expr root : Lints.usedExpressions(plan)) s.scaledTwice(root);
    for (Decl.Component c : plan.ast().all(Decl.Component.class))
      if (c.cumulative()) s.perYearInCumulative(c);
  }

  // ---- W0117 -------------------------------------------------------------------------------

  private void scaledTwice(Expr root) {
    ExprWalk.each(
        root,
        e -> {
          if (!(e instanceof Expr.Per p)) return;
          Expr inner = firstScaled(p.value());
          if (inner == null || inner.span().file() != plan.ast().file()) return;
          warnScaledTwice(p, inner);
        });
  }

  /**
   * The first amount per period inside {@code e} (a `per` or a definition made of one), or null.
   */
  private Expr firstScaled(Expr e) {
    Expr[] found = new Expr[1];
    ExprWalk.each(
        e,
        x -> {
          if (found[0] != null) return;
          if (x instanceof Expr.Per
              || (x instanceof Expr.Ref r && scales(r.name(), new HashSet<>()))) found[0] = x;
        });
    return found[0];
  }

  /** Per definition: whether it scales with the span (memo, as plans may chain many). */
  private final Map<String, Boolean> scaling = new HashMap<>();

  /** Per definition: whether it holds an amount per year. */
  private final Map<String, Boolean> yearly = new HashMap<>();

  private boolean scales(String name, Set<String> seen) {
    return reaches(name, seen, scaling, p -> true);
  }

  private boolean perYear(String name, Set<String> seen) {
    return reaches(name, seen, yearly, p -> p.unit() == Frequency.YEAR);
  }

  /**
   * Whether the definition holds, directly or through the definitions it reads, a `per` that {@code
   * kind} accepts; memoised in {@code memo} (lints run on checked plans: no cycles).
   */
  private boolean reaches(
      String name,
      Set<String> seen,
      Map<String, Boolean> memo,
      java.util.function.Predicate<Expr.Per> kind) {
    Boolean known = memo.get(name);
    if (known != null) return known;
    Expr value = definitions.get(name);
    if (value == null || !seen.add(name)) return false;
    boolean[] any = new boolean[1];
    ExprWalk.each(
        value,
        x -> {
          if (x instanceof Expr.Per p && kind.test(p)) any[0] = true;
          else if (x instanceof Expr.Ref r && reaches(r.name(), seen, memo, kind)) any[0] = true;
        });
    memo.put(name, any[0]);
    return any[0];
  }

  private void warnScaledTwice(Expr.Per p, Expr inner) {
    Period first = plan.periods().get(0);
    String unit = plan.frequency().unitName();
    BigDecimal whole = value(p, periodMonths);
    BigDecimal innerNow = value(inner, periodMonths);
    BigDecimal innerYear = value(inner, 12);
    String name = "`" + inner.span().text() + "`";
    String message;
    String hint;
    if (whole == null || innerNow == null) {
      message =
          name
              + " already scales with the span, and `"
              + p.span().text().substring(p.value().span().text().length()).strip()
              + "` scales it again";
      hint = "use " + name + " as it is, or write a fixed amount per period";
    } else {
      String share = "";
      if (innerYear != null && whole.signum() != 0) {
        BigDecimal ratio = innerYear.divide(whole, MC).stripTrailingZeros();
        if (ratio.scale() <= 0 && ratio.compareTo(BigDecimal.ONE) > 0)
          share =
              ", 1/" + ratio.toPlainString() + " of " + name + "'s " + money(innerYear) + " a year";
      }
      message =
          "in "
              + first.label()
              + " this is "
              + money(whole)
              + share
              + ": "
              + name
              + " is already "
              + money(innerNow)
              + " per "
              + unit
              + ", and `"
              + p.span().text().substring(p.value().span().text().length()).strip()
              + "` scales it again";
      hint =
          "write "
              + name
              + " (it is "
              + money(innerNow)
              + " in each "
              + unit
              + "), or a fixed amount such as `"
              + plain(innerNow)
              + " per "
              + unit
              + "`";
    }
    diags.warning(Code.W0117, p.span(), message, hint);
  }

  // ---- W0118 -------------------------------------------------------------------------------

  private void perYearInCumulative(Decl.Component c) {
    Set<String> reported = new HashSet<>();
    for (Step s : c.steps()) {
      List<Expr> exprs = new ArrayList<>();
      if (s instanceof Step.Cap cap
          && cap.limit() instanceof Expr.Per per
          && per.unit() == Frequency.YEAR) {
        exprs.add(per.value()); // `cap ... per year` is the year's cap, whatever the span
      } else {
        Lints.stepExpressions(s, exprs);
      }
      exprs.removeIf(java.util.Objects::isNull);
      for (Expr root : exprs)
        ExprWalk.each(
            root,
            e -> {
              boolean perYear =
                  e instanceof Expr.Per p && p.unit() == Frequency.YEAR
                      || e instanceof Expr.Ref r && perYear(r.name(), new HashSet<>());
              if (perYear && reported.add(e.span().text())) warnPerYear(c, e);
            });
    }
  }

  private void warnPerYear(Decl.Component c, Expr e) {
    String name = "`" + e.span().text() + "`";
    List<Period> periods = plan.periods();
    int year = periods.get(0).fiscalYear();
    List<String> ytd = new ArrayList<>();
    BigDecimal whole = value(e, 12);
    int months = 0;
    for (Period p : periods) {
      if (p.fiscalYear() != year) break;
      months += p.monthCount();
      BigDecimal v = value(e, months);
      if (v == null) break;
      if (ytd.size() < 2) ytd.add(money(v) + " in " + p.label());
    }
    String numbers =
        ytd.isEmpty() || whole == null
            ? "a share of the year's amount that grows period by period"
            : String.join(", ", ytd) + ", the whole " + money(whole) + " only at the year's end";
    diags.warning(
        Code.W0118,
        e.span(),
        name
            + " is an amount per year, and \""
            + c.title()
            + "\" is cumulative over year, so it is read over the year to date: "
            + numbers,
        "for the year's whole amount in every period write it without `per year`"
            + (whole == null ? "" : " (`" + plain(whole) + "`)")
            + "; for an amount per period, use it in a component that is not cumulative");
  }

  // ---- values from the plan alone ------------------------------------------------------------

  /**
   * The value of {@code e} over a span of {@code months} when it is made of literals, amounts per
   * period and definitions of them; null when it reads anything else.
   */
  private BigDecimal value(Expr e, int months) {
    return value(e, months, new HashSet<>());
  }

  private BigDecimal value(Expr e, int months, Set<String> seen) {
    if (e instanceof Expr.NumberLit n) return n.value();
    if (e instanceof Expr.PercentLit p) return p.fraction();
    if (e instanceof Expr.Ref r) {
      Expr v = definitions.get(r.name());
      if (v == null || !seen.add(r.name())) return null;
      BigDecimal out = value(v, months, seen);
      seen.remove(r.name());
      return out;
    }
    if (e instanceof Expr.Per p) {
      BigDecimal v = value(p.value(), months, seen);
      int unit = (p.unit() == null ? plan.frequency() : p.unit()).months();
      return v == null
          ? null
          : v.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(unit), MC);
    }
    if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEGATE) {
      BigDecimal v = value(u.operand(), months, seen);
      return v == null ? null : v.negate();
    }
    if (e instanceof Expr.Binary b) {
      BigDecimal l = value(b.left(), months, seen), r = value(b.right(), months, seen);
      if (l == null || r == null) return null;
      return switch (b.op()) {
        case ADD -> l.add(r);
        case SUBTRACT -> l.subtract(r);
        case MULTIPLY, OF -> l.multiply(r);
        case DIVIDE -> r.signum() == 0 ? null : l.divide(r, MC);
        default -> null;
      };
    }
    return null;
  }

  private static String money(BigDecimal v) {
    return Grouping.grouped(v.setScale(2, RoundingMode.HALF_EVEN));
  }

  /** An amount as it is written in a plan: `30_000`, `2_500.50`. */
  private static String plain(BigDecimal v) {
    BigDecimal s = v.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (s.scale() < 0) s = s.setScale(0);
    String digits = s.toPlainString();
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String frac = dot < 0 ? "" : digits.substring(dot);
    StringBuilder out = new StringBuilder();
    int start = whole.startsWith("-") ? 1 : 0;
    for (int i = start; i < whole.length(); i++) {
      if (i > start && (whole.length() - i) % 3 == 0) out.append('_');
      out.append(whole.charAt(i));
    }
    return (start == 1 ? "-" : "") + out + frac;
  }
}

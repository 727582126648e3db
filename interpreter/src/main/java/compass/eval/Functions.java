package compass.eval;

import compass.ast.Expr;
import compass.check.Builtin;
import compass.check.CheckedPlan;
import compass.check.Symbol;
import compass.data.DateColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Label;
import compass.types.Type;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The node factory of the built-in functions declared in {@link Builtin}: one case per function in
 * an exhaustive switch, so a function the checker accepts always has an implementation. All
 * arithmetic is exact (BigDecimal); README "Functions" gives the meaning of each.
 */
final class Functions {
  private final ExprCompiler compiler;
  private final CheckedPlan plan;
  private final Dataset data;

  Functions(ExprCompiler compiler, CheckedPlan plan, Dataset data) {
    this.compiler = compiler;
    this.plan = plan;
    this.data = data;
  }

  /** The node of a call the checker resolved to a built-in function. */
  Nodes.Num compile(Expr.Call c) {
    Builtin fn = ((Symbol.Function) plan.symbolOf(c)).builtin();
    List<Expr> args = c.args();
    return switch (fn) {
      case MIN -> extreme(args, true);
      case MAX -> extreme(args, false);
      case ROUND -> round(args.get(0), ((Expr.NumberLit) args.get(1)).value().intValueExact());
      case ABS -> abs(args.get(0));
      case CLAMP -> clamp(c);
      case DAYS_BETWEEN -> daysBetween(args.get(0), args.get(1));
      case PRORATE -> prorate(args.get(0), args.get(1), args.get(2));
    };
  }

  private Nodes.Num extreme(List<Expr> exprs, boolean min) {
    List<Nodes.Num> args = exprs.stream().map(compiler::num).toList();
    return f -> {
      BigDecimal best = args.get(0).eval(f);
      for (int i = 1; i < args.size(); i++) {
        BigDecimal v = args.get(i).eval(f);
        if (min ? v.compareTo(best) < 0 : v.compareTo(best) > 0) best = v;
      }
      return best;
    };
  }

  /**
   * To {@code places} decimals with the plan's rounding mode (SEMANTICS 1: half_even unless the
   * plan says half_up). A percent counts its places in percent, as it is written: round(112.345%,
   * 1) is 112.3%, so its fraction keeps two more.
   */
  private Nodes.Num round(Expr x, int places) {
    Nodes.Num value = compiler.num(x);
    int scale = plan.typeOf(x) == Type.PERCENT ? places + 2 : places;
    RoundingMode mode = plan.rounding().mode();
    return f -> value.eval(f).setScale(scale, mode);
  }

  private Nodes.Num abs(Expr x) {
    Nodes.Num value = compiler.num(x);
    return f -> value.eval(f).abs();
  }

  /**
   * x kept within [low, high]; bounds the wrong way round are E0607 (found by check when literal).
   */
  private Nodes.Num clamp(Expr.Call c) {
    Nodes.Num value = compiler.num(c.args().get(0));
    Nodes.Num low = compiler.num(c.args().get(1)), high = compiler.num(c.args().get(2));
    return f -> {
      BigDecimal lo = low.eval(f), hi = high.eval(f);
      if (lo.compareTo(hi) > 0) {
        throw new EvalError(
            Diagnostic.error(
                    Code.E0607,
                    c.args().get(1).span(),
                    "`clamp` has its low bound "
                        + plain(lo)
                        + " above its high bound "
                        + plain(hi)
                        + " for "
                        + f.where())
                .withLabel(new Label(c.args().get(2).span(), "high bound"))
                .withHint(
                    "make sure the low bound is never above the high one, e.g. `clamp(x, min(a, b), max(a, b))`"));
      }
      BigDecimal v = value.eval(f);
      return v.compareTo(lo) < 0 ? lo : v.compareTo(hi) > 0 ? hi : v;
    };
  }

  /**
   * The days from {@code from} to {@code to}: positive when {@code to} is later, 0 for one date.
   */
  private Nodes.Num daysBetween(Expr from, Expr to) {
    Nodes.Day a = compiler.day(from), b = compiler.day(to);
    return f -> {
      int x = a.eval(f), y = b.eval(f);
      if (x == DateColumn.MISSING) return missingDate(f, from);
      if (y == DateColumn.MISSING) return missingDate(f, to);
      return BigDecimal.valueOf((long) y - x);
    };
  }

  /**
   * The amount times the share of the evaluated period's days that fall in [start, end], both
   * inclusive (SEMANTICS 2); an empty start or end leaves that side open. An amount per period
   * (`10_000 per quarter`, a quotas table) is prorated pay period by pay period and summed, as an
   * override of it is; any other value over the whole span at once (Overrides#wrap).
   */
  private Nodes.Num prorate(Expr amountExpr, Expr startExpr, Expr endExpr) {
    Nodes.Num amount = compiler.num(amountExpr);
    Nodes.Day start = compiler.day(startExpr), end = compiler.day(endExpr);
    boolean additive = compiler.additive(amountExpr);
    return f -> {
      int s = start.eval(f), e = end.eval(f);
      long first = s == DateColumn.MISSING ? Long.MIN_VALUE : s;
      long last = e == DateColumn.MISSING ? Long.MAX_VALUE : e;
      if (!additive) return share(amount.eval(f), first, last, f.from, f.to);
      int from = f.from, to = f.to;
      try {
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = from; k <= to; k++) {
          f.span(k, k);
          sum = sum.add(share(amount.eval(f), first, last, k, k));
        }
        return sum;
      } finally {
        f.span(from, to);
      }
    };
  }

  /** value x (days of [first, last] inside periods from..to) / (days of those periods), exact. */
  private BigDecimal share(BigDecimal value, long first, long last, int from, int to) {
    long start = data.periods().get(from).start().toEpochDay(),
        end = data.periods().get(to).end().toEpochDay();
    long inside = Math.min(end, last) - Math.max(start, first) + 1;
    long days = end - start + 1;
    if (inside <= 0) return BigDecimal.ZERO;
    if (inside == days) return value;
    return value
        .multiply(BigDecimal.valueOf(inside))
        .divide(BigDecimal.valueOf(days), ExprCompiler.MC);
  }

  /**
   * E0512: `days_between` needs both dates. An empty cell of a deal is noted under --keep-going
   * (the row is then rejected and the participant evaluated again without it).
   */
  private BigDecimal missingDate(Frame f, Expr date) {
    Symbol s = plan.symbolOf(date);
    if (s instanceof Symbol.DealField d)
      return compiler.emptyDealCell(f, d.spec().name(), date.span());
    if (s instanceof Symbol.PersonField p) {
      throw ExprCompiler.emptyCell(
          data.people(), f.person, p.spec().name(), date.span(), data.personId(f.person));
    }
    throw new EvalError(
        Diagnostic.error(
                Code.E0512,
                date.span(),
                "`"
                    + date.span().text()
                    + "` has no date for "
                    + f.where()
                    + ", but `days_between` needs one")
            .withHint("give the date a value in every case, e.g. with `if ... then ... else ...`"));
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}

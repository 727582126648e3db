package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Step;
import compass.calendar.Frequency;
import compass.data.ColumnType;
import compass.data.TableSchema;
import compass.diag.Code;
import compass.diag.Grouping;
import compass.types.Type;
import java.util.List;

/**
 * Checks a component's `from pool AMOUNT [per UNIT] in FIELD order` (issue 15, the new-product
 * plan): the pool shares out per-deal amounts across all participants, so it comes right after a
 * `pay ... per deal` that is the component's whole pay, as its last step, on a component that is
 * not cumulative (E0460); its amount is a fixed positive amount of money (E0461); it takes deals in
 * the order of a date of the rows paid (E0462); and its period is the pay period or longer (E0463).
 */
final class PoolRules {
  private final CheckContext cx;
  private final ExprChecker exprs;

  PoolRules(CheckContext cx, ExprChecker exprs) {
    this.cx = cx;
    this.exprs = exprs;
  }

  /** Checks every pool of the component; {@code rows} is the table of the rows it pays per. */
  void check(Decl.Component c, TableSchema rows) {
    List<Step> steps = c.steps();
    boolean first = true;
    for (int i = 0; i < steps.size(); i++) {
      if (!(steps.get(i) instanceof Step.Pool pool)) continue;
      if (first) place(c, steps, i, pool);
      else
        cx.diags.error(
            Code.E0460,
            pool.span(),
            "a component draws from one pool; this is a second one",
            "make it a component of its own, or add the two pools up");
      first = false;
      amount(pool);
      order(pool, rows);
      period(pool);
    }
  }

  private void place(Decl.Component c, List<Step> steps, int at, Step.Pool pool) {
    String problem = null;
    if (at != 1 || !(steps.get(0) instanceof Step.Pay p) || !p.perDeal())
      problem =
          "a pool shares out amounts paid per deal, so it comes right after `pay ... per deal`";
    else if (at != steps.size() - 1)
      problem = "a pool is the last step of its component: nothing can change what it paid out";
    else if (c.cumulative())
      problem = "a pool pays each deal once, so its component cannot be `cumulative over year`";
    if (problem == null) return;
    cx.diags.error(
        Code.E0460,
        pool.span(),
        problem,
        "write `pay 500 per deal where ...` then `from pool 20_000 in close_date order`, and put"
            + " caps, multipliers and schedules in another component");
  }

  private void amount(Step.Pool pool) {
    Expr e = pool.amount();
    Type t = exprs.type(e, Scope.PARTICIPANT);
    if (t == Type.ERROR) return;
    boolean literal = e instanceof Expr.NumberLit;
    Expr.NumberLit n = literal ? (Expr.NumberLit) e : null;
    if (!literal || (t != Type.MONEY && t != Type.NUMBER)) {
      cx.diags.error(
          Code.E0461,
          e.span(),
          "a pool is a fixed amount of money shared by everyone, written as a number",
          "write e.g. `from pool 20_000 in close_date order`");
    } else if (n.value().signum() <= 0) {
      cx.diags.error(
          Code.E0461,
          e.span(),
          "a pool of " + Grouping.grouped(n.value()) + " pays nothing",
          "write the pool's amount, greater than 0");
    } // a pool in another currency is E0206, as for every amount
  }

  private void order(Step.Pool pool, TableSchema rows) {
    if (rows == null) return; // no credited rows: `per deal` already says so (E0405)
    int i = Checker.fieldIndex(rows, pool.order().text());
    if (i >= 0 && rows.fields().get(i).type() == ColumnType.DATE) return;
    cx.diags.error(
        Code.E0462,
        pool.order().span(),
        i < 0
            ? "`" + rows.name() + "` has no field `" + pool.order().text() + "`"
            : "`" + pool.order().text() + "` is not a date, so it cannot put the deals in order",
        "name a date field of `" + rows.name() + "`, e.g. `in close_date order`");
  }

  private void period(Step.Pool pool) {
    if (pool.per() == null) return; // one pool for the whole plan
    String word = pool.per().text();
    if (word.equals("period")) return; // the pay period itself
    Frequency per = Frequency.parse(word).orElse(null);
    if (per == null || per.months() >= cx.frequency.months()) return;
    cx.diags.error(
        Code.E0463,
        pool.per().span(),
        "a pool per "
            + word
            + " is shorter than the plan's pay period ("
            + cx.frequency.unitName()
            + "): the deals of a period would draw from several pools",
        "write `per " + cx.frequency.unitName() + "` or longer, or no `per` for one pool");
  }

  /** For W0104: the date field each pool orders its deals by is read. */
  static void columnsRead(CheckedPlan plan, java.util.Map<String, java.util.Set<String>> read) {
    for (Decl.Component c : plan.components()) {
      for (Step s : c.steps()) {
        if (!(s instanceof Step.Pool pool)) continue;
        String name = plan.sources().sourceOf(c);
        CreditSource source = name == null ? null : plan.sources().named(name);
        if (source != null && read.containsKey(source.table().name()))
          read.get(source.table().name()).add(pool.order().text());
      }
    }
  }
}

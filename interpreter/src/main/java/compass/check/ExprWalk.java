package compass.check;

import compass.ast.Expr;
import java.util.function.Consumer;

/** Visits an expression and every expression inside it, parents before children. */
public final class ExprWalk {
  private ExprWalk() {}

  public static void each(Expr e, Consumer<Expr> visit) {
    if (e == null) return;
    visit.accept(e);
    // Java 17: no pattern matching in switch, hence the chain (a test walks every Expr kind)
    if (e instanceof Expr.NumberLit
        || e instanceof Expr.PercentLit
        || e instanceof Expr.DateLit
        || e instanceof Expr.PeriodLit
        || e instanceof Expr.StringLit
        || e instanceof Expr.BoolLit
        || e instanceof Expr.DurationLit
        || e instanceof Expr.Ref
        || e instanceof Expr.TableField
        || e instanceof Expr.Team
        || e instanceof Expr.Full
        || e instanceof Expr.FirstOf) {
      return;
    }
    if (e instanceof Expr.Unary u) {
      each(u.operand(), visit);
    } else if (e instanceof Expr.Binary b) {
      each(b.left(), visit);
      each(b.right(), visit);
    } else if (e instanceof Expr.Is i) {
      each(i.left(), visit);
      each(i.right(), visit);
    } else if (e instanceof Expr.In i) {
      each(i.left(), visit);
      each(i.right(), visit);
    } else if (e instanceof Expr.SetLit set) {
      for (Expr element : set.elements()) each(element, visit);
    } else if (e instanceof Expr.DayWindow w) {
      each(w.date(), visit);
      each(w.start(), visit);
    } else if (e instanceof Expr.If i) {
      each(i.condition(), visit);
      each(i.then(), visit);
      each(i.otherwise(), visit);
    } else if (e instanceof Expr.Per p) {
      each(p.value(), visit);
    } else if (e instanceof Expr.OverSpan o) {
      each(o.value(), visit);
    } else if (e instanceof Expr.Aggregate a) {
      each(a.value(), visit);
      each(a.filter(), visit);
    } else if (e instanceof Expr.Lookup l) {
      for (Expr key : l.keys()) each(key, visit);
    } else if (e instanceof Expr.ValidOn v) {
      each(v.date(), visit);
    } else if (e instanceof Expr.Call c) {
      for (Expr arg : c.args()) each(arg, visit);
    } else if (e instanceof Expr.Curve c) {
      each(c.subject(), visit);
      for (Expr.Point p : c.points()) {
        each(p.x(), visit);
        each(p.y(), visit);
      }
    } else {
      throw new IllegalStateException("unwalked expression " + e.getClass().getSimpleName());
    }
  }
}

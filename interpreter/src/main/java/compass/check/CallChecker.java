package compass.check;

import compass.ast.Expr;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Label;
import compass.diag.Suggestions;
import compass.types.Type;
import compass.types.UnitRules;
import java.math.BigDecimal;
import java.util.Optional;

/** Types calls of the built-in functions from their one declaration, {@link Builtin}. */
final class CallChecker {
  private final CheckContext cx;
  private final ExprChecker exprs;

  CallChecker(CheckContext cx, ExprChecker exprs) {
    this.cx = cx;
    this.exprs = exprs;
  }

  /**
   * A call of a built-in function, typed by its declaration in {@link Builtin}: the name (E0301,
   * with the nearest name), the number of values (E0207, with the signature), then each value's
   * kind. The VALUE arguments share one unit, which is the call's type.
   */
  Type call(Expr.Call c, Scope scope) {
    String name = c.function().text();
    Optional<Builtin> found = Builtin.named(name);
    if (found.isEmpty()) {
      String hint = Suggestions.hint(name, Builtin.names());
      cx.diags.error(
          Code.E0301,
          c.function().span(),
          "unknown function `" + name + "`",
          hint != null ? hint : "the functions are " + String.join(", ", Builtin.names()));
      c.args().forEach(arg -> exprs.type(arg, scope));
      return Type.ERROR;
    }
    Builtin fn = found.get();
    cx.symbols.put(c, new Symbol.Function(fn));
    if (!fn.takes(c.args().size())) {
      int n = c.args().size();
      cx.diags.error(
          Code.E0207,
          c.span(),
          "`"
              + name
              + "` takes "
              + arity(fn)
              + ", but this call has "
              + (n == 0 ? "none" : n == 1 ? "one" : String.valueOf(n)),
          "write it as `" + fn.signature() + "`");
      return Type.ERROR;
    }
    Type result = null;
    boolean failed = false;
    for (int i = 0; i < c.args().size(); i++) {
      Expr arg = c.args().get(i);
      Type t = exprs.type(arg, scope);
      switch (fn.param(i)) {
        case DATE -> {
          if (t != Type.DATE && t != Type.ERROR) {
            exprs.typeError(arg, "`" + name + "` needs a date here, not " + ExprChecker.article(t));
            failed = true;
          }
        }
        case PLACES -> failed |= !places(fn, arg);
        case VALUE -> {
          if (!t.isNumeric() && t != Type.ERROR) {
            exprs.typeError(
                arg,
                "`"
                    + name
                    + "` works on numbers, percents and amounts, not "
                    + ExprChecker.article(t));
            failed = true;
          } else if (result != null && UnitRules.unify(result, t) == null) {
            exprs.typeError(
                arg,
                "`"
                    + name
                    + "` mixes "
                    + ExprChecker.article(result)
                    + " and "
                    + ExprChecker.article(t));
            failed = true;
          } else {
            result = result == null ? t : UnitRules.unify(result, t);
          }
        }
      }
    }
    if (failed) return Type.ERROR;
    if (fn == Builtin.CLAMP) clampBounds(c);
    return result == null ? Type.NUMBER : result;
  }

  /** "one value", "2 values", "2 or more values". */
  private static String arity(Builtin fn) {
    int n = fn.params().size();
    return fn.takes(n + 1) ? n + " or more values" : n == 1 ? "one value" : n + " values";
  }

  /** `round(x, 2)`: the places are a whole number written in the plan, 0 to MAX_PLACES. */
  private boolean places(Builtin fn, Expr arg) {
    BigDecimal v = arg instanceof Expr.NumberLit n && n.currency() == null ? n.value() : null;
    boolean whole = v != null && v.stripTrailingZeros().scale() <= 0;
    if (whole && v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(Builtin.MAX_PLACES)) <= 0)
      return true;
    cx.diags.error(
        Code.E0202,
        arg.span(),
        "the places of `"
            + fn.functionName()
            + "` must be a whole number from 0 to "
            + Builtin.MAX_PLACES
            + ", written as it is",
        "e.g. `round(attainment, 1)` or `round(bonus, 0)`");
    return false;
  }

  /**
   * E0607 before any data is read when both bounds of `clamp` are literals (at run time otherwise).
   */
  private void clampBounds(Expr.Call c) {
    BigDecimal low = Constants.literal(c.args().get(1)), high = Constants.literal(c.args().get(2));
    if (low != null && high != null && low.compareTo(high) > 0) {
      cx.diags.add(
          Diagnostic.error(
                  Code.E0607,
                  c.args().get(1).span(),
                  "`clamp` has its low bound "
                      + c.args().get(1).span().text()
                      + " above its high bound "
                      + c.args().get(2).span().text())
              .withLabel(new Label(c.args().get(2).span(), "high bound"))
              .withHint("write the bounds low first: `clamp(x, low, high)`"));
    }
  }
}

package compass.types;

import compass.ast.Expr.BinaryOp;

/**
 * What arithmetic on units gives (SEMANTICS 1): money + money is money, money x percent is money,
 * money / money is a ratio (percent); money + percent has no meaning. A bare number next to money
 * is an amount in the plan currency. Returns null for combinations that are errors.
 */
public final class UnitRules {
  private UnitRules() {}

  public static Type arithmetic(BinaryOp op, Type l, Type r) {
    if (l == Type.ERROR || r == Type.ERROR) return Type.ERROR;
    if (!l.isNumeric() || !r.isNumeric()) return null;
    return switch (op) {
      case ADD, SUBTRACT -> add(l, r);
      case MULTIPLY -> multiply(l, r);
      case DIVIDE -> divide(l, r);
      case OF -> l == Type.PERCENT || l == Type.NUMBER ? r : null;
      case LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL, AND, OR ->
          null; // not arithmetic
    };
  }

  private static Type add(Type l, Type r) {
    if (l == Type.PERCENT || r == Type.PERCENT) return l == r ? Type.PERCENT : null;
    return l == Type.MONEY || r == Type.MONEY ? Type.MONEY : Type.NUMBER;
  }

  private static Type multiply(Type l, Type r) {
    if (l == Type.MONEY && r == Type.MONEY) return null;
    if (l == Type.MONEY || r == Type.MONEY) return Type.MONEY;
    if (l == Type.PERCENT || r == Type.PERCENT) return l == r ? Type.PERCENT : Type.PERCENT;
    return Type.NUMBER;
  }

  private static Type divide(Type l, Type r) {
    if (l == Type.MONEY) return r == Type.MONEY ? Type.PERCENT : Type.MONEY;
    if (r == Type.MONEY) return null;
    if (l == Type.PERCENT) return r == Type.PERCENT ? Type.NUMBER : Type.PERCENT;
    return r == Type.PERCENT ? Type.NUMBER : Type.NUMBER;
  }

  /** Whether two values can be compared with {@code <}, {@code =} and friends. */
  public static boolean comparable(Type l, Type r) {
    if (l == Type.ERROR || r == Type.ERROR) return true;
    if (l == r) return true;
    boolean amounts =
        (l == Type.MONEY || l == Type.NUMBER) && (r == Type.MONEY || r == Type.NUMBER);
    boolean ids = (l == Type.PERSON || l == Type.TEXT) && (r == Type.PERSON || r == Type.TEXT);
    return amounts || ids;
  }

  /** The common type of two branches of an {@code if}, or null. */
  public static Type unify(Type a, Type b) {
    if (a == Type.ERROR) return b;
    if (b == Type.ERROR || a == b) return a;
    if ((a == Type.MONEY || a == Type.NUMBER) && (b == Type.MONEY || b == Type.NUMBER))
      return Type.MONEY;
    if ((a == Type.PERSON || a == Type.TEXT) && (b == Type.PERSON || b == Type.TEXT))
      return Type.TEXT;
    return null;
  }
}

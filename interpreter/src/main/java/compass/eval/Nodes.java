package compass.eval;

import java.math.BigDecimal;

/**
 * The compiled forms of expressions, one interface per value kind, so the evaluator never checks
 * types again: the checker already did. Money, percent and numbers are all BigDecimal here.
 */
final class Nodes {
  private Nodes() {}

  /** Money, percent (as a fraction) or a number. */
  @FunctionalInterface
  interface Num {
    BigDecimal eval(Frame f);
  }

  @FunctionalInterface
  interface Bool {
    boolean test(Frame f);
  }

  /** A date as an epoch day; {@link compass.data.DateColumn#MISSING} when empty. */
  @FunctionalInterface
  interface Day {
    int eval(Frame f);
  }

  /** Text or a person id; null when empty. */
  @FunctionalInterface
  interface Text {
    String eval(Frame f);
  }

  /** A stage ordinal; -1 when empty. */
  @FunctionalInterface
  interface Ord {
    int eval(Frame f);
  }
}

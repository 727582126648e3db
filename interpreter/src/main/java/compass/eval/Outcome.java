package compass.eval;

import compass.explain.Tracer;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a component earned in one evaluation: the value, the share of each deal where it can be
 * attributed (SEMANTICS 5), and the steps of the computation on its tracer (nothing when off).
 */
final class Outcome {
  BigDecimal value;

  /**
   * Deals (positions in the participant's credits) and their commission; null when not attributed.
   */
  List<DealAmount> parts;

  final Tracer trace;

  /**
   * Issue 15: the arithmetic of each deal's part where it is not the shared sentence (a deal at the
   * band where it ends, a deal alone, a deal multiplied, a deal of a mixed or per-unit table), by
   * position; null when not traced.
   */
  java.util.Map<Integer, String> dealNotes;

  /** A pay clause whose condition did not hold: no line item is written for it. */
  boolean notApplicable;

  record DealAmount(int pos, BigDecimal amount) {}

  Outcome(BigDecimal value, Tracer trace) {
    this.value = value;
    this.trace = trace;
  }
}

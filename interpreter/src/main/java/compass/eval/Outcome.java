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

  /** A pay clause whose condition did not hold: no line item is written for it. */
  boolean notApplicable;

  /** {@code note}: the deal's own line note when its table words one per deal (else null). */
  record DealAmount(int pos, BigDecimal amount, String note) {
    DealAmount(int pos, BigDecimal amount) {
      this(pos, amount, null);
    }
  }

  Outcome(BigDecimal value, Tracer trace) {
    this.value = value;
    this.trace = trace;
  }
}

package compass.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a component earned in one evaluation: the value, the share of each deal where it can be
 * attributed (SEMANTICS 5), and the steps of the computation in words.
 */
final class Outcome {
  BigDecimal value;
  /** Deals (positions in the participant's credits) and their commission; null when not attributed. */
  List<DealAmount> parts;
  final List<String> notes = new ArrayList<>();
  /** A pay clause whose condition did not hold: no line item is written for it. */
  boolean notApplicable;

  record DealAmount(int pos, BigDecimal amount) {}

  Outcome(BigDecimal value) {
    this.value = value;
  }

  void note(String text) { notes.add(text); }
}

package compass.result;

import compass.explain.TraceStep;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a statement: what a component paid a participant in a period, for one deal ({@code
 * deal} is empty for amounts not tied to a single deal). The amount is already rounded to the
 * currency's minor unit. {@code note} says how it was computed, in words a rep can check; {@code
 * trace} holds the same steps as data (empty when the run recorded no trace).
 */
public record LineItem(
    String participant,
    String period,
    String component,
    String deal,
    BigDecimal amount,
    String currency,
    String note,
    List<TraceStep> trace) {

  public LineItem {
    trace = List.copyOf(trace);
  }

  /** A line without a recorded trace. */
  public LineItem(
      String participant,
      String period,
      String component,
      String deal,
      BigDecimal amount,
      String currency,
      String note) {
    this(participant, period, component, deal, amount, currency, note, List.of());
  }
}

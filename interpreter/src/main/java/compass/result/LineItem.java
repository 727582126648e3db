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

  /**
   * Issue 16: the component name of a prior-period adjustment line, {@code Commission (prior-period
   * adjustment, 2027-Q1)}: one name per component and closed period, so an adjustment already paid
   * is found again in the ledger.
   */
  public static String adjustmentName(String component, String closedPeriod) {
    return component + ADJUSTMENT + closedPeriod + ")";
  }

  /** Whether a component name is that of a prior-period adjustment line. */
  public static boolean isAdjustment(String component) {
    return component.endsWith(")") && component.contains(ADJUSTMENT);
  }

  private static final String ADJUSTMENT = " (prior-period adjustment, ";
}

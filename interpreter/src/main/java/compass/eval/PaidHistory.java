package compass.eval;

import compass.ledger.ClosedPeriod;
import compass.ledger.DealChange;
import java.util.List;
import java.util.Map;

/**
 * Issue 16, what the ledger says was paid, handed to the evaluator: a closed period shows what was
 * paid, and what today's data or plan would change in it is paid as an adjustment in an open
 * period.
 *
 * @param closed the closed periods, which are the plan's first periods, in order
 * @param heldToYearEnd adjustments wait for the last period of the plan year (the plan says {@code
 *     prior-period adjustments held to year end}); otherwise they go in the first open period
 * @param changes per closed period label, the deal rows that differ from its snapshot
 * @param planChanges per closed period label, how the plan differs from the one it was closed with
 *     (absent: the same plan)
 */
public record PaidHistory(
    List<ClosedPeriod> closed,
    boolean heldToYearEnd,
    Map<String, List<DealChange>> changes,
    Map<String, String> planChanges) {

  public PaidHistory {
    closed = List.copyOf(closed);
    changes = Map.copyOf(changes);
    planChanges = Map.copyOf(planChanges);
  }
}

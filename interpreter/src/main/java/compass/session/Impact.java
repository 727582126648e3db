package compass.session;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a what-if (or undoing one) changed: each participant and period whose payout moved, with
 * before, after and why, and the total cost of the plan before and after.
 */
public record Impact(
    List<Change> changes,
    int participantsAffected,
    BigDecimal totalBefore,
    BigDecimal totalAfter,
    int participantsEvaluated,
    List<PeriodTotal> periods) {

  /** The plan's total payout in one pay period that changed, before and after. */
  public record PeriodTotal(String period, BigDecimal before, BigDecimal after) {}

  /** One statement whose payout moved. */
  public record Change(
      String participant, String period, BigDecimal before, BigDecimal after, String why) {
    public BigDecimal delta() {
      return after.subtract(before);
    }
  }

  public BigDecimal totalDelta() {
    return totalAfter.subtract(totalBefore);
  }
}

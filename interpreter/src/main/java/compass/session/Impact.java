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

  /**
   * One statement whose payout moved. Why is worked out when first asked for (issue 20: a rate for
   * everyone moves thousands of statements; a front end shows the reasons of a few).
   */
  public static final class Change {
    private final String participant;
    private final String period;
    private final BigDecimal before;
    private final BigDecimal after;
    private java.util.function.Supplier<String> reason;
    private String why;

    public Change(
        String participant, String period, BigDecimal before, BigDecimal after, String why) {
      this(participant, period, before, after, () -> why);
    }

    Change(
        String participant,
        String period,
        BigDecimal before,
        BigDecimal after,
        java.util.function.Supplier<String> why) {
      this.participant = participant;
      this.period = period;
      this.before = before;
      this.after = after;
      this.reason = why;
    }

    public String participant() {
      return participant;
    }

    public String period() {
      return period;
    }

    public BigDecimal before() {
      return before;
    }

    public BigDecimal after() {
      return after;
    }

    public synchronized String why() {
      if (reason != null) {
        why = reason.get();
        reason = null;
      }
      return why;
    }

    public BigDecimal delta() {
      return after.subtract(before);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Change c
          && participant.equals(c.participant)
          && period.equals(c.period)
          && before.equals(c.before)
          && after.equals(c.after)
          && java.util.Objects.equals(why(), c.why());
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(participant, period, before, after);
    }

    @Override
    public String toString() {
      return "Change[participant="
          + participant
          + ", period="
          + period
          + ", before="
          + before
          + ", after="
          + after
          + ", why="
          + why()
          + "]";
    }
  }

  public BigDecimal totalDelta() {
    return totalAfter.subtract(totalBefore);
  }
}

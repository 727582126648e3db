package compass.eval;

import java.math.BigDecimal;

/**
 * One participant's credited deals in crediting order (SEMANTICS 5): the deal row, the share
 * credited (SEMANTICS 3: splits), whether it came by roll-up from a report, and the pay period in
 * which a clawback takes it back ({@link Integer#MAX_VALUE}: never) with the share of the contract
 * that stays credited after it (the served part when the plan prorates, else zero).
 *
 * <p>Most plans credit every deal in full, by its own owner, with no clawback: the arrays of
 * shares, roll-ups, clawback periods and kept shares are then null, read through {@link #share} and
 * the other methods below as one, false, never and one (ten million credits: 80 MB less).
 */
record Credits(
    int[] rows,
    BigDecimal[] shares,
    boolean[] rolledUp,
    int[] cancelPeriod,
    BigDecimal[] kept,
    int[] periodStart) {

  static Credits empty(int periods) {
    return new Credits(
        new int[0],
        new BigDecimal[0],
        new boolean[0],
        new int[0],
        new BigDecimal[0],
        new int[periods + 1]);
  }

  int size() {
    return rows.length;
  }

  /** The share of the deal at position i credited (SEMANTICS 3). */
  BigDecimal share(int i) {
    return shares == null ? BigDecimal.ONE : shares[i];
  }

  /** Whether the deal at position i came by roll-up from a report. */
  boolean rolled(int i) {
    return rolledUp != null && rolledUp[i];
  }

  /**
   * The pay period in which a clawback takes the deal at i back, {@link Integer#MAX_VALUE}: never.
   */
  int cancelAt(int i) {
    return cancelPeriod == null ? Integer.MAX_VALUE : cancelPeriod[i];
  }

  /** The share of the deal at i that stays credited after its clawback. */
  BigDecimal keptShare(int i) {
    return kept == null ? BigDecimal.ONE : kept[i];
  }
}

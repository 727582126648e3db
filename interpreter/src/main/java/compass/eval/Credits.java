package compass.eval;

import java.math.BigDecimal;

/**
 * One participant's credited deals in crediting order (SEMANTICS 5): the deal row, the share
 * credited (SEMANTICS 3: splits), whether it came by roll-up from a report, and the pay period in
 * which a clawback takes it back ({@link Integer#MAX_VALUE}: never) with the share of the contract
 * that stays credited after it (the served part when the plan prorates, else zero).
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
}

package compass.eval;

import compass.ast.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What each band of a marginal, retroactive or mixed table pays for a base, as pieces (band, slice
 * of the base, rate): one sum for the payout and, the same pieces, the terms of its explanation.
 *
 * <p>SEMANTICS 5, mixed modes: the retroactive bands are the bottom run of the table. The part of
 * the base inside that run is paid at the rate of the highest retroactive band reached, so once the
 * base passes the run everything below the run's top is paid at the last retroactive band's rate;
 * each marginal band above pays only its own part. Quota 100,000, 0-80% at 3% and 80-100% at 6%
 * retroactive, from 100% at 10% marginal: 70,000 pays 2,100; 90,000 pays 5,400; 130,000 pays
 * 100,000 x 6% + 30,000 x 10% = 9,000.
 *
 * <p>Bands per unit of a count (`pay 250 per deal`) use the same pieces: their bounds are deal
 * numbers, turned into counts by {@link TierTable} (band `from 4` holds the count above 3), so a
 * slice is a number of deals and its rate an amount per deal.
 */
final class BandPieces {
  private BandPieces() {}

  /** A band's part of the pay: {@code slice} of the base at {@code rate}, in {@code mode}. */
  record Piece(int band, BigDecimal slice, BigDecimal rate, Step.TierMode mode) {
    BigDecimal amount() {
      return slice.multiply(rate);
    }
  }

  /**
   * The pieces of the tier function at {@code x}. {@code lo}/{@code hi} are the bands' bounds in
   * base units ({@code hi} null for the open last band), {@code modes} each band's mode (the
   * table's, or the band's own in a mixed table), {@code bandOfX} the band containing x (-1 below
   * the first).
   */
  static List<Piece> of(
      BigDecimal[] lo,
      BigDecimal[] hi,
      BigDecimal[] rate,
      Step.TierMode[] modes,
      BigDecimal x,
      int bandOfX) {
    List<Piece> pieces = new ArrayList<>();
    int run = 0; // the retroactive bands at the bottom of the table
    while (run < modes.length && modes[run] == Step.TierMode.RETROACTIVE) run++;
    int firstMarginal = run;
    if (run > 0) {
      BigDecimal top = run < lo.length ? lo[run] : null;
      if (top == null || x.compareTo(top) < 0) {
        // inside the run: the band containing the base pays on all of it
        if (bandOfX >= 0 && bandOfX < run)
          pieces.add(new Piece(bandOfX, x, rate[bandOfX], Step.TierMode.RETROACTIVE));
        return pieces;
      }
      // past the run: all of it at the last retroactive band's rate
      pieces.add(new Piece(run - 1, top, rate[run - 1], Step.TierMode.RETROACTIVE));
    }
    for (int i = firstMarginal; i < lo.length; i++) {
      if (x.compareTo(lo[i]) <= 0) break;
      BigDecimal upTo = hi[i] == null ? x : x.min(hi[i]);
      pieces.add(new Piece(i, upTo.subtract(lo[i]), rate[i], Step.TierMode.MARGINAL));
    }
    return pieces;
  }

  static BigDecimal sum(List<Piece> pieces) {
    BigDecimal total = BigDecimal.ZERO;
    for (Piece p : pieces) total = total.add(p.amount());
    return total;
  }
}

package compass.eval;

import compass.ast.Step;
import compass.calendar.Frequency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a table whose bands state their mode (`mixed`) or pay per unit (`pay 250 per deal`):
 * each band's term in the tier step ("100,000.00 x 6% (band from 80%, retroactive)", "3 deals x
 * 250.00 (band from 1)") and each deal's line note, which says the computation done for that deal
 * ("deal 4 of the quarter: 400.00 per deal (band from 4)").
 */
final class BandNotes {
  private final Step.Tiers ast;
  private final boolean perUnit;
  private final Frequency frequency;

  BandNotes(Step.Tiers ast, boolean perUnit, Frequency frequency) {
    this.ast = ast;
    this.perUnit = perUnit;
    this.frequency = frequency;
  }

  /** One band's part: "30,000.00 x 10% (band from 100%, marginal)", "2 deals x 400.00 (...)". */
  String term(BandPieces.Piece p) {
    String where = "band from " + ast.bands().get(p.band()).lower().span().text();
    if (ast.mode() == Step.TierMode.MIXED) where += ", " + p.mode().name().toLowerCase(Locale.ROOT);
    if (perUnit) return units(p.slice()) + " x " + Fmt.money(p.rate()) + " (" + where + ")";
    return Fmt.money(p.slice()) + " x " + Fmt.percent(p.rate()) + " (" + where + ")";
  }

  /** The base as a note shows it: a count as a whole number, an amount with its cents. */
  String base(BigDecimal x) {
    return perUnit ? Fmt.number(x) : Fmt.money(x);
  }

  /**
   * A deal's line note for the default way (running total after it minus before it, SEMANTICS 5).
   * Per unit, when the deal's own band is marginal it is paid that band's amount: "deal 4 of the
   * quarter: 400.00 per deal (band from 4)"; otherwise the two totals are shown.
   */
  String deal(
      Frame f,
      BigDecimal before,
      List<BandPieces.Piece> piecesBefore,
      BigDecimal after,
      List<BandPieces.Piece> piecesAfter,
      BigDecimal amount) {
    if (perUnit) {
      String head =
          unitName()
              + " "
              + Fmt.number(after)
              + " of the "
              + (f.to > f.from ? "year to date" : frequency.unitName());
      BandPieces.Piece own = piecesAfter.isEmpty() ? null : piecesAfter.get(piecesAfter.size() - 1);
      if (own != null && own.mode() == Step.TierMode.MARGINAL && own.rate().compareTo(amount) == 0)
        return head
            + ": "
            + Fmt.money(own.rate())
            + " per "
            + unitName()
            + " (band from "
            + ast.bands().get(own.band()).lower().span().text()
            + (ast.mode() == Step.TierMode.MIXED ? ", marginal)" : ")");
      return head + ": " + difference(before, piecesBefore, after, piecesAfter, amount);
    }
    return "this deal's commission: "
        + difference(before, piecesBefore, after, piecesAfter, amount);
  }

  /** "9,000.00 on 130,000.00 after it [...] - 1,800.00 on 60,000.00 before it [...] = 7,200.00". */
  private String difference(
      BigDecimal before,
      List<BandPieces.Piece> piecesBefore,
      BigDecimal after,
      List<BandPieces.Piece> piecesAfter,
      BigDecimal amount) {
    // the first deal: what the tiers pay on it
    if (before.signum() == 0) return terms(piecesAfter) + " = " + Fmt.money(amount);
    // a deal that moved no retroactive band: its own slices of the marginal bands say it all
    List<BandPieces.Piece> own = marginalPart(piecesBefore, piecesAfter);
    if (own != null) return terms(own) + " = " + Fmt.money(amount);
    return total(after, piecesAfter)
        + " after it - "
        + total(before, piecesBefore)
        + " before it = "
        + Fmt.money(amount);
  }

  /**
   * The deal's own slices of the marginal bands, when the retroactive part is the same before and
   * after it (none, or the run passed on both sides); null when the deal changed it.
   */
  private static List<BandPieces.Piece> marginalPart(
      List<BandPieces.Piece> before, List<BandPieces.Piece> after) {
    BandPieces.Piece rb = retroactive(before), ra = retroactive(after);
    boolean same =
        rb == null
            ? ra == null
            : ra != null && rb.band() == ra.band() && rb.slice().compareTo(ra.slice()) == 0;
    if (!same) return null;
    List<BandPieces.Piece> own = new ArrayList<>();
    for (BandPieces.Piece a : after) {
      if (a.mode() != Step.TierMode.MARGINAL) continue;
      BigDecimal slice = a.slice();
      for (BandPieces.Piece b : before)
        if (b.band() == a.band() && b.mode() == Step.TierMode.MARGINAL)
          slice = slice.subtract(b.slice());
      if (slice.signum() != 0) own.add(new BandPieces.Piece(a.band(), slice, a.rate(), a.mode()));
    }
    return own;
  }

  private static BandPieces.Piece retroactive(List<BandPieces.Piece> pieces) {
    for (BandPieces.Piece p : pieces) if (p.mode() == Step.TierMode.RETROACTIVE) return p;
    return null;
  }

  private String total(BigDecimal x, List<BandPieces.Piece> pieces) {
    String terms = terms(pieces);
    return Fmt.money(BandPieces.sum(pieces))
        + " on "
        + base(x)
        + (terms.equals("nothing") ? "" : " [" + terms + "]");
  }

  /** The pieces that pay something, as terms joined by " + " ("" when none). */
  private String terms(List<BandPieces.Piece> pieces) {
    List<String> terms = new ArrayList<>();
    for (BandPieces.Piece p : pieces) if (p.slice().signum() != 0) terms.add(term(p));
    return terms.isEmpty() ? "nothing" : String.join(" + ", terms);
  }

  /** A deal paid alone (`per deal`): "this deal alone: 20,000.00 x 3% (...) = 600.00". */
  String alone(List<BandPieces.Piece> pieces, BigDecimal amount) {
    return "this deal alone: " + terms(pieces) + " = " + Fmt.money(amount);
  }

  /**
   * A deal paid at one band (`straddle start|end`): "this deal at the band where it ends: 20,000.00
   * x 10% (band from 100%, marginal) = 2,000.00".
   */
  String whole(String how, BigDecimal c, int band, BigDecimal rate, BigDecimal amount) {
    if (band < 0) return "this deal " + how + ": below the first band, nothing";
    Step.TierMode mode =
        ast.mode() == Step.TierMode.MIXED ? ast.bands().get(band).mode() : ast.mode();
    return "this deal "
        + how
        + ": "
        + term(new BandPieces.Piece(band, c, rate, mode))
        + " = "
        + Fmt.money(amount);
  }

  private String unitName() {
    Step.Band first = ast.bands().stream().filter(b -> b.perUnit() != null).findFirst().get();
    String u = first.perUnit().text();
    return u.equals("deals") ? "deal" : u;
  }

  /** "1 deal", "3 deals". */
  private String units(BigDecimal n) {
    String name = unitName();
    return Fmt.number(n) + " " + (n.compareTo(BigDecimal.ONE) == 0 ? name : name + "s");
  }
}

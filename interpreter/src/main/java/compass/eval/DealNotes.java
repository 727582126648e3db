package compass.eval;

import java.math.BigDecimal;
import java.util.HashMap;

/**
 * Issue 15: each deal's note says the arithmetic done on that deal, so a multiplier with `where`
 * can keep one line per deal: "10% of amount = 2,000.00; x 1.2 where term_months >= 24 = 2,400.00"
 * on a multiplied deal, "10% of amount = 1,000.00" on another.
 */
final class DealNotes {
  private final Outcome o;
  private final String sentence;
  private final boolean ownNoteWhenKept;

  /**
   * Notes kept on {@code o}; {@code sentence} names a deal's part that has no note yet. A deal not
   * multiplied gets its own note only when {@code ownNoteWhenKept} (a `pay ... per deal`, whose
   * lines are new); a tier share keeps the sentence shared by every deal line.
   */
  DealNotes(Outcome o, String sentence, boolean ownNoteWhenKept) {
    this.o = o;
    this.sentence = sentence;
    this.ownNoteWhenKept = ownNoteWhenKept;
    if (o.dealNotes == null) o.dealNotes = new HashMap<>();
  }

  /** The deal's part multiplied by {@code factor}, as written (with its `where`, or null). */
  void multiplied(Outcome.DealAmount p, BigDecimal factor, String factorText, String where) {
    o.dealNotes.put(
        p.pos(),
        before(p)
            + "; x "
            + (factorText.equals(Fmt.number(factor))
                ? factorText
                : Fmt.number(factor) + " (" + factorText + ")")
            + (where == null ? "" : " where " + where)
            + " = "
            + Fmt.money(p.amount().multiply(factor)));
  }

  /** The deal's part, not multiplied (the `where` does not hold for it). */
  void kept(Outcome.DealAmount p) {
    if (ownNoteWhenKept || o.dealNotes.containsKey(p.pos())) o.dealNotes.put(p.pos(), before(p));
  }

  private String before(Outcome.DealAmount p) {
    String note = o.dealNotes.get(p.pos());
    return note != null ? note : sentence + " = " + Fmt.money(p.amount());
  }
}

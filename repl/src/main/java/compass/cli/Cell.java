package compass.cli;

import java.math.BigDecimal;

/** One cell of an output sheet: text, or an amount kept exact as a BigDecimal. */
sealed interface Cell {
  /** A text cell; null is written as an empty cell (or JSON null). */
  record Text(String value) implements Cell {}

  /** A money amount, written exactly (the currency is another column). */
  record Amount(BigDecimal value) implements Cell {}

  /**
   * A number written exactly as it is, never grouped or rounded to the row's currency: an FX rate,
   * or an amount in another currency than the row's (SEMANTICS 13).
   */
  record Exact(BigDecimal value) implements Cell {}
}

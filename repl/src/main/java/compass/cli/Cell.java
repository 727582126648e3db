package compass.cli;

import java.math.BigDecimal;

/** One cell of an output sheet: text, or an amount kept exact as a BigDecimal. */
sealed interface Cell {
  /** A text cell; null is written as an empty cell (or JSON null). */
  record Text(String value) implements Cell {}

  /** A money amount, written exactly (the currency is another column). */
  record Amount(BigDecimal value) implements Cell {}
}

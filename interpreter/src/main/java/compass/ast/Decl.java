package compass.ast;

import compass.source.Span;
import java.util.List;

/** A top-level declaration of a plan. */
public sealed interface Decl {
  Span span();

  /** The ordered sales stages (SEMANTICS 12). */
  record Stages(List<Named> names, Span span) implements Decl {}

  /** A table read from a CSV file inside the data folder, with the fields the plan reads. */
  record Input(Named table, String file, Span fileSpan, List<Field> fields, Span span) implements Decl {}

  /** One declared column: its name in the plan, its type, the CSV header it reads. */
  record Field(Named name, Named type, String column, boolean optional, Span span) {}

  /** A credit rule (SEMANTICS 3): which deals count, for whom, on which date. */
  record Credit(Named table, Expr filter, Named target, Named date, Span span) implements Decl {}

  /** A named value, like a spreadsheet cell: {@code attainment = bookings / quota}. */
  record Definition(Named name, Expr value, Span span) implements Decl {}

  /** A rule for a value that would otherwise be undefined: {@code when quota is 0 then attainment = 0%}. */
  record When(Named subject, Expr value, Named target, Expr replacement, Span span) implements Decl {}

  /** A component of pay: a source (tiers or a pay clause) and modifiers, in written order. */
  record Component(
      String title, Span titleSpan, List<Named> roles, boolean cumulative, List<Step> steps, Span span)
      implements Decl {}
}

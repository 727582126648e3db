package compass.session;

import compass.ast.Expr;
import compass.source.Span;

/**
 * A change to one part of a component, asked without retyping the component: {@code what if
 * "Commission" band from 100% pays 14%}. {@code at} is where the analyst named the part (a band's
 * bound, the word `cap`), for the caret when the component has no such part.
 */
public sealed interface ComponentEdit {
  Span at();

  // Front ends build edits from expressions they had the session parse (they do not see the
  // syntax tree): one factory per kind of edit.

  static ComponentEdit bandRate(Expression from, Expression pays, Span at) {
    return new BandRate(from.expr, pays.expr, at);
  }

  static ComponentEdit bandStart(Expression from, Expression startsAt, Span at) {
    return new BandStart(from.expr, startsAt.expr, at);
  }

  static ComponentEdit addBand(Expression from, boolean above, Expression pays, Span at) {
    return new AddBand(from.expr, above, pays.expr, at);
  }

  static ComponentEdit removeBand(Expression from, Span at) {
    return new RemoveBand(from.expr, at);
  }

  static ComponentEdit setCap(Expression limit, Span at) {
    return new SetCap(limit.expr, at);
  }

  static ComponentEdit noCap(Span at) {
    return new NoCap(at);
  }

  static ComponentEdit payAmount(Expression amount, Span at) {
    return new PayAmount(amount.expr, at);
  }

  /**
   * {@code band from 100% pays 14%}: the band that starts at {@code from} pays another rate or
   * amount.
   */
  record BandRate(Expr from, Expr pays, Span at) implements ComponentEdit {}

  /**
   * {@code band from 100% starts at 110%}: the band starts elsewhere (the band below it then ends
   * there).
   */
  record BandStart(Expr from, Expr startsAt, Span at) implements ComponentEdit {}

  /** {@code adds band from 150% pays 16%}: a new band, placed among the others by its bound. */
  record AddBand(Expr from, boolean above, Expr pays, Span at) implements ComponentEdit {}

  /** {@code band from 150% is removed}: the band below it then reaches further. */
  record RemoveBand(Expr from, Span at) implements ComponentEdit {}

  /**
   * {@code cap = 3 x target_incentive per year}: replaces the cap, or adds one after the other
   * clauses.
   */
  record SetCap(Expr limit, Span at) implements ComponentEdit {}

  /** {@code has no cap}. */
  record NoCap(Span at) implements ComponentEdit {}

  /**
   * {@code pays 750}: the amount of the component's pay clause; its `per deal`, `where` and `if`
   * stay.
   */
  record PayAmount(Expr amount, Span at) implements ComponentEdit {}
}

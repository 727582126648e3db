package compass.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.ast.Expr;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How sets and day windows read (issue 14): each expression and the shape of its AST, written
 * compactly ({@link #shape}); `..` is its own token, so `1..2` is two numbers while `1.5` stays
 * one.
 */
class SetSyntaxTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      region is in ("A", "B")                 | in(region, set("A", "B"))
      region is not in ("A", "B")             | not-in(region, set("A", "B"))
      region in ("A", "B")                    | in(region, set("A", "B"))
      region not in ("A", "B")                | not-in(region, set("A", "B"))
      # one value in brackets after `in` is a set of one; a bracketed period stays a period
      region is in ("A")                      | in(region, set("A"))
      close_date in (2027-Q1)                 | in(close_date, 2027-Q1)
      close_date in 2027-Q1                   | in(close_date, 2027-Q1)
      region is in new_regions                | in(region, new_regions)
      ("A", "B")                              | set("A", "B")
      # a set of one value outside `in` is a value in brackets
      ("A")                                   | "A"
      amount is in (1.5, 2, -3)               | in(amount, set(1.5, 2, -3))
      d within 30 days of start_date          | window(d, 1..30 days, start_date)
      d within 1 day of s and y               | and(window(d, 1..1 day, s), y)
      d in days 31..60 of start_date          | window(d, 31..60 days, start_date)
      d not in days 1..2 of s or y            | or(not-window(d, 1..2 days, s), y)
      d in days 1.5..3 of s                   | window(d, 1.5..3 days, s)
      d in days 1 .. 3 of s + 2 days          | window(d, 1..3 days, add(s, 2days))
      """)
  void readsAs(String text, String expected) {
    Diagnostics diags = new Diagnostics();
    Expr e = PlanParser.parseExpression(new SourceFile("e.comp", text), diags);
    assertEquals("", diags.all().toString().replace("[]", ""), text);
    assertEquals(expected, shape(e), text);
  }

  private static String shape(Expr e) {
    if (e instanceof Expr.StringLit s) return '"' + s.value() + '"';
    if (e instanceof Expr.NumberLit n) return n.value().toPlainString();
    if (e instanceof Expr.PeriodLit p) return p.label();
    if (e instanceof Expr.DurationLit d) return d.amount().toPlainString() + d.unit();
    if (e instanceof Expr.Ref r) return r.name();
    if (e instanceof Expr.SetLit s)
      return "set("
          + s.elements().stream().map(SetSyntaxTest::shape).collect(Collectors.joining(", "))
          + ")";
    if (e instanceof Expr.In i)
      return (i.negated() ? "not-in(" : "in(") + shape(i.left()) + ", " + shape(i.right()) + ")";
    if (e instanceof Expr.DayWindow w)
      return (w.negated() ? "not-window(" : "window(")
          + shape(w.date())
          + ", "
          + w.from().toPlainString()
          + ".."
          + w.to().toPlainString()
          + " "
          + w.unit()
          + ", "
          + shape(w.start())
          + ")";
    if (e instanceof Expr.Binary b)
      return b.op().name().toLowerCase(java.util.Locale.ROOT)
          + "("
          + shape(b.left())
          + ", "
          + shape(b.right())
          + ")";
    return e.getClass().getSimpleName();
  }
}

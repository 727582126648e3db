package compass.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.ast.Expr;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How spans read (issue 15): `year to date` and `trailing N unit` bind tighter than any operator,
 * to the value just before them; `date` and `trailing` stay usable as names.
 */
class SpanSyntaxTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      bookings year to date                     | ytd(bookings)
      bookings year to date >= annual_quota     | greater_equal(ytd(bookings), annual_quota)
      a + b year to date                        | add(a, ytd(b))
      (a + b) year to date                      | ytd(add(a, b))
      bookings trailing 3 months                | trailing(bookings, 3 months)
      bookings trailing 2 quarters / quota      | divide(trailing(bookings, 2 quarters), quota)
      100 per quarter year to date              | ytd(Per)
      # `sum of` takes one term (issue 15 point 8), so the span is on the measure, as written
      # with brackets
      sum of amount year to date                | ytd(Aggregate)
      (sum of amount) year to date              | ytd(Aggregate)
      # names that are words of spans
      date + trailing                           | add(date, trailing)
      year                                      | year
      """)
  void readsAs(String text, String expected) {
    Diagnostics diags = new Diagnostics();
    Expr e = PlanParser.parseExpression(new SourceFile("e.comp", text), diags);
    assertEquals("", diags.all().toString().replace("[]", ""), text);
    assertEquals(expected, shape(e), text);
  }

  private static String shape(Expr e) {
    if (e instanceof Expr.Ref r) return r.name();
    if (e instanceof Expr.OverSpan o)
      return o.yearToDate()
          ? "ytd(" + shape(o.value()) + ")"
          : "trailing("
              + shape(o.value())
              + ", "
              + o.count().toPlainString()
              + " "
              + o.unit()
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

package compass.ast;

import compass.source.Span;
import java.util.List;

/**
 * The parts of a {@code test "name":} block: tables of data written in the plan (or read from a CSV
 * file beside it) and the values expected from running the plan on them. `run` ignores tests.
 */
public final class TestBlock {
  private TestBlock() {}

  /** {@code deals:} rows, or {@code deals from "file.csv"} ({@code file} non-null, no rows). */
  public record Table(Named name, List<Row> rows, String file, Span fileSpan, Span span) {}

  /** One row as written: cells in the declared field order, or {@code field value} pairs. */
  public record Row(List<Cell> cells, Span span) {}

  /** What a cell looks like; the checker matches it against the declared field type. */
  public enum CellKind {
    NUMBER,
    PERCENT,
    DATE,
    PERIOD,
    STRING,
    BOOL,
    NAME
  }

  /**
   * One cell: its text as data ({@code 130_000} is {@code 130000}, {@code 12%} stays {@code 12%},
   * quotes are removed) and its kind.
   */
  public record Cell(String text, CellKind kind, Span span) {}

  /** {@code expect payout(ann, 2027-Q1) = 10_100.00}. */
  public record Expect(Expr.Call subject, Expr expected, Span span) {}
}

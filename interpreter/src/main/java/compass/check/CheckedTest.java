package compass.check;

import compass.ast.Decl;
import compass.ast.TestBlock;
import compass.data.TableSchema;
import compass.source.Span;
import compass.types.Type;
import java.math.BigDecimal;
import java.util.List;

/**
 * A test that passed the checker: the tables it supplies, matched to the plan's declared inputs,
 * and its expectations resolved to what they measure.
 */
public record CheckedTest(Decl.Test ast, List<Supplied> tables, List<Expectation> expectations) {

  /**
   * A declared table a test supplies: its rows as CSV text in the declared columns (cell positions
   * kept, {@code cells.get(row)[field]}, null for a cell not written), or a CSV file inside the
   * plan's folder ({@code csv} null, {@code schema.file()} the file).
   */
  public record Supplied(
      TableSchema schema, String csv, List<Span> rows, List<Span[]> cells, Span span) {
    public boolean fromFile() {
      return csv == null;
    }
  }

  /**
   * What an expectation measures. Statement values are money at the cent; a definition has its
   * type.
   */
  public enum Measure {
    PAYOUT,
    EARNED,
    PAYABLE,
    HELD,
    OWED,
    DRAW_BALANCE,
    LINE,
    /** The payout in the participant's pay currency (SEMANTICS 13, `pay participants in`). */
    PAYOUT_LOCAL,
    DEFINITION
  }

  /**
   * One {@code expect}: the measure (a definition's name for DEFINITION), the participant, the pay
   * periods {@code from..to} (indexes into the plan's periods) of the period written, for a LINE
   * the component title and optionally the deal id, and the value expected.
   */
  public record Expectation(
      TestBlock.Expect ast,
      Measure measure,
      String definition,
      Type type,
      String participant,
      int from,
      int to,
      String component,
      String deal,
      BigDecimal expected) {

    /** As written in the plan: {@code payout(ann, 2027-Q1)}. */
    public String subject() {
      return ast.subject().span().text();
    }
  }
}

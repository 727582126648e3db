package compass.eval;

import compass.diag.Code;
import compass.source.Span;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * --keep-going (issue 12 point 6): the deal rows whose empty cell the plan needed as a number.
 * Instead of stopping the run (E0512), the evaluation notes each such row, goes on with 0 in its
 * place, and the caller evaluates again without those rows, which go to the rejects file like any
 * other bad row. Participants are evaluated in parallel, hence the concurrent map.
 */
public final class EmptyCells {
  /** The first empty cell the plan needed in one deal row: the field and where the plan uses it. */
  public record Cell(int row, String field, Span usedAt, Code code, String message) {
    public Cell(int row, String field, Span usedAt) {
      this(row, field, usedAt, null, null);
    }
  }

  private final Map<Integer, Cell> byRow = new ConcurrentHashMap<>();

  /**
   * Notes row's empty field, used at {@code usedAt}; the value to go on with is 0. Of several uses
   * the first in the plan is kept, whichever thread saw it first (a split deal is evaluated for
   * each participant), so the rejects file is the same on every run.
   */
  void add(int row, String field, Span usedAt) {
    byRow.merge(row, new Cell(row, field, usedAt), (a, b) -> start(b) < start(a) ? b : a);
  }

  /**
   * Notes another problem of a deal row that the plan needed to be right (a lookup's key with no
   * row, E0610): rejected the same way, with its own code and message.
   */
  void add(int row, String field, Span usedAt, Code code, String message) {
    byRow.merge(
        row, new Cell(row, field, usedAt, code, message), (a, b) -> start(b) < start(a) ? b : a);
  }

  private static int start(Cell c) {
    return c.usedAt() == null ? Integer.MAX_VALUE : c.usedAt().start();
  }

  public boolean isEmpty() {
    return byRow.isEmpty();
  }

  /** The rows noted, in row order. */
  public SortedMap<Integer, Cell> rows() {
    return new TreeMap<>(byRow);
  }
}

package compass.data;

import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.result.RejectedRow;
import compass.source.DataLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems of single rows found after a table is loaded (a value that cannot be right, two rows for
 * one key, a person the people file does not have), reported exactly as the loader reports a bad
 * cell: at the cell's file, line and column, at most {@link Problems#LIMIT} per file; with
 * --keep-going the rows are rejected instead. The loader keeps no text, so the cells are found
 * again by reading the file once more: a rare path, taken only when there is a problem.
 */
public final class RowProblems {
  private RowProblems() {}

  /** A problem of one row (its index in the table), at one of its fields. */
  public record Problem(int row, String field, Code code, String message, String hint) {}

  /**
   * Reports the problems into diags (errors), or, when the table was loaded with --keep-going,
   * returns the table without their rows, which join its rejects. Returns the table to go on with.
   */
  public static Table report(Table table, List<Problem> problems, Diagnostics diags) {
    if (problems.isEmpty()) return table;
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(
        Comparator.comparingInt(Problem::row).thenComparingInt(p -> table.fieldIndex(p.field())));
    Map<Long, RowPlace.Located> cells = locate(table, sorted);
    int width = table.schema().fields().size() + 1;
    List<Problems.Entry> entries = new ArrayList<>();
    for (Problem p : sorted) {
      long line = table.lineOf(p.row());
      RowPlace.Located at = cells.get(key(line, table.fieldIndex(p.field())));
      entries.add(
          new Problems.Entry(
              (long) p.row() * width + table.fieldIndex(p.field()) + 1,
              p.code(),
              at.cell(),
              p.message(),
              p.hint(),
              line,
              at.record()));
    }
    if (!keepGoing(table)) {
      Problems out = new Problems(table.file());
      for (Problems.Entry e : entries) {
        out.at(e.key());
        out.row(e.record(), e.recordText());
        out.report(e.code(), e.at(), e.message(), e.hint());
      }
      out.finish(diags);
      return table;
    }
    Table kept = RowRejects.apply(table, entries);
    List<RejectedRow> all = new ArrayList<>(table.rejects());
    all.addAll(kept.rejects());
    all.sort(Comparator.comparingLong(RejectedRow::line));
    kept.setRejects(all);
    kept.setOrigin(table.origin());
    return kept;
  }

  /** Whether the table was loaded with --keep-going (its bad rows are rejected, not errors). */
  public static boolean keepGoing(Table table) {
    return table.origin() != null && table.origin().options().keepGoing();
  }

  /** Where a row's cell is: the same as {@link RowPlace#cell}, which says it for every format. */
  public static DataLocation locate(Table table, int row, String field) {
    return RowPlace.cell(table, row, field);
  }

  private static long key(long line, int field) {
    return RowPlace.key(line, field);
  }

  /** Reads the table's file again, once, and finds the cells of the problems ({@link RowPlace}). */
  private static Map<Long, RowPlace.Located> locate(Table table, List<Problem> problems) {
    Map<Long, List<Integer>> wanted = new HashMap<>();
    for (Problem p : problems) {
      wanted
          .computeIfAbsent(table.lineOf(p.row()), k -> new ArrayList<>())
          .add(table.fieldIndex(p.field()));
    }
    Map<Long, RowPlace.Located> out = new HashMap<>(RowPlace.find(table, wanted));
    for (Problem p : problems) {
      // without the text (it could not be read again), the row and field still say where
      out.computeIfAbsent(
          key(table.lineOf(p.row()), table.fieldIndex(p.field())),
          k -> new RowPlace.Located(RowPlace.row(table, p.row(), p.field()), null));
    }
    return out;
  }
}

package compass.data;

import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.result.RejectedRow;
import compass.source.DataLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    Map<Long, Located> cells = locate(table, sorted);
    int width = table.schema().fields().size() + 1;
    List<Problems.Entry> entries = new ArrayList<>();
    for (Problem p : sorted) {
      long line = table.lineOf(p.row());
      Located at = cells.get(key(line, table.fieldIndex(p.field())));
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

  /** Where a row's cell is: file, line, column and the line's text (for the caret). */
  public static DataLocation locate(Table table, int row, String field) {
    return locate(table, List.of(new Problem(row, field, null, null, null)))
        .get(key(table.lineOf(row), table.fieldIndex(field)))
        .cell();
  }

  private record Located(DataLocation cell, String record) {}

  private static long key(long line, int field) {
    return line * 4096 + field;
  }

  /** Reads the table's text again, once, and finds the cells of the problems. */
  private static Map<Long, Located> locate(Table table, List<Problem> problems) {
    Map<Long, Located> out = new HashMap<>();
    Map<Long, List<Integer>> wanted = new HashMap<>();
    for (Problem p : problems) {
      int f = table.fieldIndex(p.field());
      long line = table.lineOf(p.row());
      wanted.computeIfAbsent(line, k -> new ArrayList<>()).add(f);
      // without the text (it could not be read again), the line and field still say where
      out.put(
          key(line, f),
          new Located(new DataLocation(table.file(), line, 0, p.field(), null), null));
    }
    Table.Origin origin = table.origin();
    if (origin != null && origin.text() == null && origin.path() != null) {
      InputFormat format = InputFormat.of(table.file());
      if (format != null && format != InputFormat.CSV) {
        locateRows(table, format, wanted, out);
        return out;
      }
    }
    char[] text = text(origin);
    if (text == null) return out;
    int begin = text.length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    CsvScanner scanner = new CsvScanner(text, begin, text.length, 1, true);
    if (!scanner.next()) return out;
    TableHeader header = new TableHeader(table.schema(), new LoadOptions(null, null));
    if (!header.read(scanner, true, new Problems(table.file()))) return out;
    int left = wanted.size();
    while (left > 0 && scanner.next()) {
      List<Integer> fields = wanted.get((long) scanner.recordLine());
      if (fields == null) continue;
      left--;
      int start = scanner.recordStart();
      int lastLine = Math.max(scanner.endLineStart(), start);
      String record = new String(text, start, lastLine - start) + scanner.lineAt(lastLine);
      for (int f : fields) {
        int cell = header.cellOf[f];
        if (cell < 0 || cell >= scanner.count()) continue;
        DataLocation at =
            new DataLocation(
                table.file(),
                scanner.cellLine(cell),
                scanner.cellColumn(cell),
                table.schema().fields().get(f).name(),
                scanner.lineText(cell));
        out.put(key(scanner.recordLine(), f), new Located(at, record));
      }
    }
    return out;
  }

  /** As {@link #locate}, for a workbook or JSON Lines file: its rows are read again. */
  private static void locateRows(
      Table table, InputFormat format, Map<Long, List<Integer>> wanted, Map<Long, Located> out) {
    TableHeader header = new TableHeader(table.schema(), new LoadOptions(null, null));
    RowSink sink =
        new RowSink() {
          @Override
          public boolean header(CellRow row) {
            return header.read(row, new Problems(table.file()));
          }

          @Override
          public int width() {
            return header.width;
          }

          @Override
          public void row(CellRow row) {
            List<Integer> fields = wanted.get((long) row.recordLine());
            if (fields == null) return;
            for (int f : fields) {
              int cell = header.cellOf[f];
              if (cell < 0) continue;
              String name = table.schema().fields().get(f).name();
              out.put(
                  key(row.recordLine(), f),
                  new Located(row.cellLocation(table.file(), cell, name), row.recordText()));
            }
          }
        };
    try {
      format.read(table.origin().path(), table.file(), table.schema().sheet(), sink);
    } catch (Unreadable | IOException | RuntimeException e) {
      // the positions fall back to the line and field
    }
  }

  private static char[] text(Table.Origin origin) {
    if (origin == null) return null;
    if (origin.text() != null) return origin.text().toCharArray();
    try {
      return new String(Files.readAllBytes(origin.path()), StandardCharsets.UTF_8).toCharArray();
    } catch (IOException | SecurityException | OutOfMemoryError e) {
      return null; // the positions fall back to the line and field
    }
  }
}

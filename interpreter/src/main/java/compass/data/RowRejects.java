package compass.data;

import compass.result.RejectedRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * --keep-going: turns the problems of single rows into rejects (one per row, with all its problems)
 * and copies the table without those rows. A rare path, so the copy is row by row.
 */
final class RowRejects {
  private RowRejects() {}

  static Table apply(Table table, List<Problems.Entry> problems) {
    Map<Long, List<Problems.Entry>> byRow = new LinkedHashMap<>();
    for (Problems.Entry e : problems) {
      byRow.computeIfAbsent(e.record(), k -> new ArrayList<>()).add(e);
    }
    List<RejectedRow> rejects = new ArrayList<>();
    for (List<Problems.Entry> row : byRow.values()) {
      Problems.Entry first = row.get(0);
      StringBuilder error = new StringBuilder();
      for (Problems.Entry e : row) {
        if (error.length() > 0) error.append("; ");
        error.append(e.code().id()).append(' ').append(e.message());
      }
      rejects.add(
          new RejectedRow(
              table.file(),
              first.record(),
              first.at().column(),
              first.code(),
              error.toString(),
              first.recordText(),
              first.at().sheet() == null ? null : first.at().sheet() + "!" + first.at().cell()));
    }
    rejects.sort(java.util.Comparator.comparingLong(RejectedRow::line));
    Table kept = without(table, byRow.keySet());
    kept.setRejects(rejects);
    return kept;
  }

  /** The table without the rows that start on the given lines. */
  private static Table without(Table table, Set<Long> lines) {
    int n = table.rowCount();
    List<Integer> keep = new ArrayList<>(n);
    for (int row = 0; row < n; row++) if (!lines.contains(table.lineOf(row))) keep.add(row);
    int fields = table.schema().fields().size();
    Column[] columns = new Column[fields];
    for (int f = 0; f < fields; f++) columns[f] = copy(table.column(f), keep);
    int[] keptLines = new int[keep.size()];
    for (int i = 0; i < keptLines.length; i++) keptLines[i] = (int) table.lineOf(keep.get(i));
    return new Table(table.schema(), columns, keptLines, keptLines.length);
  }

  private static Column copy(Column from, List<Integer> rows) {
    int n = rows.size();
    if (from instanceof TextColumn t) {
      TextColumn out = t.isCompact() ? TextColumn.compact(n) : new TextColumn(n);
      for (int r : rows) out.add(t.get(r));
      return out;
    }
    if (from instanceof DecimalColumn d) {
      DecimalColumn out = new DecimalColumn(n);
      for (int r : rows) out.add(d.isPresent(r) ? d.get(r) : null);
      return out;
    }
    if (from instanceof LongColumn l) {
      LongColumn out = new LongColumn(n);
      for (int r : rows) {
        if (l.isPresent(r)) out.add(l.get(r));
        else out.addMissing();
      }
      return out;
    }
    if (from instanceof DateColumn d) {
      DateColumn out = new DateColumn(n);
      for (int r : rows) out.add(d.epochDay(r));
      return out;
    }
    if (from instanceof BoolColumn b) {
      BoolColumn out = new BoolColumn(n);
      for (int r : rows) {
        if (b.isPresent(r)) out.add(b.get(r));
        else out.addMissing();
      }
      return out;
    }
    EnumColumn e = (EnumColumn) from;
    EnumColumn out = new EnumColumn(n);
    for (int r : rows) out.add(e.ordinal(r));
    return out;
  }
}

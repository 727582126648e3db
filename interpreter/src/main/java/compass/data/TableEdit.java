package compass.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A copy of a table with rows added, changed or removed: what a REPL what-if ("what if ann closes
 * 20,000 on 2027-03-20") evaluates. The loaded table is never modified. Cell values are typed:
 * {@link String} for text, person and period fields, {@link BigDecimal} for numbers, money and
 * percentages, {@link Long} for integers, {@link LocalDate}, {@link Boolean}, and the stage's
 * position in the plan's {@code stages} as an {@link Integer}; null for an empty cell.
 */
public final class TableEdit {
  private final Table base;
  private final Set<Integer> removed = new HashSet<>();
  private final Map<Integer, Map<Integer, Object>> changed = new HashMap<>();
  private final List<Object[]> added = new ArrayList<>();

  public TableEdit(Table base) {
    this.base = base;
  }

  public TableEdit remove(int row) {
    removed.add(row);
    return this;
  }

  /** Replaces one cell of an existing row. */
  public TableEdit change(int row, int field, Object value) {
    changed.computeIfAbsent(row, k -> new HashMap<>()).put(field, value);
    return this;
  }

  /** Appends a row: one value per field of the schema, in schema order. */
  public TableEdit add(Object[] row) {
    added.add(row.clone());
    return this;
  }

  /** The edited copy; rows keep their order, added rows come last. */
  public Table build() {
    if (removed.isEmpty() && added.isEmpty()) return changedOnly();
    List<FieldSpec> fields = base.schema().fields();
    int n = base.rowCount() - removed.size() + added.size();
    Column[] columns = new Column[fields.size()];
    for (int f = 0; f < columns.length; f++) {
      // the same storage as the loaded column, so a copy is an array copy, not a string per row
      boolean compact = base.column(f) instanceof TextColumn t && t.isCompact();
      columns[f] = compact ? TextColumn.compact(n) : RowLoader.newColumn(fields.get(f).type(), n);
      if (columns[f] instanceof DecimalColumn d && base.column(f) instanceof DecimalColumn b)
        d.keepScaleOf(b);
    }
    int[] lines = new int[Math.max(n, 1)];
    int at = 0;
    if (removed.isEmpty() && changed.isEmpty()) { // the common what-if: one deal added
      for (int f = 0; f < columns.length; f++) Columns.appendAll(columns[f], base.column(f), null);
      for (int r = 0; r < base.rowCount(); r++) lines[at++] = (int) base.lineOf(r);
    } else if (removed.size() == 1 && changed.isEmpty()) {
      // issue 20: one deal removed from a million: each column copied as arrays, then the row
      // dropped from the copy by moving the rows after it up, not copied cell by cell
      int gone = removed.iterator().next();
      for (int f = 0; f < columns.length; f++) {
        Columns.appendAll(columns[f], base.column(f), null);
        Columns.removeRow(columns[f], gone);
      }
      for (int r = 0; r < base.rowCount(); r++) if (r != gone) lines[at++] = (int) base.lineOf(r);
    } else {
      for (int r = 0; r < base.rowCount(); r++) {
        if (removed.contains(r)) continue;
        Map<Integer, Object> cells = changed.getOrDefault(r, Map.of());
        for (int f = 0; f < columns.length; f++) {
          if (cells.containsKey(f)) put(columns[f], cells.get(f));
          else put(columns[f], value(base.column(f), r));
        }
        lines[at++] = (int) base.lineOf(r);
      }
    }
    for (Object[] row : added) {
      for (int f = 0; f < columns.length; f++) put(columns[f], row[f]);
      lines[at++] = 0; // not from the file
    }
    Table out = new Table(base.schema(), columns, lines, at);
    out.setOrigin(base.origin()); // its rows still point at their cells in the file (RowPlace)
    return out;
  }

  /**
   * Issue 20: cells changed, no row added or removed (`what if deal D has amount = ...` on a
   * million deals): the columns without a changed cell are the loaded ones, shared (nothing
   * modifies a loaded column); a changed column is copied value by value without boxing.
   */
  private Table changedOnly() {
    int n = base.rowCount();
    Column[] columns = new Column[base.schema().fields().size()];
    for (int f = 0; f < columns.length; f++) {
      Map<Integer, Object> cells = new HashMap<>();
      for (var e : changed.entrySet())
        if (e.getValue().containsKey(f)) cells.put(e.getKey(), e.getValue().get(f));
      if (cells.isEmpty()) {
        columns[f] = base.column(f);
        continue;
      }
      int[] rows = cells.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      Column from = base.column(f);
      boolean compact = from instanceof TextColumn t && t.isCompact();
      Column to =
          compact
              ? TextColumn.compact(n)
              : RowLoader.newColumn(base.schema().fields().get(f).type(), n);
      if (to instanceof DecimalColumn d && from instanceof DecimalColumn b) d.keepScaleOf(b);
      int next = 0; // rows in order: no map lookup per row
      for (int r = 0; r < n; r++) {
        if (next < rows.length && rows[next] == r) put(to, cells.get(rows[next++]));
        else copy(from, r, to);
      }
      columns[f] = to;
    }
    int[] lines = new int[Math.max(n, 1)];
    for (int r = 0; r < n; r++) lines[r] = (int) base.lineOf(r);
    Table out = new Table(base.schema(), columns, lines, n);
    out.setOrigin(base.origin());
    return out;
  }

  /** Appends row {@code r} of {@code from} to {@code to}, of the same type, without boxing. */
  private static void copy(Column from, int r, Column to) {
    if (from instanceof DecimalColumn d) {
      ((DecimalColumn) to).addFrom(d, r);
    } else if (!from.isPresent(r)) {
      put(to, null);
    } else if (from instanceof DateColumn d) {
      ((DateColumn) to).add(d.epochDay(r));
    } else if (from instanceof EnumColumn e) {
      ((EnumColumn) to).add(e.ordinal(r));
    } else if (from instanceof LongColumn l) {
      ((LongColumn) to).add(l.get(r));
    } else if (from instanceof BoolColumn b) {
      ((BoolColumn) to).add(b.get(r));
    } else {
      put(to, value(from, r));
    }
  }

  /** The typed value of one cell, as {@link #add} takes it. */
  public static Object value(Column column, int row) {
    if (!column.isPresent(row)) return null;
    if (column instanceof TextColumn t) return t.get(row);
    if (column instanceof DecimalColumn d) return d.get(row);
    if (column instanceof LongColumn l) return l.get(row);
    if (column instanceof DateColumn d) return d.get(row);
    if (column instanceof BoolColumn b) return b.get(row);
    if (column instanceof EnumColumn e) return e.ordinal(row);
    throw new IllegalStateException("unhandled column " + column);
  }

  private static void put(Column to, Object value) {
    if (to instanceof TextColumn t) {
      if (value == null) t.addMissing();
      else t.add((String) value);
    } else if (to instanceof DecimalColumn d) {
      if (value == null) d.addMissing();
      else d.add((BigDecimal) value);
    } else if (to instanceof LongColumn l) {
      if (value == null) l.addMissing();
      else l.add((Long) value);
    } else if (to instanceof DateColumn d) {
      if (value == null) d.addMissing();
      else d.add((int) ((LocalDate) value).toEpochDay());
    } else if (to instanceof BoolColumn b) {
      if (value == null) b.addMissing();
      else b.add((Boolean) value);
    } else if (to instanceof EnumColumn e) {
      if (value == null) e.addMissing();
      else e.add((Integer) value);
    } else {
      throw new IllegalStateException("unhandled column " + to);
    }
  }
}

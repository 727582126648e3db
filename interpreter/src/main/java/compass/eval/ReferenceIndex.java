package compass.eval;

import compass.data.BoolColumn;
import compass.data.Column;
import compass.data.DateColumn;
import compass.data.DecimalColumn;
import compass.data.EnumColumn;
import compass.data.LongColumn;
import compass.data.Table;
import compass.data.TableSchema;
import compass.data.TextColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a keyed reference table by key (issue 14 point 2), built once per run: the key tuple
 * (each cell as text, after the loader's trimming) to its rows, sorted by the date they come into
 * force for a dated table. A lookup is then one map access and, for a dated table, a short scan.
 * {@link ReferenceChecks} has refused two rows of one key in force together, so at most one row is
 * in force on any date.
 */
final class ReferenceIndex {
  private final Table table;
  private final Map<List<String>, int[]> rows = new HashMap<>();
  private final DateColumn from;
  private final DateColumn to;

  ReferenceIndex(Table table) {
    this.table = table;
    TableSchema schema = table.schema();
    this.from = schema.validFrom() == null ? null : (DateColumn) table.column(schema.validFrom());
    this.to = schema.validTo() == null ? null : (DateColumn) table.column(schema.validTo());
    Map<List<String>, List<Integer>> lists = groups(table, schema.keys());
    for (Map.Entry<List<String>, List<Integer>> e : lists.entrySet()) {
      List<Integer> list = e.getValue();
      if (from != null) list.sort(Comparator.comparingInt(r -> start(from, r)));
      rows.put(e.getKey(), list.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  Table table() {
    return table;
  }

  boolean dated() {
    return from != null;
  }

  /** The rows of a table by key (rows with an empty key cell left out), in table order. */
  static Map<List<String>, List<Integer>> groups(Table table, List<String> keyFields) {
    Column[] keys = new Column[keyFields.size()];
    for (int k = 0; k < keys.length; k++) keys[k] = table.column(keyFields.get(k));
    Map<List<String>, List<Integer>> out = new java.util.LinkedHashMap<>();
    rows:
    for (int row = 0; row < table.rowCount(); row++) {
      String[] key = new String[keys.length];
      for (int k = 0; k < keys.length; k++) {
        key[k] = text(keys[k], row);
        if (key[k] == null) continue rows;
      }
      out.computeIfAbsent(List.of(key), x -> new ArrayList<>()).add(row);
    }
    return out;
  }

  /** A cell as the text a key is compared by; null when empty. */
  static String text(Column c, int row) {
    if (!c.isPresent(row)) return null;
    if (c instanceof TextColumn t) return t.get(row);
    if (c instanceof LongColumn l) return Long.toString(l.get(row));
    if (c instanceof DecimalColumn d) return canonical(d.get(row));
    if (c instanceof DateColumn d) return d.get(row).toString();
    if (c instanceof BoolColumn b) return Boolean.toString(b.get(row));
    if (c instanceof EnumColumn e) return Integer.toString(e.ordinal(row));
    throw new IllegalStateException("unknown column " + c.getClass().getSimpleName());
  }

  /** A number as key text: 7, 7.0 and 7.00 are one key. */
  static String canonical(java.math.BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }

  /** The day a row comes into force: an empty `valid from` is since ever. */
  static int start(DateColumn from, int row) {
    return from.isPresent(row) ? from.epochDay(row) : Integer.MIN_VALUE;
  }

  /** The last day a row is in force by its own `to` (inclusive): an empty one is for ever. */
  static int end(DateColumn to, int row) {
    return to == null || !to.isPresent(row) ? Integer.MAX_VALUE : to.epochDay(row);
  }

  /**
   * The row of a key (for a dated table, the one in force on {@code day}, an epoch day); -1 when
   * there is none. Without a `to` field a row is in force until the next row of its key starts.
   */
  int find(List<String> key, int day) {
    int[] list = rows.get(key);
    if (list == null) return -1;
    if (from == null) return list[0];
    int found = -1;
    for (int row : list) {
      if (start(from, row) > day) break;
      found = row;
    }
    return found >= 0 && day <= end(to, found) ? found : -1;
  }

  /** Whether a key has any row at all (to tell "no row" from "no row in force on the date"). */
  boolean has(List<String> key) {
    return rows.containsKey(key);
  }

  /** The rows of the table whose field {@code index} holds {@code value}, any other keys. */
  static Map<String, List<Integer>> byField(Table table, int index) {
    Map<String, List<Integer>> out = new HashMap<>();
    Column c = table.column(index);
    for (int row = 0; row < table.rowCount(); row++) {
      String v = text(c, row);
      if (v != null) out.computeIfAbsent(v, x -> new ArrayList<>()).add(row);
    }
    return out;
  }

  /** Whether one of {@code rows} is in force on {@code day}. */
  boolean anyInForce(List<Integer> rowsOfPerson, int day) {
    if (rowsOfPerson == null || day == DateColumn.MISSING) return false;
    for (int row : rowsOfPerson) if (start(from, row) <= day && day <= end(to, row)) return true;
    return false;
  }
}

package compass.session;

import compass.data.Table;
import compass.data.TextColumn;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Issue 20: the row of each deal id, for `what if deal ID ...` on a book of a million deals without
 * reading every id on each what-if. The loaded table is indexed once; a table a what-if made from
 * another is indexed as that table plus the ids the what-if added, changed or removed.
 */
final class DealIds {
  private interface Index {
    int row(String id);
  }

  private final Map<Table, Index> byTable = new WeakHashMap<>(); // a table is its own identity

  /** The row of the deal with this id, or -1. */
  int row(Table deals, String id) {
    Index index = byTable.get(deals);
    if (index == null) {
      index = full(deals);
      byTable.put(deals, index);
    }
    return index.row(id);
  }

  /** Indexes {@code to}, made from {@code from} by a what-if that changed one row. */
  void edited(Table from, DealEdits.Edit edit) {
    Index parent = byTable.get(from);
    TextColumn before = ids(from), after = ids(edit.table());
    if (parent == null || before == null || after == null) return; // indexed in full when asked
    Map<String, Integer> changed = new HashMap<>();
    if (edit.oldRow() >= 0 && before.isPresent(edit.oldRow()))
      changed.put(before.get(edit.oldRow()), -1);
    if (edit.newRow() >= 0 && after.isPresent(edit.newRow()))
      changed.put(after.get(edit.newRow()), edit.newRow());
    int removed = edit.newRow() < 0 ? edit.oldRow() : -1;
    byTable.put(
        edit.table(),
        id -> {
          Integer at = changed.get(id);
          if (at != null) return at;
          int row = parent.row(id);
          return removed >= 0 && row > removed ? row - 1 : row;
        });
  }

  private static Index full(Table deals) {
    TextColumn ids = ids(deals);
    if (ids == null) return id -> -1;
    Map<String, Integer> rows = new HashMap<>(deals.rowCount() * 2);
    for (int row = deals.rowCount() - 1; row >= 0; row--) // the first row of an id wins
    if (ids.isPresent(row)) rows.put(ids.get(row), row);
    return id -> rows.getOrDefault(id, -1);
  }

  private static TextColumn ids(Table deals) {
    int f = deals.fieldIndex("id");
    return f >= 0 && deals.column(f) instanceof TextColumn ids ? ids : null;
  }
}

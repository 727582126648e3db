package compass.eval;

import compass.data.Column;
import compass.data.DateColumn;
import compass.data.RowPlace;
import compass.data.RowProblems.Problem;
import compass.data.Table;
import compass.data.TableSchema;
import compass.diag.Code;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The rows of a keyed reference table that cannot be right, refused right after loading like the
 * other data checks (issue 14 point 2): an empty key cell (E0541), a row in force until before it
 * starts (E0542), and two rows of one key (E0540): for a dated table, two rows of one key in force
 * on a same day. Each is reported at the later row's cell, naming the earlier row's line; with
 * --keep-going the later row is rejected.
 */
final class ReferenceChecks {
  private ReferenceChecks() {}

  static List<Problem> problems(Table table) {
    TableSchema schema = table.schema();
    List<Problem> problems = new ArrayList<>();
    if (!schema.keyed()) return problems;
    for (int row = 0; row < table.rowCount(); row++) {
      for (String key : schema.keys()) {
        Column c = table.column(key);
        // a required field's empty or refused cell (E0512, E0507) is the loader's to report
        if (c.isPresent(row) || !schema.fields().get(table.fieldIndex(key)).optional()) continue;
        problems.add(
            new Problem(
                row,
                key,
                Code.E0541,
                "the key `" + key + "` is empty, so no lookup can find this row",
                "fill in the key, or remove the row"));
        break;
      }
    }
    DateColumn from =
        schema.validFrom() == null ? null : (DateColumn) table.column(schema.validFrom());
    DateColumn to = schema.validTo() == null ? null : (DateColumn) table.column(schema.validTo());
    List<Integer> backwards = new ArrayList<>();
    if (to != null) {
      for (int row = 0; row < table.rowCount(); row++) {
        if (ReferenceIndex.end(to, row) >= ReferenceIndex.start(from, row)) continue;
        backwards.add(row);
        problems.add(
            new Problem(
                row,
                schema.validTo(),
                Code.E0542,
                "this row is in force from "
                    + from.get(row)
                    + " to "
                    + to.get(row)
                    + ", which is before it starts",
                "correct the dates: `"
                    + schema.validTo()
                    + "` is the last day the row is in force"));
      }
    }
    for (Map.Entry<List<String>, List<Integer>> e :
        ReferenceIndex.groups(table, schema.keys()).entrySet()) {
      List<Integer> rows = new ArrayList<>(e.getValue());
      rows.removeAll(backwards);
      StringBuilder which = new StringBuilder(); // product `GTX Pro`, as E0610 names a key
      for (int k = 0; k < e.getKey().size(); k++) {
        if (k > 0) which.append(", ");
        which.append(schema.keys().get(k)).append(" `").append(e.getKey().get(k)).append('`');
      }
      String key = which.toString();
      if (from == null) {
        for (int i = 1; i < rows.size(); i++)
          problems.add(duplicate(table, rows.get(i), rows.get(0), schema.keys().get(0), key, ""));
        continue;
      }
      rows.sort(Comparator.comparingInt(r -> ReferenceIndex.start(from, r)));
      int open = -1; // the row in force longest so far
      for (int row : rows) {
        if (open >= 0) {
          boolean overlap =
              to == null
                  ? ReferenceIndex.start(from, row) == ReferenceIndex.start(from, open)
                  : ReferenceIndex.start(from, row) <= ReferenceIndex.end(to, open);
          if (overlap) {
            int later = Math.max(row, open), earlier = Math.min(row, open);
            problems.add(
                duplicate(
                    table,
                    later,
                    earlier,
                    schema.validFrom(),
                    key,
                    to == null ? " from the same day" : " in force on the same days"));
            if (ReferenceIndex.end(to, row) > ReferenceIndex.end(to, open)) open = row;
            continue;
          }
        }
        if (open < 0 || ReferenceIndex.end(to, row) >= ReferenceIndex.end(to, open)) open = row;
      }
    }
    return problems;
  }

  private static Problem duplicate(
      Table table, int row, int first, String field, String key, String when) {
    return new Problem(
        row,
        field,
        Code.E0540,
        "a second row for " + key + when + " (first on " + RowPlace.name(table, first) + ")",
        "keep one row per key"
            + (when.isEmpty() ? "" : " in force on any day: end the earlier row before the next"));
  }
}

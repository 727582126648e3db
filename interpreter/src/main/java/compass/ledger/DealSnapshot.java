package compass.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 16: the deal rows a closed period was computed from (those whose crediting date falls in
 * it), kept in its folder as {@code deals.csv}, so that a later adjustment can name each row added,
 * removed or changed since the close, with old and new values. Cells are the values as the plan
 * read them (amounts as written, dates as ISO dates), under the plan's field names; the first field
 * is the deal's id.
 */
public record DealSnapshot(List<String> fields, Map<String, List<String>> rows) {
  public static final String FILE = "deals.csv";

  public DealSnapshot {
    fields = List.copyOf(fields);
    rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }

  /** The snapshot as CSV: a header of field names, then one row per deal. */
  public String write() {
    List<List<String>> all = new ArrayList<>();
    all.add(fields);
    all.addAll(rows.values());
    return PaidCsv.table(all);
  }

  static DealSnapshot read(String text) throws LedgerException {
    List<List<String>> all = PaidCsv.parse(text);
    if (all.isEmpty()) throw new LedgerException(FILE + " has no header");
    List<String> fields = all.get(0);
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (List<String> row : all.subList(1, all.size())) {
      if (row.size() != fields.size())
        throw new LedgerException(FILE + " has a row of " + row.size() + " cells: " + row);
      rows.put(row.get(0), List.copyOf(row));
    }
    return new DealSnapshot(fields, rows);
  }
}

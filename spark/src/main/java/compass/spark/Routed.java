package compass.spark;

import compass.api.TextTable;
import java.io.Serializable;

/**
 * A deal row sent to the partition of one of the participants it reaches (its CSV line as written,
 * or its Parquet cells); or (row null) a deal's id sent to the partition of the id, where every row
 * with that id meets (no id twice).
 */
record Routed(String file, int line, TextTable.Row row, String id) implements Serializable {
  Routed(String file, TextTable.Row row) {
    this(file, row.line(), row, null);
  }

  static Routed id(String file, int line, String id) {
    return new Routed(file, line, null, id);
  }

  boolean isId() {
    return row == null;
  }
}

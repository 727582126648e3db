package compass.api;

import java.io.Serializable;
import java.util.List;

/**
 * A table as another engine's reader handed it over (issue 21: Spark's CSV and Parquet readers):
 * the file the plan names ({@code deals.csv}), its header's column names and rows of text cells,
 * each with its line in the file. Compass types every cell itself, with the checks of its own
 * reader.
 */
public record TextTable(String file, List<String> header, List<Row> rows) implements Serializable {

  /** One row: its line in its file (a Parquet file's row number) and its cells (null: missing). */
  public record Row(int line, String[] cells) implements Serializable {}
}

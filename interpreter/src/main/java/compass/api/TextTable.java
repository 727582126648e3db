package compass.api;

import compass.data.TextRows;
import java.io.Serializable;
import java.util.List;

/**
 * A table as another engine's reader handed it over (issue 21: Spark's text and Parquet readers):
 * the file the plan names ({@code deals.csv}), its header's column names and rows, each with its
 * line in the file. A CSV row is the line as written, split into cells by Compass with the rules
 * and checks of {@code compass run}; a Parquet row is its text cells. Compass types every cell
 * itself, with the checks of its own reader.
 */
public record TextTable(String file, List<String> header, List<Row> rows) implements Serializable {

  /**
   * One row: its line in its file (a Parquet file's row number) and its cells (null: missing); or a
   * CSV file's line as written ({@code csv}, without its line end; cells null).
   */
  public record Row(int line, String[] cells, String csv) implements Serializable {
    public Row(int line, String[] cells) {
      this(line, cells, null);
    }

    /** Line {@code line} of a CSV file, as written: split and checked as compass run does. */
    public static Row csvLine(int line, String text) {
      return new Row(line, null, text);
    }
  }

  /** A CSV header line's column names, split as compass run splits them. */
  public static List<String> csvHeader(String line) {
    String text = line.startsWith("\uFEFF") ? line.substring(1) : line; // a byte order mark
    return List.of(TextRows.csvCells(text));
  }

  /**
   * A CSV line of only spaces, tabs and commas: compass run ignores such lines at the end of a file
   * (and refuses one with a line of values after it).
   */
  public static boolean isBlankCsvLine(String line) {
    return TextRows.isBlankCsvLine(line);
  }
}

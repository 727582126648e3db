package compass.data;

import compass.diag.Diagnostics;
import java.util.Iterator;
import java.util.List;

/**
 * Loads a table from rows another engine's reader has already split into text cells (Apache Spark's
 * CSV and Parquet readers, issue 21), each with its line in its file. The rows go through {@link
 * RowLoad} as a JSON Lines file's do, so the header check, the typing of every cell and every
 * problem (with file, line and column) are the ones of a file read here.
 */
public final class TextRows {
  private TextRows() {}

  /**
   * One row: its line in the file (its row number for Parquet) and its cells (null: missing); or,
   * for a CSV file read as lines of text, the line as written ({@code csv}, cells null), split here
   * by the rules of compass run.
   */
  public record Row(int line, String[] cells, String csv) {
    public Row(int line, String[] cells) {
      this(line, cells, null);
    }
  }

  /** A CSV line's cells as compass run splits them (a header line's names). */
  public static String[] csvCells(String line) {
    return CsvLine.cells(line);
  }

  /** A line of only spaces, tabs and commas: ignored when only such lines follow it in its file. */
  public static boolean isBlankCsvLine(String line) {
    return CsvLine.isBlank(line);
  }

  /**
   * The table of schema read from rows under header (its column names, the file's line 1); null
   * when the header does not fit the schema (reported). Problems are reported into diags as for a
   * file; under {@code options.keepGoing()} a bad row is left out and listed in the table's
   * rejects.
   */
  public static Table load(
      TableSchema schema,
      List<String> header,
      Iterator<Row> rows,
      LoadOptions options,
      Diagnostics diags) {
    LoadOptions opts = options == null ? new LoadOptions(null, null) : options;
    Problems problems = new Problems(schema.file(), opts.keepGoing());
    RowLoad load = new RowLoad(new TableHeader(schema, opts), problems);
    CellRow head = CellRow.ofLine(TableHeader.HEADER_LINE, header.size(), String.join(",", header));
    for (int i = 0; i < header.size(); i++) head.set(i, header.get(i));
    Table table = null;
    if (load.header(head)) {
      int width = load.width();
      while (rows.hasNext()) {
        Row r = rows.next();
        if (r.csv() != null) load.line(CsvLine.row(r.line(), r.csv(), width));
        else load.row(cellRow(r, width));
      }
      table = load.finish();
    }
    if (!opts.keepGoing()) {
      problems.finish(diags);
    } else {
      var rowProblems = problems.takeRowProblems();
      problems.finish(diags);
      if (table != null && !rowProblems.isEmpty()) table = RowRejects.apply(table, rowProblems);
    }
    if (table != null) table.setOrigin(new Table.Origin(null, null, opts));
    return table;
  }

  /**
   * A row as a {@link CellRow}: its text as a CSV line (for the caret and the rejects file), and
   * each cell's column in that line. A missing cell (a short row) is reported as the CSV reader
   * reports it; cells past the header's width are one more problem of the row.
   */
  private static CellRow cellRow(Row row, int width) {
    String[] cells = row.cells();
    StringBuilder text = new StringBuilder();
    int[] columns = new int[cells.length];
    int present = 0;
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] == null) break;
      if (i > 0) text.append(',');
      columns[i] = text.length() + 1;
      text.append(quoted(cells[i]));
      present++;
    }
    CellRow out = CellRow.ofLine(row.line(), width, text.toString());
    for (int i = 0; i < Math.min(present, width); i++) {
      out.set(i, cells[i]);
      out.at(i, columns[i]);
    }
    if (present != width) { // as the CSV reader says it (RowLoader.wrongWidth)
      out.rowFlaw(
          -1,
          compass.diag.Code.E0503,
          out.name()
              + " has "
              + present
              + (present == 1 ? " field" : " fields")
              + ", the header has "
              + width,
          present > width
              ? "a value containing a comma, like 1,000.00, must be quoted or written without it"
              : "a value or a separating comma is missing");
    }
    return out;
  }

  private static String quoted(String cell) {
    boolean quote =
        cell.indexOf(',') >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0;
    return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}

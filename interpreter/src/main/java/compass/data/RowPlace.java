package compass.data;

import compass.source.DataLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a row of a loaded table is, for a message about it: the one place that says it in the form
 * of the table's format, so a check made after loading (a value that cannot be right, a key with no
 * row, a role no component pays) points at the data as the loader does.
 *
 * <pre>
 *   format       position                 in a sentence
 *   CSV          deals.csv:14:5           line 14, deals.csv:14
 *   workbook     deals.xlsx!Q1!C14        row 14,  deals.xlsx!Q1!C14
 *   JSON Lines   deals.jsonl:14:23        line 14, deals.jsonl:14
 * </pre>
 *
 * A workbook's cell is in the column of the field's header (known from loading); a JSON Lines
 * position is where the field's key is on the line, and a CSV cell's column and the line for the
 * caret are found by reading the file once more: a rare path, taken only when there is a problem.
 */
public final class RowPlace {
  private RowPlace() {}

  /**
   * The cell of a row's field (the row's first cell when field is null), with its line for the
   * caret in a text file: {@code deals.csv:14:5}, {@code deals.xlsx!Q1!C14}, {@code
   * deals.jsonl:14:23}.
   */
  public static DataLocation cell(Table table, int row, String field) {
    if (sheetOf(table) != null) return sheetCell(table, row, field);
    int f = table.fieldIndex(field);
    long line = table.lineOf(row);
    Map<Long, Located> found = find(table, Map.of(line, List.of(f)));
    Located at = found.get(key(line, f));
    return at != null ? at.cell() : unread(table, line, field);
  }

  /**
   * A row that a check after loading found wrong, at its field (or the row, field null), without a
   * caret: a CSV row is {@code deals.csv:14:1} as it always was, a workbook's the cell of the field
   * ({@code deals.xlsx!Q1!C14}), a JSON Lines row where the field's key is ({@code
   * deals.jsonl:14:23}). Cheap enough for a warning per participant: a JSON Lines file is read
   * again once per table and field.
   */
  public static DataLocation row(Table table, int row, String field) {
    if (sheetOf(table) != null) return sheetCell(table, row, field);
    long line = table.lineOf(row);
    if (format(table) != InputFormat.JSONL || field == null || table.fieldIndex(field) < 0) {
      return new DataLocation(table.file(), line, 0, field, null);
    }
    Integer column = keyColumns(table, field).get(line);
    return new DataLocation(table.file(), line, column == null ? 0 : column, field, null);
  }

  /**
   * The row in a sentence with its file: {@code deals.csv:14}, {@code deals.xlsx!Q1!C14} (the cell
   * of the field, or the row's first cell when field is null), {@code deals.jsonl:14}.
   */
  public static String where(Table table, int row, String field) {
    if (sheetOf(table) != null) return sheetCell(table, row, field).describe();
    long line = table.lineOf(row);
    if (isWorkbook(table)) return table.file() + ", row " + line; // a workbook built in code
    return table.file() + ":" + line;
  }

  /** The row's number in a sentence: "line 14" of a text file, "row 14" of a sheet. */
  public static String name(Table table, int row) {
    return word(table) + " " + table.lineOf(row);
  }

  /** What a row's number counts: "line" (CSV, JSON Lines) or "row" (a sheet). */
  public static String word(Table table) {
    return isWorkbook(table) ? "row" : "line";
  }

  // ---- the forms ------------------------------------------------------------------------------

  private static InputFormat format(Table table) {
    return InputFormat.of(table.file());
  }

  private static boolean isWorkbook(Table table) {
    InputFormat format = format(table);
    return format != null && format.isWorkbook();
  }

  /** The sheet a workbook table was read from, or null (not a workbook, or not from a file). */
  private static String sheetOf(Table table) {
    Table.Origin origin = table.origin();
    return origin == null || origin.cellOf() == null ? null : origin.sheet();
  }

  /** A workbook's cell, in the column of the field's header (the row's first cell for none). */
  private static DataLocation sheetCell(Table table, int row, String field) {
    // a row added by a what-if is in no file: the file alone, as a text file's line 0 says
    if (table.lineOf(row) <= 0) return unread(table, 0, field);
    int f = table.fieldIndex(field);
    int[] cellOf = table.origin().cellOf();
    int column = f >= 0 && f < cellOf.length && cellOf[f] >= 0 ? cellOf[f] + 1 : 1;
    return DataLocation.ofCell(table.file(), sheetOf(table), table.lineOf(row), column, field);
  }

  /** Without the file's text: the line and field still say where. */
  private static DataLocation unread(Table table, long line, String field) {
    return new DataLocation(table.file(), line, 0, field, null);
  }

  private static Map<Long, Integer> keyColumns(Table table, String field) {
    return table.keyColumns.computeIfAbsent(
        field,
        name -> {
          int f = table.fieldIndex(name);
          Map<Long, Integer> out = new HashMap<>();
          read(
              table,
              null,
              (record, header) -> {
                int cell = header.cellOf[f];
                if (cell >= 0) {
                  out.put(
                      (long) record.recordLine(),
                      record.cellLocation(table.file(), cell, name).column());
                }
              });
          return out;
        });
  }

  // ---- finding cells again --------------------------------------------------------------------

  /** A cell found again: where it is, and its whole record as written (for the rejects file). */
  record Located(DataLocation cell, String record) {}

  /** The key of a line's field (-1: the row) in the map {@link #find} returns. */
  static long key(long line, int field) {
    return line * 4097 + field + 1;
  }

  /**
   * Reads the table's file again, once, and finds the cells wanted (line -> field indexes, -1 for
   * the row): a map by {@link #key}. A cell not found (the file could not be read again, or its
   * column is missing) is left out.
   */
  static Map<Long, Located> find(Table table, Map<Long, List<Integer>> wanted) {
    Map<Long, Located> out = new HashMap<>();
    read(
        table,
        wanted.keySet(),
        (record, header) -> {
          List<Integer> fields = wanted.get((long) record.recordLine());
          if (fields == null) return;
          String text = record.recordText();
          for (int f : fields) {
            String name = f < 0 ? null : table.schema().fields().get(f).name();
            DataLocation at;
            if (f < 0) {
              at = record.rowLocation(table.file(), null);
            } else {
              int cell = header.cellOf[f];
              if (cell < 0 || cell >= record.count()) continue;
              at = record.cellLocation(table.file(), cell, name);
            }
            out.put(key(record.recordLine(), f), new Located(at, text));
          }
        });
    return out;
  }

  /** What is done with each record read again, against the header read again. */
  private interface Visit {
    void record(SourceRow record, TableHeader header);
  }

  /**
   * Reads the table's rows again, in whatever format it was read from, visiting those on the lines
   * wanted (null: every row); stops after the last line wanted. Does nothing without the text.
   */
  private static void read(Table table, java.util.Set<Long> lines, Visit visit) {
    Table.Origin origin = table.origin();
    if (origin == null) return;
    TableHeader header = new TableHeader(table.schema(), new LoadOptions(null, null));
    InputFormat format = format(table);
    if (origin.text() == null && origin.path() != null && format != null) {
      if (format != InputFormat.CSV) {
        readRows(table, format, header, lines, visit);
        return;
      }
    }
    char[] text = text(origin);
    if (text == null) return;
    int begin = text.length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    CsvScanner scanner = new CsvScanner(text, begin, text.length, 1, true);
    if (!scanner.next()) return;
    if (!header.read(scanner, true, new Problems(table.file()))) return;
    int left = lines == null ? Integer.MAX_VALUE : lines.size();
    while (left > 0 && scanner.next()) {
      if (lines != null && !lines.contains((long) scanner.recordLine())) continue;
      left--;
      visit.record(scanner, header);
    }
  }

  /** As {@link #read}, for a workbook or JSON Lines file: its rows are read again. */
  private static void readRows(
      Table table, InputFormat format, TableHeader header, java.util.Set<Long> lines, Visit visit) {
    RowSink sink =
        new RowSink() {
          @Override
          public boolean header(CellRow row) {
            return header.read(row, new Problems(table.file()));
          }

          @Override
          public int width() {
            return header.width;
          }

          @Override
          public void row(CellRow row) {
            if (lines == null || lines.contains((long) row.recordLine())) visit.record(row, header);
          }
        };
    try {
      format.read(table.origin().path(), table.file(), table.schema().sheet(), sink);
    } catch (Unreadable | IOException | RuntimeException e) {
      // the positions fall back to the line and field
    }
  }

  private static char[] text(Table.Origin origin) {
    if (origin.text() != null) return origin.text().toCharArray();
    if (origin.path() == null) return null;
    try {
      return new String(Files.readAllBytes(origin.path()), StandardCharsets.UTF_8).toCharArray();
    } catch (IOException | SecurityException | OutOfMemoryError e) {
      return null; // the positions fall back to the line and field
    }
  }
}

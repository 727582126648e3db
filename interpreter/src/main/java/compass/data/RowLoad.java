package compass.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Loads the rows a workbook or JSON Lines reader hands over, in chunks of {@link #CHUNK}, each read
 * by a {@link RowLoader} (the same checks and typing as a CSV chunk) and joined in order by a
 * {@link TableBuilder}; memory holds the columns and one chunk, never the whole file.
 */
final class RowLoad implements RowSink {
  static final int CHUNK = 4096;

  private final TableHeader header;
  private final Problems problems;
  private TableBuilder builder;
  private final List<CellRow> batch = new ArrayList<>();
  // Blank rows seen since the last row with a value: rows of empty cells when a row with a value
  // follows (as in the CSV export of the sheet, `,,,`), nothing when the file ends first.
  // Only their numbers are kept, so a hostile gap of a million rows costs 4 MB, not a row each.
  private int[] blanks = new int[16];
  private int blankCount;
  private CellRow blankKind; // the first blank row: its sheet (or none), to make the others alike

  RowLoad(TableHeader header, Problems problems) {
    this.header = header;
    this.problems = problems;
  }

  @Override
  public boolean header(CellRow row) {
    if (!header.read(row, problems)) return false;
    builder = new TableBuilder(header, problems, 1024);
    return true;
  }

  @Override
  public int width() {
    return header.width;
  }

  @Override
  public void row(CellRow row) {
    if (row.isBlank() && row.flaws().isEmpty()) {
      if (blankCount == blanks.length) blanks = java.util.Arrays.copyOf(blanks, blankCount * 2);
      blanks[blankCount++] = row.number();
      if (blankKind == null) blankKind = row;
      return;
    }
    for (int i = 0; i < blankCount; i++) {
      CellRow blank = blankKind.like(blanks[i], header.width);
      // A blank line inside a JSON Lines file is refused like one inside a CSV file; a blank row
      // inside a sheet is a row of empty cells, as its CSV export writes it.
      if (!blank.isSheet()) {
        blank.rowFlaw(
            -1,
            compass.diag.Code.E0503,
            blank.name() + " is blank: each line must hold one JSON object",
            "delete the blank line");
      }
      add(blank);
    }
    blankCount = 0;
    if (blanks.length > 1024) blanks = new int[16];
    add(row);
  }

  /**
   * A line of a CSV file read as text ({@link CsvLine}): taken as it is, a blank line being a row
   * of empty cells or refused by its reader, as in a CSV file read here.
   */
  void line(CellRow row) {
    add(row);
  }

  private void add(CellRow row) {
    batch.add(row);
    if (batch.size() >= CHUNK) flush();
  }

  private void flush() {
    if (batch.isEmpty()) return;
    RowLoader loader = new RowLoader(header, batch.size());
    loader.load(batch);
    builder.append(loader);
    batch.clear();
  }

  /** The table, or null (reported) when the file had no usable header. */
  Table finish() {
    if (builder == null) return null;
    flush();
    return builder.build();
  }
}

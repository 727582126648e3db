package compass.data;

import compass.source.DataLocation;

/**
 * One record being read, a line of a CSV file or a row of a workbook or JSON Lines file: its cells
 * and where they are. {@link RowLoader} and {@link TableHeader} read every format through this, so
 * trimming, types and every check are the same whatever the file.
 */
interface SourceRow {
  int count();

  /** The cell's characters are src(cell)[from(cell), to(cell)). */
  char[] src(int cell);

  int from(int cell);

  int to(int cell);

  /** Whether a line break is allowed in the cell (a quoted CSV cell, any workbook or JSON cell). */
  boolean quoted(int cell);

  /** The row's place in the file: its first line, or the row number of a sheet. */
  int recordLine();

  /** The row as written, for the rejects file. */
  String recordText();

  /** Where a cell is, for a problem of its value. */
  DataLocation cellLocation(String file, int cell, String field);

  /** Where the row is, for a problem of the whole row (field may be null). */
  DataLocation rowLocation(String file, String field);

  /** Where the first control character of the cell is. */
  DataLocation controlLocation(String file, int cell, String field);

  /** "control character U+0000 (NUL) in owner: ...", where names the cell. */
  String controlMessage(int cell, String where);

  /** A record with nothing in it but spaces. */
  boolean isBlank();
}

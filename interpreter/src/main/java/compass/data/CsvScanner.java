package compass.data;

import compass.source.DataLocation;
import java.util.Arrays;

/**
 * Splits decoded CSV text (RFC 4180: comma separated, quoted with ", LF or CRLF; a lone CR was
 * turned into LF by {@link BlockReader}) into records, keeping where each cell starts so
 * diagnostics can name its line and column. Cells are ranges into the text; only a quoted cell with
 * a doubled quote gets its own copy.
 */
final class CsvScanner implements SourceRow {
  private final char[] text;
  private final int end;
  private final boolean last;
  private int pos;
  private int line;
  private int lineStart;

  private int count;
  private char[][] src = new char[16][];
  private int[] from = new int[16];
  private int[] to = new int[16];
  private int[] start = new int[16];
  private int[] cellLine = new int[16];
  private int[] cellLineStart = new int[16];
  private boolean[] quoted = new boolean[16];
  private int recordLine;
  private int endLine;
  private int endColumn;
  private int endLineStart;
  private boolean unterminated;
  private boolean incomplete;
  private int recordStart;

  /**
   * Scans text[begin, end), where begin starts line number line (past a byte order mark, so columns
   * do not count it). When last is false the file goes on after end: a record that runs past end is
   * then {@link #incomplete} rather than unterminated.
   */
  CsvScanner(char[] text, int begin, int end, int line, boolean last) {
    this.text = text;
    this.end = end;
    this.last = last;
    this.pos = begin;
    this.lineStart = begin;
    this.line = line;
  }

  /** Reads the next record; false at the end of the text. */
  boolean next() {
    if (pos >= end) return false;
    count = 0;
    recordLine = line;
    recordStart = pos;
    while (true) {
      if (pos < end && text[pos] == '"') {
        if (!quotedCell()) return true;
      } else {
        plainCell();
      }
      if (pos < end && text[pos] == ',') {
        pos++;
        continue;
      }
      markEnd();
      if (pos >= end) {
        incomplete = !last;
        return true;
      }
      pos++; // the '\n' that ends the record
      line++;
      lineStart = pos;
      return true;
    }
  }

  private void markEnd() {
    int e = pos;
    if (e > lineStart && text[e - 1] == '\r') e--;
    endLine = line;
    endLineStart = lineStart;
    endColumn = e - lineStart + 1;
  }

  private void plainCell() {
    int s = pos;
    while (pos < end) {
      char c = text[pos];
      if (c == ',' || c == '\n') break;
      pos++;
    }
    int e = pos;
    // CRLF: the '\r' belongs to the line end, not to the last cell.
    if (e > s && text[e - 1] == '\r' && (e == end || text[e] == '\n')) e--;
    addCell(text, s, e, s, false);
  }

  /** Returns false when the quote never closes; the rest of the text is then consumed. */
  private boolean quotedCell() {
    int s = pos;
    int startLine = line;
    int startLineStart = lineStart;
    pos++;
    int contentStart = pos;
    StringBuilder copy = null;
    while (true) {
      if (pos >= end) {
        if (!last) {
          incomplete = true;
          return false;
        }
        unterminated = true;
        addCell(text, contentStart, end, s, true);
        cellLine[count - 1] = startLine;
        cellLineStart[count - 1] = startLineStart;
        return false;
      }
      char c = text[pos];
      if (c == '"') {
        if (pos + 1 < end && text[pos + 1] == '"') {
          if (copy == null)
            copy = new StringBuilder().append(text, contentStart, pos - contentStart);
          copy.append('"');
          pos += 2;
          continue;
        }
        int contentEnd = pos++;
        // Lenient like spreadsheets: characters between the closing quote and the separator
        // are kept, so `"12" ` still reads as a value (typed fields trim the space).
        int junk = pos;
        while (pos < end && text[pos] != ',' && text[pos] != '\n') pos++;
        int junkEnd = pos;
        if (junkEnd > junk && text[junkEnd - 1] == '\r') junkEnd--;
        if (junkEnd > junk && copy == null) {
          copy = new StringBuilder().append(text, contentStart, contentEnd - contentStart);
        }
        if (copy != null) {
          copy.append(text, junk, junkEnd - junk);
          char[] own = copy.toString().toCharArray();
          addCell(own, 0, own.length, s, true);
        } else {
          addCell(text, contentStart, contentEnd, s, true);
        }
        cellLine[count - 1] = startLine;
        cellLineStart[count - 1] = startLineStart;
        return true;
      }
      if (c == '\r' && pos + 1 < end && text[pos + 1] == '\n') {
        // A line break inside a quoted cell reads as LF whatever the file's line ends, so the
        // same export saved on Windows gives the same values.
        if (copy == null) copy = new StringBuilder().append(text, contentStart, pos - contentStart);
        pos++;
        continue;
      }
      if (c == '\n') {
        line++;
        lineStart = pos + 1;
      }
      if (copy != null) copy.append(c);
      pos++;
    }
  }

  private void addCell(char[] source, int f, int t, int rawStart, boolean isQuoted) {
    if (count == from.length) growCells();
    src[count] = source;
    from[count] = f;
    to[count] = t;
    start[count] = rawStart;
    cellLine[count] = line;
    cellLineStart[count] = lineStart;
    quoted[count] = isQuoted;
    count++;
  }

  private void growCells() {
    int n = count * 2;
    src = Arrays.copyOf(src, n);
    from = Arrays.copyOf(from, n);
    to = Arrays.copyOf(to, n);
    start = Arrays.copyOf(start, n);
    cellLine = Arrays.copyOf(cellLine, n);
    cellLineStart = Arrays.copyOf(cellLineStart, n);
    quoted = Arrays.copyOf(quoted, n);
  }

  @Override
  public int count() {
    return count;
  }

  /** Offset just past the last record read. */
  int position() {
    return pos;
  }

  @Override
  public int recordLine() {
    return recordLine;
  }

  /** The line number at {@link #position}. */
  int line() {
    return line;
  }

  /** True when the last record runs past the end of this text into the rest of the file. */
  boolean incomplete() {
    return incomplete;
  }

  /** Offset of the first character of the last record read (the start of its line). */
  int recordStart() {
    return recordStart;
  }

  /** True when the last record ended inside a quoted cell that never closes. */
  boolean unterminated() {
    return unterminated;
  }

  @Override
  public char[] src(int cell) {
    return src[cell];
  }

  /** The text being scanned. */
  char[] text() {
    return text;
  }

  @Override
  public int from(int cell) {
    return from[cell];
  }

  @Override
  public int to(int cell) {
    return to[cell];
  }

  String cellText(int cell) {
    return new String(src[cell], from[cell], to[cell] - from[cell]);
  }

  int cellLine(int cell) {
    return cellLine[cell];
  }

  /** Offset in the text of the cell's first character (its opening quote, if quoted). */
  int rawStart(int cell) {
    return start[cell];
  }

  /** Offset in the text of the start of the line the cell starts on. */
  int cellLineStart(int cell) {
    return cellLineStart[cell];
  }

  @Override
  public boolean quoted(int cell) {
    return quoted[cell];
  }

  /** 1-based column of the cell's first character (its opening quote, if quoted). */
  int cellColumn(int cell) {
    return start[cell] - cellLineStart[cell] + 1;
  }

  /** Line and 1-based column just past the record's last cell, where a missing cell would go. */
  int endLine() {
    return endLine;
  }

  int endColumn() {
    return endColumn;
  }

  int endLineStart() {
    return endLineStart;
  }

  /** The physical line (without its line end) that contains the cell's start, for the caret. */
  String lineText(int cell) {
    return lineAt(cellLineStart[cell]);
  }

  String lineAt(int lineStartOffset) {
    int e = lineStartOffset;
    while (e < end && text[e] != '\n') e++;
    if (e > lineStartOffset && text[e - 1] == '\r') e--;
    return new String(text, lineStartOffset, e - lineStartOffset);
  }

  /** A record with nothing in it: an empty line, or only separators and spaces (`,,,`). */
  @Override
  public boolean isBlank() {
    for (int i = 0; i < count; i++) {
      if (quoted[i]) return false;
      for (int j = from[i]; j < to[i]; j++) if (!isSpace(src[i][j])) return false;
    }
    return true;
  }

  /** True when everything after the current record is blank too: trailing lines are ignored. */
  boolean restIsBlank() {
    for (int i = pos; i < end; i++) {
      char c = text[i];
      if (!isSpace(c) && c != ',' && c != '\n' && c != '\r') return false;
    }
    return true;
  }

  // SourceRow: where the cells of the record just read are.

  @Override
  public String recordText() {
    int lastLine = Math.max(endLineStart, recordStart);
    return new String(text, recordStart, lastLine - recordStart) + lineAt(lastLine);
  }

  @Override
  public DataLocation cellLocation(String file, int cell, String field) {
    return new DataLocation(file, cellLine(cell), cellColumn(cell), field, lineText(cell));
  }

  @Override
  public DataLocation rowLocation(String file, String field) {
    return new DataLocation(file, recordLine, 1, field, count > 0 ? lineText(0) : null);
  }

  @Override
  public DataLocation controlLocation(String file, int cell, String field) {
    return ControlCharacters.locate(this, cell, text, file, field);
  }

  @Override
  public String controlMessage(int cell, String where) {
    return ControlCharacters.message(this, cell, text, where);
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }
}

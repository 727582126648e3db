package compass.data;

import compass.diag.Code;
import compass.source.DataLocation;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the rows of one chunk of decoded text into columns of its own, collecting problems keyed by
 * their place in the chunk. Chunks are independent (each starts at a record), so several are read
 * at once; {@link TableBuilder} joins them in file order.
 */
final class RowLoader implements CellContext {
  final TableHeader header;
  final Column[] columns;
  final Problems problems;
  int[] lines;
  int[] starts; // offset of each row's record in text, to locate a duplicate id later
  String[] idKeys; // the id of each row when the id field is not text, else null
  int[] idHashes; // the hash of each row's id (when present) when the id field is text, else null
  int rows;
  char[] text;
  boolean last;
  int textEnd;

  /** Offset in text of a record that runs on into the next chunk, or -1. */
  int carry = -1;

  int carryLine;

  /** Whether the chunk's blocks may hold a control character, so cells are checked for them. */
  boolean controls;

  private final boolean textId;
  private final FieldSpec[] fields;
  private int currentField;
  private final StringCache strings = new StringCache();
  private CsvScanner scanner;
  // The record being read: the CSV scanner, or a row of a workbook or JSON Lines file.
  private SourceRow record;
  // The rows of a workbook or JSON Lines chunk, kept to point at a duplicate id later; else null.
  private CellRow[] cellRows;

  RowLoader(TableHeader header, int capacity) {
    this.header = header;
    this.fields = header.fields;
    this.problems = new Problems(header.file, header.keepGoing);
    this.textId = header.idIsText();
    int n = Math.max(capacity, 16);
    columns = new Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      columns[i] =
          i == header.idField && textId ? TextColumn.compact(n) : newColumn(fields[i].type(), n);
    }
    lines = new int[n];
    starts = new int[n];
    if (header.idField >= 0 && !textId) idKeys = new String[n];
    if (textId) idHashes = new int[n];
  }

  static Column newColumn(ColumnType type, int capacity) {
    // exhaustive: a new column type does not compile until it has a storage
    return switch (type) {
      case TEXT, PERSON, PERIOD -> new TextColumn(capacity);
      case NUMBER, MONEY, PERCENT -> new DecimalColumn(capacity);
      case INTEGER -> new LongColumn(capacity);
      case DATE -> new DateColumn(capacity);
      case BOOL -> new BoolColumn(capacity);
      case STAGE -> new EnumColumn(capacity);
    };
  }

  /**
   * Reads the records of text[begin, end), whose first line is line; last tells whether the file
   * ends there. A record running past a non-final end is left for the next chunk ({@link #carry}).
   */
  void load(char[] chars, int begin, int end, int line, boolean isLast) {
    this.text = chars;
    this.textEnd = end;
    this.last = isLast;
    int width = header.width;
    scanner = new CsvScanner(chars, begin, end, line, isLast);
    record = scanner;
    while (scanner.next()) {
      if (scanner.incomplete()) {
        carry = scanner.recordStart();
        carryLine = scanner.recordLine();
        break;
      }
      if (scanner.unterminated()) {
        unterminated();
        break;
      }
      if (scanner.isBlank()) {
        if (scanner.restIsBlank()) break;
        // A line of only commas with the right count is a row of empty cells, reported per field.
        if (scanner.count() != width) {
          reportRow(
              Code.E0503,
              0,
              "line "
                  + scanner.recordLine()
                  + " is blank, the header has "
                  + plural(width, "field"),
              "delete the blank line");
          continue;
        }
      }
      if (scanner.count() != width) {
        wrongWidth(width);
        continue;
      }
      readRow();
    }
  }

  private void unterminated() {
    int cell = scanner.count() - 1;
    at(header.key(rows, -1));
    problems.report(
        Code.E0511,
        cellLocation(cell, null),
        "unterminated quote: the quoted cell starting on line "
            + scanner.cellLine(cell)
            + " never ends, so the rest of the file was read into it",
        "close the quote; to put a quote inside a quoted cell, double it (\"\")");
  }

  private void wrongWidth(int width) {
    int count = scanner.count();
    String message =
        "line "
            + scanner.recordLine()
            + " has "
            + plural(count, "field")
            + ", the header has "
            + width;
    if (count > width) {
      reportRow(
          Code.E0503,
          width,
          message,
          "a value containing a comma, like 1,000.00, must be quoted or written without it");
    } else {
      at(header.key(rows, -1));
      DataLocation at =
          new DataLocation(
              header.file,
              scanner.endLine(),
              scanner.endColumn(),
              null,
              scanner.lineAt(scanner.endLineStart()));
      problems.report(Code.E0503, at, message, "a value or a separating comma is missing");
    }
  }

  private void readRow() {
    if (rows == lines.length) {
      int n = Columns.grow(rows);
      lines = Arrays.copyOf(lines, n);
      starts = Arrays.copyOf(starts, n);
      if (cellRows != null && cellRows.length < n) cellRows = Arrays.copyOf(cellRows, n);
      if (idKeys != null) idKeys = Arrays.copyOf(idKeys, n);
      if (idHashes != null) idHashes = Arrays.copyOf(idHashes, n);
    }
    lines[rows] = record.recordLine();
    if (scanner != null) starts[rows] = scanner.recordStart();
    else cellRows[rows] = (CellRow) record;
    if (controls) checkUnreadCells();
    for (int f = 0; f < fields.length; f++) {
      int cell = header.cellOf[f];
      if (cell < 0) addMissing(f); // already reported as a missing column
      else if (controls && control(cell, f)) addMissing(f);
      else if (flawed(cell, f)) addMissing(f);
      else readCell(f, cell);
    }
    rows++;
  }

  /**
   * Reads the rows of a workbook or JSON Lines chunk, already split into cells of the header's
   * width: the same checks and typing as a CSV record, from the same code.
   */
  void load(java.util.List<CellRow> batch) {
    cellRows = new CellRow[Math.max(lines.length, batch.size())];
    controls = true; // cells are not scanned as bytes beforehand: check each one
    last = true;
    for (CellRow row : batch) {
      record = row;
      boolean whole = false;
      for (CellRow.Flaw flaw : row.flaws()) {
        if (!flaw.wholeRow()) continue;
        whole = true;
        currentField = -1;
        if (problems.full()) {
          problems.skip();
          continue;
        }
        at(header.key(rows, -1));
        problems.report(
            flaw.code(),
            flaw.cell() < 0
                ? row.rowLocation(header.file, null)
                : row.cellLocation(header.file, flaw.cell(), null),
            flaw.message(),
            flaw.hint());
      }
      if (whole) continue;
      row.fit(header.width);
      readRow();
    }
  }

  /** A problem the reader found in a cell the plan reads (an error value): reported, true. */
  private boolean flawed(int cell, int f) {
    if (scanner != null) return false;
    for (CellRow.Flaw flaw : ((CellRow) record).flaws()) {
      if (flaw.cell() != cell) continue;
      currentField = f;
      report(flaw.code(), cell, fields[f], flaw.message(), flaw.hint());
      return true;
    }
    return false;
  }

  /** Control characters in the columns the plan does not read condemn their row too. */
  private void checkUnreadCells() {
    for (int cell = 0; cell < header.width; cell++) {
      if (!header.readByPlan[cell]) control(cell, -1);
    }
  }

  /**
   * Reports the first control character of a cell (see {@link ControlCharacters}) at its own line
   * and column; true when there was one. f is the field read from the cell, or -1.
   */
  private boolean control(int cell, int f) {
    if (!ControlCharacters.any(
        record.src(cell), record.from(cell), record.to(cell), record.quoted(cell))) {
      return false;
    }
    if (problems.full()) {
      problems.skip();
      return true;
    }
    currentField = f;
    at(header.key(rows, f));
    problems.report(
        Code.E0518,
        record.controlLocation(header.file, cell, f < 0 ? null : fields[f].name()),
        record.controlMessage(
            cell, f < 0 ? "column `" + header.names.get(cell) + "`" : fields[f].name()),
        ControlCharacters.HINT);
    return true;
  }

  private void readCell(int f, int cell) {
    FieldSpec field = fields[f];
    char[] c = record.src(cell);
    int from = record.from(cell);
    int to = record.to(cell);
    currentField = f;
    // The one normalisation (README "Reading data"): spaces and tabs around a value are not
    // part of it, in every column alike, so ` ann ` is the owner ann and the person ann.
    from = Cells.trimStart(c, from, to);
    to = Cells.trimEnd(c, from, to);
    if (from == to) {
      if (!field.optional()) {
        report(
            Code.E0512,
            cell,
            field,
            "missing value for " + field.name(),
            field.name()
                + " is required in every row; declare it optional in the plan if "
                + "blanks are expected");
      }
      addMissing(f);
      return;
    }
    boolean ok = CellReader.read(this, field, columns[f], c, from, to, cell);
    if (!ok) {
      addMissing(f);
    } else if (f == header.idField && textId) {
      idHashes[rows] = TextColumn.hash(c, from, to); // the joining thread's duplicate check
    } else if (f == header.idField) {
      String id = new String(c, from, to - from);
      id.hashCode(); // cached, as in text()
      idKeys[rows] = id;
    }
  }

  /** Where the id cell of a row is, found again by re-reading its record (a rare path). */
  DataLocation idLocation(int row) {
    int idCell = header.cellOf[header.idField];
    if (cellRows != null) {
      return cellRows[row].cellLocation(header.file, idCell, fields[header.idField].name());
    }
    CsvScanner again = new CsvScanner(text, starts[row], textEnd, lines[row], last);
    again.next();
    int cell = header.cellOf[header.idField];
    return new DataLocation(
        header.file,
        again.cellLine(cell),
        again.cellColumn(cell),
        fields[header.idField].name(),
        again.lineText(cell));
  }

  private void addMissing(int f) {
    Columns.addMissing(columns[f]);
  }

  // Accessors for CellReader, which holds the per-type parsing.

  /** Appends a text cell: the id field's straight into its compact column, others shared. */
  @Override
  public void addText(TextColumn column, char[] c, int from, int to) {
    if (currentField == header.idField && column.isCompact()) column.add(c, from, to);
    else column.add(text(c, from, to));
  }

  /** The cell as a String, shared with equal earlier cells except in the (unique) id field. */
  @Override
  public String text(char[] c, int from, int to) {
    if (currentField != header.idField) return strings.get(c, from, to);
    String id = new String(c, from, to - from);
    id.hashCode(); // cached in id, so the joining thread's duplicate check need not compute it
    return id;
  }

  @Override
  public List<String> stages() {
    return header.stages;
  }

  @Override
  public NameTable stageNames() {
    return header.stageNames;
  }

  /** Which period labels the plan's calendar has, or null when any is accepted. */
  @Override
  public java.util.function.Predicate<String> periodLabels() {
    return header.periodLabels;
  }

  /** The known person ids, or null when any value is accepted (the people table itself). */
  @Override
  public NameTable people() {
    return header.people;
  }

  @Override
  public void report(Code code, int cell, FieldSpec field, String message, String hint) {
    if (problems.full()) {
      problems.skip();
      return;
    }
    at(header.key(rows, currentField));
    problems.report(code, cellLocation(cell, field.name()), message, hint);
  }

  private void reportRow(Code code, int cell, String message, String hint) {
    if (problems.full()) {
      problems.skip();
      return;
    }
    at(header.key(rows, -1));
    problems.report(code, cellLocation(cell, null), message, hint);
  }

  /** Sets the place of the problems reported next, with the row they are in (for rejects). */
  private void at(long key) {
    problems.at(key);
    problems.row(record.recordLine(), record.recordText());
  }

  /**
   * The whole record the scanner just read, as written (several lines if a quoted cell spans them).
   */
  private static String recordText(CsvScanner scanner, char[] text, int start) {
    int lastLine = Math.max(scanner.endLineStart(), start);
    return new String(text, start, lastLine - start) + scanner.lineAt(lastLine);
  }

  /** The record of a row, read again (a rare path: a duplicate id under --keep-going). */
  String recordText(int row) {
    if (cellRows != null) return cellRows[row].recordText();
    CsvScanner again = new CsvScanner(text, starts[row], textEnd, lines[row], last);
    again.next();
    return recordText(again, text, starts[row]);
  }

  private DataLocation cellLocation(int cell, String field) {
    return record.cellLocation(header.file, cell, field);
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}

package compass.data;

import compass.diag.Suggestions;

import compass.diag.Code;
import compass.source.DataLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the header and the rows of one decoded file into columns, reporting as it goes. */
final class RowLoader {
  private static final int HEADER_LINE = 1;

  private final TableSchema schema;
  private final FieldSpec[] fields;
  private final Column[] columns;
  private final int[] cellOf; // header position of each field, -1 when the column is missing
  private final Problems problems;
  private final List<String> stages;
  private final Map<String, Integer> stageIndex = new HashMap<>();
  private final Set<String> personIds;
  private final int idField;
  private Map<String, Integer> firstRowOfId = new HashMap<>();
  private int[] lines;
  private int rows;
  private int currentField;
  private final StringCache strings = new StringCache();
  private CsvScanner scanner;

  RowLoader(TableSchema schema, LoadOptions options, Problems problems) {
    this.schema = schema;
    this.problems = problems;
    this.fields = schema.fields().toArray(new FieldSpec[0]);
    this.columns = new Column[fields.length];
    this.cellOf = new int[fields.length];
    this.stages = options.stages();
    for (int i = 0; i < stages.size(); i++) stageIndex.putIfAbsent(stages.get(i), i);
    this.personIds = options.personIds();
    int id = -1;
    for (int i = 0; i < fields.length; i++) {
      if (id < 0 && fields[i].name().equals("id")) id = i;
    }
    this.idField = id;
    allocate(16);
  }

  /**
   * Sizes the columns for the expected row count, so a million-row file is not copied twenty
   * times while its arrays grow (they still grow if the guess is low).
   */
  private void allocate(int capacity) {
    for (int i = 0; i < fields.length; i++) columns[i] = newColumn(fields[i].type(), capacity);
    lines = new int[capacity];
    if (idField >= 0) firstRowOfId = new HashMap<>(capacity + capacity / 3 + 1);
  }

  private static Column newColumn(ColumnType type, int capacity) {
    switch (type) {
      case TEXT: case PERSON: case PERIOD: return new TextColumn(capacity);
      case NUMBER: case MONEY: case PERCENT: return new DecimalColumn(capacity);
      case INTEGER: return new LongColumn(capacity);
      case DATE: return new DateColumn(capacity);
      case BOOL: return new BoolColumn(capacity);
      case STAGE: return new EnumColumn(capacity);
      default: throw new IllegalStateException("unhandled column type " + type);
    }
  }

  /** Reads text[0, length); returns null when there is no header to read rows against. */
  Table load(char[] text, int length) {
    int begin = length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    scanner = new CsvScanner(text, begin, length);
    if (!scanner.next() || (scanner.isBlank() && scanner.restIsBlank())) {
      problems.report(Code.E0509, new DataLocation(problems.file(), HEADER_LINE, 1, null, null),
          problems.file() + " is empty: expected a header line naming the columns",
          "export the file with its header row, e.g. id,owner,amount");
      return null;
    }
    if (scanner.unterminated()) {
      unterminated();
      return null;
    }
    if (scanner.isBlank()) {
      problems.report(Code.E0509, new DataLocation(problems.file(), HEADER_LINE, 1, null, ""),
          "the first line of " + problems.file() + " is blank: it must be the header naming "
              + "the columns", "delete the blank lines above the header");
      return null;
    }
    int width = scanner.count();
    matchHeader(width);
    int before = scanner.position();
    while (scanner.next()) {
      if (rows == 0 && before >= 0) {
        // Estimate the row count from the first row's length (plus 10% for longer rows later).
        long estimate = (long) (length - before) / Math.max(1, scanner.position() - before);
        allocate((int) Math.min(estimate + estimate / 10 + 16, 1 << 26));
        before = -1;
      }
      if (scanner.unterminated()) {
        unterminated();
        break;
      }
      if (scanner.isBlank()) {
        if (scanner.restIsBlank()) break;
        // A line of only commas with the right count is a row of empty cells, reported per field.
        if (scanner.count() != width) {
          reportRow(Code.E0503, 0, "line " + scanner.recordLine() + " is blank, the header has "
              + plural(width, "field"), "delete the blank line");
          continue;
        }
      }
      if (scanner.count() != width) {
        wrongWidth(width);
        continue;
      }
      readRow();
    }
    return new Table(schema, columns, lines, rows);
  }

  private void matchHeader(int width) {
    Map<String, Integer> positions = new HashMap<>();
    List<String> names = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      String name = scanner.cellText(i).strip();
      names.add(name);
      positions.putIfAbsent(name, i);
    }
    for (int f = 0; f < fields.length; f++) {
      FieldSpec field = fields[f];
      Integer at = positions.get(field.column());
      cellOf[f] = at == null ? -1 : at;
      if (at != null) continue;
      String suggestion = Suggestions.closest(field.column(), names, 2);
      String what = field.column().equals(field.name())
          ? "column `" + field.column() + "`"
          : "column `" + field.column() + "` (field " + field.name() + ")";
      problems.report(Code.E0502,
          new DataLocation(problems.file(), HEADER_LINE, 1, field.name(), scanner.lineText(0)),
          what + " is not in the header of " + problems.file() + "; the header has: "
              + String.join(", ", names),
          suggestion == null ? null : "did you mean `" + suggestion + "`?");
    }
  }

  private void unterminated() {
    int cell = scanner.count() - 1;
    problems.report(Code.E0511, cellLocation(cell, null),
        "unterminated quote: the quoted cell starting on line " + scanner.cellLine(cell)
            + " never ends, so the rest of the file was read into it",
        "close the quote; to put a quote inside a quoted cell, double it (\"\")");
  }

  private void wrongWidth(int width) {
    int count = scanner.count();
    String message = "line " + scanner.recordLine() + " has " + plural(count, "field")
        + ", the header has " + width;
    if (count > width) {
      reportRow(Code.E0503, width, message,
          "a value containing a comma, like 1,000.00, must be quoted or written without it");
    } else {
      DataLocation at = new DataLocation(problems.file(), scanner.endLine(), scanner.endColumn(),
          null, scanner.lineAt(scanner.endLineStart()));
      problems.report(Code.E0503, at, message, "a value or a separating comma is missing");
    }
  }

  private void readRow() {
    if (rows == lines.length) lines = java.util.Arrays.copyOf(lines, Columns.grow(rows));
    lines[rows] = scanner.recordLine();
    for (int f = 0; f < fields.length; f++) {
      int cell = cellOf[f];
      if (cell < 0) addMissing(f); // already reported as a missing column
      else readCell(f, cell);
    }
    rows++;
  }

  private void readCell(int f, int cell) {
    FieldSpec field = fields[f];
    ColumnType type = field.type();
    char[] c = scanner.src(cell);
    int from = scanner.from(cell);
    int to = scanner.to(cell);
    // Free text is kept as written; typed values tolerate the spaces some exports pad with.
    if (type != ColumnType.TEXT) {
      from = Cells.trimStart(c, from, to);
      to = Cells.trimEnd(c, from, to);
    }
    if (from == to) {
      if (!field.optional()) {
        report(Code.E0512, cell, field, "missing value for " + field.name(),
            field.name() + " is required in every row; declare it optional in the plan if "
                + "blanks are expected");
      }
      addMissing(f);
      return;
    }
    currentField = f;
    boolean ok = CellReader.read(this, field, columns[f], c, from, to, cell);
    if (!ok) {
      addMissing(f);
    } else if (f == idField) {
      checkUnique(field, cell, columns[f] instanceof TextColumn t
          ? t.get(rows) : new String(c, from, to - from));
    }
  }

  private void checkUnique(FieldSpec field, int cell, String id) {
    Integer first = firstRowOfId.putIfAbsent(id, rows);
    if (first == null) return;
    report(Code.E0508, cell, field,
        "duplicate id " + id + ": first seen on line " + lines[first],
        "each row needs its own id; remove the repeated row or give it a new id");
  }

  private void addMissing(int f) {
    Column col = columns[f];
    if (col instanceof TextColumn t) t.addMissing();
    else if (col instanceof DecimalColumn d) d.addMissing();
    else if (col instanceof LongColumn l) l.addMissing();
    else if (col instanceof DateColumn d) d.addMissing();
    else if (col instanceof BoolColumn b) b.addMissing();
    else if (col instanceof EnumColumn e) e.addMissing();
    else throw new IllegalStateException("unhandled column " + col);
  }

  // Accessors for CellReader, which holds the per-type parsing.

  /** The cell as a String, shared with equal earlier cells except in the (unique) id field. */
  String text(char[] c, int from, int to) {
    return currentField == idField ? new String(c, from, to - from) : strings.get(c, from, to);
  }

  List<String> stages() { return stages; }

  Integer stageOf(String name) { return stageIndex.get(name); }

  Set<String> personIds() { return personIds; }

  void report(Code code, int cell, FieldSpec field, String message, String hint) {
    if (problems.full()) {
      problems.skip();
      return;
    }
    problems.report(code, cellLocation(cell, field.name()), message, hint);
  }

  private void reportRow(Code code, int cell, String message, String hint) {
    if (problems.full()) {
      problems.skip();
      return;
    }
    problems.report(code, cellLocation(cell, null), message, hint);
  }

  private DataLocation cellLocation(int cell, String field) {
    return new DataLocation(problems.file(), scanner.cellLine(cell), scanner.cellColumn(cell),
        field, scanner.lineText(cell));
  }

  static String plural(int n, String noun) { return n + " " + noun + (n == 1 ? "" : "s"); }
}

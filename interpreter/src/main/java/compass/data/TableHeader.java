package compass.data;

import compass.diag.Code;
import compass.diag.Suggestions;
import compass.source.DataLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every chunk of a file is read against: the declared fields, where each one is in the header,
 * the stages and the person ids. Built once from the header line, then only read, so chunks parsed
 * on several threads share it.
 */
final class TableHeader {
  static final int HEADER_LINE = 1;

  final TableSchema schema;
  final FieldSpec[] fields;
  final int[] cellOf; // header position of each field, -1 when the column is missing
  final List<String> stages;
  final NameTable stageNames;
  final Set<String> personIds;
  final NameTable people; // the person ids, or null when not checked
  final java.util.function.Predicate<String> periodLabels; // null when not checked
  final int idField;
  final String file;
  final boolean keepGoing;
  int width;
  List<String> names; // the header's column names, stripped
  String sheet; // the workbook's sheet the rows are read from (the first one unless named), or null
  boolean[] readByPlan; // per header column: whether a declared field reads it

  TableHeader(TableSchema schema, LoadOptions options) {
    this.schema = schema;
    this.file = schema.file();
    this.fields = schema.fields().toArray(new FieldSpec[0]);
    this.cellOf = new int[fields.length];
    this.stages = options.stages();
    this.stageNames = new NameTable(stages);
    this.personIds = options.personIds();
    this.people = personIds == null ? null : new NameTable(personIds);
    this.periodLabels = options.periodLabels();
    this.keepGoing = options.keepGoing();
    int id = -1;
    for (int i = 0; i < fields.length; i++) {
      if (id < 0 && fields[i].name().equals("id")) id = i;
    }
    this.idField = id;
  }

  /** True when the id field is kept as text, so its column holds the key to check. */
  boolean idIsText() {
    return idField >= 0 && RowLoader.newColumn(fields[idField].type(), 1) instanceof TextColumn;
  }

  /** The place of a problem in the file: rows in order, and the fields of a row in order. */
  long key(int row, int field) {
    return (long) row * (fields.length + 1) + field + 1;
  }

  /**
   * Reads the header record the scanner is at (after next()); false, reported, when there is none
   * to read rows against.
   */
  boolean read(CsvScanner scanner, boolean found, Problems problems) {
    problems.at(-1);
    if (!found || (scanner.isBlank() && scanner.restIsBlank())) {
      problems.report(
          Code.E0509,
          new DataLocation(file, HEADER_LINE, 1, null, null),
          file + " is empty: expected a header line naming the columns",
          "export the file with its header row, e.g. id,owner,amount");
      return false;
    }
    if (scanner.unterminated()) {
      int cell = scanner.count() - 1;
      problems.report(
          Code.E0511,
          new DataLocation(
              file, scanner.cellLine(cell), scanner.cellColumn(cell), null, scanner.lineText(cell)),
          "unterminated quote: the quoted cell starting on line "
              + scanner.cellLine(cell)
              + " never ends, so the rest of the file was read into it",
          "close the quote; to put a quote inside a quoted cell, double it (\"\")");
      return false;
    }
    if (scanner.isBlank()) {
      problems.report(
          Code.E0509,
          new DataLocation(file, HEADER_LINE, 1, null, ""),
          "the first line of " + file + " is blank: it must be the header naming " + "the columns",
          "delete the blank lines above the header");
      return false;
    }
    return names(scanner, problems);
  }

  /**
   * Reads the header row of a workbook or JSON Lines file (null when the file has no row at all);
   * false, reported, when there is none to read rows against.
   */
  boolean read(CellRow row, Problems problems) {
    problems.at(-1);
    if (row == null) {
      problems.report(
          Code.E0509,
          DataLocation.ofFile(file),
          file + " is empty: expected a header row naming the columns",
          "export the file with its header row, e.g. id, owner, amount");
      return false;
    }
    sheet = row.sheet();
    return names(row, problems);
  }

  /** Matches the header's names with the declared fields: the part all formats share. */
  private boolean names(SourceRow row, Problems problems) {
    width = row.count();
    if (controlCharacter(row, problems)) return false;
    match(row, problems);
    return !namedTwice(row, problems);
  }

  /** A header cell with a control character: no column name can be trusted. */
  private boolean controlCharacter(SourceRow row, Problems problems) {
    for (int i = 0; i < width; i++) {
      if (!ControlCharacters.any(row.src(i), row.from(i), row.to(i), row.quoted(i))) {
        continue;
      }
      problems.report(
          Code.E0518,
          row.controlLocation(file, i, null),
          row.controlMessage(i, "the header of " + file),
          ControlCharacters.HINT);
      return true;
    }
    return false;
  }

  /**
   * A name given to two columns is an error, read or not: which of them the plan reads, or which
   * one a person meant, cannot be known. Empty names (a trailing comma) name nothing.
   */
  private boolean namedTwice(SourceRow row, Problems problems) {
    Map<String, Integer> first = new HashMap<>();
    boolean any = false;
    for (int i = 0; i < width; i++) {
      String name = names.get(i);
      if (name.isEmpty()) continue;
      Integer earlier = first.putIfAbsent(name, i);
      if (earlier == null) continue;
      any = true;
      problems.report(
          Code.E0517,
          row.cellLocation(file, i, null),
          "column `"
              + name
              + "` is named twice in the header of "
              + file
              + " (the "
              + ordinal(earlier + 1)
              + " and the "
              + ordinal(i + 1)
              + " column)",
          "rename or delete one of them, so it is clear which one is meant");
    }
    return any;
  }

  /** Why a column is missing: from the header, or (JSON Lines, no header) from every line. */
  private String missingFrom() {
    if (InputFormat.of(file) == InputFormat.JSONL) {
      List<String> keys = names.stream().filter(n -> !n.isEmpty()).toList();
      return " is a key of no line of "
          + file
          + (keys.isEmpty() ? "" : "; the lines have the keys: " + String.join(", ", keys));
    }
    return " is not in the header of " + file + "; the header has: " + String.join(", ", names);
  }

  static String ordinal(int n) {
    int tens = n % 100;
    String suffix =
        tens >= 11 && tens <= 13
            ? "th"
            : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }

  private void match(SourceRow row, Problems problems) {
    Map<String, Integer> positions = new HashMap<>();
    names = new ArrayList<>(width);
    readByPlan = new boolean[width];
    for (int i = 0; i < width; i++) {
      String name = new String(row.src(i), row.from(i), row.to(i) - row.from(i)).strip();
      names.add(name);
      positions.putIfAbsent(name, i);
    }
    for (int f = 0; f < fields.length; f++) {
      FieldSpec field = fields[f];
      Integer at = positions.get(field.column());
      cellOf[f] = at == null ? -1 : at;
      if (at != null) readByPlan[at] = true;
      if (at != null) continue;
      String suggestion = Suggestions.closest(field.column(), names, 2);
      String what =
          field.column().equals(field.name())
              ? "column `" + field.column() + "`"
              : "column `" + field.column() + "` (field " + field.name() + ")";
      problems.report(
          Code.E0502,
          row.rowLocation(file, field.name()),
          what + missingFrom(),
          suggestion == null ? null : "did you mean `" + suggestion + "`?");
    }
  }
}

package compass.data;

import compass.diag.Code;
import java.util.Arrays;

/**
 * Joins the chunks of a file, in file order, into the table's columns: appends their rows, checks
 * that ids are unique across chunks, and merges their problems with the duplicate ids in order.
 */
final class TableBuilder {
  private final TableHeader header;
  private final Problems problems;
  private final Column[] columns;
  private int[] lines;
  private String[] idKeys; // only when the id field is not text
  private IdIndex ids;
  private final Interner[] interners;
  private int rows;

  TableBuilder(TableHeader header, Problems problems, int capacity) {
    this.header = header;
    this.problems = problems;
    int n = Math.max(capacity, 16);
    columns = new Column[header.fields.length];
    for (int i = 0; i < columns.length; i++) {
      columns[i] =
          i == header.idField && header.idIsText()
              ? TextColumn.compact(n)
              : RowLoader.newColumn(header.fields[i].type(), n);
    }
    interners = new Interner[columns.length];
    for (int i = 0; i < columns.length; i++) {
      // Ids are unique, so sharing them would only cost the table.
      if (columns[i] instanceof TextColumn && i != header.idField) interners[i] = new Interner();
    }
    lines = new int[n];
    if (header.idField >= 0) {
      if (header.idIsText()) {
        TextColumn idColumn = (TextColumn) columns[header.idField];
        ids = new IdIndex(n, idColumn::sameValue);
      } else {
        idKeys = new String[n];
        ids = new IdIndex(n, (a, b) -> idKeys[a].equals(idKeys[b]));
      }
    }
  }

  int rows() {
    return rows;
  }

  /** Appends the rows of the next chunk in file order. */
  void append(RowLoader chunk) {
    int base = rows;
    int n = chunk.rows;
    for (int i = 0; i < columns.length; i++)
      Columns.appendAll(columns[i], chunk.columns[i], interners[i]);
    if (base + n > lines.length) {
      lines = Arrays.copyOf(lines, Math.max(base + n, Columns.grow(base)));
    }
    System.arraycopy(chunk.lines, 0, lines, base, n);
    if (idKeys != null) {
      if (base + n > idKeys.length) idKeys = Arrays.copyOf(idKeys, lines.length);
      System.arraycopy(chunk.idKeys, 0, idKeys, base, n);
    }
    rows = base + n;
    LoadProgress.rows(rows);
    Problems duplicates = new Problems(header.file, header.keepGoing);
    if (ids != null) checkIds(chunk, base, duplicates);
    problems.merge(chunk.problems, duplicates);
  }

  private void checkIds(RowLoader chunk, int base, Problems duplicates) {
    TextColumn idColumn = idKeys == null ? (TextColumn) columns[header.idField] : null;
    FieldSpec field = header.fields[header.idField];
    for (int r = 0; r < chunk.rows; r++) {
      int row = base + r;
      int first;
      if (idColumn != null) {
        if (!idColumn.isPresent(row)) continue; // empty or rejected: not an id
        first = ids.putIfAbsent(chunk.idHashes[r], row);
      } else {
        String key = idKeys[row];
        if (key == null) continue;
        first = ids.putIfAbsent(key.hashCode(), row);
      }
      if (first < 0) continue;
      String id = idColumn != null ? idColumn.get(row) : idKeys[row];
      if (duplicates.full()) {
        duplicates.skip();
        continue;
      }
      duplicates.at(header.key(r, header.idField));
      duplicates.row(chunk.lines[r], chunk.recordText(r));
      duplicates.report(
          Code.E0508,
          chunk.idLocation(r),
          "duplicate id " + id + ": first seen on " + rowWord() + " " + lines[first],
          "each row needs its own id; remove the repeated row or give it a new id");
    }
  }

  /** What a row's number counts: a sheet's rows, or a text file's lines. */
  private String rowWord() {
    InputFormat format = InputFormat.of(header.file);
    return format != null && format.isWorkbook() ? "row" : "line";
  }

  Table build() {
    return new Table(header.schema, columns, lines, rows);
  }
}

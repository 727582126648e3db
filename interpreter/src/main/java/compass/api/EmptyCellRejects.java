package compass.api;

import compass.data.FieldSpec;
import compass.data.RejectedRow;
import compass.data.RowTexts;
import compass.data.Table;
import compass.data.TableEdit;
import compass.diag.Code;
import compass.eval.EmptyCells;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * --keep-going: the deal rows whose empty cell the plan needed (E0512) become rejects, as rows
 * refused while loading do, and the deals are evaluated again without them; so the
 * reconciliation stays exact (read = credited + excluded + rejected).
 */
final class EmptyCellRejects {
  private EmptyCellRejects() {}

  /** The deals without the rows in {@code empty}; a reject for each is added to {@code rejects}. */
  static Table reject(Table deals, EmptyCells empty, Path dataDir, List<RejectedRow> rejects) {
    Map<Integer, EmptyCells.Cell> rows = empty.rows();
    Set<Long> lines = new HashSet<>();
    for (int row : rows.keySet()) lines.add(deals.lineOf(row));
    Map<Long, String> texts = RowTexts.read(dataDir.resolve(deals.file()), lines);
    TableEdit edit = new TableEdit(deals);
    for (EmptyCells.Cell cell : rows.values()) {
      long line = deals.lineOf(cell.row());
      FieldSpec field = deals.schema().fields().get(deals.fieldIndex(cell.field()));
      String column = field.column() != null ? field.column() : field.name();
      String text = texts.getOrDefault(line, "");
      rejects.add(new RejectedRow(deals.file(), line, RowTexts.cellColumn(texts.get(1L), text, column),
          Code.E0512, Code.E0512.id() + " `" + cell.field() + "` is empty, but the plan needs its value at "
              + cell.usedAt().describe(), text));
      edit.remove(cell.row());
    }
    return edit.build();
  }
}

package compass.api;

import compass.data.RowProblems;
import compass.data.Table;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.eval.EmptyCells;
import compass.result.RejectedRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * --keep-going: the deal rows whose empty cell the plan needed (E0512) become rejects, as rows
 * refused while loading do (through the same {@link RowProblems}, so the row and its cell are found
 * by the same reader), and the deals are evaluated again without them; so the reconciliation stays
 * exact (read = credited + excluded + rejected).
 */
final class EmptyCellRejects {
  private EmptyCellRejects() {}

  /** The deals without the rows in {@code empty}; a reject for each is added to {@code rejects}. */
  static Table reject(Table deals, EmptyCells empty, List<RejectedRow> rejects) {
    List<RowProblems.Problem> problems = new ArrayList<>();
    for (EmptyCells.Cell cell : empty.rows().values()) {
      problems.add(
          new RowProblems.Problem(
              cell.row(),
              cell.field(),
              cell.code() != null ? cell.code() : Code.E0512,
              cell.message() != null
                  ? cell.message()
                  : "`"
                      + cell.field()
                      + "` is empty, but the plan needs its value at "
                      + cell.usedAt().describe(),
              null));
    }
    // the deals were loaded with --keep-going, so the rows are rejected, never reported as errors
    Table kept = RowProblems.report(deals, problems, new Diagnostics());
    Set<RejectedRow> earlier = new HashSet<>(deals.rejects());
    for (RejectedRow r : kept.rejects()) if (!earlier.contains(r)) rejects.add(r);
    return kept;
  }
}

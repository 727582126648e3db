package compass.eval;

import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.data.RowPlace;
import compass.data.RowProblems.Problem;
import compass.data.Table;
import compass.data.TextColumn;
import compass.data.UnknownPerson;
import compass.diag.Code;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Person columns of the people file itself (`manager`, whatever its declared type, since the
 * roll-up and `team` read it as the manager chain; and any other `person` field): a value that is
 * not a participant is an error, exactly as an unknown deal owner is (E0507). The people file can
 * only be checked against itself once it is loaded, hence here and not while reading its cells.
 */
final class PeopleReferences {
  private PeopleReferences() {}

  /**
   * The problems of the people rows. With keepGoing, a row whose person is rejected is rejected too
   * (a report of a rejected manager would otherwise roll its credit up to nobody), so the rows that
   * stay only name people who stay.
   */
  static List<Problem> problems(Table people, boolean keepGoing) {
    List<Problem> out = new ArrayList<>();
    if (!(people.column("id") instanceof TextColumn ids)) return out;
    List<String> fields = new ArrayList<>();
    for (FieldSpec f : people.schema().fields()) {
      if (f.name().equals("id")) continue;
      if (f.type() == ColumnType.PERSON
          || (f.name().equals("manager") && f.type() == ColumnType.TEXT)) {
        fields.add(f.name());
      }
    }
    if (fields.isEmpty()) return out;
    Map<String, Integer> rowOf = new HashMap<>();
    for (int row = 0; row < people.rowCount(); row++)
      if (ids.isPresent(row)) rowOf.putIfAbsent(ids.get(row), row);
    int n = people.rowCount();
    boolean[] rejected = new boolean[n];
    List<List<int[]>> namedBy = new ArrayList<>(); // row -> (row naming it, field)
    for (int i = 0; i < n; i++) namedBy.add(null);
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    for (int row = 0; row < n; row++) {
      for (int f = 0; f < fields.size(); f++) {
        TextColumn column = (TextColumn) people.column(fields.get(f));
        if (!column.isPresent(row)) continue;
        String id = column.get(row);
        Integer named = rowOf.get(id);
        if (named != null) {
          if (namedBy.get(named) == null) namedBy.set(named, new ArrayList<>());
          namedBy.get(named).add(new int[] {row, f});
          continue;
        }
        // the words of an unknown owner (CellReader), so both read alike
        out.add(
            new Problem(
                row,
                fields.get(f),
                Code.E0507,
                UnknownPerson.message(fields.get(f), id),
                UnknownPerson.hint(id)));
        if (!rejected[row]) {
          rejected[row] = true;
          todo.add(row);
        }
      }
    }
    if (!keepGoing) return out;
    while (!todo.isEmpty()) { // breadth first: a chain of any depth, no recursion
      int gone = todo.poll();
      if (namedBy.get(gone) == null) continue;
      for (int[] by : namedBy.get(gone)) {
        if (rejected[by[0]]) continue;
        rejected[by[0]] = true;
        todo.add(by[0]);
        out.add(
            new Problem(
                by[0],
                fields.get(by[1]),
                Code.E0507,
                fields.get(by[1])
                    + " "
                    + ids.get(gone)
                    + " is not a participant: its row, "
                    + RowPlace.name(people, gone)
                    + ", is rejected",
                "correct the row of " + ids.get(gone) + " and run again"));
      }
    }
    return out;
  }
}

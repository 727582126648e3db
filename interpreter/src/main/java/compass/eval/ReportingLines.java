package compass.eval;

import compass.ast.Decl;
import compass.check.CheckedPlan;
import compass.check.ParticipantSources;
import compass.data.RowPlace;
import compass.data.Table;
import compass.data.TableSchema;
import compass.data.TextColumn;
import compass.source.DataLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who reports to whom (SEMANTICS 3, issue 14): the people file's `manager` column, or, with `roll
 * up ... through teams.manager`, a table keyed by the person who reports, whose named column is
 * their manager. Roll-ups, `team` measures and the cycle and depth checks ({@link ManagerChain})
 * all read the direct reports built here.
 */
final class ReportingLines {
  private ReportingLines() {}

  /** Each participant's direct reports, by participant index, in the order the data lists them. */
  static int[][] directReports(
      Dataset data, Table people, Map<String, Integer> personIndex, Table deals) {
    int n = people.rowCount();
    List<List<Integer>> lists = new ArrayList<>();
    for (int i = 0; i < n; i++) lists.add(new ArrayList<>());
    Table line = table(data, deals);
    if (line != null) {
      TextColumn reports = reports(data.plan(), line);
      TextColumn managers = managers(data, line);
      boolean[] placed = new boolean[n];
      for (int row = 0; row < line.rowCount(); row++) {
        Integer r = reports.isPresent(row) ? personIndex.get(reports.get(row)) : null;
        Integer m = managers.isPresent(row) ? personIndex.get(managers.get(row)) : null;
        if (r == null || m == null || placed[r]) continue; // one manager each (Participants)
        placed[r] = true;
        lists.get(m).add(r);
      }
    } else if (people.fieldIndex("manager") >= 0
        && people.column("manager") instanceof TextColumn managers) {
      for (int i = 0; i < n; i++) {
        String m = managers.get(i);
        Integer mi = m == null ? null : personIndex.get(m);
        if (mi != null) lists.get(mi).add(i);
      }
    }
    int[][] out = new int[n][];
    for (int i = 0; i < n; i++)
      out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
    return out;
  }

  /** The table of `through`, or null when managers come from the people file. */
  private static Table table(Dataset data, Table deals) {
    Decl.ReportingLine line = ParticipantSources.reportingLine(data.plan().ast());
    if (line == null) return null;
    String name = line.table().text();
    if (deals != null && deals.name().equals(name)) return deals;
    return name.equals("people") ? data.people() : data.table(name);
  }

  /**
   * The key column of a reporting line's table: the person who reports. The key is the plan's (a
   * test's rows of the table are read with its fields only).
   */
  static TextColumn reports(CheckedPlan plan, Table line) {
    for (TableSchema t : plan.tables())
      if (t.name().equals(line.name())) return (TextColumn) line.column(t.keys().get(0));
    throw new IllegalStateException("no input " + line.name());
  }

  private static TextColumn managers(Dataset data, Table line) {
    return (TextColumn)
        line.column(ParticipantSources.reportingLine(data.plan().ast()).field().text());
  }

  /** The file that says who manages whom, for an error about the chain (a cycle). */
  static String file(Dataset data) {
    Table line = table(data, data.deals());
    return line != null ? line.file() : data.people().file();
  }

  /** The cell that names a person's manager, for an error about the chain (its depth). */
  static DataLocation managerCell(Dataset data, int person) {
    Table line = table(data, data.deals());
    if (line == null) {
      return data.people().fieldIndex("manager") >= 0
          ? RowPlace.cell(data.people(), person, "manager") // rows and participants agree
          : DataLocation.ofFile(data.people().file());
    }
    TextColumn reports = reports(data.plan(), line);
    String id = data.personId(person);
    for (int row = 0; row < line.rowCount(); row++)
      if (reports.isPresent(row) && reports.get(row).equals(id))
        return RowPlace.cell(
            line, row, ParticipantSources.reportingLine(data.plan().ast()).field().text());
    return DataLocation.ofFile(line.file());
  }
}

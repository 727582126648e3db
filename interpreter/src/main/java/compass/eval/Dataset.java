package compass.eval;

import compass.calendar.Period;
import compass.check.CheckedPlan;
import compass.data.Table;
import compass.data.TextColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data a run works on: the loaded tables, participants by id, each manager's direct reports
 * and each participant's credited deals, ordered by crediting date then deal id (SEMANTICS 5).
 */
final class Dataset {
  private final CheckedPlan plan;
  private final Table people;
  private final Table deals;
  private final Map<String, Table> others;
  private final Map<String, Integer> personIndex = new HashMap<>();
  private final int[][] directReports;
  private final int[] periodStartDays;
  private int[][] credited;
  private int[][] periodOffsets;
  private final Frame[] frames;
  private int definitionSlots;

  Dataset(CheckedPlan plan, Table people, Table deals, Map<String, Table> others) {
    this.plan = plan;
    this.people = people;
    this.deals = deals;
    this.others = others;
    TextColumn ids = (TextColumn) people.column("id");
    for (int i = 0; i < people.rowCount(); i++) personIndex.put(ids.get(i), i);
    this.directReports = reports();
    this.periodStartDays = plan.periods().stream().mapToInt(p -> (int) p.start().toEpochDay()).toArray();
    this.frames = new Frame[people.rowCount()];
  }

  private int[][] reports() {
    int n = people.rowCount();
    List<List<Integer>> lists = new ArrayList<>();
    for (int i = 0; i < n; i++) lists.add(new ArrayList<>());
    if (people.fieldIndex("manager") >= 0 && people.column("manager") instanceof TextColumn managers) {
      for (int i = 0; i < n; i++) {
        String m = managers.get(i);
        Integer mi = m == null ? null : personIndex.get(m);
        if (mi != null) lists.get(mi).add(i);
      }
    }
    int[][] out = new int[n][];
    for (int i = 0; i < n; i++) out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
    return out;
  }

  void setCredits(int[][] credited, int[][] periodOffsets) {
    this.credited = credited;
    this.periodOffsets = periodOffsets;
  }

  void setDefinitionSlots(int slots) { this.definitionSlots = slots; }

  CheckedPlan plan() { return plan; }

  Table people() { return people; }

  Table deals() { return deals; }

  Table table(String name) { return others.get(name); }

  int personCount() { return people.rowCount(); }

  String personId(int person) { return ((TextColumn) people.column("id")).get(person); }

  Integer personIndex(String id) { return personIndex.get(id); }

  int[] directReports(int person) { return directReports[person]; }

  List<Period> periods() { return plan.periods(); }

  int periodCount() { return plan.periods().size(); }

  /** Index of the pay period containing the epoch day, or -1 outside the plan's periods. */
  int periodOf(int epochDay) {
    int lo = 0, hi = periodStartDays.length - 1, found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (periodStartDays[mid] <= epochDay) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0 || epochDay > plan.periods().get(found).end().toEpochDay()) return -1;
    return found;
  }

  /** Deal rows credited to the person, in crediting order. */
  int[] credited(int person) { return credited[person]; }

  /** Position in {@link #credited} of the first deal of the period; index periodCount is the end. */
  int firstCreditedIn(int person, int period) { return periodOffsets[person][period]; }

  Frame frameOf(int person) {
    Frame f = frames[person];
    if (f == null) {
      f = new Frame(this, person, definitionSlots);
      frames[person] = f;
    }
    return f;
  }
}

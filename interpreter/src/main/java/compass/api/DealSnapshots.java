package compass.api;

import compass.calendar.Period;
import compass.check.CheckedPlan;
import compass.data.BoolColumn;
import compass.data.Column;
import compass.data.DateColumn;
import compass.data.DecimalColumn;
import compass.data.EnumColumn;
import compass.data.FieldSpec;
import compass.data.LongColumn;
import compass.data.Table;
import compass.data.TextColumn;
import compass.ledger.DealChange;
import compass.ledger.DealSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 16: the deal rows of a closed period kept in its ledger folder, and what changed in them
 * since: each row added, removed or changed (field by field, old and new values), by deal id. Only
 * a deals table with an {@code id} field can be compared row by row; without one no snapshot is
 * kept and an adjustment says only that the data changed.
 */
final class DealSnapshots {
  private DealSnapshots() {}

  /** The rows whose crediting date falls in {@code period}, or null when deals have no id. */
  static DealSnapshot of(CheckedPlan plan, Table deals, Period period) {
    if (deals == null || plan.credit() == null || deals.fieldIndex("id") < 0) return null;
    List<String> fields = fields(deals);
    Map<String, List<String>> rows = new LinkedHashMap<>();
    DateColumn dates = (DateColumn) deals.column(plan.creditDateField());
    for (int row = 0; row < deals.rowCount(); row++) {
      if (!dates.isPresent(row) || !inside(period, dates, row)) continue;
      List<String> cells = cells(plan, deals, row);
      rows.put(cells.get(0), cells);
    }
    return new DealSnapshot(fields, rows);
  }

  /**
   * The rows of {@code deals} that differ from the snapshot of closed period {@code period}: those
   * in the snapshot now changed or gone, and those now dated in the period that it did not have.
   */
  static List<DealChange> changes(
      CheckedPlan plan, Table deals, DealSnapshot was, Period period, Set<String> people) {
    List<DealChange> out = new ArrayList<>();
    if (deals == null || deals.fieldIndex("id") < 0 || plan.credit() == null) return out;
    List<String> fields = fields(deals);
    DateColumn dates = (DateColumn) deals.column(plan.creditDateField());
    Map<String, Integer> now = new LinkedHashMap<>();
    Column ids = deals.column(deals.fieldIndex("id"));
    for (int row = 0; row < deals.rowCount(); row++) {
      String id = text(plan, ids, row); // only the id: the row's cells only when it is compared
      if (was.rows().containsKey(id) || (dates.isPresent(row) && inside(period, dates, row)))
        now.put(id, row);
    }
    String dateField = deals.schema().fields().get(plan.creditDateField()).name();
    for (Map.Entry<String, List<String>> old : was.rows().entrySet()) {
      Integer row = now.get(old.getKey());
      if (row == null) {
        out.add(
            new DealChange(
                period.label(),
                old.getKey(),
                old.getKey() + " removed (was " + values(was.fields(), old.getValue()) + ")",
                people(old.getValue(), people)));
        continue;
      }
      List<String> cells = cells(plan, deals, row);
      List<String> edits = new ArrayList<>();
      Set<String> both = new LinkedHashSet<>(was.fields());
      both.addAll(fields);
      for (String f : both) {
        String before = cell(was.fields(), old.getValue(), f);
        String after = cell(fields, cells, f);
        if (before.equals(after)) continue;
        String edit = f + " " + shown(before) + " -> " + shown(after);
        if (f.equals(dateField) && !(dates.isPresent(row) && inside(period, dates, row)))
          edit += " (" + moved(plan, dates, row) + ")";
        edits.add(edit);
      }
      if (edits.isEmpty()) continue;
      Set<String> named = new LinkedHashSet<>(people(old.getValue(), people));
      named.addAll(people(cells, people));
      out.add(
          new DealChange(
              period.label(),
              old.getKey(),
              old.getKey() + " changed: " + String.join(", ", edits),
              named));
    }
    for (Map.Entry<String, Integer> e : now.entrySet()) {
      if (was.rows().containsKey(e.getKey())) continue;
      List<String> cells = cells(plan, deals, e.getValue());
      out.add(
          new DealChange(
              period.label(),
              e.getKey(),
              e.getKey() + " added (" + values(fields, cells) + ")",
              people(cells, people)));
    }
    return out;
  }

  private static boolean inside(Period period, DateColumn dates, int row) {
    long day = dates.epochDay(row);
    return day >= period.start().toEpochDay() && day <= period.end().toEpochDay();
  }

  /** Where a re-dated deal now falls: "now in 2027-Q2", or outside the plan's periods. */
  private static String moved(CheckedPlan plan, DateColumn dates, int row) {
    if (!dates.isPresent(row)) return "no longer dated";
    for (Period p : plan.periods()) if (inside(p, dates, row)) return "now in " + p.label();
    return "now outside the plan's periods";
  }

  private static List<String> fields(Table deals) {
    List<String> names = new ArrayList<>();
    int id = deals.fieldIndex("id");
    names.add(deals.schema().fields().get(id).name());
    for (int i = 0; i < deals.schema().fields().size(); i++)
      if (i != id) names.add(deals.schema().fields().get(i).name());
    return names;
  }

  /** A row's cells in the order of {@link #fields}: the id first. */
  private static List<String> cells(CheckedPlan plan, Table deals, int row) {
    List<String> out = new ArrayList<>();
    int id = deals.fieldIndex("id");
    out.add(text(plan, deals.column(id), row));
    List<FieldSpec> all = deals.schema().fields();
    for (int i = 0; i < all.size(); i++) if (i != id) out.add(text(plan, deals.column(i), row));
    return out;
  }

  /** A cell as the plan read it: amounts as written, dates as ISO dates, empty when missing. */
  private static String text(CheckedPlan plan, Column column, int row) {
    if (!column.isPresent(row)) return "";
    if (column instanceof TextColumn c) return c.get(row);
    if (column instanceof DecimalColumn c) return c.get(row).toPlainString();
    if (column instanceof LongColumn c) return Long.toString(c.get(row));
    if (column instanceof DateColumn c) return c.get(row).toString();
    if (column instanceof BoolColumn c) return Boolean.toString(c.get(row));
    return plan.stages().get(((EnumColumn) column).ordinal(row));
  }

  private static String cell(List<String> fields, List<String> cells, String field) {
    int i = fields.indexOf(field);
    return i < 0 ? "" : cells.get(i);
  }

  private static String shown(String value) {
    return value.isEmpty() ? "(empty)" : value;
  }

  /** The fields after the id, {@code name value}, for a row added or removed. */
  private static String values(List<String> fields, List<String> cells) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < fields.size(); i++)
      if (!cells.get(i).isEmpty()) out.add(fields.get(i) + " " + cells.get(i));
    return String.join(", ", out);
  }

  /** The participant ids a row names in any of its cells. */
  private static Set<String> people(List<String> cells, Set<String> people) {
    Set<String> out = new LinkedHashSet<>();
    for (String c : cells) if (people.contains(c)) out.add(c);
    return out;
  }
}

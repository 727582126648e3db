package compass.data;

import java.math.BigDecimal;

/**
 * Copies of a deals table in which some rows have another stage, date or amount: one simulated
 * outcome of the open pipeline for `compass forecast` (issue 18). Only the changed columns are new;
 * the others are shared with the loaded table, which is never modified, so thousands of outcomes
 * cost a stage and a date column each, not a copy of every cell.
 */
public final class DealScenarios {
  private final Table base;
  private final int stageField;
  private final int dateField;
  private final int[] lines;

  public DealScenarios(Table base, int stageField, int dateField) {
    this.base = base;
    this.stageField = stageField;
    this.dateField = dateField;
    this.lines = new int[Math.max(base.rowCount(), 1)];
    for (int r = 0; r < base.rowCount(); r++) lines[r] = (int) base.lineOf(r);
  }

  /**
   * The table with rows {@code rows[i]} in stage {@code stage} dated {@code epochDays[i]} (rows in
   * increasing order); every other row as loaded.
   */
  public Table with(int[] rows, int count, int stage, int[] epochDays) {
    int n = base.rowCount();
    EnumColumn stages = new EnumColumn(n);
    DateColumn dates = new DateColumn(n);
    EnumColumn from = (EnumColumn) base.column(stageField);
    DateColumn on = (DateColumn) base.column(dateField);
    int next = 0;
    for (int r = 0; r < n; r++) {
      if (next < count && rows[next] == r) {
        stages.add(stage);
        dates.add(epochDays[next]);
        next++;
      } else {
        stages.add(from.ordinal(r));
        dates.add(on.epochDay(r));
      }
    }
    Column[] columns = new Column[base.schema().fields().size()];
    for (int f = 0; f < columns.length; f++) columns[f] = base.column(f);
    columns[stageField] = stages;
    columns[dateField] = dates;
    return table(columns, n);
  }

  /** The table with the amounts of the given rows replaced (the stage-weighted amounts). */
  public static Table withAmounts(Table t, int moneyField, int[] rows, BigDecimal[] amounts) {
    int n = t.rowCount();
    DecimalColumn to = new DecimalColumn(n);
    DecimalColumn from = (DecimalColumn) t.column(moneyField);
    int next = 0;
    for (int r = 0; r < n; r++) {
      if (next < rows.length && rows[next] == r) to.add(amounts[next++]);
      else to.add(from.get(r));
    }
    Column[] columns = new Column[t.schema().fields().size()];
    for (int f = 0; f < columns.length; f++) columns[f] = t.column(f);
    columns[moneyField] = to;
    int[] lines = new int[Math.max(n, 1)];
    for (int r = 0; r < n; r++) lines[r] = (int) t.lineOf(r);
    Table out = new Table(t.schema(), columns, lines, n);
    out.setOrigin(t.origin());
    return out;
  }

  private Table table(Column[] columns, int n) {
    Table out = new Table(base.schema(), columns, lines, n);
    out.setOrigin(base.origin()); // its rows still point at their cells in the file (RowPlace)
    return out;
  }
}

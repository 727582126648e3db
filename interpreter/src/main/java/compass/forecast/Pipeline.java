package compass.forecast;

import compass.check.CheckedPlan;
import compass.data.ColumnType;
import compass.data.DateColumn;
import compass.data.EnumColumn;
import compass.data.FieldSpec;
import compass.data.RowPlace;
import compass.data.Table;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.source.DataLocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The open pipeline as of a date: which deals are open, the probability each is won, and when it is
 * expected to close.
 *
 * <p>A deal is open when its stage has a win rate strictly between 0% and 100%; the others stay as
 * the data say (won at 100%, lost at 0%). An open deal's expected close date is its crediting date
 * (the `on` field of the credit rule, usually close_date): in a CRM an open deal's close date is
 * the date it is expected to close. An open deal whose expected close date is on or before the
 * as-of date is overdue: it is expected to close the day after the as-of date.
 */
final class Pipeline {
  final int stageField;
  final int dateField;
  final int moneyField;
  final LocalDate asOf;
  final int[] rows;
  final BigDecimal[] rates;
  final double[] probabilities;
  final int[] expectedDay;
  final int overdue;

  /**
   * Each open deal's range of slip in days (its stage's); {@code slips} false when no deal slips,
   * and a run then draws nothing for the slip.
   */
  final int[] slipFrom;

  final int[] slipTo;
  final boolean slips;

  private Pipeline(
      int stageField,
      int dateField,
      int moneyField,
      LocalDate asOf,
      int[] rows,
      BigDecimal[] rates,
      int[] expectedDay,
      int overdue,
      int[] slipFrom,
      int[] slipTo) {
    this.stageField = stageField;
    this.dateField = dateField;
    this.moneyField = moneyField;
    this.asOf = asOf;
    this.rows = rows;
    this.rates = rates;
    this.probabilities = new double[rates.length];
    for (int i = 0; i < rates.length; i++) probabilities[i] = rates[i].doubleValue();
    this.expectedDay = expectedDay;
    this.overdue = overdue;
    this.slipFrom = slipFrom;
    this.slipTo = slipTo;
    boolean any = false;
    for (int t : slipTo) any |= t > 0;
    this.slips = any;
  }

  /** The open deals; null after errors (E0791, E0792, E0793, E0795). */
  static Pipeline of(
      CheckedPlan plan,
      Table deals,
      WinRates winRates,
      Slips slips,
      LocalDate asOf,
      Diagnostics diags) {
    if (deals == null || plan.creditDateField() < 0) {
      diags.error(Code.E0795, null, "the plan credits no deals, so there is nothing to forecast");
      return null;
    }
    List<FieldSpec> fields = deals.schema().fields();
    int stageField = -1;
    int moneyField = -1;
    for (int f = 0; f < fields.size(); f++) {
      if (stageField < 0 && fields.get(f).type() == ColumnType.STAGE) stageField = f;
      if (fields.get(f).type() == ColumnType.MONEY
          && (moneyField < 0 || fields.get(f).name().equals("amount"))) moneyField = f;
    }
    int dateField = plan.creditDateField();
    if (stageField < 0 || moneyField < 0 || fields.get(dateField).type() != ColumnType.DATE) {
      diags.error(
          Code.E0795,
          DataLocation.ofFile(deals.file()),
          "the deals need a `stage` field, a money field and a crediting date to be forecast",
          "declare them in the deals input: `stage: stage`, `amount: money`, `close_date: date`");
      return null;
    }
    EnumColumn stages = (EnumColumn) deals.column(stageField);
    DateColumn dates = (DateColumn) deals.column(dateField);
    int first = Integer.MAX_VALUE;
    int firstRow = -1; // the first deal's row: where an as-of date before the data points
    int last = Integer.MIN_VALUE; // of a closed deal: an open deal's date is only expected
    for (int r = 0; r < deals.rowCount(); r++) {
      if (!dates.isPresent(r)) continue;
      if (dates.epochDay(r) < first) firstRow = r;
      first = Math.min(first, dates.epochDay(r));
      boolean open = stages.isPresent(r) && winRates.open(stages.ordinal(r));
      if (!open) last = Math.max(last, dates.epochDay(r));
    }
    if (last == Integer.MIN_VALUE) last = first;
    if (first == Integer.MAX_VALUE) {
      diags.error(Code.E0795, DataLocation.ofFile(deals.file()), "no deal has a date");
      return null;
    }
    if (asOf == null) asOf = LocalDate.ofEpochDay(last);
    if (asOf.toEpochDay() < first) {
      diags.error(
          Code.E0793,
          RowPlace.cell(deals, firstRow, fields.get(dateField).name()),
          "the as-of date "
              + asOf
              + " is before the data: the first deal, here, is dated "
              + LocalDate.ofEpochDay(first),
          "give a date from "
              + LocalDate.ofEpochDay(first)
              + " on (default: the latest date, "
              + LocalDate.ofEpochDay(last)
              + ", of a closed deal)");
      return null;
    }
    int day = (int) asOf.toEpochDay();
    List<Integer> open = new ArrayList<>();
    List<BigDecimal> rates = new ArrayList<>();
    List<Integer> expected = new ArrayList<>();
    List<Integer> slipStage = new ArrayList<>();
    int overdue = 0;
    String field = fields.get(dateField).name();
    int errors = 0;
    for (int r = 0; r < deals.rowCount() && errors < 10; r++) {
      int stage = stages.isPresent(r) ? stages.ordinal(r) : -1;
      BigDecimal rate = stage < 0 ? null : winRates.rates()[stage];
      if (rate == null) {
        String name = stage < 0 ? "no stage" : "stage `" + winRates.stages().get(stage) + "`";
        diags.add(
            Diagnostic.error(
                    Code.E0791,
                    RowPlace.cell(deals, r, fields.get(stageField).name()),
                    "the deal on "
                        + RowPlace.name(deals, r)
                        + " is in "
                        + name
                        + ", which has no win rate")
                .withHint(
                    "give every stage in the data a win rate (`stages ... with win rates "
                        + (stage < 0 ? "STAGE" : winRates.stages().get(stage))
                        + " 20%, ...`), or learn them with --learn-rates"));
        errors++;
        continue;
      }
      if (!winRates.open(stage)) continue;
      if (!dates.isPresent(r)) {
        diags.add(
            Diagnostic.error(
                    Code.E0792,
                    RowPlace.cell(deals, r, field),
                    "the deal on "
                        + RowPlace.name(deals, r)
                        + " is open ("
                        + winRates.stages().get(stage)
                        + ") but has no "
                        + field
                        + ", its expected close date")
                .withHint("fill in the date the deal is expected to close"));
        errors++;
        continue;
      }
      int close = dates.epochDay(r);
      if (close <= day) {
        close = day + 1;
        overdue++;
      }
      open.add(r);
      rates.add(rate);
      expected.add(close);
      slipStage.add(stage);
    }
    if (errors > 0) return null;
    int[] slipFrom = new int[open.size()];
    int[] slipTo = new int[open.size()];
    for (int i = 0; i < slipFrom.length; i++) {
      slipFrom[i] = slips.from()[slipStage.get(i)];
      slipTo[i] = slips.to()[slipStage.get(i)];
    }
    return new Pipeline(
        stageField,
        dateField,
        moneyField,
        asOf,
        open.stream().mapToInt(Integer::intValue).toArray(),
        rates.toArray(BigDecimal[]::new),
        expected.stream().mapToInt(Integer::intValue).toArray(),
        overdue,
        slipFrom,
        slipTo);
  }

  /** The same open deals, read through other field positions (plan B's, for --vs). */
  Pipeline onFields(int stage, int date, int money) {
    return new Pipeline(
        stage, date, money, asOf, rows, rates, expectedDay, overdue, slipFrom, slipTo);
  }

  int size() {
    return rows.length;
  }
}

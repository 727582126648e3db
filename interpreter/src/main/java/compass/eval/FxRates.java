package compass.eval;

import compass.check.PayRules;
import compass.data.DateColumn;
import compass.data.DecimalColumn;
import compass.data.LongColumn;
import compass.data.RowPlace;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SEMANTICS 13: each deal in another currency converts to the plan currency at the latest rate
 * dated on or before its crediting date (or the date field the plan names). A missing rate is an
 * error naming the currency pair and the date.
 */
final class FxRates {
  private FxRates() {}

  /** One rate per deal row (null when no conversion is declared). */
  static BigDecimal[] of(Dataset data) {
    PayRules rules = data.plan().rules();
    if (rules.convert() == null) return null;
    Table fx = data.table(rules.fx().name());
    Map<String, List<long[]>> byCurrency = new HashMap<>(); // currency -> (epoch day, row)
    TextColumn currencies = (TextColumn) fx.column("currency");
    DateColumn dates = (DateColumn) fx.column("date");
    for (int r = 0; r < fx.rowCount(); r++) {
      byCurrency
          .computeIfAbsent(currencies.get(r), k -> new ArrayList<>())
          .add(new long[] {dates.epochDay(r), r});
    }
    byCurrency.values().forEach(l -> l.sort((a, b) -> Long.compare(a[0], b[0])));
    Table deals = data.deals();
    TextColumn dealCurrency = (TextColumn) deals.column(rules.currencyField());
    int dateField =
        rules.convertDateField() >= 0 ? rules.convertDateField() : data.plan().creditDateField();
    DateColumn on = (DateColumn) deals.column(dateField);
    String planCurrency = data.plan().currency().code();
    BigDecimal[] out = new BigDecimal[deals.rowCount()];
    for (int row = 0; row < deals.rowCount(); row++) {
      String c = dealCurrency.get(row);
      if (c == null || c.equals(planCurrency) || on.epochDay(row) == DateColumn.MISSING) {
        out[row] = BigDecimal.ONE;
        continue;
      }
      long[] found = latest(byCurrency.get(c), on.epochDay(row));
      if (found == null) {
        throw new EvalError(
            Diagnostic.error(
                    Code.E0513,
                    RowPlace.row(deals, row, null),
                    "no FX rate "
                        + c
                        + "->"
                        + planCurrency
                        + " on or before "
                        + LocalDate.ofEpochDay(on.epochDay(row))
                        + " (deal "
                        + data.dealId(row)
                        + ")")
                .withHint(
                    "add a row `"
                        + c
                        + ","
                        + LocalDate.ofEpochDay(on.epochDay(row))
                        + ",<rate>` to "
                        + fx.file()));
      }
      int r = (int) found[1];
      out[row] =
          fx.column("rate") instanceof LongColumn l
              ? BigDecimal.valueOf(l.get(r))
              : ((DecimalColumn) fx.column("rate")).get(r);
    }
    return out;
  }

  private static long[] latest(List<long[]> rates, int day) {
    if (rates == null) return null;
    long[] best = null;
    for (long[] r : rates) {
      if (r[0] <= day) best = r;
      else break;
    }
    return best;
  }
}

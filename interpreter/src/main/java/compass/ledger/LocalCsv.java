package compass.ledger;

import compass.result.LocalPay;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A closed period's payouts in the participants' pay currencies (SEMANTICS 13), for a plan that
 * pays participants in their own currency: {@code local-statement.csv} (one row per statement row)
 * and {@code local-lines.csv} (one per line item), in the order of {@code statement.csv} and {@code
 * lines.csv}. Kept so that a closed period shows what was paid in each currency, whatever the FX
 * table says later.
 */
public final class LocalCsv {
  public static final String STATEMENT = "local-statement.csv";
  public static final String LINES = "local-lines.csv";

  static final List<String> COLUMNS =
      List.of("pay_currency", "fx_rate", "rate_date", "payment_date", "amount_local");

  private LocalCsv() {}

  public static String write(List<LocalPay> pays) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(COLUMNS);
    for (LocalPay p : pays)
      rows.add(
          List.of(
              p.currency(),
              p.rate().toPlainString(),
              p.rateDate() == null ? "" : p.rateDate().toString(),
              p.paymentDate() == null ? "" : p.paymentDate().toString(),
              p.amount().toPlainString()));
    return PaidCsv.table(rows);
  }

  static List<LocalPay> read(String text, String file) throws LedgerException {
    List<List<String>> all = PaidCsv.parse(text);
    if (all.isEmpty() || !all.get(0).equals(COLUMNS))
      throw new LedgerException(file + " does not have the columns " + String.join(",", COLUMNS));
    List<LocalPay> out = new ArrayList<>();
    for (List<String> c : all.subList(1, all.size())) {
      if (c.size() != COLUMNS.size())
        throw new LedgerException(file + " has a row of " + c.size() + " cells: " + c);
      try {
        out.add(
            new LocalPay(
                c.get(0),
                new BigDecimal(c.get(1)),
                c.get(2).isEmpty() ? null : LocalDate.parse(c.get(2)),
                c.get(3).isEmpty() ? null : LocalDate.parse(c.get(3)),
                new BigDecimal(c.get(4))));
      } catch (NumberFormatException | DateTimeParseException e) {
        throw new LedgerException(file + " has a row it cannot read: " + c);
      }
    }
    return out;
  }
}

package compass.eval;

import compass.ast.Step;
import compass.data.DateColumn;
import compass.data.DecimalColumn;
import compass.data.Table;
import compass.data.TextColumn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When a deal's earnings become payable (SEMANTICS 11a, 12): in parts on dates of the deal
 * (milestones, holdbacks), or in proportion to the cash collected on it. Earnings are never payable
 * before the period they were earned in; a part whose date is empty or after the plan year stays
 * held.
 */
final class PaySchedule {
  /**
   * A payable part: the pay period (or -1: still held), the amount, and why (null when no trace is
   * recorded).
   */
  record Part(int period, BigDecimal amount, String note) {}

  private final List<Nodes.Num> shares = new ArrayList<>();
  private final List<Nodes.Day> dates = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private final Map<String, List<long[]>> payments = new HashMap<>();
  private final Table paymentTable;
  private final Dataset data;
  private final Nodes.Num fullAmount;

  PaySchedule(Step step, ExprCompiler compiler, Dataset data, Nodes.Num fullAmount) {
    this.data = data;
    this.fullAmount = fullAmount;
    if (step instanceof Step.Payout p) {
      for (Step.PayoutPart part : p.parts()) {
        shares.add(compiler.num(part.share()));
        dates.add(compiler.day(part.when()));
        labels.add(part.share().span().text() + " on " + part.when().span().text());
      }
      paymentTable = null;
    } else {
      paymentTable = data.table(((Step.Collected) step).payments().text());
      TextColumn deal = (TextColumn) paymentTable.column("deal");
      DateColumn day = (DateColumn) paymentTable.column("date");
      for (int r = 0; r < paymentTable.rowCount(); r++) {
        payments
            .computeIfAbsent(deal.get(r), k -> new ArrayList<>())
            .add(new long[] {day.epochDay(r), r});
      }
    }
  }

  /** The parts of one deal's earnings (f has entered the deal), earned in {@code earnedPeriod}. */
  List<Part> parts(Frame f, BigDecimal earned, int earnedPeriod) {
    List<Part> out = new ArrayList<>();
    if (paymentTable == null) {
      for (int i = 0; i < shares.size(); i++) {
        int day = dates.get(i).eval(f);
        int period = day == DateColumn.MISSING ? -1 : data.periodOf(day);
        if (period < 0
            && day != DateColumn.MISSING
            && day < data.periods().get(0).start().toEpochDay()) period = 0;
        if (period >= 0 && period < earnedPeriod) period = earnedPeriod;
        out.add(new Part(period, earned.multiply(shares.get(i).eval(f)), labels.get(i)));
      }
      return out;
    }
    BigDecimal full = fullAmount.eval(f);
    DecimalColumn amounts = (DecimalColumn) paymentTable.column("amount");
    BigDecimal before = BigDecimal.ZERO;
    List<long[]> rows = payments.getOrDefault(data.dealId(f.deal), List.of());
    for (int k = earnedPeriod; k < data.periodCount(); k++) {
      long end = data.periods().get(k).end().toEpochDay();
      BigDecimal paid = BigDecimal.ZERO;
      for (long[] r : rows) if (r[0] <= end) paid = paid.add(amounts.get((int) r[1]));
      BigDecimal fraction =
          full.signum() == 0
              ? BigDecimal.ONE
              : paid.divide(full, ExprCompiler.MC).min(BigDecimal.ONE);
      BigDecimal part = fraction.subtract(before);
      if (part.signum() != 0) {
        String note =
            data.tracer().on()
                ? "collected " + Fmt.percent(fraction) + " of " + Fmt.money(full)
                : null;
        out.add(new Part(k, earned.multiply(part), note));
      }
      before = fraction;
    }
    BigDecimal held = BigDecimal.ONE.subtract(before);
    if (held.signum() > 0) out.add(new Part(-1, earned.multiply(held), "not yet collected"));
    return out;
  }
}

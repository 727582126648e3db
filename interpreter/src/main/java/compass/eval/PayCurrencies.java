package compass.eval;

import compass.ast.Decl;
import compass.calendar.Period;
import compass.check.CheckedPlan;
import compass.check.PayCurrencyRules;
import compass.data.Column;
import compass.data.DateColumn;
import compass.data.DecimalColumn;
import compass.data.LongColumn;
import compass.data.RowProblems.Problem;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.explain.TraceStep;
import compass.result.Explanation;
import compass.result.LineItem;
import compass.result.LocalPay;
import compass.result.StatementRow;
import compass.value.Currency;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SEMANTICS 13, paying in another currency: `pay participants in pay_currency using fx on payment
 * date`. A participant whose people row names a currency is paid each period's payout converted at
 * the latest FX rate dated on or before the payment date (the period's last day, or the stated
 * number of days after it). The FX table keeps the convention of `convert`: a rate is the plan
 * currency per unit of the other currency, so the local amount is the payout divided by the rate.
 *
 * <p>The payout is converted once and rounded once, to the pay currency's minor unit, with the
 * plan's rounding mode. Its line items are converted the same way, each rounded, and the period's
 * last line takes the remainder, so the lines add up to the payout in both currencies (as SEMANTICS
 * 13a splits an amount). Balances carried (held, draw balance, owed) stay in the plan currency.
 */
public final class PayCurrencies {
  private final CheckedPlan plan;
  private final Decl.PayIn rule;
  private final Map<String, String> currencyOf = new HashMap<>(); // participant -> pay currency
  private final Map<String, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();
  private final String fxFile;

  private PayCurrencies(CheckedPlan plan, Decl.PayIn rule, Table people, Table fx) {
    this.plan = plan;
    this.rule = rule;
    TextColumn ids = (TextColumn) people.column("id");
    TextColumn codes = (TextColumn) people.column(rule.currencyField().text());
    for (int r = 0; r < people.rowCount(); r++) {
      String code = codes.get(r);
      if (code != null && !code.isBlank()) currencyOf.put(ids.get(r), code.strip());
    }
    fxFile = fx.file();
    TextColumn currencies = (TextColumn) fx.column("currency");
    DateColumn dates = (DateColumn) fx.column("date");
    Column rate = fx.column("rate");
    for (int r = 0; r < fx.rowCount(); r++) {
      if (!currencies.isPresent(r) || !dates.isPresent(r)) continue;
      BigDecimal v =
          rate instanceof LongColumn l
              ? BigDecimal.valueOf(l.get(r))
              : ((DecimalColumn) rate).get(r);
      if (v == null) continue;
      rates
          .computeIfAbsent(currencies.get(r), k -> new TreeMap<>())
          .put(LocalDate.ofEpochDay(dates.epochDay(r)), v);
    }
  }

  /** The plan's conversion on its data, or null when everyone is paid in the plan currency. */
  public static PayCurrencies of(CheckedPlan plan, LoadedData data) {
    Decl.PayIn rule = PayCurrencyRules.of(plan.ast());
    return rule == null
        ? null
        : new PayCurrencies(plan, rule, data.people(), data.others().get(rule.fx().text()));
  }

  /** As {@link #of(CheckedPlan, LoadedData)}, on a run's data (a plan's test). */
  static PayCurrencies of(Dataset data) {
    Decl.PayIn rule = PayCurrencyRules.of(data.plan().ast());
    return rule == null
        ? null
        : new PayCurrencies(data.plan(), rule, data.people(), data.table(rule.fx().text()));
  }

  /** Whether a table is the FX table the payouts convert with (DataChecks checks its rates). */
  static boolean isFxTable(CheckedPlan plan, Table table) {
    Decl.PayIn rule = PayCurrencyRules.of(plan.ast());
    return rule != null && rule.fx().text().equals(table.name());
  }

  /** E0458: a pay currency that is not an ISO 4217 code, at its cell of the people file. */
  static List<Problem> problems(CheckedPlan plan, Table people) {
    Decl.PayIn rule = PayCurrencyRules.of(plan.ast());
    List<Problem> out = new ArrayList<>();
    if (rule == null || !(people.column(rule.currencyField().text()) instanceof TextColumn codes))
      return out;
    for (int r = 0; r < people.rowCount(); r++) {
      String code = codes.get(r);
      if (code == null || code.isBlank() || Currency.of(code.strip()).isPresent()) continue;
      out.add(
          new Problem(
              r,
              rule.currencyField().text(),
              Code.E0458,
              "unknown pay currency `" + code.strip() + "`",
              PayCurrencyRules.currencyHint(code.strip())));
    }
    return out;
  }

  /**
   * The rows and lines in their pay currencies, index by index.
   *
   * @throws EvalError E0612 when a payment date has no rate
   */
  public LocalPay.Run convert(List<StatementRow> rows, List<LineItem> lines) {
    Map<String, List<Integer>> linesOf = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      LineItem l = lines.get(i);
      linesOf.computeIfAbsent(l.participant() + "\n" + l.period(), k -> new ArrayList<>()).add(i);
    }
    List<LocalPay> outRows = new ArrayList<>(rows.size());
    LocalPay[] outLines = new LocalPay[lines.size()];
    for (StatementRow row : rows) {
      LocalPay paid = pay(row);
      outRows.add(paid);
      List<Integer> mine = linesOf.getOrDefault(row.participant() + "\n" + row.period(), List.of());
      BigDecimal rest = paid.amount();
      for (int k = 0; k < mine.size(); k++) {
        int i = mine.get(k);
        BigDecimal local =
            k == mine.size() - 1
                ? rest
                : local(lines.get(i).amount(), paid.rate(), paid.currency());
        rest = rest.subtract(local);
        outLines[i] =
            new LocalPay(paid.currency(), paid.rate(), paid.rateDate(), paid.paymentDate(), local);
      }
    }
    for (int i = 0; i < outLines.length; i++) { // a line of no statement row shown: unconverted
      if (outLines[i] == null) outLines[i] = same(lines.get(i).amount(), null);
    }
    return new LocalPay.Run(List.copyOf(outRows), List.of(outLines));
  }

  /** One statement row's payout in its participant's pay currency. */
  public LocalPay pay(StatementRow row) {
    LocalDate payment = paymentDate(row.period());
    String code = currencyOf.get(row.participant());
    String planCode = plan.currency().code();
    if (code == null || code.equals(planCode)) return same(row.payout(), payment);
    Map.Entry<LocalDate, BigDecimal> rate =
        rates.containsKey(code) ? rates.get(code).floorEntry(payment) : null;
    if (rate == null) {
      throw new EvalError(
          Diagnostic.error(
                  Code.E0612,
                  rule.span(),
                  "no FX rate "
                      + code
                      + "->"
                      + planCode
                      + " on or before "
                      + payment
                      + ", the payment date of "
                      + row.participant()
                      + "'s "
                      + row.period()
                      + " payout")
              .withHint("add a row `" + code + "," + payment + ",<rate>` to " + fxFile));
    }
    return new LocalPay(
        code, rate.getValue(), rate.getKey(), payment, local(row.payout(), rate.getValue(), code));
  }

  /**
   * The explanation of one payout's conversion, for `explain`; null when it is paid in the plan
   * currency.
   */
  public Explanation explain(StatementRow row) {
    LocalPay p = pay(row);
    if (p.rateDate() == null) return null;
    String planCode = plan.currency().code();
    String label =
        "paid in "
            + p.currency()
            + ": "
            + Fmt.money(row.payout())
            + " "
            + planCode
            + " / "
            + p.rate().toPlainString()
            + " "
            + planCode
            + " per "
            + p.currency()
            + " (rate of "
            + p.rateDate()
            + ", payment date "
            + p.paymentDate()
            + ") = "
            + Fmt.money(p.amount())
            + " "
            + p.currency();
    return new Explanation( // the amount is in the label: the tree prints amounts in the plan's
        label,
        null,
        rule.span().describe(),
        List.of(),
        TraceStep.Kind.FX.name().toLowerCase(java.util.Locale.ROOT),
        p.rate(),
        row.payout());
  }

  private LocalDate paymentDate(String periodLabel) {
    for (Period p : plan.periods()) {
      if (p.label().equals(periodLabel)) return p.end().plusDays(PayCurrencyRules.lagDays(rule));
    }
    throw new IllegalStateException("no pay period " + periodLabel);
  }

  private LocalPay same(BigDecimal amount, LocalDate payment) {
    return new LocalPay(plan.currency().code(), BigDecimal.ONE, null, payment, amount);
  }

  private BigDecimal local(BigDecimal amount, BigDecimal rate, String code) {
    return plan.rounding()
        .round(amount.divide(rate, MathContext.DECIMAL128), Currency.of(code).orElseThrow());
  }
}

package compass.eval;

import compass.ast.Decl;
import compass.ast.Named;
import compass.calendar.Period;
import compass.explain.TraceStep;
import compass.explain.TraceStep.Kind;
import compass.result.LineItem;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Settles each period's statement (SEMANTICS 10, 11, 11a): recovers amounts owed from what is
 * payable, carries a negative period as owed rather than paying negative cash, applies the draw
 * (recoverable with its balance and recovery cap, or non-recoverable), and reports the balances.
 */
final class Settlement {
  private final Dataset data;
  private final List<Decl.Draw> draws;
  private final List<Nodes.Num> drawAmounts = new ArrayList<>();
  private final List<Nodes.Num> recoveryCaps = new ArrayList<>();

  Settlement(Dataset data, ExprCompiler compiler) {
    this.data = data;
    this.draws = data.plan().rules().draws();
    for (Decl.Draw d : draws) {
      drawAmounts.add(compiler.num(d.amount()));
      recoveryCaps.add(d.recoveryCap() == null ? null : compiler.num(d.recoveryCap()));
    }
  }

  /** The settlement lines' names: they are not earnings of a component (issue 16: adjustments). */
  static final String RECOVERY = "Recovery of amount owed";

  static final String CARRIED = "Carried as owed";

  /**
   * Whether a line is written by the settlement (recoveries, amounts carried as owed, draws) rather
   * than earned by a component.
   */
  static boolean isSettlementLine(String name) {
    return name.equals(RECOVERY)
        || name.equals(CARRIED)
        || name.equals("Draw")
        || name.equals("Draw guarantee")
        || name.equals("Draw recovery")
        || name.startsWith("Draw advance");
  }

  /**
   * What the settlement carries from one period to the next: amounts owed, the draw balance, and
   * the running totals the statement columns show.
   */
  record Carry(
      BigDecimal owed,
      BigDecimal balance,
      BigDecimal ytd,
      BigDecimal earnedTotal,
      BigDecimal payableTotal) {}

  void settle(
      int person, String role, PersonLedger ledger, List<StatementRow> rows, List<LineItem> lines) {
    BigDecimal zero = BigDecimal.ZERO.setScale(data.plan().currency().minorUnits());
    settle(person, role, ledger, rows, lines, 0, new Carry(zero, zero, zero, zero, zero));
  }

  /**
   * Settles the periods from {@code first} on, starting from {@code carry}: issue 16, the periods
   * before are closed and what they carry comes from the ledger.
   */
  void settle(
      int person,
      String role,
      PersonLedger ledger,
      List<StatementRow> rows,
      List<LineItem> lines,
      int first,
      Carry carry) {
    int drawIndex = drawFor(role);
    Frame f = data.frameOf(person);
    String id = data.personId(person);
    String currency = data.plan().currency().code();
    BigDecimal zero = BigDecimal.ZERO.setScale(data.plan().currency().minorUnits());
    BigDecimal owed = carry.owed(), balance = carry.balance(), ytd = carry.ytd();
    BigDecimal earnedTotal = carry.earnedTotal(), payableTotal = carry.payableTotal();
    for (int k = first; k < data.periodCount(); k++) {
      Period period = data.periods().get(k);
      List<LineItem> out = new ArrayList<>(ledger.payable.get(k));
      BigDecimal payable = sum(out);
      BigDecimal available = payable;
      if (owed.signum() > 0 && available.signum() > 0) {
        BigDecimal r = owed.min(available);
        BigDecimal owedBefore = owed;
        out.add(
            line(
                id,
                period,
                RECOVERY,
                r.negate(),
                () ->
                    TraceStep.of(
                            Kind.RECOVERY,
                            "recovers " + Fmt.money(r) + " of " + Fmt.money(owedBefore) + " owed")
                        .withAmount(r.negate())
                        .withBasis(owedBefore)));
        owed = owed.subtract(r);
        available = available.subtract(r);
      }
      if (available.signum() < 0) { // not paid as negative cash: carried as owed
        BigDecimal carried = available.negate();
        out.add(
            line(
                id,
                period,
                CARRIED,
                carried,
                () ->
                    TraceStep.of(
                            Kind.CARRIED, Fmt.money(carried) + " owed, carried to the next period")
                        .withAmount(carried)));
        owed = owed.add(available.negate());
        available = BigDecimal.ZERO;
      }
      if (drawIndex >= 0) {
        f.span(k, k);
        Decl.Draw d = draws.get(drawIndex);
        // a draw is guaranteed only while the person works here: prorated by active days
        BigDecimal active = QuotaScaling.activeShare(data, person, period.start(), period.end());
        BigDecimal draw = round(drawAmounts.get(drawIndex).eval(f).multiply(active));
        if (d.inAdvance()) { // issue 15.5: paid on the first day, netted at the end
          Nodes.Num cap = recoveryCaps.get(drawIndex);
          balance =
              DrawAdvance.settle(
                  d,
                  period,
                  draw,
                  available,
                  balance,
                  cap == null ? null : cap.eval(f),
                  this::round,
                  (what, amount, step) -> line(id, period, what, amount, step),
                  out);
        } else if (available.compareTo(draw) < 0) {
          BigDecimal topUp = draw.subtract(available);
          if (d.recoverable()) balance = balance.add(topUp);
          BigDecimal earned = available, drawBalance = balance;
          out.add(
              line(
                  id,
                  period,
                  d.recoverable() ? "Draw" : "Draw guarantee",
                  topUp,
                  () ->
                      TraceStep.of(
                              Kind.DRAW,
                              "earned "
                                  + Fmt.money(earned)
                                  + " < draw "
                                  + Fmt.money(draw)
                                  + (d.recoverable()
                                      ? "; draw balance " + Fmt.money(drawBalance)
                                      : "; shortfall forgiven"))
                          .withAmount(topUp)
                          .withBasis(earned)
                          .withSpan(d.span())));
        } else if (d.recoverable() && balance.signum() > 0) {
          BigDecimal limit = available;
          Nodes.Num cap = recoveryCaps.get(drawIndex);
          if (cap != null) limit = round(available.multiply(cap.eval(f)));
          BigDecimal r = balance.min(limit);
          balance = balance.subtract(r);
          BigDecimal earned = available, drawBalance = balance;
          BigDecimal rate = cap == null || !data.tracer().on() ? null : cap.eval(f);
          out.add(
              line(
                  id,
                  period,
                  "Draw recovery",
                  r.negate(),
                  () ->
                      TraceStep.of(
                              Kind.DRAW,
                              "recovers "
                                  + Fmt.money(r)
                                  + (cap == null
                                      ? ""
                                      : " (at most "
                                          + Fmt.percent(rate)
                                          + " of "
                                          + Fmt.money(earned)
                                          + ")")
                                  + "; draw balance "
                                  + Fmt.money(drawBalance))
                          .withAmount(r.negate())
                          .withRate(rate)
                          .withBasis(earned)
                          .withSpan(d.span())));
        }
        if (k == data.periodCount() - 1 && d.recoverable() && balance.signum() > 0) {
          BigDecimal drawBalance = balance;
          out.add(
              line(
                  id,
                  period,
                  "Draw",
                  BigDecimal.ZERO.setScale(data.plan().currency().minorUnits()),
                  () ->
                      TraceStep.of(
                              Kind.DRAW,
                              d.forgivenAtYearEnd()
                                  ? "draw balance "
                                      + Fmt.money(drawBalance)
                                      + " forgiven at year end"
                                  : "draw balance "
                                      + Fmt.money(drawBalance)
                                      + " carried into next year, owed")
                          .withBasis(drawBalance)
                          .withSpan(d.span())));
          if (d.forgivenAtYearEnd()) {
            balance = zero;
          } else { // SEMANTICS 10: carried, and shown as owed
            owed = owed.add(balance);
            balance = zero;
          }
        }
      }
      BigDecimal payout = sum(out);
      ytd = ytd.add(payout);
      earnedTotal = earnedTotal.add(ledger.earned[k]);
      payableTotal = payableTotal.add(payable);
      rows.add(
          new StatementRow(
              id,
              period.label(),
              payout,
              ytd,
              currency,
              ledger.earned[k].setScale(zero.scale()),
              payable,
              earnedTotal.subtract(payableTotal).max(zero),
              balance,
              owed.add(ledger.carriedTrueUp[k])));
      lines.addAll(out);
    }
  }

  private int drawFor(String role) {
    for (int i = 0; i < draws.size(); i++) {
      List<Named> roles = draws.get(i).roles();
      if (roles.isEmpty() || roles.stream().anyMatch(r -> r.text().equals(role))) return i;
    }
    return -1;
  }

  /** A settlement line; its step is built only when the run records a trace. */
  private LineItem line(
      String id, Period period, String what, BigDecimal amount, Supplier<TraceStep> step) {
    List<TraceStep> steps = data.tracer().on() ? List.of(step.get()) : List.of();
    return new LineItem(
        id,
        period.label(),
        what,
        "",
        amount,
        data.plan().currency().code(),
        TraceStep.note(steps),
        steps);
  }

  private BigDecimal sum(List<LineItem> lines) {
    BigDecimal total = BigDecimal.ZERO.setScale(data.plan().currency().minorUnits());
    for (LineItem l : lines) total = total.add(l.amount());
    return total;
  }

  private BigDecimal round(BigDecimal v) {
    return data.plan().rounding().round(v, data.plan().currency());
  }
}

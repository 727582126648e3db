package compass.eval;

import compass.calendar.Period;
import compass.result.LineItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One component for one participant over the year: its earnings per period (cumulative
 * components true up, SEMANTICS 7), the line items that become payable (at once or on a
 * schedule, SEMANTICS 11a) and the reversals of clawed-back deals (SEMANTICS 11).
 */
final class ComponentLines {
  private final Dataset data;
  private final CompiledComponent c;
  private final int person;
  private final boolean attribute;
  private final Clawbacks clawbacks;
  private final Overrides overrides;
  private final List<Evaluation.Attribution> attributions;
  private final String id;
  private final boolean perDealLines;
  /** Per credit position: the period earned in and the unrounded commission (non-cumulative). */
  private final Map<Integer, Earned> earnedByDeal = new HashMap<>();
  /** Per credit position: the scheduled parts still to be paid. */
  private final Map<Integer, List<PaySchedule.Part>> scheduled = new HashMap<>();

  private record Earned(int period, BigDecimal amount) {}

  ComponentLines(Dataset data, CompiledComponent c, int person, boolean attribute, Clawbacks clawbacks,
      Overrides overrides, List<Evaluation.Attribution> attributions, boolean perDealLines) {
    this.perDealLines = perDealLines;
    this.data = data;
    this.c = c;
    this.person = person;
    // a statement with every line shows each deal's share of tiered commission (SEMANTICS 5)
    this.attribute = attribute || c.schedule != null || (perDealLines && c.tiered());
    this.clawbacks = clawbacks;
    this.overrides = overrides;
    this.attributions = attributions;
    this.id = data.personId(person);
  }

  void addTo(PersonLedger ledger) {
    Frame f = data.frameOf(person);
    BigDecimal paidBefore = BigDecimal.ZERO;
    for (int k = 0; k < data.periodCount(); k++) {
      f.span(c.cumulative() ? 0 : k, k); // SEMANTICS 7: cumulative components see the year to date
      Outcome o = c.earn(f, paidBefore, attribute);
      // compass test --coverage: a component counts as reached once it earned something
      if (data.coverage() != null && o.value.signum() != 0) data.coverage().reach(c.ast);
      o.notes.addAll(overrides.notes(person, k));
      o.notes.addAll(conversions(f));
      record(k, o);
      if (c.schedule != null && o.parts != null) {
        schedule(f, k, o);
        ledger.earn(k, round(o.value));
        paidBefore = paidBefore.add(o.value);
        continue;
      }
      if (c.paysPerDealLines() && o.parts != null) {
        String note = String.join("; ", o.notes);
        BigDecimal total = BigDecimal.ZERO;
        for (Outcome.DealAmount part : o.parts) {
          BigDecimal amount = round(part.amount()); // SEMANTICS 1: each deal's line is rounded
          if (perDealLines) add(ledger, k, line(k, dealId(part.pos()), amount, note));
          total = total.add(amount);
        }
        if (!perDealLines && !o.parts.isEmpty()) add(ledger, k, line(k, "", total, note));
        paidBefore = paidBefore.add(total);
        continue;
      }
      if (o.notApplicable && !c.cumulative()) continue;
      BigDecimal pay = o.value;
      List<String> notes = new ArrayList<>(o.notes);
      if (c.cumulative()) {
        BigDecimal due = o.value.subtract(paidBefore);
        notes.add("earned YTD " + Fmt.money(o.value) + " - paid earlier " + Fmt.money(paidBefore) + " = " + Fmt.money(due));
        if (due.signum() < 0) {
          notes.add(Fmt.money(due.negate()) + " owed, carried to the next period");
          ledger.carriedTrueUp[k] = ledger.carriedTrueUp[k].add(round(due.negate()));
        }
        pay = due.max(BigDecimal.ZERO); // SEMANTICS 7: a negative true-up is carried, not paid
      }
      BigDecimal amount = round(pay);
      if (perDealLines && c.tiered() && o.parts != null) {
        dealLines(ledger, k, o, amount, notes);
      } else {
        add(ledger, k, line(k, "", amount, String.join("; ", notes)));
      }
      paidBefore = paidBefore.add(amount);
    }
    if (clawbacks.active() && !c.cumulative()) reverseCancelled(ledger);
    payScheduled(ledger);
  }

  /** SEMANTICS 13: each converted deal in the span, with the rate it used. */
  private List<String> conversions(Frame f) {
    if (data.plan().rules().convert() == null) return List.of();
    List<String> notes = new ArrayList<>();
    Credits credits = data.credits(person);
    for (int i = f.first(), end = f.end(); i < end; i++) {
      String note = data.fxNote(credits.rows()[i]);
      if (note != null) notes.add(note);
    }
    return notes;
  }

  /**
   * SEMANTICS 5 on the statement: one line per deal of the period with its commission (the tier
   * function of the running total after the deal minus before it), each rounded, and one line
   * with the rest (a true-up, a cap, rounding), so the lines still add up to the period's pay.
   */
  private void dealLines(PersonLedger ledger, int k, Outcome o, BigDecimal amount, List<String> notes) {
    Credits credits = data.credits(person);
    int from = credits.periodStart()[k], to = credits.periodStart()[k + 1];
    BigDecimal deals = BigDecimal.ZERO;
    for (Outcome.DealAmount part : o.parts) {
      if (part.pos() < from || part.pos() >= to) continue; // a year-to-date span: earlier periods' deals
      BigDecimal share = round(part.amount());
      add(ledger, k, line(k, dealId(part.pos()), share, "this deal's commission: the tiers on the running total after it minus before it"));
      deals = deals.add(share);
    }
    List<String> rest = new ArrayList<>(notes);
    rest.add("the deal lines add up to " + Fmt.money(deals) + "; this line is the rest");
    add(ledger, k, line(k, "", amount.subtract(deals), String.join("; ", rest)));
  }

  private void add(PersonLedger ledger, int k, LineItem line) {
    ledger.earn(k, line.amount());
    ledger.pay(k, line);
  }

  private void record(int k, Outcome o) {
    if (o.parts == null) return;
    for (Outcome.DealAmount part : o.parts) {
      if (!c.cumulative()) earnedByDeal.put(part.pos(), new Earned(k, part.amount()));
      if (attribute) {
        attributions.add(new Evaluation.Attribution(id, data.periods().get(k).label(), c.ast.title(), dealId(part.pos()), part.amount()));
      }
    }
  }

  private void schedule(Frame f, int k, Outcome o) {
    int saved = f.pos;
    try {
      for (Outcome.DealAmount part : o.parts) {
        f.enter(part.pos());
        scheduled.put(part.pos(), new ArrayList<>(c.schedule.parts(f, part.amount(), k)));
      }
    } finally {
      f.leave(saved);
    }
  }

  /**
   * SEMANTICS 11 and 11a: a deal cancelled within the window gives back, in the period of the
   * cancellation, what was paid on it; what is still held is cancelled.
   */
  private void reverseCancelled(PersonLedger ledger) {
    Credits credits = data.credits(person);
    for (Map.Entry<Integer, Earned> e : earnedByDeal.entrySet()) {
      int pos = e.getKey();
      int cancelled = credits.cancelPeriod()[pos];
      Earned earned = e.getValue();
      if (cancelled == Integer.MAX_VALUE || cancelled <= earned.period()) continue;
      int row = credits.rows()[pos];
      int creditedDay = (int) data.creditDay(row);
      BigDecimal share = clawbacks.reversedShare(row, creditedDay);
      BigDecimal paid = earned.amount();
      String what = "commission " + Fmt.money(earned.amount());
      List<PaySchedule.Part> parts = scheduled.get(pos);
      BigDecimal heldCancelled = BigDecimal.ZERO;
      if (parts != null) {
        paid = BigDecimal.ZERO;
        BigDecimal held = BigDecimal.ZERO;
        for (PaySchedule.Part p : parts) {
          if (p.period() >= 0 && p.period() < cancelled) paid = paid.add(round(p.amount()));
          else held = held.add(p.amount());
        }
        parts.removeIf(p -> p.period() < 0 || p.period() >= cancelled);
        heldCancelled = round(held);
        what = "paid " + Fmt.money(paid) + " of " + Fmt.money(earned.amount()) + "; held " + Fmt.money(held) + " cancelled";
      }
      BigDecimal reversal = round(paid.multiply(share)).negate();
      String note = "clawback: deal cancelled in " + data.periods().get(cancelled).label() + " within the window; " + what
          + (share.compareTo(BigDecimal.ONE) == 0 ? "" : "; unserved share " + Fmt.percent(share));
      add(ledger, cancelled, line(cancelled, dealId(pos), reversal, note));
      ledger.earn(cancelled, heldCancelled.negate()); // SEMANTICS 11a: what is still held is cancelled
    }
  }

  /** Scheduled parts become line items in the period they are payable; the rest stays held. */
  private void payScheduled(PersonLedger ledger) {
    List<Integer> positions = new ArrayList<>(scheduled.keySet());
    positions.sort(null);
    for (int pos : positions) {
      Earned earned = earnedByDeal.get(pos);
      String earnedIn = earned == null ? "" : " (earned " + Fmt.money(earned.amount()) + " in " + data.periods().get(earned.period()).label() + ")";
      for (PaySchedule.Part p : scheduled.get(pos)) {
        if (p.period() < 0) continue;
        String fx = data.fxNote(data.credits(person).rows()[pos]);
        ledger.pay(p.period(), line(p.period(), dealId(pos), round(p.amount()), p.note() + earnedIn + (fx == null ? "" : "; " + fx)));
      }
    }
  }

  private LineItem line(int k, String deal, BigDecimal amount, String note) {
    Period period = data.periods().get(k);
    return new LineItem(id, period.label(), c.ast.title(), deal, amount, data.plan().currency().code(), note);
  }

  private String dealId(int pos) { return data.dealId(data.credits(person).rows()[pos]); }

  private BigDecimal round(BigDecimal v) { return data.plan().rounding().round(v, data.plan().currency()); }
}

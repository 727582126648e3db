package compass.eval;

import compass.calendar.Period;
import compass.data.RowPlace;
import compass.data.Table;
import compass.explain.TraceStep;
import compass.explain.TraceStep.Kind;
import compass.explain.Tracer;
import compass.result.LineItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One component for one participant over the year: its earnings per period (cumulative components
 * true up, SEMANTICS 7), the line items that become payable (at once or on a schedule, SEMANTICS
 * 11a) and the reversals of clawed-back deals (SEMANTICS 11).
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

  static final String DEAL_SHARE =
      "this deal's commission: the tiers on the running total after it minus before it";

  /**
   * The steps of a deal's line without detail ({@code run --lines}): one list shared by every such
   * line.
   */
  private static final List<TraceStep> DEAL_SHARE_STEPS =
      List.of(TraceStep.of(Kind.DEAL_SHARE, DEAL_SHARE));

  ComponentLines(
      Dataset data,
      CompiledComponent c,
      int person,
      boolean attribute,
      Clawbacks clawbacks,
      Overrides overrides,
      List<Evaluation.Attribution> attributions,
      boolean perDealLines) {
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
      if (c.poolShares != null) c.poolShares.apply(person, o); // issue 15: a shared pool
      // compass test --coverage: a component counts as reached once it earned something
      if (data.coverage() != null && o.value.signum() != 0) data.coverage().reach(c.ast);
      if (o.trace.on()) {
        o.trace.addAll(overrides.steps(person, k));
        o.trace.addAll(conversions(f));
      } else {
        overrides.verify(person); // two overrides that disagree are an error, traced or not
      }
      record(k, o);
      if (c.schedule != null && o.parts != null) {
        schedule(f, k, o);
        ledger.earn(k, round(o.value));
        paidBefore = paidBefore.add(o.value);
        continue;
      }
      if (c.paysPerDealLines() && o.parts != null) {
        List<TraceStep> steps = List.copyOf(o.trace.steps());
        String note = TraceStep.note(steps);
        BigDecimal total = BigDecimal.ZERO;
        for (Outcome.DealAmount part : o.parts) {
          BigDecimal amount = round(part.amount()); // SEMANTICS 1: each deal's line is rounded
          String own = o.dealNotes == null ? null : o.dealNotes.get(part.pos());
          // the deal's own arithmetic when it has one, else the component's steps; then its pool
          List<TraceStep> base = own == null ? steps : own(own, part);
          List<TraceStep> dealSteps =
              c.poolShares == null || !o.trace.on()
                  ? base
                  : c.poolShares.steps(person, part.pos(), base);
          if (perDealLines)
            add(
                ledger,
                k,
                line(
                    k,
                    dealId(part.pos()),
                    amount,
                    dealSteps == steps ? note : TraceStep.note(dealSteps),
                    withCredit(dealSteps, part.pos())));
          total = total.add(amount);
        }
        if (!perDealLines && !o.parts.isEmpty()) add(ledger, k, line(k, "", total, note, steps));
        paidBefore = paidBefore.add(total);
        continue;
      }
      if (o.notApplicable && !c.cumulative()) continue;
      BigDecimal pay = o.value;
      Tracer trace = o.trace;
      if (c.cumulative()) {
        BigDecimal due = o.value.subtract(paidBefore);
        if (trace.on()) trace.add(trueUp(o.value, paidBefore, due));
        if (due.signum() < 0) {
          if (trace.on()) {
            trace.add(
                TraceStep.of(
                        Kind.CARRIED, Fmt.money(due.negate()) + " owed, carried to the next period")
                    .withAmount(due.negate()));
          }
          ledger.carriedTrueUp[k] = ledger.carriedTrueUp[k].add(round(due.negate()));
        }
        pay = due.max(BigDecimal.ZERO); // SEMANTICS 7: a negative true-up is carried, not paid
      }
      BigDecimal amount = round(pay);
      if (perDealLines && c.tiered() && o.parts != null) {
        dealLines(ledger, k, o, amount, trace);
      } else {
        add(ledger, k, line(k, "", amount, trace.steps()));
      }
      paidBefore = paidBefore.add(amount);
    }
    if (clawbacks.active() && !c.cumulative()) reverseCancelled(ledger);
    payScheduled(ledger);
  }

  /** SEMANTICS 13: each converted deal in the span, with the rate it used. */
  private List<TraceStep> conversions(Frame f) {
    if (data.plan().rules().convert() == null) return List.of();
    List<TraceStep> steps = new ArrayList<>();
    Credits credits = data.credits(person);
    for (int i = f.first(), end = f.end(); i < end; i++) {
      TraceStep fx = data.fxStep(credits.rows()[i]);
      if (fx != null) steps.add(fx);
    }
    return steps;
  }

  /**
   * SEMANTICS 7: what a cumulative component earned in the year to date, less what it paid earlier.
   */
  private static TraceStep trueUp(BigDecimal earned, BigDecimal paidBefore, BigDecimal due) {
    return TraceStep.of(
            Kind.TRUE_UP,
            "earned YTD "
                + Fmt.money(earned)
                + " - paid earlier "
                + Fmt.money(paidBefore)
                + " = "
                + Fmt.money(due))
        .withAmount(due)
        .withChildren(
            List.of(
                TraceStep.of(Kind.EARNED_YTD, "earned YTD").withAmount(earned),
                TraceStep.of(Kind.PAID_EARLIER, "paid earlier").withAmount(paidBefore)));
  }

  /** The steps of a deal's line with, first, where the deal was read (not part of the note). */
  private List<TraceStep> withCredit(List<TraceStep> steps, int pos) {
    if (!data.tracer().detail()) return steps; // no trace, or only the notes' steps
    int row = data.credits(person).rows()[pos];
    Table deals = data.deals();
    TraceStep credit =
        TraceStep.of(Kind.CREDIT, data.rowNoun() + " " + data.dealId(row))
            .withRows(List.of(RowPlace.where(deals, row, null)));
    List<TraceStep> out = new ArrayList<>(steps.size() + 1);
    out.add(credit);
    out.addAll(steps);
    return out;
  }

  /**
   * SEMANTICS 5 on the statement: one line per deal of the period with its commission (the tier
   * function of the running total after the deal minus before it), each rounded, and one line with
   * the rest (a true-up, a cap, rounding), so the lines still add up to the period's pay.
   */
  private void dealLines(PersonLedger ledger, int k, Outcome o, BigDecimal amount, Tracer trace) {
    Credits credits = data.credits(person);
    int from = credits.periodStart()[k], to = credits.periodStart()[k + 1];
    BigDecimal deals = BigDecimal.ZERO;
    String dealShare = c.appliedDealShare(); // `applied to`: no running total, one rate
    String note = dealShare != null ? dealShare : DEAL_SHARE;
    for (Outcome.DealAmount part : o.parts) {
      if (part.pos() < from || part.pos() >= to)
        continue; // a year-to-date span: earlier periods' deals
      BigDecimal share = round(part.amount());
      String own = o.dealNotes == null ? null : o.dealNotes.get(part.pos());
      if (own != null) { // issue 15: the deal's own arithmetic (straddle, alone, multiplied)
        add(ledger, k, line(k, dealId(part.pos()), share, own, ownSteps(own, part)));
        deals = deals.add(share);
        continue;
      }
      List<TraceStep> steps =
          !trace.on()
              ? List.of()
              : !trace.detail()
                  ? (dealShare == null
                      ? DEAL_SHARE_STEPS
                      : List.of(TraceStep.of(Kind.DEAL_SHARE, dealShare)))
                  : withCredit(
                      List.of(
                          TraceStep.of(Kind.DEAL_SHARE, note)
                              .withAmount(part.amount())
                              .withSpan(c.ast.steps().get(0).span())),
                      part.pos());
      // the note is the one sentence of its step, shared by every deal line (no copy per deal)
      add(ledger, k, line(k, dealId(part.pos()), share, trace.on() ? note : "", steps));
      deals = deals.add(share);
    }
    if (trace.on()) {
      trace.add(
          TraceStep.of(Kind.NOTE, "the deal lines add up to " + Fmt.money(deals))
              .withAmount(deals));
      trace.add(TraceStep.of(Kind.REST, "this line is the rest"));
    }
    add(ledger, k, line(k, "", amount.subtract(deals), trace.steps()));
  }

  /**
   * The steps of a deal's line whose note is its own arithmetic: that one step (after where the
   * deal was read, for explain).
   */
  private List<TraceStep> ownSteps(String note, Outcome.DealAmount part) {
    return withCredit(own(note, part), part.pos());
  }

  /**
   * A deal's own arithmetic, at the component's first step, and the rate its amount was converted
   * at, if it was (SEMANTICS 13: each converted line records its rate; not the other deals').
   */
  private List<TraceStep> own(String note, Outcome.DealAmount part) {
    TraceStep own =
        TraceStep.of(Kind.DEAL_SHARE, note)
            .withAmount(part.amount())
            .withSpan(c.ast.steps().get(0).span());
    TraceStep fx =
        data.plan().rules().convert() == null
            ? null
            : data.fxStep(data.credits(person).rows()[part.pos()]);
    return fx == null ? List.of(own) : List.of(own, fx);
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
        attributions.add(
            new Evaluation.Attribution(
                id,
                data.periods().get(k).label(),
                c.ast.title(),
                dealId(part.pos()),
                part.amount()));
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
   * SEMANTICS 11 and 11a, combined: a deal taken back (cancelled within the window, or the
   * participant left) reverses the share R of its commission that the participant does not keep.
   * What is still held is cancelled first (up to R, the last payable first); only the rest of R is
   * clawed back from what was paid, in the period of the event; held parts beyond R stay payable.
   */
  private void reverseCancelled(PersonLedger ledger) {
    Credits credits = data.credits(person);
    for (Map.Entry<Integer, Earned> e : earnedByDeal.entrySet()) {
      int pos = e.getKey();
      int cancelled = credits.cancelAt(pos);
      Earned earned = e.getValue();
      if (cancelled == Integer.MAX_VALUE || cancelled <= earned.period()) continue;
      int row = credits.rows()[pos];
      BigDecimal share = BigDecimal.ONE.subtract(credits.keptShare(pos));
      BigDecimal reversed = earned.amount().multiply(share); // what the participant does not keep
      List<PaySchedule.Part> parts = scheduled.get(pos);
      HeldCancel held = parts == null ? null : cancelHeld(parts, cancelled, reversed);
      BigDecimal fromPaid = held == null ? reversed : reversed.subtract(held.cancelled);
      BigDecimal reversal = round(fromPaid).negate();
      List<TraceStep> steps =
          data.tracer().on()
              ? reversalSteps(pos, row, cancelled, earned, share, reversal, held)
              : new ArrayList<>();
      add(ledger, cancelled, line(cancelled, dealId(pos), reversal, withCredit(steps, pos)));
      // SEMANTICS 11a: what is still held is cancelled, never paid
      if (held != null) ledger.earn(cancelled, round(held.cancelled).negate());
    }
  }

  /** What a reversal did to the held parts of one deal. */
  private record HeldCancel(BigDecimal paid, BigDecimal held, BigDecimal cancelled) {}

  /**
   * Cancels up to {@code reversed} of the parts not yet paid by the period {@code cancelled} (the
   * last payable first), leaving the rest of them payable at their dates.
   */
  private HeldCancel cancelHeld(List<PaySchedule.Part> parts, int cancelled, BigDecimal reversed) {
    BigDecimal paid = BigDecimal.ZERO, held = BigDecimal.ZERO;
    List<Integer> heldAt = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      PaySchedule.Part p = parts.get(i);
      if (p.period() >= 0 && p.period() < cancelled) {
        paid = paid.add(round(p.amount()));
      } else {
        held = held.add(p.amount());
        heldAt.add(i);
      }
    }
    // the last payable first: a part held past the plan year (-1) is the last of all
    heldAt.sort(
        (a, b) ->
            Integer.compare(
                parts.get(b).period() < 0 ? Integer.MAX_VALUE : parts.get(b).period(),
                parts.get(a).period() < 0 ? Integer.MAX_VALUE : parts.get(a).period()));
    BigDecimal toCancel = reversed.min(held).max(BigDecimal.ZERO);
    BigDecimal left = toCancel;
    for (int i : heldAt) {
      PaySchedule.Part p = parts.get(i);
      BigDecimal cut = left.min(p.amount());
      parts.set(i, new PaySchedule.Part(p.period(), p.amount().subtract(cut), p.note()));
      left = left.subtract(cut);
    }
    parts.removeIf(p -> p.amount().signum() == 0 && (p.period() < 0 || p.period() >= cancelled));
    return new HeldCancel(paid, held, toCancel);
  }

  /** The explanation of a reversal: which rule, what was kept, held, cancelled and clawed back. */
  private List<TraceStep> reversalSteps(
      int pos,
      int row,
      int cancelled,
      Earned earned,
      BigDecimal share,
      BigDecimal reversal,
      HeldCancel held) {
    Clawbacks.Reversal why =
        clawbacks.reversal(row, person, (int) data.creditDay(row), data.tracer().on());
    boolean plain = why == null || why.plain();
    String period = data.periods().get(cancelled).label();
    String what =
        why != null && why.rule().leaving()
            ? "clawback: " + id + " left in " + period
            : why != null && why.rule().window() == null
                ? "clawback: deal cancelled in " + period
                : "clawback: deal cancelled in " + period + " within the window";
    List<TraceStep> steps = new ArrayList<>();
    steps.add(
        TraceStep.of(Kind.CLAWBACK, what)
            .withAmount(reversal)
            .withRate(share)
            .withBasis(held == null ? earned.amount() : held.paid)
            .withRows(List.of(dealId(pos)))
            .withSpan(why == null ? data.plan().rules().clawback().span() : why.rule().span()));
    if (!plain) steps.add(TraceStep.of(Kind.NOTE, why.why()).withRate(share));
    if (held == null) {
      steps.add(
          TraceStep.of(Kind.NOTE, "commission " + Fmt.money(earned.amount()))
              .withAmount(earned.amount()));
    } else {
      steps.add(
          TraceStep.of(
                  Kind.NOTE, "paid " + Fmt.money(held.paid) + " of " + Fmt.money(earned.amount()))
              .withAmount(held.paid));
      BigDecimal stays = held.held.subtract(held.cancelled);
      steps.add(
          TraceStep.of(
                  Kind.NOTE,
                  stays.signum() == 0
                      ? "held " + Fmt.money(held.held) + " cancelled"
                      : "held "
                          + Fmt.money(held.cancelled)
                          + " of "
                          + Fmt.money(held.held)
                          + " cancelled, "
                          + Fmt.money(stays)
                          + " stays payable")
              .withAmount(held.cancelled));
    }
    if (plain && share.compareTo(BigDecimal.ONE) != 0)
      steps.add(TraceStep.of(Kind.NOTE, "unserved share " + Fmt.percent(share)).withRate(share));
    if (held != null && share.compareTo(BigDecimal.ONE) != 0) {
      BigDecimal reversed = earned.amount().multiply(share);
      steps.add(
          TraceStep.of(
                  Kind.NOTE,
                  "kept "
                      + Fmt.money(earned.amount().subtract(reversed))
                      + ", reversed "
                      + Fmt.money(reversed)
                      + " = held "
                      + Fmt.money(held.cancelled)
                      + " cancelled + "
                      + Fmt.money(reversal.negate())
                      + " clawed back")
              .withAmount(reversed));
    }
    return steps;
  }

  /** Scheduled parts become line items in the period they are payable; the rest stays held. */
  private void payScheduled(PersonLedger ledger) {
    List<Integer> positions = new ArrayList<>(scheduled.keySet());
    positions.sort(null);
    for (int pos : positions) {
      Earned earned = earnedByDeal.get(pos);
      boolean traced = data.tracer().on();
      String earnedIn =
          earned == null || !traced
              ? ""
              : " (earned "
                  + Fmt.money(earned.amount())
                  + " in "
                  + data.periods().get(earned.period()).label()
                  + ")";
      for (PaySchedule.Part p : scheduled.get(pos)) {
        if (p.period() < 0) continue;
        List<TraceStep> steps = new ArrayList<>();
        if (traced) {
          steps.add(
              TraceStep.of(Kind.SCHEDULE, p.note() + earnedIn)
                  .withAmount(p.amount())
                  .withBasis(earned == null ? null : earned.amount()));
          TraceStep fx = data.fxStep(data.credits(person).rows()[pos]);
          if (fx != null) steps.add(fx);
        }
        ledger.pay(
            p.period(), line(p.period(), dealId(pos), round(p.amount()), withCredit(steps, pos)));
      }
    }
  }

  /** A line item whose note is written from its steps (empty when no trace is recorded). */
  private LineItem line(int k, String deal, BigDecimal amount, List<TraceStep> steps) {
    return line(k, deal, amount, TraceStep.note(steps), steps);
  }

  private LineItem line(int k, String deal, BigDecimal amount, String note, List<TraceStep> steps) {
    Period period = data.periods().get(k);
    return new LineItem(
        id,
        period.label(),
        c.ast.title(),
        deal,
        amount,
        data.plan().currency().code(),
        note,
        steps);
  }

  private String dealId(int pos) {
    return data.dealId(data.credits(person).rows()[pos]);
  }

  private BigDecimal round(BigDecimal v) {
    return data.plan().rounding().round(v, data.plan().currency());
  }
}

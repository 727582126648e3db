package compass.eval;

import compass.ast.Expr;
import compass.check.PayoutReads;
import compass.data.TextColumn;
import compass.explain.TraceStep;
import compass.explain.TraceStep.Kind;
import compass.explain.Tracer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 15, point 9: {@code payout of "Q1 SPIF"} is what that component earned for the participant
 * over the evaluated span, after its own steps (caps, floors, gates, multipliers), each period
 * rounded as its line items are: the same amounts the statement counts as earned, before payment
 * schedules and clawbacks. For a cumulative component a period's payout is its true-up (earned year
 * to date less what it paid earlier, never negative). A participant the component is not for (`for
 * role`) earns 0 from it.
 *
 * <p>The component's period loop runs lazily on the reading participant's frame, its span and deal
 * saved and restored: definition values are kept per span, so nothing the loop computes is wrong
 * for the reader. The checker refuses a payout that reads itself (E0436), so the loop ends.
 */
final class ComponentPayouts {
  private final Map<String, Integer> byTitle = new HashMap<>();
  private final List<CompiledComponent> components;
  private final List<Dataset> placedOn;

  ComponentPayouts(List<CompiledComponent> components, List<Dataset> placedOn) {
    this.components = components;
    this.placedOn = placedOn;
    for (int i = 0; i < components.size(); i++)
      byTitle.putIfAbsent(components.get(i).ast.title(), i);
  }

  /** The node of {@code payout of "title"}: the sum of the component's payouts in the span. */
  static Nodes.Num node(String title) {
    return f -> {
      BigDecimal[] periods = f.data.payouts().perPeriod(title, f);
      BigDecimal sum = BigDecimal.ZERO;
      for (int k = f.from; k <= f.to; k++) sum = sum.add(periods[k]);
      return sum;
    };
  }

  /** The component's payout in every period of the plan, for the frame's participant. */
  BigDecimal[] perPeriod(String title, Frame f) {
    if (f.payouts == null) f.payouts = new HashMap<>();
    BigDecimal[] known = f.payouts.get(title);
    if (known != null) return known;
    int i = byTitle.get(title);
    CompiledComponent c = components.get(i);
    Dataset on = placedOn.get(i);
    BigDecimal[] out = new BigDecimal[on.periodCount()];
    java.util.Arrays.fill(out, BigDecimal.ZERO);
    if (paysRole(c, on, f.person)) {
      // a component paid per row of another source runs on that source's frame
      Frame g = on == f.data ? f : new Frame(on, f.person, true);
      loop(c, on, g, out);
    }
    f.payouts.put(title, out);
    return out;
  }

  private static boolean paysRole(CompiledComponent c, Dataset data, int person) {
    if (c.roles.isEmpty()) return true;
    int field = data.people().fieldIndex("role");
    if (field < 0) return false;
    return c.roles.contains(((TextColumn) data.people().column(field)).get(person));
  }

  /** What {@link ComponentLines} counts as earned per period, without writing lines. */
  private static void loop(CompiledComponent c, Dataset data, Frame f, BigDecimal[] out) {
    int from = f.from, to = f.to, pos = f.pos;
    try {
      f.leave(-1);
      BigDecimal paidBefore = BigDecimal.ZERO;
      for (int k = 0; k < out.length; k++) {
        f.span(c.cumulative() ? 0 : k, k);
        Outcome o = c.earn(f, paidBefore, false);
        BigDecimal amount;
        if (c.schedule != null && o.parts != null) { // earned now, paid on its schedule
          out[k] = round(data, o.value);
          paidBefore = paidBefore.add(o.value);
          continue;
        }
        if (c.paysPerDealLines() && o.parts != null) { // each deal's line rounded
          amount = BigDecimal.ZERO;
          for (Outcome.DealAmount p : o.parts) amount = amount.add(round(data, p.amount()));
        } else if (o.notApplicable && !c.cumulative()) {
          amount = BigDecimal.ZERO;
        } else {
          BigDecimal pay =
              c.cumulative() ? o.value.subtract(paidBefore).max(BigDecimal.ZERO) : o.value;
          amount = round(data, pay);
        }
        out[k] = amount;
        paidBefore = paidBefore.add(amount);
      }
    } finally {
      f.span(from, to);
      f.leave(pos);
    }
  }

  private static BigDecimal round(Dataset data, BigDecimal v) {
    return data.plan().rounding().round(v, data.plan().currency());
  }

  /**
   * The payouts a component reads, directly or through definitions, for explain: "payout of \"Q1
   * SPIF\" in 2027-Q1 = 1,500.00".
   */
  static final class Notes {
    private final Set<String> titles = new LinkedHashSet<>();

    Notes(List<Expr> exprs, Map<String, Expr> definitions) {
      Set<String> seen = new java.util.HashSet<>();
      List<Expr> todo = new ArrayList<>(exprs);
      while (!todo.isEmpty()) {
        Expr root = todo.remove(todo.size() - 1);
        compass.check.ExprWalk.each(
            root,
            e -> {
              String title = PayoutReads.title(e);
              if (title != null) titles.add(title);
              else if (e instanceof Expr.Ref r
                  && definitions.containsKey(r.name())
                  && seen.add(r.name())) todo.add(definitions.get(r.name()));
            });
      }
    }

    boolean any() {
      return !titles.isEmpty();
    }

    void record(Frame f, Tracer trace) {
      if (titles.isEmpty() || !trace.on()) return;
      String span =
          f.from == f.to
              ? f.data.periods().get(f.to).label()
              : f.data.periods().get(f.from).label() + ".." + f.data.periods().get(f.to).label();
      for (String title : titles) {
        BigDecimal[] periods = f.data.payouts().perPeriod(title, f);
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = f.from; k <= f.to; k++) sum = sum.add(periods[k]);
        trace.add(
            TraceStep.of(
                    Kind.NOTE, "payout of \"" + title + "\" in " + span + " = " + Fmt.money(sum))
                .withAmount(sum));
      }
    }
  }
}

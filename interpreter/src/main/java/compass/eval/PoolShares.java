package compass.eval;

import compass.ast.Step;
import compass.calendar.Frequency;
import compass.calendar.Period;
import compass.data.DateColumn;
import compass.explain.TraceStep;
import compass.explain.TraceStep.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A component's pool (`from pool 20_000 per quarter in close_date order`, issue 15), shared out
 * across every participant before anyone is settled. Each deal the `pay ... per deal` pays is a
 * claim of its rounded amount; claims are taken in the order of the pool's date field, then deal
 * id, then participant id (a split deal makes one claim per participant), each paid in full while
 * the pool lasts. The claim that exhausts it gets what is left; later claims get 0. A claim of 0 or
 * less takes nothing from the pool. A cancelled deal keeps what it took (its SPIF is clawed back
 * from the participant, SEMANTICS 11, but does not return to the pool: the deals after it were paid
 * in the order they came). A deal with no date in the order field comes after every dated one.
 */
final class PoolShares {
  private final Step.Pool pool;
  private final BigDecimal amount;
  private final String poolName;

  /** What each claim got, by participant and credit position. */
  private final Map<Long, Share> shares = new HashMap<>();

  /** What one deal was paid from the pool: its claim, the grant, and what the pool had left. */
  record Share(BigDecimal claim, BigDecimal granted, BigDecimal before, String pool) {}

  private record Claim(
      int person, int pos, String poolKey, long day, String deal, String who, BigDecimal amount) {}

  private PoolShares(Step.Pool pool, BigDecimal amount) {
    this.pool = pool;
    this.amount = amount;
    this.poolName =
        "pool of " + Fmt.money(amount) + (pool.per() == null ? "" : " per " + pool.per().text());
  }

  /** The component's pool shared out on its data; null when the component has no pool. */
  static PoolShares of(CompiledComponent c, Dataset data, IntPredicate paid) {
    Step.Pool pool = c.pool();
    if (pool == null) return null;
    BigDecimal amount = ((compass.ast.Expr.NumberLit) pool.amount()).value();
    PoolShares shares = new PoolShares(pool, amount);
    shares.allocate(claims(c, data, paid, pool));
    return shares;
  }

  /** Every participant's claims: the component's deal amounts, each rounded as its line is. */
  private static List<Claim> claims(
      CompiledComponent c, Dataset data, IntPredicate paid, Step.Pool pool) {
    DateColumn order = (DateColumn) data.deals().column(pool.order().text());
    List<Claim> claims = new ArrayList<>();
    for (int person = 0; person < data.personCount(); person++) {
      if (!paid.test(person)) continue;
      Frame f = data.frameOf(person);
      try {
        for (int k = 0; k < data.periodCount(); k++) {
          f.span(k, k);
          Outcome o = c.earn(f, BigDecimal.ZERO, true);
          if (o.parts == null) continue;
          String key = poolKey(pool, data, k);
          for (Outcome.DealAmount part : o.parts) {
            int row = data.credits(person).rows()[part.pos()];
            long day = order.isPresent(row) ? order.epochDay(row) : Long.MAX_VALUE;
            claims.add(
                new Claim(
                    person,
                    part.pos(),
                    key,
                    day,
                    data.dealId(row),
                    data.personId(person),
                    round(data, part.amount())));
          }
        }
      } finally {
        data.release(person);
      }
    }
    return claims;
  }

  /** The pool a pay period draws from: one for the plan, or the period of `per` containing it. */
  private static String poolKey(Step.Pool pool, Dataset data, int k) {
    if (pool.per() == null) return "";
    Period period = data.periods().get(k);
    Frequency per = Frequency.parse(pool.per().text()).orElse(null);
    if (per == null) return period.label(); // `per period`: the pay period itself
    return data.plan().calendar().periodContaining(per, period.start()).label();
  }

  private void allocate(List<Claim> claims) {
    claims.sort(
        Comparator.comparing(Claim::poolKey)
            .thenComparingLong(Claim::day)
            .thenComparing(Claim::deal)
            .thenComparing(Claim::who));
    Map<String, BigDecimal> left = new HashMap<>();
    for (Claim claim : claims) {
      BigDecimal before = left.getOrDefault(claim.poolKey(), amount);
      BigDecimal granted =
          claim.amount().signum() <= 0 ? claim.amount() : claim.amount().min(before);
      BigDecimal after = claim.amount().signum() <= 0 ? before : before.subtract(granted);
      left.put(claim.poolKey(), after);
      String name = claim.poolKey().isEmpty() ? "" : " (" + claim.poolKey() + ")";
      shares.put(
          key(claim.person(), claim.pos()), new Share(claim.amount(), granted, before, name));
    }
  }

  /**
   * Replaces each deal's amount in the outcome by what the pool granted it (each deal's line says
   * so, {@link #steps}).
   */
  void apply(int person, Outcome o) {
    if (o.parts == null) return;
    List<Outcome.DealAmount> granted = new ArrayList<>(o.parts.size());
    BigDecimal total = BigDecimal.ZERO;
    for (Outcome.DealAmount part : o.parts) {
      Share s = shares.get(key(person, part.pos()));
      BigDecimal v = s == null ? part.amount() : s.granted();
      granted.add(new Outcome.DealAmount(part.pos(), v));
      total = total.add(v);
    }
    o.parts = granted;
    o.value = total;
  }

  /** The steps of one deal's line: the component's, then what the pool did for this deal. */
  List<TraceStep> steps(int person, int pos, List<TraceStep> steps) {
    Share s = shares.get(key(person, pos));
    if (s == null || s.claim().signum() <= 0) return steps;
    String text;
    if (s.granted().compareTo(s.claim()) == 0)
      text =
          poolName
              + s.pool()
              + ": "
              + Fmt.money(s.granted())
              + " paid, "
              + Fmt.money(s.before().subtract(s.granted()))
              + " left";
    else if (s.granted().signum() > 0)
      text =
          poolName
              + s.pool()
              + ": its last "
              + Fmt.money(s.granted())
              + " of "
              + Fmt.money(s.claim())
              + " paid; pool spent";
    else text = poolName + s.pool() + " spent: 0.00 of " + Fmt.money(s.claim()) + " paid";
    List<TraceStep> out = new ArrayList<>(steps);
    out.add(
        TraceStep.of(Kind.POOL, text)
            .withAmount(s.granted().subtract(s.claim()))
            .withBasis(s.before())
            .withSpan(pool.span()));
    return out;
  }

  private static long key(int person, int pos) {
    return ((long) person << 32) | (pos & 0xffffffffL);
  }

  private static BigDecimal round(Dataset data, BigDecimal v) {
    return data.plan().rounding().round(v, data.plan().currency());
  }
}

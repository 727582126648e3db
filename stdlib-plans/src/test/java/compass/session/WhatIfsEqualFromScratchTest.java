package compass.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.calendar.Period;
import compass.data.TextColumn;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 20: a what-if re-evaluates only what it touches (one deal credited again, the participants
 * it reaches; an override's participants and their managers; a redefinition on the credits kept),
 * and the result must be exactly what evaluating the edited plan and deals from scratch gives. On
 * every example plan, seeded random sequences of deal adds, changes and removes, quota overrides
 * for one participant, quota redefinitions for everyone and undos; after each step the session's
 * statements, line items (with their traces), reconciliation and totals are compared with a fresh
 * evaluation (the deals credited again, everyone evaluated).
 */
class WhatIfsEqualFromScratchTest {
  private static final Path PLANS = Path.of("plans");
  private static final int STEPS = 12;
  private static final long[] SEEDS = {1, 2};

  @TestFactory
  Stream<DynamicTest> everyExamplePlan() throws IOException {
    List<Path> plans = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(PLANS)) {
      for (Path dir : dirs.sorted().toList()) {
        if (dir.getFileName().toString().equals("lib")) continue; // definitions only, no data
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> f.toString().endsWith(".comp")).sorted().forEach(plans::add);
        }
      }
    }
    return plans.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> check(p)));
  }

  private static void check(Path plan) {
    int applied = 0;
    int[] overrides = {0};
    for (long seed : SEEDS) applied += run(plan, seed, overrides);
    assertTrue(
        applied >= SEEDS.length * STEPS / 2, plan + ": only " + applied + " what-ifs applied");
    Session s = open(plan);
    if (quotaText(s.state()) != null && !plainIds(s).isEmpty())
      assertTrue(overrides[0] > 0, plan + ": no quota override for one participant applied");
  }

  private static Session open(Path plan) {
    Diagnostics diags = new Diagnostics();
    Session s = Compass.session(plan, plan.getParent(), diags, () -> false);
    assertNotNull(s, plan + ": " + diags.all());
    return s;
  }

  /** One seeded sequence; the number of what-ifs that applied. */
  private static int run(Path plan, long seed, int[] overrides) {
    Session s = open(plan);
    Random random = new Random(seed);
    int applied = 0;
    for (int step = 0; step < STEPS; step++) {
      WhatIf w = next(s, random);
      Diagnostics own = new Diagnostics();
      String context = plan + " seed " + seed + " step " + step + ": ";
      if (w == null || random.nextInt(8) == 0) {
        if (s.undo(own, () -> false) == null) continue;
        context += "undo";
      } else {
        if (s.apply(w, own, () -> false) == null) continue; // an error: the session is unchanged
        applied++;
        if (w.command().startsWith("what if override")) overrides[0]++;
        context += w.command();
      }
      assertSameAsFromScratch(s, context);
    }
    return applied;
  }

  private static WhatIf next(Session s, Random random) {
    SessionState state = s.state();
    List<String> people = s.participants();
    List<Period> periods = state.plan().periods();
    if (people.isEmpty() || periods.isEmpty() || state.deals() == null) return null;
    String who = people.get(random.nextInt(people.size()));
    String amount = (1 + random.nextInt(300)) + "_" + String.format("%03d", random.nextInt(1000));
    Period period = periods.get(random.nextInt(periods.size()));
    LocalDate date = period.start().plusDays(random.nextInt(28));
    String quota = quotaText(state);
    int kind = random.nextInt(quota == null ? 4 : 6);
    String deal = dealId(state, random);
    if (kind >= 1 && kind <= 3 && deal == null) kind = 0;
    switch (kind) {
      case 0:
        {
          String text = "what if " + who + " closes " + amount + " on " + date;
          Span at = span(text);
          return new WhatIf.AddDeal(
              text,
              List.of(
                  new WhatIf.FieldValue(WhatIf.OWNER, who, at),
                  new WhatIf.FieldValue(WhatIf.AMOUNT, amount, at),
                  new WhatIf.FieldValue(WhatIf.DATE, date.toString(), at)));
        }
      case 1:
      case 2:
        {
          String field =
              kind == 1 ? WhatIf.AMOUNT : random.nextBoolean() ? WhatIf.OWNER : WhatIf.DATE;
          String value =
              field.equals(WhatIf.AMOUNT)
                  ? amount
                  : field.equals(WhatIf.OWNER) ? who : date.toString();
          String text = "what if deal " + deal + " has " + field + " = " + value;
          return new WhatIf.ChangeDeal(
              text,
              new WhatIf.FieldValue("id", deal, span(text)),
              List.of(new WhatIf.FieldValue(field, value, span(text))));
        }
      case 3:
        {
          String text = "what if deal " + deal + " is removed";
          return new WhatIf.RemoveDeal(text, new WhatIf.FieldValue("id", deal, span(text)));
        }
      case 4:
        {
          List<String> plain = plainIds(s); // `override quota for Anna Snelling` is not a name
          if (plain.isEmpty()) return null;
          String one = plain.get(random.nextInt(plain.size()));
          return redefine("override quota for " + one + " = 2 x (" + quota + ")");
        }
      default:
        return redefine("quota = " + (2 + random.nextInt(3)) + " x (" + quota + ")");
    }
  }

  /** The participants whose ids can be written as a name (`ann`, `p000108`). */
  private static List<String> plainIds(Session s) {
    return s.participants().stream().filter(p -> p.matches("[A-Za-z_][A-Za-z0-9_]*")).toList();
  }

  /** The plan's `quota` as written, or null when it has none. */
  private static String quotaText(SessionState state) {
    return state.plan().definitions().stream()
        .filter(d -> d.name().text().equals("quota"))
        .map(d -> d.value().span().text())
        .findFirst()
        .orElse(null);
  }

  /** The id of a random deal of the current deals, or null. */
  private static String dealId(SessionState state, Random random) {
    int f = state.deals().fieldIndex("id");
    if (f < 0 || state.deals().rowCount() == 0) return null;
    if (!(state.deals().column(f) instanceof TextColumn ids)) return null;
    return ids.get(random.nextInt(state.deals().rowCount()));
  }

  private static WhatIf redefine(String text) {
    return new WhatIf.Redefine("what if " + text, new SourceFile("<test>", text + "\n"));
  }

  private static Span span(String text) {
    return new Span(new SourceFile("<test>", text), 0, text.length());
  }

  private static void assertSameAsFromScratch(Session s, String context) {
    SessionState now = s.state();
    Diagnostics diags = new Diagnostics();
    SessionState fresh = s.fromScratch(diags);
    assertNotNull(fresh, context + " " + diags.all());
    assertEquals(fresh.rows().keySet(), now.rows().keySet(), context);
    for (String p : fresh.rows().keySet()) {
      assertEquals(fresh.rows().get(p).toString(), now.rows().get(p).toString(), context + " " + p);
      assertEquals(
          fresh.lines().get(p).toString(), now.lines().get(p).toString(), context + " lines " + p);
    }
    assertEquals(
        fresh.bench().reconciliation(), now.bench().reconciliation(), context + " reconciliation");
    assertEquals(0, fresh.total().compareTo(now.total()), context + " total");
    assertEquals(fresh.byPeriod().keySet(), now.byPeriod().keySet(), context);
    fresh
        .byPeriod()
        .forEach((k, v) -> assertEquals(0, v.compareTo(now.byPeriod().get(k)), context + " " + k));
  }
}

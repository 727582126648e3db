package compass.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Diagnostics;
import compass.eval.Evaluator;
import compass.source.SourceFile;
import compass.source.Span;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The what-if engine: exact deltas, only the reached participants evaluated, cancel, reload. */
class SessionTest {
  private static final Path AE = Path.of("..", "stdlib-plans", "plans", "ae-quota", "ae-quota.comp");
  private static final Path B1 = Path.of("..", "stdlib-plans", "plans", "b1", "b1.comp");
  private static final Path SMALL = Path.of("..", "..", "shared", "bench", "data-small");

  @TempDir Path temp;

  private static Session open(Path plan, Path data) {
    Diagnostics diags = new Diagnostics();
    Session s = Session.open(plan, data, diags, () -> false);
    assertNotNull(s, diags.all().toString());
    return s;
  }

  private static WhatIf closes(String who, String amount, String date, WhatIf.FieldValue... more) {
    String text = "what if " + who + " closes " + amount + " on " + date;
    Span at = new Span(new SourceFile("<test>", text), 0, text.length());
    List<WhatIf.FieldValue> values = new java.util.ArrayList<>(List.of(new WhatIf.FieldValue(WhatIf.OWNER, who, at),
        new WhatIf.FieldValue(WhatIf.AMOUNT, amount, at), new WhatIf.FieldValue(WhatIf.DATE, date, at)));
    values.addAll(List.of(more));
    return new WhatIf.AddDeal(text, values);
  }

  private static WhatIf redefine(String text) {
    return new WhatIf.Redefine("what if " + text, new SourceFile("<test>", text + "\n"));
  }

  @Test
  void addingADealReachesOnlyItsOwnerAndManagersWithExactDeltas() {
    Session s = open(B1, SMALL);
    Impact impact = s.apply(closes("p000108", "400_000", "2027-06-20",
        new WhatIf.FieldValue("term_months", "36", null)), new Diagnostics(), () -> false);
    // p000108 and the manager p000006 (team override): checked against `compass run` on the data with the deal
    assertEquals(2, impact.participantsEvaluated());
    assertEquals(new BigDecimal("36330.33"), impact.totalDelta());
    Impact.Change owner = impact.changes().stream().filter(c -> c.participant().equals("p000108") && c.period().equals("2027-Q2"))
        .findFirst().orElseThrow();
    assertEquals(new BigDecimal("9698.23"), owner.before());
    assertEquals(new BigDecimal("47496.96"), owner.after());
    assertTrue(owner.why().startsWith("crossed into the 12% band (from 5%)"), owner.why());
    Impact.Change manager = impact.changes().stream().filter(c -> c.participant().equals("p000006")).findFirst().orElseThrow();
    assertEquals(new BigDecimal("4000.00"), manager.delta());
    // undo gives back exactly the payouts as loaded
    s.undo(new Diagnostics(), () -> false);
    assertEquals(new BigDecimal("15982153.97"), s.total());
  }

  @Test
  void aChangedQuotaReevaluatesEveryone() {
    Session s = open(AE, null);
    Impact impact = s.apply(redefine("quota = 300_000 USD per quarter"), new Diagnostics(), () -> false);
    assertEquals(3, impact.participantsEvaluated());
    assertEquals(new BigDecimal("106700.02"), impact.totalBefore());
    assertEquals(new BigDecimal("98500.02"), impact.totalAfter());
  }

  @Test
  void aCancelledWhatIfLeavesTheSessionAsItWas() {
    Session s = open(AE, null);
    assertThrows(Evaluator.Cancelled.class, () -> s.apply(redefine("quota = 300_000 USD per quarter"), new Diagnostics(), () -> true));
    assertThrows(Evaluator.Cancelled.class, () -> s.apply(closes("ann", "20_000", "2027-03-20"), new Diagnostics(), () -> true));
    assertTrue(s.whatIfs().isEmpty());
    assertEquals(new BigDecimal("106700.02"), s.total());
  }

  @Test
  void reloadKeepsTheWhatIfsThatStillApply() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("plan"));
    for (String f : List.of("ae-quota.comp", "deals.csv", "people.csv")) Files.copy(AE.resolveSibling(f), dir.resolve(f));
    Path plan = dir.resolve("ae-quota.comp");
    Session s = open(plan, null);
    s.apply(closes("ann", "20_000", "2027-03-20"), new Diagnostics(), () -> false);
    s.apply(redefine("quota = 300_000 USD per quarter"), new Diagnostics(), () -> false);
    // the plan on disk now has no `quota` of that name: the redefinition no longer applies
    String text = Files.readString(plan).replace("quota = 250_000 USD per quarter", "quota = 200_000 USD per quarter");
    Files.writeString(plan, text);
    Files.setLastModifiedTime(plan, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    assertTrue(s.planChangedOnDisk());
    Session.Reloaded r = s.reload(new Diagnostics(), () -> false);
    assertNotNull(r);
    assertEquals(2, r.session().whatIfs().size(), "both still apply");
    assertTrue(r.dropped().isEmpty());
    Files.writeString(plan, text.replace("quota = 200_000 USD per quarter", "target = 200_000 USD per quarter")
        .replace("bookings / quota", "bookings / target").replace("marginal tiers on bookings", "marginal tiers on bookings against target"));
    Session.Reloaded again = r.session().reload(new Diagnostics(), () -> false);
    assertNotNull(again);
    assertEquals(1, again.session().whatIfs().size());
    assertEquals(1, again.dropped().size());
    assertTrue(again.dropped().get(0).whatIf().command().contains("quota"));
  }

  @Test
  void aNewDealWithAnUnknownOwnerIsAnError() {
    Session s = open(AE, null);
    Diagnostics diags = new Diagnostics();
    assertNull(s.apply(closes("zed", "20_000", "2027-03-20"), diags, () -> false));
    assertEquals("E0732", diags.all().get(0).code().id());
    assertTrue(s.whatIfs().isEmpty());
  }
}

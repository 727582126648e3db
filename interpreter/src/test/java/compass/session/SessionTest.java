package compass.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.result.Cancelled;
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
  // copies of the stdlib example plans as they were when these figures were checked: this
  // module's tests read only its own files (and ../shared/bench)
  private static final Path AE =
      Path.of("src", "test", "resources", "session", "ae-quota", "ae-quota.comp");
  private static final Path B1 = Path.of("src", "test", "resources", "session", "b1", "b1.comp");
  private static final Path SMALL = Path.of("..", "..", "shared", "bench", "data-small");

  @TempDir Path temp;

  private static Session open(Path plan, Path data) {
    Diagnostics diags = new Diagnostics();
    Session s = Compass.session(plan, data, diags, () -> false);
    assertNotNull(s, diags.all().toString());
    return s;
  }

  private static WhatIf closes(String who, String amount, String date, WhatIf.FieldValue... more) {
    String text = "what if " + who + " closes " + amount + " on " + date;
    Span at = new Span(new SourceFile("<test>", text), 0, text.length());
    List<WhatIf.FieldValue> values =
        new java.util.ArrayList<>(
            List.of(
                new WhatIf.FieldValue(WhatIf.OWNER, who, at),
                new WhatIf.FieldValue(WhatIf.AMOUNT, amount, at),
                new WhatIf.FieldValue(WhatIf.DATE, date, at)));
    values.addAll(List.of(more));
    return new WhatIf.AddDeal(text, values);
  }

  private static WhatIf redefine(String text) {
    return new WhatIf.Redefine("what if " + text, new SourceFile("<test>", text + "\n"));
  }

  @Test
  void addingADealReachesOnlyItsOwnerAndManagersWithExactDeltas() {
    Session s = open(B1, SMALL);
    Impact impact =
        s.apply(
            closes(
                "p000108",
                "400_000",
                "2027-06-20",
                new WhatIf.FieldValue("term_months", "36", null)),
            new Diagnostics(),
            () -> false);
    // p000108 and the manager p000006 (team override): checked against `compass run` on the data
    // with the deal
    assertEquals(2, impact.participantsEvaluated());
    assertEquals(new BigDecimal("36330.33"), impact.totalDelta());
    Impact.Change owner =
        impact.changes().stream()
            .filter(c -> c.participant().equals("p000108") && c.period().equals("2027-Q2"))
            .findFirst()
            .orElseThrow();
    assertEquals(new BigDecimal("9698.23"), owner.before());
    assertEquals(new BigDecimal("47496.96"), owner.after());
    assertTrue(owner.why().startsWith("crossed into the 12% band (from 5%)"), owner.why());
    Impact.Change manager =
        impact.changes().stream()
            .filter(c -> c.participant().equals("p000006"))
            .findFirst()
            .orElseThrow();
    assertEquals(new BigDecimal("4000.00"), manager.delta());
    // undo gives back exactly the payouts as loaded
    s.undo(new Diagnostics(), () -> false);
    assertEquals(new BigDecimal("15982153.97"), s.total());
  }

  @Test
  void aChangedQuotaReevaluatesEveryone() {
    Session s = open(AE, null);
    Impact impact =
        s.apply(redefine("quota = 300_000 USD per quarter"), new Diagnostics(), () -> false);
    assertEquals(3, impact.participantsEvaluated());
    assertEquals(new BigDecimal("106700.02"), impact.totalBefore());
    assertEquals(new BigDecimal("98500.02"), impact.totalAfter());
  }

  @Test
  void anOverrideForOneParticipantReevaluatesOnlyThem() throws Exception {
    Session s = open(AE, null);
    Impact impact =
        s.apply(
            redefine("override quota for ann = 300_000 USD per quarter"),
            new Diagnostics(),
            () -> false);
    // issue 20: ann has no manager, so she alone is evaluated, on the credits as they were
    assertEquals(1, impact.participantsEvaluated());
    assertTrue(impact.changes().stream().allMatch(c -> c.participant().equals("ann")));
    assertTrue(impact.totalAfter().compareTo(impact.totalBefore()) < 0); // a higher quota pays less
    assertSameAsEdited(
        s,
        "quota = 250_000 USD per quarter",
        "quota = 250_000 USD per quarter\noverride quota for ann = 300_000 USD per quarter");
    // a second override of the same value for the same person replaces the first
    s.apply(
        redefine("override quota for ann = 200_000 USD per quarter"),
        new Diagnostics(),
        () -> false);
    assertSameAsEdited(
        s,
        "quota = 250_000 USD per quarter",
        "quota = 250_000 USD per quarter\noverride quota for ann = 200_000 USD per quarter");
  }

  @Test
  void aCancelledWhatIfLeavesTheSessionAsItWas() {
    Session s = open(AE, null);
    assertThrows(
        Cancelled.class,
        () -> s.apply(redefine("quota = 300_000 USD per quarter"), new Diagnostics(), () -> true));
    assertThrows(
        Cancelled.class,
        () -> s.apply(closes("ann", "20_000", "2027-03-20"), new Diagnostics(), () -> true));
    assertTrue(s.whatIfs().isEmpty());
    assertEquals(new BigDecimal("106700.02"), s.total());
  }

  @Test
  void reloadKeepsTheWhatIfsThatStillApply() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("plan"));
    for (String f : List.of("ae-quota.comp", "deals.csv", "people.csv"))
      Files.copy(AE.resolveSibling(f), dir.resolve(f));
    Path plan = dir.resolve("ae-quota.comp");
    Session s = open(plan, null);
    s.apply(closes("ann", "20_000", "2027-03-20"), new Diagnostics(), () -> false);
    s.apply(redefine("quota = 300_000 USD per quarter"), new Diagnostics(), () -> false);
    // the plan on disk now has no `quota` of that name: the redefinition no longer applies
    String text =
        Files.readString(plan)
            .replace("quota = 250_000 USD per quarter", "quota = 200_000 USD per quarter");
    Files.writeString(plan, text);
    Files.setLastModifiedTime(plan, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    assertTrue(s.planChangedOnDisk());
    Session.Reloaded r = s.reload(new Diagnostics(), () -> false);
    assertNotNull(r);
    assertEquals(2, r.session().whatIfs().size(), "both still apply");
    assertTrue(r.dropped().isEmpty());
    Files.writeString(
        plan,
        text.replace("quota = 200_000 USD per quarter", "target = 200_000 USD per quarter")
            .replace("bookings / quota", "bookings / target")
            .replace("marginal tiers on bookings", "marginal tiers on bookings against target"));
    Session.Reloaded again = r.session().reload(new Diagnostics(), () -> false);
    assertNotNull(again);
    assertEquals(1, again.session().whatIfs().size());
    assertEquals(1, again.dropped().size());
    assertTrue(again.dropped().get(0).whatIf().command().contains("quota"));
  }

  private static compass.ast.Expr expr(String text) {
    Diagnostics diags = new Diagnostics();
    compass.ast.Expr e =
        compass.syntax.PlanParser.parseExpression(new SourceFile("<test>", text), diags);
    assertNotNull(e, diags.all().toString());
    return e;
  }

  private static WhatIf change(String title, ComponentEdit edit) {
    Span at = new Span(new SourceFile("<test>", title), 0, title.length());
    return new WhatIf.ChangeComponent("what if \"" + title + "\" ...", title, at, edit);
  }

  private static Span nowhere() {
    return new Span(new SourceFile("<test>", "x"), 0, 1);
  }

  /** The session's total equals that of a copy of ae-quota.comp edited by hand. */
  private void assertSameAsEdited(Session s, String... replacements) throws Exception {
    Path dir = Files.createDirectories(temp.resolve("edited" + System.nanoTime()));
    for (String f : List.of("deals.csv", "people.csv"))
      Files.copy(AE.resolveSibling(f), dir.resolve(f));
    String text = Files.readString(AE);
    for (int i = 0; i < replacements.length; i += 2) {
      assertTrue(text.contains(replacements[i]), replacements[i]);
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    Files.writeString(dir.resolve("ae-quota.comp"), text);
    Session edited = open(dir.resolve("ae-quota.comp"), null);
    assertEquals(edited.total(), s.total());
    assertEquals(edited.rows(null, null), s.rows(null, null));
  }

  @Test
  void aWhatIfOnOneBandIsThePlanWithThatBandRetyped() throws Exception {
    Session s = open(AE, null);
    Impact rate =
        s.apply(
            change("Commission", new ComponentEdit.BandRate(expr("100%"), expr("14%"), nowhere())),
            new Diagnostics(),
            () -> false);
    // nobody reaches the year's quota: the 14% accelerator moves 720.00 into Q1 and the true-up
    // takes it back
    assertEquals(new BigDecimal("0.00"), rate.totalDelta());
    assertEquals(new BigDecimal("720.00"), rate.changes().get(0).delta());
    assertEquals("top band's rate 12% -> 14%", rate.changes().get(0).why());
    assertSameAsEdited(s, "from 100% pay 12%", "from 100% pay 14%");
    s.apply(
        change("Commission", new ComponentEdit.BandStart(expr("100%"), expr("110%"), nowhere())),
        new Diagnostics(),
        () -> false);
    s.apply(
        change("Commission", new ComponentEdit.AddBand(expr("75%"), false, expr("10%"), nowhere())),
        new Diagnostics(),
        () -> false);
    assertSameAsEdited(
        s,
        "from 50% pay 8%\n",
        "from 50% pay 8%\n    from 75% pay 10%\n",
        "from 100% pay 12%",
        "from 110% pay 14%");
    s.apply(
        change("Commission", new ComponentEdit.RemoveBand(expr("50%"), nowhere())),
        new Diagnostics(),
        () -> false);
    assertSameAsEdited(
        s,
        "    from 50% pay 8%\n",
        "    from 75% pay 10%\n",
        "from 100% pay 12%",
        "from 110% pay 14%");
    assertEquals(4, s.whatIfs().size());
  }

  @Test
  void aWhatIfOnTheCapOrThePayAmount() throws Exception {
    Session s = open(AE, null);
    s.apply(
        change(
            "Commission",
            new ComponentEdit.SetCap(expr("0.5 x target_incentive per year"), nowhere())),
        new Diagnostics(),
        () -> false);
    assertEquals(new BigDecimal("51000.00"), s.total());
    assertSameAsEdited(s, "cap 2 x", "cap 0.5 x");
    s.apply(
        change("Commission", new ComponentEdit.NoCap(nowhere())), new Diagnostics(), () -> false);
    s.apply(
        change("Multi-year SPIF", new ComponentEdit.PayAmount(expr("750"), nowhere())),
        new Diagnostics(),
        () -> false);
    assertSameAsEdited(
        s, "  cap 2 x target_incentive per year\n", "", "pay 500 per deal", "pay 750 per deal");
    // a cap where there was none is added after the other clauses
    s.apply(
        change("President's club kicker", new ComponentEdit.SetCap(expr("1_000"), nowhere())),
        new Diagnostics(),
        () -> false);
    assertSameAsEdited(
        s,
        "  cap 2 x target_incentive per year\n",
        "",
        "pay 500 per deal",
        "pay 750 per deal",
        "pay 2_500 if attainment >= 150%",
        "pay 2_500 if attainment >= 150%\n  cap 1_000");
  }

  @Test
  void aSecondWhatIfOnTheSameDefinitionReplacesTheFirst() throws Exception {
    Session s = open(AE, null);
    s.apply(redefine("quota = 300_000 USD per quarter"), new Diagnostics(), () -> false);
    Diagnostics diags = new Diagnostics();
    assertNotNull(
        s.apply(redefine("quota = 200_000 USD per quarter"), diags, () -> false),
        diags.all().toString());
    assertSameAsEdited(s, "quota = 250_000 USD", "quota = 200_000 USD");
    s.undo(new Diagnostics(), () -> false);
    assertSameAsEdited(s, "quota = 250_000 USD", "quota = 300_000 USD");
  }

  @Test
  void aPartThatIsNotThereIsE0736AndChangesNothing() {
    Session s = open(AE, null);
    Diagnostics diags = new Diagnostics();
    assertNull(
        s.apply(
            change("Commission", new ComponentEdit.BandRate(expr("110%"), expr("14%"), nowhere())),
            diags,
            () -> false));
    assertEquals("E0736", diags.all().get(0).code().id());
    assertEquals("its bands start at 0%, 50%, 100%", diags.all().get(0).hint());
    diags = new Diagnostics();
    assertNull(s.apply(change("Bonus", new ComponentEdit.NoCap(nowhere())), diags, () -> false));
    assertEquals(
        "the components are \"Commission\", \"Multi-year SPIF\", \"President's club kicker\"",
        diags.all().get(0).hint());
    diags = new Diagnostics();
    assertNull(
        s.apply(
            change("Multi-year SPIF", new ComponentEdit.RemoveBand(expr("0%"), nowhere())),
            diags,
            () -> false));
    assertEquals("E0736", diags.all().get(0).code().id());
    assertTrue(s.whatIfs().isEmpty());
    assertEquals(new BigDecimal("106700.02"), s.total());
  }

  @Test
  void aReloadWorksTheComponentChangeOutAgainOnThePlanAsItIsThen() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("plan"));
    for (String f : List.of("ae-quota.comp", "deals.csv", "people.csv"))
      Files.copy(AE.resolveSibling(f), dir.resolve(f));
    Path plan = dir.resolve("ae-quota.comp");
    Session s = open(plan, null);
    s.apply(
        change("Commission", new ComponentEdit.BandRate(expr("50%"), expr("10%"), nowhere())),
        new Diagnostics(),
        () -> false);
    // the multiplier changed on disk: the band's what-if applies to the component as it is now,
    // keeping the new multiplier
    String text = Files.readString(plan).replace("multiply by 1.2", "multiply by 1.5");
    Files.writeString(plan, text);
    Files.setLastModifiedTime(plan, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    Session.Reloaded r = s.reload(new Diagnostics(), () -> false);
    assertTrue(r.dropped().isEmpty());
    assertSameAsEdited(
        r.session(), "multiply by 1.2", "multiply by 1.5", "from 50% pay 8%", "from 50% pay 10%");
    // the band is gone from the plan: the what-if no longer applies
    Files.writeString(plan, text.replace("    from 50% pay 8%\n", ""));
    Files.setLastModifiedTime(plan, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
    Session.Reloaded again = r.session().reload(new Diagnostics(), () -> false);
    assertEquals(1, again.dropped().size());
    assertEquals("E0736", again.dropped().get(0).why().get(0).code().id());
    assertTrue(again.session().whatIfs().isEmpty());
  }

  @Test
  void aNewDealWithAnUnknownOwnerIsAnError() {
    Session s = open(AE, null);
    Diagnostics diags = new Diagnostics();
    assertNull(s.apply(closes("zed", "20_000", "2027-03-20"), diags, () -> false));
    assertEquals("E0732", diags.all().get(0).code().id());
    assertTrue(s.whatIfs().isEmpty());
  }

  @Test
  void aWhatIfDealWithTheIdOfAnExistingDealIsRefused() {
    Session s = open(AE, null);
    Diagnostics diags = new Diagnostics();
    String text = "what if ann closes 1000 on 2027-02-01 with id = O-1001";
    Span id = new Span(new SourceFile("<test>", text), text.indexOf("O-1001"), text.length());
    assertNull(
        s.apply(
            closes("ann", "1000", "2027-02-01", new WhatIf.FieldValue("id", "O-1001", id)),
            diags,
            () -> false));
    assertEquals(1, diags.all().size(), diags.all()::toString);
    assertEquals(compass.diag.Code.E0740, diags.all().get(0).code());
    assertEquals("a deal with id `O-1001` already exists", diags.all().get(0).message());
    assertEquals(49, ((Span) diags.all().get(0).location()).column());
    assertTrue(s.whatIfs().isEmpty()); // the session is unchanged
    assertEquals(new BigDecimal("106700.02"), s.total());
  }

  @Test
  void aWhatIfDealOutsideThePlansDatesAppliesWithAWarning() {
    Session s = open(AE, null);
    Diagnostics diags = new Diagnostics();
    Impact impact = s.apply(closes("ann", "20_000", "2026-12-15"), diags, () -> false);
    assertNotNull(impact);
    assertEquals(0, impact.changes().size()); // in no pay period: credited nowhere
    assertEquals(1, s.whatIfs().size());
    assertEquals(1, diags.all().size(), diags.all()::toString);
    assertEquals(compass.diag.Code.W0740, diags.all().get(0).code());
    assertEquals(
        "2026-12-15 is outside the plan's effective dates (2027-01-01 to 2027-12-31): the deal is not "
            + "credited (it falls in no pay period of the plan)",
        diags.all().get(0).message());
  }

  /**
   * Issue 20: a session loads without traces; each participant's line items, worked out when first
   * shown, equal those of the traced evaluation of everyone that loading used to make (a second
   * evaluation: the workbench evaluated in full, traces and all), item by item with the traces.
   */
  @Test
  void linesWorkedOutWhenShownEqualATracedEvaluationOfEveryone() {
    for (Path plan : List.of(AE, B1)) {
      Session s = open(plan, plan == B1 ? SMALL : null);
      SessionState state = s.state();
      compass.eval.Workbench traced =
          compass.eval.Workbench.prepare(
              state.plan(), state.bench().people(), state.bench().deals(), java.util.Map.of());
      java.util.Map<String, List<compass.result.LineItem>> expected = new java.util.HashMap<>();
      for (compass.result.LineItem l : traced.evaluate(null, () -> false).lines())
        expected.computeIfAbsent(l.participant(), k -> new java.util.ArrayList<>()).add(l);
      int compared = 0;
      for (String p : state.rows().keySet()) {
        assertEquals(expected.getOrDefault(p, List.of()), state.lines().get(p), plan + " " + p);
        compared += state.lines().get(p).size();
      }
      assertTrue(compared > 0, plan + ": some line items compared");
      // and the statements as the traced evaluation made them
      List<compass.result.StatementRow> rows = new java.util.ArrayList<>();
      state.rows().values().forEach(rows::addAll);
      List<compass.result.StatementRow> want =
          new java.util.ArrayList<>(traced.evaluate(null, () -> false).rows());
      java.util.Comparator<compass.result.StatementRow> order =
          java.util.Comparator.comparing(compass.result.StatementRow::participant);
      rows.sort(order);
      want.sort(order);
      assertEquals(want, rows, plan.toString());
    }
  }
}

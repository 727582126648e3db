package compass.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.ast.Decl;
import compass.ast.Plan;
import compass.check.Checker;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} and {@code extends}: what the assembled plan holds, and what is refused. */
class PlanAssemblerTest {
  private static final String HEADER =
      """
      plan "AE" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31
      """;

  private static final String BODY =
      """

      stages open, closed_won

      input people from "people.csv":
        id: text
        role: text
        target_incentive: money

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date

      credit deals where stage is closed_won to owner on close_date
      """;

  private static final String METRICS =
      """
      # a definitions library: no header
      quota = 250_000 per quarter
      bookings = sum of amount
      attainment = bookings / quota
      when quota is 0 then attainment = 0%
      """;

  private static final String KICKER =
      """

      component "Kicker" for role ae:
        pay 2_500 if attainment >= 150%
      """;

  @TempDir Path dir;
  private final Diagnostics diags = new Diagnostics();

  @Test
  void importedDefinitionsAreUsedByThePlan() throws IOException {
    write("lib/metrics.comp", METRICS);
    String text =
        HEADER + "\nimport \"lib/metrics.comp\"\n" + BODY + "\nbonus = 100 per quarter\n" + KICKER;
    Plan plan = assemble("plan.comp", text);
    assertNotNull(plan, this::rendered);
    assertTrue(plan.all(Decl.Import.class).isEmpty());
    assertEquals(List.of("bonus", "quota", "bookings", "attainment"), definitionNames(plan));
    assertEquals("lib/metrics.comp", plan.all(Decl.Definition.class).get(1).span().file().path());
    assertEquals(1, plan.all(Decl.When.class).size());
    assertNotNull(Checker.check(plan, diags), this::rendered);
    assertTrue(diags.all().isEmpty(), this::rendered);
  }

  @Test
  void pathLeavingThePlanFolderIsRefused() throws IOException {
    write("outside.comp", METRICS);
    Plan plan = assemble("plans/plan.comp", HEADER + "import \"lib/../../outside.comp\"\n" + BODY);
    Diagnostic d = only("E0408");
    assertNull(plan);
    assertTrue(d.message().contains("leads outside the plan's folder"), d.message());
    assertEquals("plans/plan.comp:5:1", d.location().describe());
    assertNotNull(d.hint());
  }

  @Test
  void absolutePathIsRefused() throws IOException {
    Path lib = write("lib/metrics.comp", METRICS);
    assertNull(assemble("plan.comp", HEADER + "import \"" + lib.toAbsolutePath() + "\"\n" + BODY));
    Diagnostic d = only("E0408");
    assertTrue(d.message().contains("is absolute"), d.message());
    assertNotNull(d.hint());
  }

  @Test
  void missingFileNamesThePathLookedFor() throws IOException {
    assertNull(assemble("plan.comp", HEADER + "import \"lib/nope.comp\"\n" + BODY));
    Diagnostic d = only("E0412");
    assertTrue(
        d.message().contains(dir.resolve("lib/nope.comp").toAbsolutePath().toString()),
        d.message());
  }

  @Test
  void definitionInPlanAndImportIsADuplicate() throws IOException {
    write("lib/metrics.comp", METRICS);
    String text =
        HEADER + "import \"lib/metrics.comp\"\n" + BODY + "\nquota = 300_000 per quarter\n";
    assertNull(assemble("plan.comp", text));
    Diagnostic d = only("E0303");
    assertEquals("`quota` is defined here and in lib/metrics.comp", d.message());
    assertEquals("plan.comp:" + lineOf(text, "quota = 300_000") + ":1", d.location().describe());
    assertEquals("lib/metrics.comp:2:1", d.labels().get(0).span().describe());
  }

  @Test
  void definitionInTwoImportsIsADuplicate() throws IOException {
    write("a.comp", "quota = 1 per quarter\n");
    write("b.comp", "\nquota = 2 per quarter\n");
    assertNull(assemble("plan.comp", HEADER + "import \"a.comp\"\nimport \"b.comp\"\n" + BODY));
    Diagnostic d = only("E0303");
    assertEquals("a.comp:1:1", d.location().describe());
    assertEquals("b.comp:2:1", d.labels().get(0).span().describe());
  }

  @Test
  void sameLibraryReachedTwiceIsNotADuplicate() throws IOException {
    write("lib/metrics.comp", METRICS);
    write("lib/a.comp", "import \"metrics.comp\"\nbonus_a = 1 per quarter\n");
    write("lib/b.comp", "import \"metrics.comp\"\nbonus_b = 2 per quarter\n");
    Plan plan =
        assemble("plan.comp", HEADER + "import \"lib/a.comp\"\nimport \"lib/b.comp\"\n" + BODY);
    assertNotNull(plan, this::rendered);
    assertEquals(
        List.of("bonus_a", "quota", "bookings", "attainment", "bonus_b"), definitionNames(plan));
  }

  @Test
  void importCycleNamesTheChain() throws IOException {
    write("lib/a.comp", "import \"b.comp\"\nrate_a = 1 per quarter\n");
    write("lib/b.comp", "import \"a.comp\"\nrate_b = 2 per quarter\n");
    assertNull(assemble("plan.comp", HEADER + "import \"lib/a.comp\"\n" + BODY));
    Diagnostic d = only("E0411");
    assertTrue(
        d.message().endsWith("lib/a.comp imports lib/b.comp imports lib/a.comp"), d.message());
    assertEquals("lib/b.comp:1:1", d.location().describe());
  }

  @Test
  void extendsReplacesDefinitionsComponentsAndSettings() throws IOException {
    write("base.comp", HEADER + BODY + "\n" + METRICS + KICKER);
    String child =
        """
        plan "AE EMEA" version 2
          currency EUR

        extends "base.comp"

        quota = 200_000 per quarter
        spiff = 100 per quarter

        component "Kicker" for role ae:
          pay 3_000 if attainment >= 150%
        """;
    Plan plan = assemble("child.comp", child);
    assertNotNull(plan, this::rendered);
    assertEquals("child.comp", plan.file().path());
    assertEquals("AE EMEA", plan.header().name());
    assertEquals("2", plan.header().version());
    assertEquals("EUR", plan.header().currency().text());
    assertEquals("quarterly", plan.header().frequency().text());
    assertEquals(List.of("quota", "bookings", "attainment", "spiff"), definitionNames(plan));
    Decl.Definition quota = plan.all(Decl.Definition.class).get(0);
    assertEquals("child.comp:6:1", quota.span().describe());
    List<Decl.Component> components = plan.all(Decl.Component.class);
    assertEquals(1, components.size());
    assertEquals("child.comp", components.get(0).span().file().path());
    // the replaced definition sits where the base had it: after the credit rule, before `when`
    int at = plan.decls().indexOf(quota);
    assertTrue(plan.decls().get(at - 1) instanceof Decl.Credit);
    assertEquals(1, plan.all(Decl.When.class).size());
    assertNotNull(Checker.check(plan, diags), this::rendered);
  }

  @Test
  void extendsChainAppliesEachLevel() throws IOException {
    write("c.comp", HEADER + BODY + "\n" + METRICS + KICKER);
    write(
        "b.comp",
        "plan \"B\"\n  currency EUR\n\nextends \"c.comp\"\nbookings = sum of amount where amount > 0\n");
    Plan plan = assemble("a.comp", "extends \"b.comp\"\nquota = 100_000 per quarter\n");
    assertNotNull(plan, this::rendered);
    assertEquals("a.comp", plan.file().path());
    assertEquals("B", plan.header().name(), "a has no header, so b's settings stand");
    assertEquals("EUR", plan.header().currency().text());
    List<Decl.Definition> defs = plan.all(Decl.Definition.class);
    assertEquals(
        List.of("a.comp", "b.comp", "c.comp"),
        defs.subList(0, 3).stream().map(d -> d.span().file().path()).toList());
    assertTrue(plan.all(Decl.Extends.class).isEmpty());
    assertNotNull(Checker.check(plan, diags), this::rendered);
  }

  @Test
  void noHeaderAnywhereGivesNoHeader() throws IOException {
    write("lib.comp", METRICS);
    Plan plan = assemble("plan.comp", "extends \"lib.comp\"\n");
    assertNotNull(plan, this::rendered);
    assertNull(plan.header());
  }

  @Test
  void secondExtendsIsRefused() throws IOException {
    write("base.comp", HEADER + BODY);
    assertNull(assemble("plan.comp", "extends \"base.comp\"\nextends \"base.comp\"\n"));
    assertEquals("plan.comp:2:1", only("E0414").location().describe());
  }

  @Test
  void missingStdlibPlanIsReported() throws IOException {
    assertNull(assemble("plan.comp", HEADER + "import \"stdlib/nope/nope.comp\"\n" + BODY));
    Diagnostic d = only("E0412");
    assertTrue(d.message().contains("compass/stdlib/nope/nope.comp"), d.message());
  }

  @Test
  void stdlibPlansAreReadFromTheCheckoutTheLauncherNames() throws IOException {
    // the checkout's copy differs from the jar's: the checkout's is the one used
    write("checkout/lib/measures.comp", METRICS.replace("250_000", "125_000"));
    System.setProperty(PlanSources.CHECKOUT_PROPERTY, dir.resolve("checkout").toString());
    try {
      Plan plan = assemble("plan.comp", HEADER + "import \"stdlib/lib/measures.comp\"\n" + BODY);
      assertNotNull(plan, this::rendered);
      assertTrue(plan.file().text().length() > 0);
      assertEquals(List.of("quota", "bookings", "attainment"), definitionNames(plan));
      assertEquals(
          "quota = 125_000 per quarter", plan.all(Decl.Definition.class).get(0).span().text());
      assertNull(assemble("plan2.comp", HEADER + "import \"stdlib/lib/nope.comp\"\n" + BODY));
      assertTrue(
          only("E0412").message().contains(dir.resolve("checkout/lib/nope.comp").toString()),
          this::rendered);
    } finally {
      System.clearProperty(PlanSources.CHECKOUT_PROPERTY);
    }
  }

  @Test
  void stdlibPathCannotLeaveTheStdlib() throws IOException {
    assertNull(assemble("plan.comp", HEADER + "import \"stdlib/../../secret.comp\"\n" + BODY));
    assertTrue(only("E0408").message().contains("outside the standard plans"));
  }

  @Test
  void syntaxErrorsPointIntoTheImportedFile() throws IOException {
    write("lib/bad.comp", "quota = = 1\n");
    assertNull(assemble("plan.comp", HEADER + "import \"lib/bad.comp\"\n" + BODY));
    assertTrue(
        diags.all().get(0).location().describe().startsWith("lib/bad.comp:1:"), this::rendered);
  }

  @Test
  void tooDeepIsRefused() throws IOException {
    for (int i = 0; i < 20; i++) write("d" + i + ".comp", "import \"d" + (i + 1) + ".comp\"\n");
    write("d20.comp", "rate = 1 per quarter\n");
    assertNull(assemble("plan.comp", HEADER + "import \"d0.comp\"\n" + BODY));
    only("E0413");
  }

  // ---- helpers ------------------------------------------------------------------------------

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /**
   * Writes, parses and assembles a plan; the SourceFile path is the name relative to the temp
   * folder.
   */
  private Plan assemble(String name, String text) throws IOException {
    Path file = write(name, text);
    Plan parsed = PlanParser.parsePlan(new SourceFile(name, text), diags);
    assertNotNull(parsed, this::rendered);
    return PlanAssembler.assemble(parsed, file, diags);
  }

  private Diagnostic only(String code) {
    assertEquals(1, diags.all().size(), this::rendered);
    Diagnostic d = diags.all().get(0);
    assertEquals(code, d.code().id(), this::rendered);
    return d;
  }

  private static List<String> definitionNames(Plan plan) {
    return plan.all(Decl.Definition.class).stream().map(d -> d.name().text()).toList();
  }

  private static int lineOf(String text, String needle) {
    return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
  }

  private String rendered() {
    return DiagnosticRenderer.renderAll(diags.all());
  }
}

package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import compass.check.CheckedPlan;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.source.PlanFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up: its built-in plan checks cleanly, and a plan loaded ahead (issue 20) is the plan a
 * load would make, or is not used at all.
 */
class WarmUpTest {
  @TempDir Path dir;

  @Test
  void theBuiltInPlanChecksWithoutAnyDiagnostic() {
    // a plan with an error would stop the checker early and leave most of its code cold
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = WarmUp.load(diags);
    assertNotNull(plan);
    assertEquals(List.<Diagnostic>of(), diags.all());
    assertEquals("Warm-up", plan.name());
  }

  @Test
  void theWarmUpRunsOnADaemonThreadAndEnds() throws InterruptedException {
    WarmUp.inBackground();
    Thread warmUp = null;
    for (Thread t : Thread.getAllStackTraces().keySet())
      if (t.getName().equals("compass-warm-up")) warmUp = t;
    if (warmUp != null) { // it may already have finished
      assertEquals(true, warmUp.isDaemon());
      warmUp.join(60_000);
      assertEquals(false, warmUp.isAlive());
    }
  }

  @Test
  void aPlanLoadedAheadIsTheOneTheLoadTakesWithTheSameDiagnostics() throws IOException {
    Path plan = write("ahead.comp", plan("Ahead", "quota = 100 per quarter\n"));
    Diagnostics direct = new Diagnostics();
    CheckedPlan expected = Compass.load(plan, PlanFiles.DISK, direct);

    WarmUp.inBackground(plan);
    CheckedPlan ahead = awaitAhead(plan);
    Diagnostics diags = new Diagnostics();
    CheckedPlan taken = Compass.load(plan, diags);
    assertSame(ahead, taken, "the load takes the plan loaded ahead");
    assertEquals(expected.name(), taken.name());
    assertEquals(texts(direct), texts(diags));
    assertNull(WarmUp.take(plan), "a plan loaded ahead is taken once");
  }

  @Test
  void aPlanWithErrorsLoadedAheadGivesTheLoadsErrors() throws IOException {
    Path plan = write("broken.comp", plan("Broken", "quota = 100 per quarter\nx = nowhere + 1\n"));
    Diagnostics direct = new Diagnostics();
    assertNull(Compass.load(plan, PlanFiles.DISK, direct));
    WarmUp.inBackground(plan);
    Diagnostics diags = new Diagnostics();
    assertNull(Compass.load(plan, diags));
    assertEquals(texts(direct), texts(diags));
  }

  @Test
  void aPlanChangedAfterItsLoadAheadIsLoadedAgain() throws IOException {
    Path plan = write("changing.comp", plan("Before", ""));
    WarmUp.inBackground(plan);
    assertNotNull(awaitAhead(plan));
    write("changing.comp", plan("After", "")); // same path, new bytes
    WarmUp.inBackground(plan);
    awaitAhead(plan); // loaded ahead from "After": reused
    write("changing.comp", plan("Again", ""));
    CheckedPlan loaded = Compass.load(plan, new Diagnostics());
    assertEquals("Again", loaded.name(), "the bytes read ahead are not the file's any more");
  }

  @Test
  void anImportedFileChangedAfterTheLoadAheadMakesTheLoadReadEverythingAgain() throws IOException {
    write("rates.comp", "rate = 5%\n");
    Path plan = write("importer.comp", "import \"rates.comp\"\n" + plan("Importer", ""));
    Diagnostics direct = new Diagnostics();
    Compass.load(plan, PlanFiles.DISK, direct);
    WarmUp.inBackground(plan);
    assertNotNull(awaitAhead(plan));
    write("rates.comp", "rate = \n"); // now a syntax error in the imported file
    Diagnostics diags = new Diagnostics();
    Compass.load(plan, diags);
    Diagnostics again = new Diagnostics();
    Compass.load(plan, PlanFiles.DISK, again);
    assertEquals(texts(again), texts(diags));
    assertEquals(false, texts(diags).equals(texts(direct)), "the import's new error is reported");
  }

  @Test
  void aCheckTakesThePlanLoadedAheadWithTheSameDiagnostics() throws IOException {
    // `compass check` reads the plan from the disk too: it takes the plan once, not twice
    Path plan = write("checked.comp", plan("Checked", "quota = 100 per quarter\nunused = 2\n"));
    List<String> direct =
        Compass.check(plan).diagnostics().stream().map(Diagnostic::toString).toList();
    WarmUp.inBackground(plan);
    awaitAhead(plan);
    List<String> checked =
        Compass.check(plan).diagnostics().stream().map(Diagnostic::toString).toList();
    assertEquals(direct, checked);
    assertNull(WarmUp.take(plan), "the check took the plan loaded ahead");
  }

  @Test
  void anotherFilesLoadDoesNotTakeThePlanLoadedAhead() throws IOException {
    Path one = write("one.comp", plan("One", ""));
    Path two = write("two.comp", plan("Two", ""));
    WarmUp.inBackground(one);
    assertEquals("Two", Compass.load(two, new Diagnostics()).name());
    assertEquals("One", Compass.load(one, new Diagnostics()).name());
  }

  /** Waits for the load ahead of this plan and puts it back for the next load to take. */
  private static CheckedPlan awaitAhead(Path plan) {
    WarmUp.Loaded loaded = WarmUp.take(plan);
    assertNotNull(loaded, "the plan was loaded ahead");
    WarmUp.putBack(plan, loaded);
    return loaded.plan();
  }

  private static List<String> texts(Diagnostics diags) {
    return diags.all().stream().map(Diagnostic::toString).toList();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static String plan(String name, String body) {
    return "plan \""
        + name
        + "\" version 1\n"
        + "  currency USD\n"
        + "  fiscal year starts January\n"
        + "  pays quarterly\n"
        + "  effective 2027-01-01 to 2027-12-31\n\n"
        + "input people from \"people.csv\":\n"
        + "  id: text\n"
        + "  role: text\n\n"
        + body
        + "\ncomponent \"C\" for role ae:\n  pay 5\n";
  }
}

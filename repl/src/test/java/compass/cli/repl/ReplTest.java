package compass.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL reloads by itself when the plan changed on disk, keeping the what-ifs; saved scripts
 * re-run.
 */
class ReplTest {
  private static final Path AE =
      Path.of("..", "stdlib-plans", "plans", "ae-quota", "ae-quota.comp");

  @TempDir Path temp;

  @Test
  void aChangedPlanIsReloadedBeforeTheNextCommandKeepingTheWhatIfs() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("plan"));
    for (String f : List.of("ae-quota.comp", "deals.csv", "people.csv"))
      Files.copy(AE.resolveSibling(f), dir.resolve(f));
    Path plan = dir.resolve("ae-quota.comp");
    StringWriter out = new StringWriter();
    Repl repl = new Repl(new PrintWriter(out));
    assertTrue(repl.load(plan, null));
    repl.execute("<input>", 1, "what if ann closes 20_000 on 2027-03-20");
    Files.writeString(
        plan,
        Files.readString(plan)
            .replace("pay 2_500 if attainment >= 150%", "pay 3_000 if attainment >= 150%"));
    Files.setLastModifiedTime(plan, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    out.getBuffer().setLength(0);
    repl.execute("<input>", 1, "payout cai 2027-Q3");
    assertEquals(
        "the plan changed on disk: reloading\n"
            + "reloaded AE FY2027 v3: 3 people, 17 deals (13 credited, 4 excluded)\n"
            + "what-ifs still active: 1\n"
            + "cai  2027-Q3  36,600.01  USD\n",
        out.toString());
    assertEquals(0, repl.errors());
  }

  @Test
  void savedWhatIfsRunAgainAsAScript() throws Exception {
    StringWriter out = new StringWriter();
    Repl repl = new Repl(new PrintWriter(out));
    assertTrue(repl.load(AE, null));
    Path script = temp.resolve("saved.repl");
    repl.execute("<input>", 1, "what if ann closes 20_000 on 2027-03-20");
    repl.execute(
        "<input>",
        1,
        "what if component \"Multi-year SPIF\" for role ae:\n  pay 700 per deal where term_months >= 24");
    repl.execute("<input>", 1, "save " + script);
    StringWriter again = new StringWriter();
    Repl fresh = new Repl(new PrintWriter(again));
    assertTrue(fresh.load(AE, null));
    new ScriptRun(fresh, new PrintWriter(again), false)
        .run(script.toString(), Files.readString(script));
    assertEquals(0, fresh.errors(), again.toString());
    assertEquals(repl.session().total(), fresh.session().total());
    assertEquals(2, fresh.session().whatIfs().size());
  }

  @Test
  void savedWhatIfsOnPartsOfComponentsRunAgainAsAScript() throws Exception {
    StringWriter out = new StringWriter();
    Repl repl = new Repl(new PrintWriter(out));
    assertTrue(repl.load(AE, null));
    Path script = temp.resolve("parts.repl");
    repl.execute("<input>", 1, "what if \"Commission\" band from 50% pays 10%");
    repl.execute("<input>", 1, "what if \"Commission\" cap = 0.5 x target_incentive per year");
    repl.execute("<input>", 1, "what if \"Multi-year SPIF\" pays 750");
    repl.execute("<input>", 1, "save " + script);
    assertEquals(0, repl.errors(), out.toString());
    StringWriter again = new StringWriter();
    Repl fresh = new Repl(new PrintWriter(again));
    assertTrue(fresh.load(AE, null));
    new ScriptRun(fresh, new PrintWriter(again), false)
        .run(script.toString(), Files.readString(script));
    assertEquals(0, fresh.errors(), again.toString());
    assertEquals(repl.session().total(), fresh.session().total());
    assertEquals(3, fresh.session().whatIfs().size());
  }

  @Test
  void completionAfterAComponentsTitleOffersItsPartsAndBands() {
    Repl repl = new Repl(new PrintWriter(new StringWriter()));
    assertTrue(repl.load(AE, null));
    ReplCompleter c = new ReplCompleter(repl);
    assertTrue(c.candidates(2, List.of("what", "if", "")).contains("\"Commission\""));
    assertEquals(
        List.of("band", "adds", "cap", "has", "pays"),
        c.candidates(3, List.of("what", "if", "Commission", "")));
    assertEquals(
        List.of("from"), c.candidates(4, List.of("what", "if", "\"Commission\"", "band", "")));
    assertEquals(
        List.of("0%", "50%", "100%"),
        c.candidates(5, List.of("what", "if", "Commission", "band", "from", "")));
    assertEquals(
        List.of("pays", "starts", "is"),
        c.candidates(6, List.of("what", "if", "Commission", "band", "from", "100%", "")));
    assertEquals(
        List.of("cap"), c.candidates(5, List.of("what", "if", "Commission", "has", "no", "")));
  }
}

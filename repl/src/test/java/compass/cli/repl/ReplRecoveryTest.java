package compass.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Starting on a broken plan leaves a usable session (issue 19): the errors are shown, commands that
 * need a plan say which plan did not load, and `reload` (or any command once the file was saved
 * again) loads it when it is fixed.
 */
class ReplRecoveryTest {
  private static final Path AE =
      Path.of("..", "stdlib-plans", "plans", "ae-quota", "ae-quota.comp");
  private static final String GOOD = "quota = 250_000 USD per quarter";
  private static final String BROKEN = "quota = = 250_000 USD per quarter";

  @TempDir Path temp;

  private Path brokenCopy() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("plan"));
    for (String f : List.of("ae-quota.comp", "deals.csv", "people.csv"))
      Files.copy(AE.resolveSibling(f), dir.resolve(f));
    Path plan = dir.resolve("ae-quota.comp");
    String text = Files.readString(plan);
    assertTrue(text.contains(GOOD));
    Files.writeString(plan, text.replace(GOOD, BROKEN));
    return plan;
  }

  private static void fix(Path plan) throws Exception {
    Files.writeString(plan, Files.readString(plan).replace(BROKEN, GOOD));
    // a later time than the failed load saw, however coarse the file system's clock
    Files.setLastModifiedTime(plan, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
  }

  @Test
  void aBrokenPlanShowsItsErrorsThenReloadLoadsItOnceFixed() throws Exception {
    Path plan = brokenCopy();
    StringWriter out = new StringWriter();
    Repl repl = new Repl(new PrintWriter(out));
    assertFalse(repl.load(plan, null));
    String first = out.toString();
    assertTrue(first.startsWith("error["), first);
    assertTrue(first.contains("quota = = 250_000"), first); // the line, with its caret
    assertTrue(
        first.endsWith(
            "the plan did not load: fix it and type `reload` (or just save it: the next command"
                + " loads it)\n"),
        first);
    assertEquals(null, repl.session());

    out.getBuffer().setLength(0);
    repl.execute("<input>", 1, "payout ann 2027-Q1");
    assertTrue(
        out.toString().startsWith("error[E0737]: no plan is loaded: " + plan + " did not load\n"),
        out.toString());
    assertTrue(
        out.toString().contains("= hint: fix the errors shown when it was loaded, then `reload`"),
        out.toString());

    out.getBuffer().setLength(0);
    repl.execute("<input>", 1, "reload"); // still broken: the errors again, the session goes on
    assertTrue(out.toString().startsWith("error["), out.toString());
    assertEquals(null, repl.session());

    Files.writeString(plan, Files.readString(plan).replace(BROKEN, GOOD));
    out.getBuffer().setLength(0);
    repl.execute("<input>", 1, "reload");
    repl.execute("<input>", 1, "payout ann 2027-Q1");
    assertEquals(
        "loaded AE FY2027 v3: 3 people, 16 deals (12 credited, 4 excluded)\n"
            + "ann  2027-Q1  24,220.00  USD\n",
        out.toString());
  }

  @Test
  void savingTheFixedPlanLoadsItBeforeTheNextCommand() throws Exception {
    Path plan = brokenCopy();
    StringWriter out = new StringWriter();
    Repl repl = new Repl(new PrintWriter(out));
    assertFalse(repl.load(plan, null));
    fix(plan);
    out.getBuffer().setLength(0);
    repl.execute("<input>", 1, "payout ann 2027-Q1");
    assertEquals(
        "the plan changed on disk: loading it again\n"
            + "loaded AE FY2027 v3: 3 people, 16 deals (12 credited, 4 excluded)\n"
            + "ann  2027-Q1  24,220.00  USD\n",
        out.toString());
  }

  @Test
  void withNothingAskedForReloadSaysToLoadAPlan() {
    StringWriter out = new StringWriter();
    Repl repl = new Repl(new PrintWriter(out));
    repl.execute("<input>", 1, "reload");
    assertTrue(out.toString().startsWith("error[E0737]: no plan is loaded\n"), out.toString());
    assertTrue(out.toString().contains("load one first: load PLAN [--data DIR]"), out.toString());
  }
}

package compass.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `save` writes a script that replays the whole session (issue 19): the `load`, the `let`
 * definitions and the what-ifs; `compass repl --script FILE` alone, with no plan, replays it to the
 * same payouts.
 */
class SavedSessionTest {
  private static final Path AE =
      Path.of("..", "stdlib-plans", "plans", "ae-quota", "ae-quota.comp");

  @TempDir Path temp;

  @Test
  void theScriptLoadsThePlanDefinesAndReplaysTheWhatIfs() throws Exception {
    StringWriter out = new StringWriter();
    Repl repl = new Repl(new PrintWriter(out));
    assertTrue(repl.load(AE, null));
    Path script = temp.resolve("session.repl");
    repl.execute("<input>", 1, "let big_deals = sum of amount where amount >= 100_000");
    repl.execute("<input>", 1, "what if quota = big_deals + 200_000 USD per quarter");
    repl.execute("<input>", 1, "what if ann closes 20_000 on 2027-03-20");
    repl.execute("<input>", 1, "save " + script);
    assertEquals(0, repl.errors(), out.toString());
    assertTrue(out.toString().endsWith("saved 2 what-if(s) to " + script + "\n"), out.toString());
    assertEquals(
        "# a session saved by compass repl; replay it with: compass repl --script FILE\n"
            + "load "
            + AE
            + "\n"
            + "let big_deals = sum of amount where amount >= 100_000\n"
            + "what if quota = big_deals + 200_000 USD per quarter\n"
            + "what if ann closes 20_000 on 2027-03-20\n",
        Files.readString(script));

    // replayed by a fresh REPL with no plan: the same total, to the cent
    StringWriter again = new StringWriter();
    Repl fresh = new Repl(new PrintWriter(again));
    new ScriptRun(fresh, new PrintWriter(again), false)
        .run(script.toString(), Files.readString(script));
    assertEquals(0, fresh.errors(), again.toString());
    assertEquals(repl.session().total(), fresh.session().total());
    assertEquals(2, fresh.session().whatIfs().size());
    assertEquals(repl.session().letNames(), fresh.session().letNames());
  }

  @Test
  void anotherDataFolderIsSavedWithTheLoadAndAPathWithASpaceIsQuoted() throws Exception {
    Path data = Files.createDirectories(temp.resolve("my data"));
    for (String f : new String[] {"deals.csv", "people.csv"})
      Files.copy(AE.resolveSibling(f), data.resolve(f));
    StringWriter out = new StringWriter();
    Repl repl = new Repl(new PrintWriter(out));
    assertTrue(repl.load(AE, data));
    Path script = temp.resolve("data.repl");
    repl.execute("<input>", 1, "save " + script);
    String saved = Files.readString(script);
    assertTrue(saved.contains("load " + AE + " --data \"" + data + "\"\n"), saved);
    StringWriter again = new StringWriter();
    Repl fresh = new Repl(new PrintWriter(again));
    new ScriptRun(fresh, new PrintWriter(again), false).run(script.toString(), saved);
    assertEquals(0, fresh.errors(), again.toString());
    assertEquals(data, fresh.session().dataDir());
  }
}

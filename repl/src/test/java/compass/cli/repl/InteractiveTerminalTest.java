package compass.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real interactive REPL on a JLine terminal fed by a pipe, as a person types: tab completion,
 * history recall with the up arrow, Ctrl-C dropping a line or cancelling a running evaluation,
 * multi-line input, and Ctrl-D leaving, with the history saved to its file.
 */
class InteractiveTerminalTest {
  private static final Path PLAN =
      Path.of("..", "stdlib-plans", "plans", "ae-quota", "ae-quota.comp");
  private static final String UP =
      "\033OA"; // the up arrow of an xterm in keypad mode, as JLine sets it
  private static final String CTRL_C = "\u0003";
  private static final String CTRL_D = "\u0004";

  @TempDir Path temp;

  /**
   * Types the keys into a fresh REPL with the plan loaded, pausing between chunks as a person would
   * (a Ctrl-C must reach the line being edited, not the time before it); returns what the terminal
   * showed.
   */
  private String type(Path history, String... chunks) throws Exception {
    return type(PLAN, null, 700, history, chunks);
  }

  private String type(Path plan, Path data, int pause, Path history, String... chunks)
      throws Exception {
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream keyboard = new PipedOutputStream(in);
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (Terminal terminal =
        TerminalBuilder.builder()
            .system(false)
            .streams(in, screen)
            .type("xterm")
            .encoding(StandardCharsets.UTF_8)
            .size(new org.jline.terminal.Size(160, 40))
            .build()) {
      Repl repl = new Repl(terminal.writer());
      assertTrue(repl.load(plan, data));
      Thread session = new Thread(() -> new Interactive(terminal, repl, history).run());
      session.start();
      for (String keys : chunks) {
        Thread.sleep(keys.equals(CTRL_C) ? pause : 700);
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
      }
      session.join(20_000);
      assertFalse(
          session.isAlive(), () -> "the REPL should leave on Ctrl-D; the screen:\n" + screen);
    }
    return screen.toString(StandardCharsets.UTF_8);
  }

  @Test
  void tabCompletesCommandsAndNames() throws Exception {
    String shown = type(temp.resolve("h1"), "payo\t", "an\t", "2027-Q1\r", CTRL_D);
    assertTrue(shown.contains("ann  2027-Q1  24,220.00  USD"), shown);
  }

  @Test
  void tabCompletesDefinitionNames() throws Exception {
    String shown = type(temp.resolve("h5"), "attainm\t", "for ann in 2027-Q1\r", CTRL_D);
    assertTrue(shown.contains("112%"), shown);
  }

  @Test
  void planCodeIsColouredOnAColourTerminal() {
    String ansi =
        new PlanHighlighter()
            .highlight(null, "what if quota = 300_000 USD per quarter # cheaper")
            .toAnsi();
    assertTrue(ansi.contains("\033[1mwhat"), ansi); // keywords bold
    assertTrue(
        ansi.contains("\033[36m300_000") || ansi.contains("\033[0;36m300_000"),
        ansi); // numbers cyan
    assertTrue(ansi.contains("# cheaper"), ansi);
    String mixed = new PlanHighlighter().highlight(null, "mixed tiers on bookings").toAnsi();
    assertTrue(mixed.contains("\033[1mmixed"), mixed); // the words issue 15 added are keywords too
  }

  @Test
  void upArrowRecallsTheLastCommandAndHistoryIsSaved() throws Exception {
    Path history = temp.resolve("h2");
    String shown = type(history, "payout bob 2027-Q1\r", UP, "\r", CTRL_D);
    assertEquals(2, count(shown, "bob  2027-Q1  2,250.00  USD"), shown);
    List<String> saved = Files.readAllLines(history);
    assertTrue(saved.stream().anyMatch(l -> l.endsWith("payout bob 2027-Q1")), saved.toString());
    // a new session starts with the saved history
    String again = type(history, UP, "\r", CTRL_D);
    assertEquals(1, count(again, "bob  2027-Q1  2,250.00  USD"), again);
  }

  @Test
  void ctrlCDropsTheLineAndTheSessionGoesOn() throws Exception {
    String shown =
        type(temp.resolve("h3"), "payout cai 2027-Q1", CTRL_C, "payout ann 2027-Q1\r", CTRL_D);
    assertFalse(shown.contains("cai  2027-Q1"), shown);
    assertTrue(shown.contains("ann  2027-Q1  24,220.00  USD"), shown);
  }

  @Test
  void ctrlCCancelsARunningEvaluation() throws Exception {
    // B1 on 600,000 generated deals: reloading reads them again, credits and evaluates them,
    // far longer than the 300 ms pause, on a fast machine as on a loaded one (where both the pause
    // before the REPL reads the line and the work stretch). Issue 20 made a what-if for everyone
    // (`what if quota = ...`) fast enough on this book to finish before the Ctrl-C came
    Path b1 = Path.of("..", "stdlib-plans", "plans", "b1", "b1.comp");
    Path data = Files.createDirectories(temp.resolve("data"));
    new compass.cli.generate.DataGenerator(2_000, 600_000, 7).generate(data);
    String shown =
        type(
            b1,
            data,
            300,
            temp.resolve("h6"),
            "reload\r",
            CTRL_C,
            "whatifs\r",
            "payout p000200 2027-Q1\r",
            CTRL_D);
    assertTrue(shown.contains("cancelled"), shown);
    assertTrue(shown.contains("no what-ifs active"), shown);
    // the session it had stays and answers
    String after = shown.substring(shown.indexOf("cancelled"));
    assertTrue(after.contains("p000200  2027-Q1  "), shown);
  }

  @Test
  void aBlockGoesOnUntilABlankLine() throws Exception {
    String shown =
        type(
            temp.resolve("h4"),
            "what if component \"Multi-year SPIF\" for role ae:\r",
            "  pay 700 per deal where term_months >= 24 and close_date in 2027-Q1\r",
            "\r",
            CTRL_D);
    assertTrue(shown.contains(Interactive.MORE), shown);
    assertTrue(shown.contains("ann  2027-Q1  24,220.00  ->  24,620.00"), shown);
  }

  @Test
  void aPipeGetsAnswersWithoutPromptsOrEscapes() {
    StringWriter out = new StringWriter();
    Repl repl = new Repl(new PrintWriter(out));
    assertTrue(repl.load(PLAN, null));
    new ScriptRun(repl, new PrintWriter(out), false).run("<stdin>", "payout ann 2027-Q1\n");
    assertEquals(
        "loaded AE FY2027 v3: 3 people, 16 deals (12 credited, 4 excluded)\nann  2027-Q1  24,220.00  USD\n",
        out.toString());
    assertFalse(out.toString().contains("\033"));
  }

  @Test
  void tabAfterAnOpeningQuoteDoesNotDoubleIt() throws Exception {
    // the title completed inside the quote the user opened, closed once, and the command runs
    String shown = type(temp.resolve("h7"), "what if \"Multi\t", "pays 750\r", "whatifs\r", CTRL_D);
    assertTrue(shown.contains("1. what if \"Multi-year SPIF\" pays 750"), shown);
    assertFalse(shown.contains("\"\"Multi"), shown);
    assertFalse(shown.contains("error["), shown);
  }

  @Test
  void tabCompletesAParticipantAfterExplainAndAPlanFileAfterLoad() throws Exception {
    Files.createDirectories(temp.resolve("plans"));
    Files.copy(PLAN, temp.resolve("plans/only-plan.comp"));
    String shown =
        type(
            temp.resolve("h8"),
            "explain b\t",
            "2027-Q1\r",
            "load " + temp + "/plans/on\t",
            " --data " + PLAN.getParent() + "\r",
            CTRL_D);
    assertTrue(shown.contains("bob 2027-Q1 payout  2,250.00 USD"), shown); // explain's first line
    assertTrue(shown.contains("only-plan.comp"), shown); // the file name completed
    // loaded at the start, then again by the completed `load`
    assertEquals(2, count(shown, "loaded AE FY2027 v3: 3 people"), shown);
  }

  @Test
  void startingOnABrokenPlanLeavesASessionThatReloadsItOnceFixed() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("broken"));
    for (String f : List.of("ae-quota.comp", "deals.csv", "people.csv"))
      Files.copy(PLAN.resolveSibling(f), dir.resolve(f));
    Path plan = dir.resolve("ae-quota.comp");
    String good = Files.readString(plan);
    Files.writeString(plan, good.replace("quota = 250_000", "quota = = 250_000"));
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream keyboard = new PipedOutputStream(in);
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (Terminal terminal =
        TerminalBuilder.builder()
            .system(false)
            .streams(in, screen)
            .type("xterm")
            .encoding(StandardCharsets.UTF_8)
            .size(new org.jline.terminal.Size(160, 40))
            .build()) {
      Repl repl = Repl.onTerminal(terminal.writer(), 160, Colour.NONE);
      Thread session =
          new Thread(
              () -> new Interactive(terminal, repl, temp.resolve("h9"), false).run(plan, null));
      session.start();
      for (String keys :
          List.of("payout ann 2027-Q1\r", "FIX", "reload\r", "payout ann 2027-Q1\r", CTRL_D)) {
        Thread.sleep(700);
        if (keys.equals("FIX")) {
          Files.writeString(plan, good);
          continue;
        }
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
      }
      session.join(20_000);
      assertFalse(
          session.isAlive(), () -> "the REPL should leave on Ctrl-D; the screen:\n" + screen);
    }
    String shown = screen.toString(StandardCharsets.UTF_8);
    assertTrue(shown.contains("the plan did not load: fix it and type `reload`"), shown);
    assertTrue(shown.contains("error[E0737]: no plan is loaded: " + plan + " did not load"), shown);
    assertTrue(shown.contains("loaded AE FY2027 v3: 3 people"), shown);
    assertTrue(shown.contains("ann  2027-Q1  24,220.00  USD"), shown);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
    return n;
  }
}

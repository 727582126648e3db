package compass.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.diag.Diagnostics;
import compass.result.Cancelled;
import compass.result.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar (issue 19): on a terminal it appears while work runs (here forced on small data
 * with no delay) and is erased before the answer, so what stays on the screen is the answer alone;
 * a plain REPL (a pipe, a script) never draws one; Ctrl-C cancels the work and keeps the session.
 */
class ProgressBarTest {
  private static final Path AE =
      Path.of("..", "stdlib-plans", "plans", "ae-quota", "ae-quota.comp");

  @TempDir Path temp;

  @AfterEach
  void stopListening() {
    Compass.onProgress(null);
  }

  /** What a terminal shows after this output: a carriage return goes back to the line's start. */
  static String screen(String output) {
    List<StringBuilder> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int col = 0;
    for (char c : output.toCharArray()) {
      if (c == '\r') {
        col = 0;
      } else if (c == '\n') {
        lines.add(line);
        line = new StringBuilder();
        col = 0;
      } else {
        if (col < line.length()) line.setCharAt(col, c);
        else line.append(c);
        col++;
      }
    }
    lines.add(line);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      out.append(lines.get(i).toString().stripTrailing());
      if (i < lines.size() - 1) out.append('\n');
    }
    return out.toString();
  }

  @Test
  void theBarShowsWhileLoadingAndIsErasedBeforeTheAnswer() {
    StringWriter raw = new StringWriter();
    Repl repl = Repl.onTerminal(new PrintWriter(raw), 100, 0, Colour.NONE);
    assertTrue(repl.load(AE, null));
    String output = raw.toString();
    // drawn: the people file read (a file is one report per 4 MB block), then 3 participants
    assertTrue(output.contains("\rreading people.csv  ["), output);
    assertTrue(
        output.contains("\rreading deals.csv  [##############################] 100%"), output);
    assertTrue(output.contains("\revaluating "), output);
    assertTrue(output.contains("of 3 participants  ["), output);
    // and erased: the screen holds the answer only
    assertEquals(
        "loaded AE FY2027 v3: 3 people, 16 deals (12 credited, 4 excluded)\n", screen(output));
    // a command that works shows it too, a command that does not work shows none
    raw.getBuffer().setLength(0);
    repl.execute("<input>", 1, "what if quota = 300_000 USD per quarter");
    assertTrue(raw.toString().contains("\revaluating "), raw.toString());
    assertFalse(screen(raw.toString()).contains("evaluating"), screen(raw.toString()));
    raw.getBuffer().setLength(0);
    repl.execute("<input>", 1, "whatifs");
    assertEquals("1. what if quota = 300_000 USD per quarter\n", raw.toString());
  }

  @Test
  void quickWorkShowsNoBar() {
    StringWriter raw = new StringWriter();
    Repl repl = Repl.onTerminal(new PrintWriter(raw), 100, 60_000, Colour.NONE);
    assertTrue(repl.load(AE, null));
    assertEquals(
        "loaded AE FY2027 v3: 3 people, 16 deals (12 credited, 4 excluded)\n", raw.toString());
  }

  @Test
  void aPipeOrAScriptNeverShowsABar() {
    StringWriter out = new StringWriter();
    Repl repl = new Repl(new PrintWriter(out));
    assertTrue(repl.load(AE, null));
    repl.execute("<input>", 1, "what if quota = 300_000 USD per quarter");
    assertFalse(out.toString().contains("\r"), out.toString());
    assertFalse(out.toString().contains("evaluating"), out.toString());
  }

  @Test
  void theBarFitsTheTerminal() {
    ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), 40, 0, () -> false);
    String line = bar.line(Progress.Phase.EVALUATING, "participants", 1_000, 4_000);
    assertEquals("evaluating 1,000 of 4,000 participants ", line);
    assertEquals(
        "evaluating 1,000 of 4,000 participants  [#######.......................]  25%  (Ctrl-C cancels)",
        new ProgressBar(new PrintWriter(new StringWriter()), 200, 0, () -> false)
            .line(Progress.Phase.EVALUATING, "participants", 1_000, 4_000));
  }

  /**
   * A terminal whose user presses Ctrl-C as soon as the bar shows {@code phase}, once armed: the
   * cancellation arrives while the work runs, whatever the speed of the machine.
   */
  private static final class CtrlC extends Writer {
    final StringWriter seen = new StringWriter();
    final String phase;
    final Repl repl;
    volatile boolean armed;

    CtrlC(String phase) {
      this.phase = phase;
      this.repl = Repl.onTerminal(new PrintWriter(this), 100, 0, Colour.NONE);
    }

    @Override
    public void write(char[] text, int off, int len) {
      String s = new String(text, off, len);
      seen.write(s);
      if (armed && s.contains("\r" + phase)) repl.cancel();
    }

    String screen() {
      String shown = ProgressBarTest.screen(seen.toString());
      seen.getBuffer().setLength(0);
      return shown;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void ctrlCCancelsAWhatIfAndTheSessionGoesOn() {
    CtrlC terminal = new CtrlC("evaluating");
    Repl repl = terminal.repl;
    assertTrue(repl.load(AE, null));
    terminal.screen();
    terminal.armed = true;
    repl.execute("<input>", 1, "what if quota = 300_000 USD per quarter");
    assertEquals("cancelled\n", terminal.screen());
    terminal.armed = false;
    repl.execute("<input>", 1, "whatifs");
    repl.execute("<input>", 1, "payout ann 2027-Q1");
    assertEquals("no what-ifs active\nann  2027-Q1  24,220.00  USD\n", terminal.screen());
    assertEquals(0, repl.errors());
  }

  @Test
  void ctrlCWhileLoadingCancelsAndReloadLoadsAfterwards() {
    CtrlC terminal = new CtrlC("reading");
    Repl repl = terminal.repl;
    terminal.armed = true;
    assertFalse(repl.load(AE, null));
    assertEquals("cancelled\n", terminal.screen());
    assertEquals(null, repl.session());
    terminal.armed = false;
    repl.execute("<input>", 1, "reload"); // the plan whose loading was cancelled
    assertEquals(
        "loaded AE FY2027 v3: 3 people, 16 deals (12 credited, 4 excluded)\n", terminal.screen());
  }

  @Test
  void readingOrCreditingABigBookStopsWhenCancelled() throws Exception {
    // 150,000 deals make a deals file of several 4 MB blocks: a listener that cancels at the
    // first block sees no other report, and the session is never opened
    Path data = Files.createDirectories(temp.resolve("data"));
    new compass.cli.generate.DataGenerator(200, 150_000, 7).generate(data);
    assertTrue(Files.size(data.resolve("deals.csv")) > 2 * (4 << 20), "several blocks");
    List<String> reports = new ArrayList<>();
    Compass.onProgress(
        (phase, what, done, total) -> {
          reports.add(phase + " " + what + " " + done + "/" + total);
          if (what.equals("deals.csv")) throw new Cancelled();
        });
    Path b1 = Path.of("..", "stdlib-plans", "plans", "b1", "b1.comp");
    assertThrows(Cancelled.class, () -> Compass.session(b1, data, new Diagnostics(), () -> false));
    long dealsReports = reports.stream().filter(r -> r.contains("deals.csv")).count();
    assertEquals(1, dealsReports, reports.toString());
    assertTrue(reports.stream().noneMatch(r -> r.startsWith("EVALUATING")), reports.toString());

    // cancelled while crediting: every file read whole, then no participant evaluated
    reports.clear();
    Compass.onProgress(
        (phase, what, done, total) -> {
          reports.add(phase + " " + what + " " + done + "/" + total);
          if (phase == Progress.Phase.CREDITING) throw new Cancelled();
        });
    assertThrows(Cancelled.class, () -> Compass.session(b1, data, new Diagnostics(), () -> false));
    long size = Files.size(data.resolve("deals.csv"));
    assertTrue(reports.contains("READING deals.csv " + size + "/" + size), reports.toString());
    // the first report comes as crediting starts, before any deal is credited
    assertTrue(reports.contains("CREDITING deals 0/150000"), reports.toString());
    assertTrue(reports.stream().noneMatch(r -> r.startsWith("EVALUATING")), reports.toString());
  }
}

package compass.cli.repl;

import java.io.PrintWriter;

/**
 * Runs the commands of a script (or of standard input) through a {@link Repl}: with {@code echo},
 * each command is printed after the prompt before its answer, so the output is a transcript that
 * can live in git and be compared on the next run.
 */
public final class ScriptRun {
  private final Repl repl;
  private final PrintWriter out;
  private final boolean echo;

  public ScriptRun(Repl repl, PrintWriter out, boolean echo) {
    this.repl = repl;
    this.out = out;
    this.echo = echo;
  }

  public void run(String path, String text) {
    for (Script.Command c : Script.split(text)) {
      if (c.comment()) {
        if (echo) out.print(c.text() + "\n");
        continue;
      }
      if (echo)
        out.print(Interactive.PROMPT + c.text().replace("\n", "\n" + Interactive.MORE) + "\n");
      repl.execute(path, c.line(), c.text());
      if (repl.quitRequested()) break;
    }
    out.flush();
  }
}

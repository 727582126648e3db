package compass.cli.repl;

import compass.result.Cancelled;
import compass.result.Progress;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * A progress bar on the last line of the terminal while a command works long (reading big data
 * files, re-evaluating a big book): drawn only once the work has taken longer than a delay, redrawn
 * at most ten times a second, and erased before the command prints anything, so a transcript never
 * holds it. Installed only on a real terminal; a pipe or a script never sees one. Ctrl-C stops the
 * reading of a data file and the crediting of deals here ({@link Cancelled}); evaluation stops on
 * the REPL's own flag.
 */
final class ProgressBar implements Progress.Listener {
  /** How long work runs before the bar appears: quick commands never flicker. */
  static final long DELAY_MILLIS = 500;

  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR = 30;

  private final PrintWriter screen;
  private final int width;
  private final long delayNanos;
  private final BooleanSupplier cancelled;
  private volatile boolean working;
  private volatile long startedAt;
  private long drawnAt;
  private String drawnWhat; // a new file or phase is drawn at once; the same one 10 times a second
  private boolean shown;

  /**
   * @param screen the terminal, written raw
   * @param width the terminal's width in columns (the bar's line never wraps)
   * @param delayMillis how long work runs before the bar shows (tests give 0)
   * @param cancelled whether Ctrl-C was pressed
   */
  ProgressBar(PrintWriter screen, int width, long delayMillis, BooleanSupplier cancelled) {
    this.screen = screen;
    this.width = width <= 0 ? 80 : Math.max(20, width); // 0: a terminal that does not say
    this.delayNanos = delayMillis * 1_000_000L;
    this.cancelled = cancelled;
  }

  /** A command starts working. */
  void begin() {
    synchronized (this) {
      shown = false;
      drawnAt = 0;
      drawnWhat = null;
    }
    startedAt = System.nanoTime();
    working = true;
  }

  /** The command is done: the bar goes. */
  synchronized void end() {
    working = false;
    erase();
    screen.flush();
  }

  @Override
  public void progress(Progress.Phase phase, String what, long done, long total) {
    if (phase != Progress.Phase.EVALUATING && cancelled.getAsBoolean()) throw new Cancelled();
    if (!working) return;
    long now = System.nanoTime();
    if (now - startedAt < delayNanos) return;
    synchronized (this) {
      String key = phase + what;
      if (!working || (shown && key.equals(drawnWhat) && now - drawnAt < REDRAW_NANOS)) return;
      drawnAt = now;
      drawnWhat = key;
      String line = line(phase, what, done, total);
      screen.print("\r" + line + " ".repeat(Math.max(0, width - 1 - line.length())) + "\r");
      screen.flush();
      shown = true;
    }
  }

  /** `reading deals.csv [#######.......] 45%`, cut to the terminal's width. */
  String line(Progress.Phase phase, String what, long done, long total) {
    int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    int filled = percent * BAR / 100;
    String label =
        switch (phase) {
          case READING -> "reading " + what;
          case CREDITING -> String.format(Locale.ROOT, "crediting %,d deals", total);
          case EVALUATING ->
              String.format(Locale.ROOT, "evaluating %,d of %,d participants", done, total);
        };
    String line =
        label
            + "  ["
            + "#".repeat(filled)
            + ".".repeat(BAR - filled)
            + "] "
            + String.format(Locale.ROOT, "%3d%%", percent)
            + "  (Ctrl-C cancels)";
    return line.length() < width ? line : line.substring(0, width - 1);
  }

  /** Blanks the bar's line (the cursor stays at its start). Callers hold the lock. */
  private void erase() {
    if (!shown) return;
    screen.print("\r" + " ".repeat(width - 1) + "\r");
    shown = false;
  }

  /** A writer onto {@code out} that erases the bar before the command prints anything. */
  Writer guard(Writer out) {
    ProgressBar bar = this;
    return new Writer() {
      @Override
      public void write(char[] text, int off, int len) throws java.io.IOException {
        synchronized (bar) {
          bar.erase();
          bar.screen.flush();
          out.write(text, off, len);
        }
      }

      @Override
      public void flush() throws java.io.IOException {
        out.flush();
      }

      @Override
      public void close() throws java.io.IOException {
        out.close();
      }
    };
  }
}

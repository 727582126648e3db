package compass.api;

import compass.check.CheckedPlan;
import compass.diag.Diagnostics;
import compass.source.PlanFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Gets the parser and the checker ready on a spare core while a front end is still busy with
 * something else (the command line reading its arguments): the first plan a JVM parses costs some
 * 40 ms more than the next one (ANTLR builds its prediction tables as it goes, and the code is not
 * yet compiled), which is most of a small run's start-up (issue 20). The warm-up parses and checks
 * a small built-in plan ({@code warm-up.comp}) on a daemon thread; ANTLR's tables are shared and
 * safe across threads, so the real plan's parse finds them ready, or builds the rest itself if it
 * comes first. No result depends on it: the warm-up's plan, diagnostics and failures are dropped.
 */
public final class WarmUp {
  private static final Path PLAN = Path.of("/compass-warm-up/warm-up.comp");

  private WarmUp() {}

  /** Starts the warm-up on a daemon thread and returns at once. */
  public static void inBackground() {
    Thread thread = new Thread(WarmUp::run, "compass-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private static void run() {
    try {
      load(new Diagnostics());
    } catch (Throwable e) { // a warm-up that fails only leaves the real parse as slow as before
    }
  }

  /** Parses and checks the warm-up's plan: the work of the warm-up, and what its test looks at. */
  static CheckedPlan load(Diagnostics diags) {
    return Compass.load(PLAN, new BuiltIn(), diags);
  }

  /** The plan files of the warm-up: its one plan, from this class's resources. */
  private static final class BuiltIn implements PlanFiles {
    @Override
    public byte[] read(Path file) throws IOException {
      if (!file.equals(PLAN)) throw new NoSuchFileException(file.toString());
      try (InputStream in = WarmUp.class.getResourceAsStream("warm-up.comp")) {
        if (in == null) throw new NoSuchFileException(file.toString());
        return in.readAllBytes();
      }
    }

    @Override
    public boolean isDirectory(Path file) {
      return false;
    }
  }
}

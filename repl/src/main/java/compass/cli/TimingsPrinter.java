package compass.cli;

import compass.result.Timings;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Prints where a run's time goes on stderr, when asked with {@code -Dcompass.timings=true} (in
 * {@code COMPASS_JAVA_OPTS}): one line when the deals are loaded, one when every participant is
 * evaluated. The library measures; printing is the command line's job.
 */
final class TimingsPrinter implements Timings.Listener {
  private final PrintWriter err;

  private TimingsPrinter(PrintWriter err) {
    this.err = err;
  }

  /** Listens to this process's runs when {@code -Dcompass.timings=true}. */
  static void installIfAsked(PrintWriter err) {
    if (Boolean.getBoolean("compass.timings")) Timings.listen(new TimingsPrinter(err));
  }

  @Override
  public void dealsLoaded(long millis) {
    err.printf(
        Locale.ROOT,
        "timings: JVM up %d ms, deals loaded in %d ms%n",
        ManagementFactory.getRuntimeMXBean().getUptime(),
        millis);
    err.flush();
  }

  @Override
  public void evaluated(long creditingMillis, long participantsMillis) {
    err.printf(
        Locale.ROOT,
        "timings: crediting %d ms, participants %d ms%n",
        creditingMillis,
        participantsMillis);
    err.flush();
  }
}

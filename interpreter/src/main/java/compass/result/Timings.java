package compass.result;

/**
 * Where a run's time goes, told to whoever listens. The library only measures: it never prints. The
 * command line listens when asked ({@code -Dcompass.timings=true}) and prints the phases on stderr;
 * with no listener a run pays two clock reads per phase and nothing else.
 */
public final class Timings {
  /** Receives the phases of a run as they end, in milliseconds. */
  public interface Listener {
    /** The deals file is read and checked (the moment a test can act on "mid-run"). */
    void dealsLoaded(long millis);

    /** Every participant is evaluated: crediting the deals, then the participants' payouts. */
    void evaluated(long creditingMillis, long participantsMillis);
  }

  private static volatile Listener listener;

  private Timings() {}

  /** Sets the one listener of this process; null stops listening. */
  public static void listen(Listener l) {
    listener = l;
  }

  /** The deals were loaded, starting at {@code startNanos} ({@link System#nanoTime()}). */
  public static void dealsLoaded(long startNanos) {
    Listener l = listener;
    if (l != null) l.dealsLoaded(millisSince(startNanos));
  }

  /**
   * Crediting started at {@code startNanos} and ended, and the participants' evaluation began, at
   * {@code creditedNanos}.
   */
  public static void evaluated(long startNanos, long creditedNanos) {
    Listener l = listener;
    if (l != null)
      l.evaluated((creditedNanos - startNanos) / 1_000_000, millisSince(creditedNanos));
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}

package compass.result;

/**
 * How far long work has got (reading the data files, evaluating the participants), told to whoever
 * listens: the REPL draws a progress bar from it and stops the work on Ctrl-C. The library only
 * reports: it never prints. With no listener, a report costs one volatile read.
 */
public final class Progress {
  /** What is being done: reading a data file (bytes), crediting deals, evaluating participants. */
  public enum Phase {
    READING,
    CREDITING,
    EVALUATING
  }

  /** Receives reports as the work goes on, on the thread doing it. */
  public interface Listener {
    /**
     * {@code done} of {@code total} (bytes of the file named, deals, or participants) are done.
     * While reading or crediting it may throw {@link Cancelled} to stop the work at once; an
     * evaluation stops on its own cancel flag, before the next participant.
     */
    void progress(Phase phase, String what, long done, long total);
  }

  private static volatile Listener listener;

  private Progress() {}

  /** Sets the one listener of this process; null stops listening. */
  public static void listen(Listener l) {
    listener = l;
  }

  /** Bytes [0, done) of the data file {@code file} ({@code total} bytes) are read. */
  public static void reading(String file, long done, long total) {
    Listener l = listener;
    if (l != null) l.progress(Phase.READING, file, done, total);
  }

  /**
   * About {@code done} of {@code total} deals are credited (reported as it starts, then every
   * 65,536 deals).
   */
  public static void credited(long done, long total) {
    Listener l = listener;
    if (l != null) l.progress(Phase.CREDITING, "deals", done, total);
  }

  /** {@code done} of {@code total} participants are evaluated. */
  public static void evaluated(long done, long total) {
    Listener l = listener;
    if (l != null) l.progress(Phase.EVALUATING, "participants", done, total);
  }

  /** Whether anyone listens (the evaluator counts participants only then). */
  public static boolean listened() {
    return listener != null;
  }
}

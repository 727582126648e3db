package compass.cli;

import compass.api.Compass;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Running out of memory is a limit of the machine, not a bug: it ends with one message that says
 * how much data was read and how to give Compass more memory, and exit code 4, never a stack trace
 * or "internal error". Whichever thread ran out (loading and evaluation run on worker threads), the
 * error reaches {@link Main} and is reported once.
 */
final class OutOfMemory {
  /** The exit code of a resource limit: the input is too large for the memory Compass was given. */
  static final int EXIT = ExitCodes.LIMIT;

  /** Released to make room for the message: the heap is full when it is needed. */
  private static volatile byte[] reserve = new byte[256 * 1024];

  private static final AtomicBoolean REPORTED = new AtomicBoolean();

  private OutOfMemory() {}

  /**
   * Whether e, or anything that caused it, is an OutOfMemoryError (workers' errors come wrapped).
   */
  static boolean in(Throwable e) {
    for (int depth = 0; e != null && depth < 20; e = e.getCause(), depth++) {
      if (e instanceof OutOfMemoryError) return true;
      for (Throwable s : e.getSuppressed()) if (s instanceof OutOfMemoryError) return true;
    }
    return false;
  }

  /**
   * Prints the message (once per process, whichever thread gets here first) and returns {@link
   * #EXIT}.
   */
  static int report(String[] args, PrintWriter err) {
    reserve = null;
    if (!REPORTED.compareAndSet(false, true)) return EXIT;
    err.print(message(args, Runtime.getRuntime().maxMemory()));
    err.flush();
    return EXIT;
  }

  static String message(String[] args, long maxHeap) {
    return "error[E0779]: out of memory "
        + Compass.loadProgress()
        + "; Compass had at most "
        + (maxHeap + (1 << 19) >> 20)
        + " MB\n"
        + "  = hint: give it more memory: COMPASS_JAVA_OPTS=-Xmx"
        + suggestedGigabytes(maxHeap)
        + "g "
        + command(args)
        + "\n";
  }

  /** A power of two of gigabytes, at least twice what it had. */
  static long suggestedGigabytes(long maxHeap) {
    long g = 1;
    while (g << 30 < 2 * maxHeap) g *= 2;
    return g;
  }

  /** The command line again, quoted where a shell needs it. */
  static String command(String[] args) {
    StringBuilder out = new StringBuilder("compass");
    for (String a : args) {
      out.append(' ');
      if (a.matches("[A-Za-z0-9_./:=@%+,-]+")) out.append(a);
      else out.append('\'').append(a.replace("'", "'\\''")).append('\'');
    }
    return out.toString();
  }
}

package compass.api;

import java.util.function.Supplier;

/**
 * Runs the checker on a thread with a stack of a known size, whatever the stack of the caller's
 * thread (a test runner's, a web server's). The checker follows a chain of definitions one call
 * deeper per definition, up to 500 of them before E0104; 3 MiB holds that chain with room to spare
 * (it needs a little over 1 MiB), while an expression nested 10,000 deep still overflows and
 * becomes E0104 "too deeply nested" rather than being checked and then overflowing the evaluator.
 */
final class DeepStack {
  private static final long STACK_BYTES = 3L << 20;

  private DeepStack() {}

  static <T> T call(Supplier<T> work) {
    Object[] result = new Object[1];
    Throwable[] failure = new Throwable[1];
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result[0] = work.get();
              } catch (Throwable t) {
                failure[0] = t;
              }
            },
            "compass-check",
            STACK_BYTES);
    thread.start();
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // the phase is short and cannot be stopped halfway: finish it
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    if (failure[0] instanceof RuntimeException e) throw e;
    if (failure[0] instanceof Error e) throw e;
    @SuppressWarnings("unchecked")
    T value = (T) result[0];
    return value;
  }
}

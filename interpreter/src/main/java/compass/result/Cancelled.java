package compass.result;

/**
 * A run stopped by its caller before it finished (Ctrl-C in the REPL): nothing it computed is used.
 * Thrown by the evaluator and passed through the facade and sessions to the front end.
 */
public final class Cancelled extends RuntimeException {
  public Cancelled() {
    super("cancelled", null, false, false); // a signal, not an error: no stack trace to fill
  }
}

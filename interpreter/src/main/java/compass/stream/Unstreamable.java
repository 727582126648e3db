package compass.stream;

/**
 * The deals file is not one a stream reads exactly (a quoted cell, a blank line, a value outside
 * the plain forms, a possibly repeated id ...): the run reads it whole instead, and that reading
 * reports any problem at its line and column. Carries no stack trace: it is a decision, not an
 * error.
 */
public final class Unstreamable extends Exception {
  public Unstreamable(String why) {
    super(why, null, false, false);
  }
}

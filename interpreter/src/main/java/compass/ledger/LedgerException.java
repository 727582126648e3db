package compass.ledger;

/** A ledger that cannot be read or written as asked, with the reason in words for the user. */
public final class LedgerException extends Exception {
  public LedgerException(String message) {
    super(message);
  }

  public LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}

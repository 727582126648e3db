package compass.data;

import compass.diag.Code;

/**
 * The whole file cannot be read (a corrupt or password-protected workbook, an unknown sheet): one
 * diagnostic at the input's declaration, with its code, message and hint.
 */
final class Unreadable extends Exception {
  private static final long serialVersionUID = 1L;
  final transient Code code;
  final String hint;

  Unreadable(Code code, String message, String hint) {
    super(message, null, false, false);
    this.code = code;
    this.hint = hint;
  }
}

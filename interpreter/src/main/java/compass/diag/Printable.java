package compass.diag;

/**
 * Text from data made safe to print: a control character (an escape sequence, NUL, CR, a C1
 * control) or a bidi control would act on the terminal instead of being seen, so diagnostics
 * show each as {@code \u001b} (a backslash, {@code u} and four lowercase hex digits). Tab is
 * kept: it moves the cursor only, and the caret line copies it to stay aligned.
 */
public final class Printable {
  private Printable() {}

  /** C0 controls (tab, LF and CR included), DEL and the C1 controls U+0080..U+009F. */
  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  /** The Unicode bidi controls, which reorder how a line is displayed ("Trojan Source"). */
  static boolean isBidiControl(char c) {
    return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** Whether c is shown escaped. */
  static boolean escapes(char c) {
    return (isControl(c) && c != '\t') || isBidiControl(c);
  }

  /** s with every character that {@link #escapes} written as {@code \u001b}; s itself when none. */
  public static String escape(String s) {
    if (s == null) return null;
    int i = 0;
    while (i < s.length() && !escapes(s.charAt(i))) i++;
    if (i == s.length()) return s;
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (escapes(c)) out.append(code(c));
      else out.append(c);
    }
    return out.toString();
  }

  /** How many characters the first n characters of s take once escaped. */
  static int escapedLength(String s, int n) {
    int width = 0;
    for (int i = 0; i < n && i < s.length(); i++) width += escapes(s.charAt(i)) ? 6 : 1;
    return width + Math.max(0, n - s.length());
  }

  /** {@code \u001b}: how a character is named in a diagnostic. */
  public static String code(char c) {
    return String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
  }
}

package compass.cli;

/**
 * Text from data made safe to print on a terminal: a control character (an escape sequence that
 * would recolour the screen, move the cursor or set the window title, a line break inside a
 * cell) or a Unicode bidi control (which reorders what is shown) is written as an escape a reader
 * sees, {@code \u001B}, {@code \n}, {@code \u202E}, instead of being acted on. Everything else,
 * accented letters and other scripts included, is kept as it is.
 */
public final class Printable {
  private Printable() {}

  public static String escape(String s) {
    if (s == null) return "";
    int i = 0;
    while (i < s.length() && !hostile(s.charAt(i))) i++;
    if (i == s.length()) return s; // the usual case: nothing to escape, no copy
    StringBuilder out = new StringBuilder(s.length() + 8).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!hostile(c)) out.append(c);
      else if (c == '\n') out.append("\\n");
      else if (c == '\r') out.append("\\r");
      else if (c == '\t') out.append("\\t");
      else out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
    }
    return out.toString();
  }

  /** C0 and C1 controls, DEL, line and paragraph separators, and the bidi controls. */
  static boolean hostile(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u061C' || c == '\u200E'
        || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}

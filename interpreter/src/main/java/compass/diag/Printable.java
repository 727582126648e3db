package compass.diag;

import java.util.Locale;

/**
 * Text from data made safe to print: a control character (an escape sequence that would recolour
 * the screen or set the window title, NUL, a line break inside a cell, a C1 control) or a Unicode
 * bidi control (which reorders what is shown, "Trojan Source") would act on the terminal instead of
 * being seen. Every output of Compass (diagnostics, tables, explain, the REPL, JSON) shows each as
 * an escape a reader sees: {@code \n}, {@code \r}, {@code \t}, or {@code \u001B}. Everything else,
 * accented letters and other scripts included, is kept as it is.
 */
public final class Printable {
  private Printable() {}

  /** C0 controls (tab, LF and CR included), DEL and the C1 controls U+0080..U+009F. */
  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  /** The Unicode bidi controls, which reorder how a line is displayed ("Trojan Source"). */
  public static boolean isBidiControl(char c) {
    return c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** Whether c acts on a terminal rather than being seen: controls, bidi controls, U+2028/2029. */
  public static boolean isHostile(char c) {
    return isControl(c) || isBidiControl(c) || c == '\u2028' || c == '\u2029';
  }

  /** s with every {@link #isHostile} character written as its {@link #code}; "" for null. */
  public static String escape(String s) {
    return escape(s, false);
  }

  /**
   * As {@link #escape}, keeping tabs: a diagnostic copies a tab of the shown line into the caret
   * line, so a tab moves both alike and the caret stays under its character.
   */
  public static String escapeKeepingTabs(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean keepTabs) {
    if (s == null) return "";
    int i = 0;
    while (i < s.length() && !escapes(s.charAt(i), keepTabs)) i++;
    if (i == s.length()) return s; // the usual case: nothing to escape, no copy
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (escapes(c, keepTabs)) out.append(code(c));
      else out.append(c);
    }
    return out.toString();
  }

  private static boolean escapes(char c, boolean keepTabs) {
    return isHostile(c) && !(keepTabs && c == '\t');
  }

  /** How many characters the first n characters of s take in {@link #escapeKeepingTabs}. */
  static int escapedLength(String s, int n) {
    int width = 0;
    for (int i = 0; i < n && i < s.length(); i++) {
      char c = s.charAt(i);
      width += escapes(c, true) ? code(c).length() : 1;
    }
    return width + Math.max(0, n - s.length());
  }

  /**
   * How a character is shown and named: {@code \n}, {@code \r}, {@code \t}, else {@link #unicode}.
   */
  public static String code(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        return unicode(c);
    }
  }

  /** {@code \u001B}: the character as a Java and JSON escape, hexadecimal in capitals. */
  public static String unicode(int c) {
    return String.format(Locale.ROOT, "\\u%04X", c);
  }
}

package compass.syntax;

import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.diag.Printable;
import compass.source.SourceFile;
import compass.source.Span;

/**
 * Refuses Unicode bidirectional controls anywhere in a plan, comments and string literals included
 * ("Trojan Source", CVE-2021-42574): they make an editor or a code review show the text in another
 * order than Compass reads it, so a rule can look like it pays what it does not. Compilers now
 * refuse them the same way (rustc, gcc's -Wbidi-chars).
 */
final class BidiGuard {
  private BidiGuard() {}

  /** Reports each bidi control with its line and column (E0105); true when there is none. */
  static boolean check(SourceFile file, Diagnostics diags) {
    String text = file.text();
    boolean clean = true;
    for (int i = 0; i < text.length(); i++) {
      String name = name(text.charAt(i));
      if (name == null) continue;
      clean = false;
      diags.error(
          Code.E0105,
          new Span(file, i, i + 1),
          "Unicode bidirectional control U+"
              + Printable.unicode(text.charAt(i)).substring(2)
              + " ("
              + name
              + ") in the plan",
          "it can make the plan display in another order than Compass reads it (\"Trojan Source\"); "
              + "delete it (in an editor that shows invisible characters)");
    }
    return clean;
  }

  /** The Unicode name of a bidi control, or null for any other character. */
  static String name(char c) {
    switch (c) {
      case '\u202A':
        return "LEFT-TO-RIGHT EMBEDDING";
      case '\u202B':
        return "RIGHT-TO-LEFT EMBEDDING";
      case '\u202C':
        return "POP DIRECTIONAL FORMATTING";
      case '\u202D':
        return "LEFT-TO-RIGHT OVERRIDE";
      case '\u202E':
        return "RIGHT-TO-LEFT OVERRIDE";
      case '\u2066':
        return "LEFT-TO-RIGHT ISOLATE";
      case '\u2067':
        return "RIGHT-TO-LEFT ISOLATE";
      case '\u2068':
        return "FIRST STRONG ISOLATE";
      case '\u2069':
        return "POP DIRECTIONAL ISOLATE";
      case '\u200E':
        return "LEFT-TO-RIGHT MARK";
      case '\u200F':
        return "RIGHT-TO-LEFT MARK";
      case '\u061C':
        return "ARABIC LETTER MARK";
      default:
        return null;
    }
  }
}

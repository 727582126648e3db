package compass.cli;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Compass packages one Java source file refers to: by import (single, wildcard or static) or by
 * a fully qualified name in the code. Comments and string literals are left out, so a {@code {@link
 * compass.eval.Evaluator}} in Javadoc is not a dependency. Reading the source (not the bytecode)
 * needs no library and sees exactly what a reviewer sees.
 */
final class JavaReferences {
  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  /**
   * compass.a.b.Type, compass.a.b.* : the package is the lower-case part before the first capital
   * or star.
   */
  private static final Pattern REFERENCE =
      Pattern.compile("(?<![\\w.])(compass(?:\\.[a-z][a-z0-9_]*)+)\\.(?:[A-Z]|\\*)");

  private static final Pattern FOREIGN =
      Pattern.compile(
          "(?<![\\w.])((?:org\\.antlr|picocli|org\\.jline)(?:\\.[a-z][a-z0-9_]*)*)\\.(?:[A-Z]|\\*)");

  final String pkg;

  /** The compass.* packages referred to, other than its own. */
  final Set<String> compass = new TreeSet<>();

  /** ANTLR, picocli and JLine packages referred to (STYLE: their use is confined). */
  final Set<String> foreign = new TreeSet<>();

  JavaReferences(String source) {
    String code = codeOnly(source);
    Matcher p = PACKAGE.matcher(code);
    pkg = p.find() ? p.group(1) : "";
    for (Matcher m = REFERENCE.matcher(code); m.find(); )
      if (!m.group(1).equals(pkg)) compass.add(m.group(1));
    for (Matcher m = FOREIGN.matcher(code); m.find(); ) foreign.add(m.group(1));
  }

  /** The source with comments, string, text-block and char literals blanked (line breaks kept). */
  static String codeOnly(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (s.startsWith("//", i)) {
        while (i < n && s.charAt(i) != '\n') i++;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        i = blank(s, i, end < 0 ? n : end + 2, out);
      } else if (s.startsWith("\"\"\"", i)) {
        int end = s.indexOf("\"\"\"", i + 3);
        i = blank(s, i, end < 0 ? n : end + 3, out);
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') j += s.charAt(j) == '\\' ? 2 : 1;
        i = blank(s, i, Math.min(n, j + 1), out);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int blank(String s, int from, int to, StringBuilder out) {
    for (int k = from; k < to; k++) out.append(s.charAt(k) == '\n' ? '\n' : ' ');
    return to;
  }
}

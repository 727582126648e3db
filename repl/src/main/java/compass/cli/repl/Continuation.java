package compass.cli.repl;

/**
 * When typed input is not a whole command yet: a bracket or string still open, or a block opened by
 * a line ending in `:` (a component written anew) that no blank line has closed.
 */
final class Continuation {
  private Continuation() {}

  static boolean incomplete(String text) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '"') inString = false;
        continue;
      }
      if (c == '#') { // a comment runs to the end of its line
        while (i < text.length() && text.charAt(i) != '\n') i++;
        continue;
      }
      if (c == '"') inString = true;
      else if (c == '(' || c == '[') depth++;
      else if (c == ')' || c == ']') depth--;
    }
    if (inString || depth > 0) return true;
    String[] lines = text.split("\n", -1);
    boolean block = false;
    for (String line : lines) {
      String code = stripComment(line).stripTrailing();
      if (code.endsWith(":")) block = true;
    }
    return block && !lines[lines.length - 1].isBlank();
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }
}

package compass.cli.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * A script of REPL commands: one per line; a command goes on over the indented lines below it
 * (a component written anew) and while a bracket or string is open. Lines starting with `#` are
 * comments, kept in the transcript.
 */
final class Script {
  /** One command (or a comment) and the line it starts on. */
  record Command(int line, String text, boolean comment) {}

  private Script() {}

  static List<Command> split(String text) {
    List<Command> out = new ArrayList<>();
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      String line = lines[i];
      if (line.isBlank()) {
        i++;
        continue;
      }
      if (line.stripLeading().startsWith("#")) {
        out.add(new Command(i + 1, line.strip(), true));
        i++;
        continue;
      }
      int start = i;
      StringBuilder command = new StringBuilder(line);
      i++;
      while (i < lines.length && (openBracket(command.toString())
          || !lines[i].isBlank() && Character.isWhitespace(lines[i].charAt(0)))) {
        command.append('\n').append(lines[i]);
        i++;
      }
      out.add(new Command(start + 1, command.toString().stripTrailing(), false));
    }
    return out;
  }

  /** A bracket or string still open: the next line belongs to the command, indented or not. */
  private static boolean openBracket(String text) {
    return Continuation.incomplete(text) && !text.lines().anyMatch(l -> l.stripTrailing().endsWith(":"));
  }
}

package compass.cli.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * A script of REPL commands: one per line; a command goes on over the indented lines below it (a
 * component written anew, a long expression). Lines starting with `#` are comments, kept in the
 * transcript. Unlike the terminal, an open bracket does not pull in the next line: a typo in one
 * command cannot swallow the rest of the script.
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
      while (i < lines.length
          && !lines[i].isBlank()
          && Character.isWhitespace(lines[i].charAt(0))) {
        command.append('\n').append(lines[i]);
        i++;
      }
      out.add(new Command(start + 1, command.toString().stripTrailing(), false));
    }
    return out;
  }
}

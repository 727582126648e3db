package compass.cli.repl;

import compass.session.Session;
import compass.session.WhatIf;
import java.nio.file.Path;

/**
 * What `save` writes: a REPL script that replays the session from nothing, the `load` of the plan
 * (and its data folder when it is not the plan's own), the `let` definitions, then the what-ifs in
 * the order they were made. `compass repl --script FILE` runs it, as does `load` inside a session.
 */
final class SavedSession {
  private SavedSession() {}

  static String script(Session session) {
    StringBuilder script = new StringBuilder();
    script.append(
        "# a session saved by compass repl; replay it with: compass repl --script FILE\n");
    Path plan = session.planPath();
    script.append("load ").append(word(plan.toString()));
    Path own = plan.toAbsolutePath().normalize().getParent();
    Path data = session.dataDir();
    if (data != null && !data.toAbsolutePath().normalize().equals(own))
      script.append(" --data ").append(word(data.toString()));
    script.append('\n');
    for (String let : session.letTexts()) script.append("let ").append(let).append('\n');
    for (WhatIf w : session.whatIfs()) script.append(w.command()).append('\n');
    return script.toString();
  }

  /** A path as one word of a command: quoted when it holds a space. */
  private static String word(String path) {
    return path.chars().anyMatch(Character::isWhitespace) ? "\"" + path + "\"" : path;
  }
}

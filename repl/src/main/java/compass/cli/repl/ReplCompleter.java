package compass.cli.repl;

import compass.ast.Decl;
import compass.session.Session;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: commands first; then participant ids, periods, definition and component
 * names, temporary definitions and deal fields, from the loaded plan and data.
 */
final class ReplCompleter implements Completer {
  private final Repl repl;

  ReplCompleter(Repl repl) { this.repl = repl; }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    for (String c : candidates(line.wordIndex(), line.words())) candidates.add(new Candidate(c, c, null, null, null, null, true));
  }

  List<String> candidates(int index, List<String> words) {
    List<String> out = new ArrayList<>();
    if (index == 0) {
      out.addAll(Commands.NAMES);
      out.add("what if");
      out.remove("what");
      addNames(out);
      return out;
    }
    String first = words.get(0);
    if (first.equals("help")) {
      out.addAll(Commands.NAMES);
      return out;
    }
    if (first.equals("load")) return out; // file names: the terminal's own business
    if (first.equals("plot") && index == 1) return List.of("curve", "payouts");
    if (first.equals("what") && index == 1) return List.of("if");
    Session s = repl.session();
    if (s == null) return out;
    out.addAll(s.participants());
    s.plan().periods().forEach(p -> out.add(p.label()));
    addNames(out);
    out.addAll(s.dealFields());
    out.addAll(List.of("for", "in", "closes", "on", "with", "deal", "has", "is", "removed"));
    return out;
  }

  private void addNames(List<String> out) {
    Session s = repl.session();
    if (s == null) return;
    for (Decl.Definition d : s.plan().definitions()) if (!d.name().text().startsWith("__")) out.add(d.name().text());
    for (Decl.Component c : s.plan().components()) out.add("\"" + c.title() + "\"");
    out.addAll(s.letNames());
  }
}

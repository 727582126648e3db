package compass.cli.repl;

import compass.session.Session;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: commands first; then participant ids, periods, definition and component names,
 * temporary definitions and deal fields, from the loaded plan and data; after `what if "TITLE"`,
 * the words that change a part of that component and the bounds of its bands.
 */
final class ReplCompleter implements Completer {
  private final Repl repl;

  ReplCompleter(Repl repl) {
    this.repl = repl;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    for (String c : candidates(line.wordIndex(), line.words()))
      candidates.add(new Candidate(c, c, null, null, null, null, true));
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
    List<String> bounds =
        first.equals("what") && index >= 3 ? s.bandBounds(Repl.unquote(words.get(2))) : null;
    if (bounds != null)
      return partWords(
          bounds, index, words); // the terminal may hand the title with or without its quotes
    out.addAll(s.participants());
    out.addAll(s.payPeriods());
    addNames(out);
    out.addAll(s.dealFields());
    out.addAll(List.of("for", "in", "closes", "on", "with", "deal", "has", "is", "removed"));
    return out;
  }

  /**
   * After `what if "TITLE"`: the words of the forms on a part of a component, and the bounds of its
   * bands.
   */
  private static List<String> partWords(List<String> bounds, int index, List<String> words) {
    String previous = words.get(index - 1);
    switch (previous) {
      case "band":
        return List.of("from");
      case "adds":
        return List.of("band");
      case "has":
        return List.of("no");
      case "no":
        return List.of("cap");
      case "starts":
        return List.of("at");
      case "is":
        return List.of("removed");
      case "from":
        return bounds;
      default:
        break;
    }
    if (index == 3) return List.of("band", "adds", "cap", "has", "pays");
    if (words.size() > 3 && words.get(3).equals("band") && index == 6)
      return List.of("pays", "starts", "is");
    return List.of();
  }

  private void addNames(List<String> out) {
    Session s = repl.session();
    if (s == null) return;
    out.addAll(s.definitionNames());
    for (String title : s.componentTitles()) out.add("\"" + title + "\"");
    out.addAll(s.letNames());
  }
}

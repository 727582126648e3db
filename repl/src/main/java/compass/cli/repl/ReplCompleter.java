package compass.cli.repl;

import compass.session.Session;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion that follows the command being typed ({@link Commands}): commands first; then, by
 * position, participant ids (after `explain`, `payout`, `what if`, `for`), pay periods (after a
 * participant, after `in`), component titles, definition names, deal fields and stages, and file
 * paths after `load` and `save`. After `what if "TITLE"`, the words that change a part of that
 * component and the bounds of its bands. A component title is offered in quotes, unless a quote is
 * already open: the terminal closes it then (offering the quotes too doubled them).
 */
final class ReplCompleter implements Completer {
  /** Words the expression language and the what-if forms are made of. */
  private static final List<String> KEYWORDS =
      List.of("for", "in", "closes", "on", "with", "deal", "has", "is", "removed");

  private final Repl repl;

  ReplCompleter(Repl repl) {
    this.repl = repl;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    boolean inQuote = false;
    if (line instanceof CompletingParsedLine raw) {
      int start = line.cursor() - raw.rawWordCursor();
      inQuote = start >= 0 && start < line.line().length() && line.line().charAt(start) == '"';
    }
    for (Choice c : choices(line.wordIndex(), line.words(), inQuote)) {
      candidates.add(new Candidate(c.value(), c.value(), null, null, null, null, c.complete()));
    }
  }

  /** A completion: {@code complete} false for a folder, so the path can go on after it. */
  record Choice(String value, boolean complete) {}

  /** The candidates' values, for tests: index is the word under the cursor. */
  List<String> candidates(int index, List<String> words) {
    return candidates(index, words, false);
  }

  List<String> candidates(int index, List<String> words, boolean inQuote) {
    return choices(index, words, inQuote).stream().map(Choice::value).toList();
  }

  private List<Choice> choices(int index, List<String> words, boolean inQuote) {
    String first = words.isEmpty() ? "" : words.get(0);
    String current = index < words.size() ? words.get(index) : "";
    if (index > 0 && first.equals("load")) {
      if (words.get(index - 1).equals("--data")) return Paths.complete(current, null, inQuote);
      List<Choice> out = new ArrayList<>(Paths.complete(current, ".comp", inQuote));
      if (!words.contains("--data")) out.add(new Choice("--data", true));
      return out;
    }
    if (index > 0 && first.equals("save")) {
      List<Choice> out = new ArrayList<>(Paths.complete(current, ".repl", inQuote));
      if (!words.contains("--force")) out.add(new Choice("--force", true));
      return out;
    }
    return words(index, words, inQuote).stream().map(w -> new Choice(w, true)).toList();
  }

  private List<String> words(int index, List<String> words, boolean inQuote) {
    List<String> out = new ArrayList<>();
    if (index == 0) {
      out.addAll(Commands.NAMES);
      out.add("what if");
      out.remove("what");
      addNames(out, inQuote);
      return out;
    }
    String first = words.get(0);
    String previous = words.get(index - 1);
    if (first.equals("help")) return index == 1 ? Commands.NAMES : List.of();
    if (first.equals("plot") && index == 1) return List.of("curve", "payouts");
    if (first.equals("what") && index == 1) return List.of("if");
    Session s = repl.session();
    if (s == null) return out;
    switch (first) {
      case "explain":
        if (index == 1) return s.participants();
        return index == 2 ? s.payPeriods() : List.of();
      case "payout":
        if (index > 2) return List.of();
        out.addAll(s.participants());
        out.addAll(s.payPeriods());
        return out;
      case "plot":
        return plotWords(s, index, words, inQuote);
      case "what":
        List<String> what = whatIfWords(s, index, words, inQuote);
        if (what != null) return what;
        break;
      default:
        break;
    }
    // an expression (`EXPRESSION for PARTICIPANT in PERIOD`, `let NAME = ...`, `what if NAME =
    // ...`)
    if (previous.equals("for")) return s.participants();
    if (previous.equals("in")) return s.payPeriods();
    if (previous.equals("is") || previous.equals("=") || previous.equals("==")) {
      if (index >= 2 && words.get(index - 2).equals("stage")) return s.stages();
    }
    addNames(out, inQuote);
    out.addAll(s.dealFields());
    out.addAll(s.stages());
    out.addAll(KEYWORDS);
    return out;
  }

  /** `plot curve PARTICIPANT [COMPONENT] [PERIOD]`, `plot payouts [PERIOD]`. */
  private static List<String> plotWords(Session s, int index, List<String> words, boolean inQuote) {
    if (words.get(1).equals("payouts")) return index == 2 ? s.payPeriods() : List.of();
    if (index == 2) return s.participants();
    List<String> out = new ArrayList<>();
    if (index == 3) out.addAll(titles(s.tieredComponentTitles(), inQuote));
    if (index <= 4) out.addAll(s.payPeriods());
    return out;
  }

  /** The forms of `what if`; null where an expression goes on (after `=`). */
  private static List<String> whatIfWords(
      Session s, int index, List<String> words, boolean inQuote) {
    if (index == 2) {
      List<String> out = new ArrayList<>(s.participants());
      out.add("deal");
      out.add("component");
      out.addAll(titles(s.componentTitles(), inQuote));
      out.addAll(s.definitionNames());
      out.addAll(s.letNames());
      return out;
    }
    String subject = Repl.unquote(words.get(2)); // the terminal may hand it with or without quotes
    String previous = words.get(index - 1);
    if (subject.equals("component"))
      return index == 3 ? titles(s.componentTitles(), inQuote) : null;
    List<String> bounds = s.bandBounds(subject);
    if (bounds != null) return partWords(bounds, index, words);
    if (s.participants().contains(subject)) {
      // what if PARTICIPANT closes AMOUNT on DATE [with FIELD = VALUE, ...]
      if (index == 3) return List.of("closes");
      if (previous.equals("closes")) return List.of();
      if (index == 5) return List.of("on");
      if (index == 7) return List.of("with");
      return fieldValues(s, index, words);
    }
    if (subject.equals("deal")) {
      // what if deal ID has FIELD = VALUE[, ...] | is removed
      if (index == 3) return List.of();
      if (index == 4) return List.of("has", "is");
      if (previous.equals("is")) return List.of("removed");
      return fieldValues(s, index, words);
    }
    if (index == 3) return List.of("=");
    return null;
  }

  /** In `FIELD = VALUE, FIELD = VALUE`: the deal fields, `=`, and a stage after `stage =`. */
  private static List<String> fieldValues(Session s, int index, List<String> words) {
    String previous = words.get(index - 1);
    if (previous.equals("=")) {
      return index >= 2 && words.get(index - 2).equals("stage") ? s.stages() : List.of();
    }
    if (s.dealFields().contains(previous)) return List.of("=");
    return s.dealFields();
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

  /** Component titles: in quotes, or bare when a quote is open (the terminal closes it). */
  private static List<String> titles(List<String> titles, boolean inQuote) {
    return titles.stream().map(t -> inQuote ? t : "\"" + t + "\"").toList();
  }

  private void addNames(List<String> out, boolean inQuote) {
    Session s = repl.session();
    if (s == null) return;
    out.addAll(s.definitionNames());
    out.addAll(titles(s.componentTitles(), inQuote));
    out.addAll(s.letNames());
  }

  /** File names for `load` and `save`: folders (to go on into), and files with the extension. */
  static final class Paths {
    private Paths() {}

    /**
     * The folders and files with {@code extension} (none when null) that complete {@code typed}; a
     * name with a space is quoted, unless a quote is open already (the terminal closes it).
     */
    static List<Choice> complete(String typed, String extension, boolean inQuote) {
      String text = Repl.unquote(typed.startsWith("\"") ? typed + "\"" : typed);
      int slash = text.lastIndexOf('/');
      String dirPart = slash < 0 ? "" : text.substring(0, slash + 1);
      java.nio.file.Path dir = java.nio.file.Path.of(dirPart.isEmpty() ? "." : dirPart);
      List<Choice> out = new ArrayList<>();
      try (var entries = java.nio.file.Files.list(dir)) {
        for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) entries.sorted()::iterator) {
          String name = p.getFileName().toString();
          if (name.startsWith(".") && !text.substring(slash + 1).startsWith(".")) continue;
          if (java.nio.file.Files.isDirectory(p))
            out.add(new Choice(quoted(dirPart + name + "/", false, inQuote), false));
          else if (extension != null && name.endsWith(extension))
            out.add(new Choice(quoted(dirPart + name, true, inQuote), true));
        }
      } catch (java.io.IOException | RuntimeException e) {
        return List.of(); // no such folder (yet): nothing to offer
      }
      return out;
    }

    /** `"my plans/` (a folder: the quote stays open for the rest of the path), `"my plan.comp"`. */
    private static String quoted(String path, boolean whole, boolean inQuote) {
      if (inQuote || path.chars().noneMatch(Character::isWhitespace)) return path;
      return "\"" + path + (whole ? "\"" : "");
    }
  }
}

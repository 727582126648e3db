package compass.cli.repl;

import compass.source.SourceFile;
import compass.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One command as typed, with positions: its words (a quoted string is one word) and the spans a
 * diagnostic's caret points at. In a script the text is placed on its own line of the script, so
 * messages give the script's line numbers.
 */
final class Input {
  /** A word of the command and where it starts and ends in {@link #text}. */
  record Word(String text, int start, int end) {}

  final String path;
  final String text;
  final int line;
  final SourceFile file;
  final List<Word> words = new ArrayList<>();

  Input(String path, int line, String text) {
    this.path = path;
    this.line = line;
    this.text = text;
    this.file = new SourceFile(path, "\n".repeat(line - 1) + text);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (c == '"') {
        i++;
        while (i < text.length() && text.charAt(i) != '"') i++;
        if (i < text.length()) i++;
      } else {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
      }
      words.add(new Word(text.substring(start, i), start, i));
    }
  }

  /** The span of characters [start, end) of the command text. */
  Span span(int start, int end) {
    int base = line - 1;
    return new Span(file, base + start, base + Math.max(end, start + 1));
  }

  Span span(Word w) {
    return span(w.start, w.end);
  }

  /** The whole command. */
  Span all() {
    return span(0, text.length());
  }

  Span endOf() {
    return span(text.length(), text.length() + 1);
  }

  String word(int i) {
    return i < words.size() ? words.get(i).text : null;
  }

  /**
   * The part of the command from word i on, as a source file placed where it was typed (line-wise).
   */
  SourceFile rest(int i, String suffix) {
    int from = i < words.size() ? words.get(i).start : text.length();
    return part(from, text.length(), suffix);
  }

  /** Characters [from, to) as their own source, on the line where they were typed. */
  SourceFile part(int from, int to, String suffix) {
    String before = text.substring(0, from);
    long newlines = before.chars().filter(ch -> ch == '\n').count();
    return new SourceFile(
        path, "\n".repeat((int) (line - 1 + newlines)) + text.substring(from, to) + suffix);
  }
}

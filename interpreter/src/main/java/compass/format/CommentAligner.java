package compass.format;

import java.util.List;

/**
 * Renders lines, lining up the trailing comments of consecutive lines (as gofmt does): a run of
 * lines that each end in a comment puts every {@code #} two columns after the longest code of the
 * run; a hanging comment line (the second line of a trailing comment) sits in that column.
 */
final class CommentAligner {
  private CommentAligner() {}

  static String render(List<Line> lines) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      int column = 0;
      while (end < lines.size() && inRun(lines.get(end))) {
        if (lines.get(end).hasCode()) column = Math.max(column, lines.get(end).codeWidth() + 2);
        end++;
      }
      if (end == i) end = i + 1; // a line outside any run
      for (int k = i; k < end; k++) out.append(lines.get(k).render(column)).append('\n');
      i = end;
    }
    return out.toString();
  }

  private static boolean inRun(Line line) {
    return line.comment() != null && (line.hasCode() || line.hanging());
  }
}

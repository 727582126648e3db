package compass.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff of two texts, line by line, as {@code diff -u} prints it (three lines of context,
 * {@code @@ -a,b +c,d @@} hunk headers), for {@code compass fmt --check}. The shortest edit script
 * is found with Myers' O((N+M)D) algorithm, so a large plan with few changes costs little.
 */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  private enum Op {
    KEEP,
    DELETE,
    INSERT
  }

  private record Edit(Op op, int oldLine, int newLine) {}

  /** The diff from {@code before} to {@code after}, headed by the two names; "" when equal. */
  static String of(String oldName, String newName, String before, String after) {
    if (before.equals(after)) return "";
    List<String> a = lines(before), b = lines(after);
    List<Edit> script = edits(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(oldName).append('\n');
    out.append("+++ ").append(newName).append('\n');
    int i = 0;
    while (i < script.size()) {
      if (script.get(i).op() == Op.KEEP) {
        i++;
        continue;
      }
      // a hunk: from CONTEXT lines before this change to CONTEXT after the last change that is
      // at most 2 x CONTEXT unchanged lines after the one before it
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < script.size()) {
        if (script.get(end).op() != Op.KEEP) lastChange = end;
        else if (end - lastChange > 2 * CONTEXT) break;
        end++;
      }
      end = Math.min(script.size(), lastChange + CONTEXT + 1);
      hunk(out, script.subList(start, end), a, b);
      i = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<Edit> edits, List<String> a, List<String> b) {
    int oldStart = -1, newStart = -1, oldCount = 0, newCount = 0;
    for (Edit e : edits) {
      if (e.op() != Op.INSERT) {
        if (oldStart < 0) oldStart = e.oldLine();
        oldCount++;
      }
      if (e.op() != Op.DELETE) {
        if (newStart < 0) newStart = e.newLine();
        newCount++;
      }
    }
    Edit first = edits.get(0);
    // an empty side is shown, as diff does, at the line before it (0 at the top of the file)
    if (oldStart < 0) oldStart = first.oldLine();
    if (newStart < 0) newStart = first.newLine();
    out.append("@@ -")
        .append(range(oldStart + 1, oldCount))
        .append(" +")
        .append(range(newStart + 1, newCount))
        .append(" @@\n");
    for (Edit e : edits) {
      switch (e.op()) {
        case KEEP -> line(out, ' ', a.get(e.oldLine()));
        case DELETE -> line(out, '-', a.get(e.oldLine()));
        case INSERT -> line(out, '+', b.get(e.newLine()));
      }
    }
  }

  private static String range(int start, int count) {
    if (count == 1) return Integer.toString(start);
    return (count == 0 ? start - 1 : start) + "," + count;
  }

  private static void line(StringBuilder out, char sign, String text) {
    out.append(sign).append(text);
    if (!text.endsWith("\n")) out.append("\n\\ No newline at end of file\n");
  }

  /** The lines, each with its line break (the last may have none). */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl + 1;
      out.add(text.substring(from, to));
      from = to;
    }
    return out;
  }

  /** Myers' shortest edit script, each edit with its line in the old and the new text. */
  private static List<Edit> edits(List<String> a, List<String> b) {
    int n = a.size(), m = b.size(), max = n + m, offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= max && found < 0; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x =
            k == -d || k != d && v[offset + k - 1] < v[offset + k + 1]
                ? v[offset + k + 1]
                : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
    }
    // walk back through the saved frontiers
    List<Edit> reversed = new ArrayList<>();
    int x = n, y = m;
    for (int d = found; d > 0; d--) {
      int[] prev = trace.get(d);
      int k = x - y;
      int prevK = k == -d || k != d && prev[offset + k - 1] < prev[offset + k + 1] ? k + 1 : k - 1;
      int prevX = prev[offset + prevK], prevY = prevX - prevK;
      while (x > prevX && y > prevY) reversed.add(new Edit(Op.KEEP, --x, --y));
      if (x == prevX) reversed.add(new Edit(Op.INSERT, x, --y));
      else reversed.add(new Edit(Op.DELETE, --x, y));
    }
    while (x > 0 && y > 0) reversed.add(new Edit(Op.KEEP, --x, --y));
    Edit[] script = reversed.toArray(new Edit[0]);
    for (int i = 0, j = script.length - 1; i < j; i++, j--) {
      Edit t = script[i];
      script[i] = script[j];
      script[j] = t;
    }
    return Arrays.asList(script);
  }
}

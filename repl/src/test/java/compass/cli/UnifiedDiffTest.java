package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The unified diff of {@code fmt --check}: exact hunks, and a diff that applies back. */
class UnifiedDiffTest {
  private static final String HEAD = "--- a\n+++ b\n";

  /** Lines written with `|` for a line break, so a table row holds a whole text. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "one line changed; a|b|c|; a|B|c|; @@ -1,3 +1,3 @@| a|-b|+B| c|",
        "line added at the end; a|; a|b|; @@ -1 +1,2 @@| a|+b|",
        "line added at the top; b|; a|b|; @@ -1 +1,2 @@|+a| b|",
        "line removed; a|b|c|; a|c|; @@ -1,3 +1,2 @@| a|-b| c|",
        "everything removed; a|b|; ''; @@ -1,2 +0,0 @@|-a|-b|",
        // changes 7 unchanged lines apart are two hunks with three lines of context each
        "two hunks; x|1|2|3|4|5|6|7|y|; X|1|2|3|4|5|6|7|Y|;"
            + " @@ -1,4 +1,4 @@|-x|+X| 1| 2| 3|@@ -6,4 +6,4 @@| 5| 6| 7|-y|+Y|",
        // 6 apart: one hunk
        "one hunk; x|1|2|3|4|5|6|y|; X|1|2|3|4|5|6|Y|;"
            + " @@ -1,8 +1,8 @@|-x|+X| 1| 2| 3| 4| 5| 6|-y|+Y|",
        "no final line break; a|b; a|c; @@ -1,2 +1,2 @@| a|-b|\\ No newline at end of file|+c|\\ No"
            + " newline at end of file|",
      })
  void hunks(String name, String before, String after, String hunks) {
    assertEquals(HEAD + text(hunks), UnifiedDiff.of("a", "b", text(before), text(after)));
  }

  @Test
  void equalTextsHaveNoDiff() {
    assertEquals("", UnifiedDiff.of("a", "b", "x\ny\n", "x\ny\n"));
  }

  /** Random edits of a random text: the diff, applied hunk by hunk, gives the new text. */
  @Test
  void theDiffAppliesBackToTheNewText() {
    Random random = new Random(19);
    for (int round = 0; round < 500; round++) {
      List<String> a = new ArrayList<>();
      for (int i = random.nextInt(30); i > 0; i--) a.add("l" + random.nextInt(6) + "\n");
      List<String> b = new ArrayList<>(a);
      for (int edits = random.nextInt(6); edits > 0; edits--) {
        int at = b.isEmpty() ? 0 : random.nextInt(b.size());
        switch (random.nextInt(3)) {
          case 0 -> b.add(at, "n" + random.nextInt(6) + "\n");
          case 1 -> {
            if (!b.isEmpty()) b.remove(at);
          }
          default -> {
            if (!b.isEmpty()) b.set(at, "c" + random.nextInt(6) + "\n");
          }
        }
      }
      String before = String.join("", a), after = String.join("", b);
      String diff = UnifiedDiff.of("a", "b", before, after);
      assertEquals(after, apply(a, diff), "round " + round + ":\n" + diff);
    }
  }

  /** A minimal patch(1): checks each context and removed line against the old text. */
  private static String apply(List<String> old, String diff) {
    List<String> out = new ArrayList<>();
    int next = 0; // the next old line not yet copied
    for (String line : diff.lines().skip(2).toList()) {
      if (line.startsWith("@@")) {
        String[] range = line.split(" ")[1].substring(1).split(",");
        int start = Integer.parseInt(range[0]);
        int count = range.length > 1 ? Integer.parseInt(range[1]) : 1;
        int first = count == 0 ? start : start - 1;
        while (next < first) out.add(old.get(next++));
      } else if (line.startsWith("+")) {
        out.add(line.substring(1) + "\n");
      } else {
        assertEquals(old.get(next), line.substring(1) + "\n");
        if (line.startsWith(" ")) out.add(old.get(next));
        next++;
      }
    }
    while (next < old.size()) out.add(old.get(next++));
    return String.join("", out);
  }

  private static String text(String written) {
    return written.replace('|', '\n');
  }
}

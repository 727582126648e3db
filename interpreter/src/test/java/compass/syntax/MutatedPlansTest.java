package compass.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.ast.Plan;
import compass.check.Checker;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parser and checker never throw on hostile input: seeded random mutations of the plans in this
 * module's test resources, copies of example plans among them (characters deleted, duplicated,
 * swapped, words dropped), only ever produce diagnostics. stdlib-plans runs the same test on its
 * example plans (StdlibMutatedPlansTest). 10,000 here (a few seconds); raise -Dmutations=N for a
 * longer run.
 */
class MutatedPlansTest {
  /** Where the plans to mutate are. */
  Path corpusRoot() {
    return Path.of("src", "test", "resources");
  }

  private static final String[] SNIPPETS = {
    "(",
    ")",
    ":",
    "\n  ",
    "%",
    " per ",
    " of ",
    "\"",
    " x ",
    "#",
    ",",
    " = ",
    "  ",
    "\t",
    "9999999999999999999999999"
  };

  @Test
  void mutatedPlansGiveDiagnosticsNeverExceptions() throws IOException {
    List<String> plans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpusRoot())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".comp")).sorted().toList())
        plans.add(Files.readString(p));
    }
    assertTrue(!plans.isEmpty());
    int count = Integer.getInteger("mutations", 10_000);
    Random random = new Random(20271127);
    for (int i = 0; i < count; i++) {
      String text = mutate(plans.get(random.nextInt(plans.size())), random);
      try {
        Diagnostics diags = new Diagnostics();
        Plan plan = PlanParser.parsePlan(new SourceFile("mutant.comp", text), diags);
        if (plan != null) Checker.check(plan, diags);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("mutation " + i + " threw " + e + " on:\n" + text, e);
      }
    }
  }

  private static String mutate(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && s.length() > 2; e++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(4)) {
        case 0 -> s.deleteCharAt(at);
        case 1 -> s.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
        case 2 -> {
          int end = Math.min(s.length(), at + 1 + random.nextInt(12));
          s.delete(at, end);
        }
        default -> {
          int other = random.nextInt(s.length());
          char c = s.charAt(at);
          s.setCharAt(at, s.charAt(other));
          s.setCharAt(other, c);
        }
      }
    }
    return s.toString();
  }
}
